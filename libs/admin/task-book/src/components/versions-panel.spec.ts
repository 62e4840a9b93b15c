import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { TaskBookVersionRowFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { versionFixture as version } from '../testing/fixtures';
import { byTestId, fieldError, mountFeature, typeInto } from '../testing/mount-feature';
import VersionsPanel from './versions-panel.vue';

const adminRules = [
  { action: 'manage' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const, 'Evidence' as const] },
  { action: ['read' as const, 'create' as const], subject: 'TaskBookVersion' as const },
];
const officerRules = [
  { action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'TaskBookVersion' as const, 'Evidence' as const] },
  { action: 'update' as const, subject: 'TaskBookVersion' as const },
];

const versions = (list: TaskBookVersionRowFragment[], currentVersionId: string | null = null) => ({
  data: { taskBook: { id: 'book-1', currentVersionId, versions: list } },
});

// The diff of a change request as the gateway stores it.
const changes = {
  tasks: {
    added: [{ code: '3', title: '建设产教融合实训基地', status: 'NOT_STARTED' }],
    removed: [],
    changed: [
      {
        key: '1.2',
        before: { code: '1.2', title: '推进党建与业务融合', status: 'NOT_STARTED' },
        after: { code: '1.2', title: '推进党建与业务深度融合', status: 'IN_PROGRESS' },
        fields: [
          { field: 'title', from: '推进党建与业务融合', to: '推进党建与业务深度融合' },
          { field: 'status', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
        ],
      },
    ],
  },
  indicators: {
    added: [],
    removed: [],
    changed: [
      {
        key: '1-01',
        before: { code: '1-01', name: '样板支部数', yearlyTargets: { 2025: 2 } },
        after: { code: '1-01', name: '样板支部数', yearlyTargets: { 2025: 3, 2026: 5 } },
        fields: [{ field: 'yearlyTargets', from: { 2025: 2 }, to: { 2025: 3, 2026: 5 } }],
      },
    ],
  },
  milestones: { added: [], removed: [{ taskCode: '1.2', title: '中期检查', dueDate: '2026-06-30', status: 'PENDING' }], changed: [] },
  budgets: { added: [{ taskCode: '3', source: 'CENTRAL', year: 2026, amount: 200 }], removed: [], changed: [] },
  summary: { added: 2, removed: 1, changed: 2 },
};
const withChanges = (id: string) => ({ data: { taskBook: { id: 'book-1', versions: [{ id: 'v-1', changes: null }, { id, changes }] } } });

async function mountPanel(handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>, rules: typeof adminRules | typeof officerRules = adminRules, taskCount = 3) {
  const mounted = await mountFeature(VersionsPanel, { props: { taskBookId: 'book-1', taskCount }, session: { rules }, handlers });
  await flushPromises();
  return mounted;
}

const text = (id: string, root: ParentNode = document) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
const texts = (id: string) => Array.from(document.querySelectorAll(`[data-testid="${id}"]`)).map((node) => node.textContent?.trim());

describe('versions panel', () => {
  it('submits a draft book for approval, then shows it awaiting the agency', async () => {
    const submitted = version(1, { status: 'SUBMITTED' });
    const { gateway, wrapper } = await mountPanel({
      TaskBookVersions: [versions([]), versions([submitted])],
      SubmitTaskBook: { data: { submitTaskBook: submitted } },
    });

    expect(text('versions-empty')).toBe('任务书尚未提交审核');
    expect(byTestId('change-request')).toBeNull();
    byTestId('submit-task-book')!.click();
    await vi.waitFor(() => expect(document.querySelector('.el-message-box')?.textContent).toContain('提交后任务书将报送主管部门审核'));
    document.querySelector<HTMLElement>('.el-message-box .el-button--primary')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('TaskBookVersions')).toHaveLength(2));
    expect(gateway.callsOf('SubmitTaskBook')[0]?.variables).toEqual({ taskBookId: 'book-1', reason: null });
    expect(wrapper.emitted('changed')).toHaveLength(1);
    await flushPromises();
    expect(text('version-pending-notice')).toBe('第 1 版正在等待主管部门审核');
    expect(byTestId<HTMLButtonElement>('submit-task-book')!.disabled).toBe(true);
    expect(text('version-status', byTestId('version-1')!)).toBe('待审核');
    // A first version has no diff; the agency decides on the plan as it stands.
    expect(gateway.callsOf('TaskBookVersionChanges')).toHaveLength(0);
  });

  it('does not offer to submit a book without tasks', async () => {
    await mountPanel({ TaskBookVersions: versions([]) }, adminRules, 0);

    expect(byTestId<HTMLButtonElement>('submit-task-book')!.disabled).toBe(true);
    expect(byTestId('versions-panel')!.textContent).toContain('任务书中还没有建设任务，暂不能提交');
  });

  it('shows the drafted change request of an approved book with its diff, and submits it with a required reason', async () => {
    const draft = version(2, { status: 'DRAFT', submittedAt: null });
    const { gateway } = await mountPanel({
      TaskBookVersions: [versions([version(1, { decidedAt: '2026-02-01T02:00:00.000Z' }), draft], 'v-1'), versions([version(1), { ...draft, status: 'SUBMITTED' }], 'v-1')],
      TaskBookVersionChanges: withChanges('v-2'),
      SubmitTaskBook: { data: { submitTaskBook: { ...draft, status: 'SUBMITTED', reason: '专业群调整' } } },
    });

    expect(gateway.callsOf('TaskBookVersionChanges')[0]?.variables).toEqual({ id: 'book-1' });
    const request = byTestId('change-request')!;
    expect(request.textContent).toContain('任务书调整申请（第 2 版草稿）');
    expect(text('change-diff-summary')).toBe('新增 2 项、删除 1 项、修改 2 项');
    const tasks = byTestId('diff-part-tasks')!;
    const kinds = Array.from(tasks.querySelectorAll('[data-testid="diff-kind"]')).map((node) => node.getAttribute('data-kind'));
    expect(kinds).toEqual(['added', 'changed']);
    const fields = Array.from(tasks.querySelectorAll('[data-testid="diff-field"]')).map((node) => node.textContent?.trim());
    expect(fields).toEqual(['名称：推进党建与业务融合 → 推进党建与业务深度融合', '状态：未开始 → 进行中']);
    expect(text('diff-field', byTestId('diff-part-indicators')!)).toBe('年度目标：2025: 2 → 2025: 3、2026: 5');
    expect(text('diff-key', byTestId('diff-part-milestones')!)).toBe('1.2 · 中期检查');
    expect(text('diff-key', byTestId('diff-part-budgets')!)).toBe('3 · 中央财政 · 2026');
    expect(text('diff-label', byTestId('diff-part-budgets')!)).toBe('200 万元');
    // The institution proposes; it does not decide.
    expect(byTestId('approve-version')).toBeNull();
    expect(byTestId('submit-task-book')).toBeNull();

    byTestId('submit-change-request')!.click();
    await flushPromises();
    byTestId('change-request-submit')!.click();
    await vi.waitFor(() => expect(fieldError('change-request-input')).toBe('请输入调整理由'));
    expect(gateway.callsOf('SubmitTaskBook')).toHaveLength(0);

    typeInto('change-request-input', '  专业群调整  ');
    byTestId('change-request-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('SubmitTaskBook')).toHaveLength(1));
    expect(gateway.callsOf('SubmitTaskBook')[0]?.variables).toEqual({ taskBookId: 'book-1', reason: '专业群调整' });
    await vi.waitFor(() => expect(byTestId('change-request')?.dataset['status']).toBe('SUBMITTED'));
    expect(byTestId('submit-change-request')).toBeNull();
  });

  it('lets the agency approve or return a submitted change request, seeing its diff; a return needs a reason', async () => {
    const pending = version(2, { status: 'SUBMITTED', reason: '专业群调整，新增实训基地建设任务' });
    const { gateway } = await mountPanel(
      {
        TaskBookVersions: versions([version(1), pending], 'v-1'),
        TaskBookVersionChanges: withChanges('v-2'),
        DecideTaskBookVersion: [
          { errors: [gqlError('CONFLICT', '该版本不在待审核状态')] },
          { data: { decideTaskBookVersion: { ...pending, status: 'REJECTED', decisionNote: '请补充论证材料' } } },
          { data: { decideTaskBookVersion: { ...pending, status: 'APPROVED' } } },
        ],
      },
      officerRules,
    );

    expect(text('version-review')).toContain('待审核：第 2 版');
    expect(text('version-review')).toContain('调整理由：专业群调整，新增实训基地建设任务');
    expect(byTestId('change-diff')).not.toBeNull();
    expect(byTestId('submit-change-request')).toBeNull();
    expect(byTestId('submit-task-book')).toBeNull();

    byTestId('return-version')!.click();
    await flushPromises();
    byTestId('version-decision-submit')!.click();
    await vi.waitFor(() => expect(fieldError('version-decision-input')).toBe('请输入审核意见'));
    expect(gateway.callsOf('DecideTaskBookVersion')).toHaveLength(0);

    typeInto('version-decision-input', '请补充论证材料');
    byTestId('version-decision-submit')!.click();
    await vi.waitFor(() => expect(text('version-decision-error')).toBe('该版本不在待审核状态'));
    byTestId('version-decision-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('DecideTaskBookVersion')).toHaveLength(2));
    expect(gateway.callsOf('DecideTaskBookVersion')[1]?.variables).toEqual({ input: { versionId: 'v-2', approve: false, note: '请补充论证材料' } });

    byTestId('approve-version')!.click();
    await flushPromises();
    byTestId('version-decision-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('DecideTaskBookVersion')).toHaveLength(3));
    expect(gateway.callsOf('DecideTaskBookVersion')[2]?.variables).toEqual({ input: { versionId: 'v-2', approve: true, note: null } });
  });

  it('shows the history on a timeline, newest first: statuses, reasons and decision notes', async () => {
    await mountPanel({
      TaskBookVersions: versions(
        [
          version(1, { status: 'REJECTED', decidedAt: '2026-01-15T02:00:00.000Z', decisionNote: '指标不完整' }),
          version(2, { status: 'SUPERSEDED', decidedAt: '2026-02-01T02:00:00.000Z' }),
          version(3, { status: 'REJECTED', reason: '调整预算', decisionNote: '预算依据不足' }),
          version(4, { status: 'APPROVED', reason: '新增任务' }),
        ],
        'v-4',
      ),
    });

    expect(texts('version-status')).toEqual(['已批准', '已退回', '已被取代']);
    expect(text('version-reason', byTestId('version-3')!)).toBe('调整理由：调整预算');
    expect(text('version-decision-note', byTestId('version-3')!)).toBe('审核意见：预算依据不足');
    expect(byTestId('versions-panel')!.textContent).toContain('提交于');
    expect(text('change-request-hint')).toContain('导出 Excel 修改后再导入');

    byTestId('versions-show-all')!.click();
    await flushPromises();
    expect(texts('version-status')).toEqual(['已批准', '已退回', '已被取代', '已退回']);
    expect(text('version-decision-note', byTestId('version-1')!)).toBe('审核意见：指标不完整');
  });

  it('offers a retry when the versions cannot be loaded', async () => {
    const { gateway } = await mountPanel({ TaskBookVersions: [{ errors: [gqlError('INTERNAL', '')] }, versions([])] });

    expect(byTestId('versions-panel')!.textContent).toContain('数据加载失败');
    byTestId('versions-retry')!.click();
    await flushPromises();
    expect(gateway.callsOf('TaskBookVersions')).toHaveLength(2);
    expect(text('versions-empty')).toBe('任务书尚未提交审核');
  });
});
