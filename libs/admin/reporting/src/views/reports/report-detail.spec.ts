import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler, type SessionFixtureOptions } from '@dsg/admin-data-access/testing';
import { reportFixture, reviewItemFixture, revisionFixture } from '../../testing/fixtures';
import { allByTestId, byTestId, fieldError, messageBox, mountPage, texts, toasts, typeInto } from '../../testing/mount-feature';

type Handlers = Record<string, MockGraphQLHandler | MockGraphQLHandler[]>;

const officeRules: AppRawRule[] = [
  { action: 'manage', subject: ['PeriodReport', 'ReviewChain'] },
  { action: ['read', 'update'], subject: 'ReviewItem' },
];
const readerRules: AppRawRule[] = [{ action: 'read', subject: ['PeriodReport', 'ReviewItem'] }];
const agency: SessionFixtureOptions = {
  role: 'AGENCY_OFFICER',
  organisationKind: 'AGENCY',
  organisationName: '天津市教育委员会',
  organisationId: 'agency-1',
  rules: [{ action: ['read', 'update'], subject: 'PeriodReport' }],
};

const detail = (overrides: Parameters<typeof reportFixture>[0] = {}) => ({ data: { periodReport: reportFixture(overrides) } });

async function mountDetail(options: { handlers?: Handlers; session?: SessionFixtureOptions } = {}) {
  const mounted = await mountPage('/reports/r-1', {
    session: options.session ?? { rules: officeRules },
    handlers: { ReportDetail: detail(), ...options.handlers },
  });
  await vi.waitFor(() => expect(byTestId('report-detail')).not.toBeNull());
  return mounted;
}

const actionButtons = () => allByTestId('report-actions').flatMap((bar) => Array.from(bar.querySelectorAll<HTMLElement>('[data-testid^="report-action-"]')));
const actionIds = () => actionButtons().map((button) => button.dataset['testid']);
const area = (key: string) => byTestId(`report-section-${key}-editor-area`);

/** Types into a section the way the editor sees it: new DOM content, then an input event. */
function typeSection(key: string, html: string): void {
  const editor = area(key);
  if (!editor) throw new Error(`section ${key} is not editable`);
  editor.innerHTML = html;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

async function confirmBox(): Promise<void> {
  await vi.waitFor(() => expect(messageBox()?.querySelector('.el-message-box__btns .el-button--primary')).not.toBeNull());
  messageBox()!.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')!.click();
}

async function openTab(name: string): Promise<void> {
  byTestId(`report-tab-${name}`)!.click();
  await flushPromises();
  await flushPromises();
}

describe('report detail: header and workflow actions', () => {
  it('shows period, institution, state and exactly the actions the server offers', async () => {
    await mountDetail({ handlers: { ReportDetail: detail({ state: 'SUBMITTED_TO_OFFICE', availableActions: ['OFFICE_RETURN', 'OFFICE_APPROVE'], late: true }) } });

    expect(document.querySelector('.dsg-page__title')?.textContent).toBe('2025-Q3 期报告');
    expect(document.querySelector('.dsg-page__description')?.textContent).toBe('天津职业大学');
    const state = byTestId('report-header')!.querySelector<HTMLElement>('[data-testid="report-state"]')!;
    expect(state.textContent?.trim()).toBe('已报双高办');
    expect(state.dataset['state']).toBe('SUBMITTED_TO_OFFICE');
    expect(byTestId('report-late')?.textContent?.trim()).toBe('逾期');
    // Forward steps first, the return last; nothing the server did not offer.
    expect(actionIds()).toEqual(['report-action-OFFICE_APPROVE', 'report-action-OFFICE_RETURN']);
    expect(actionButtons().map((button) => button.textContent?.trim())).toEqual(['审批通过', '退回']);
  });

  it('shows no action for a user the server offers none, and the agency its own two', async () => {
    await mountDetail({ session: { rules: readerRules }, handlers: { ReportDetail: detail({ state: 'DRAFT', availableActions: [] }) } });
    expect(actionIds()).toEqual([]);
    document.body.innerHTML = '';

    await mountDetail({ session: agency, handlers: { ReportDetail: detail({ state: 'SUBMITTED_TO_AGENCY', availableActions: ['AGENCY_RETURN', 'AGENCY_ACCEPT'] }) } });
    expect(actionIds()).toEqual(['report-action-AGENCY_ACCEPT', 'report-action-AGENCY_RETURN']);
    expect(actionButtons().map((button) => button.textContent?.trim())).toEqual(['受理', '退回']);
  });

  it('asks for a reason before returning, then sends action, reason and the version seen', async () => {
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: [
          detail({ state: 'SUBMITTED_TO_OFFICE', version: 7, availableActions: ['OFFICE_APPROVE', 'OFFICE_RETURN'] }),
          detail({ state: 'RETURNED_BY_OFFICE', version: 8, availableActions: ['SUBMIT_TO_OFFICE'] }),
        ],
        TransitionReport: { data: { transitionReport: { id: 'r-1', state: 'RETURNED_BY_OFFICE', version: 8 } } },
      },
    });

    byTestId('report-action-OFFICE_RETURN')!.click();
    await vi.waitFor(() => expect(byTestId('reason-dialog-input')).not.toBeNull());
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('退回 2025-Q3 期报告');
    // Blank (or only spaces) is no reason: nothing is sent.
    byTestId('reason-dialog-confirm')!.click();
    await vi.waitFor(() => expect(fieldError('reason-dialog-input')).toBe('请填写退回原因'));
    typeInto('reason-dialog-input', '   ');
    byTestId('reason-dialog-confirm')!.click();
    await flushPromises();
    await vi.waitFor(() => expect(fieldError('reason-dialog-input')).toBe('请填写退回原因'));
    expect(gateway.callsOf('TransitionReport')).toHaveLength(0);

    typeInto('reason-dialog-input', ' 阶段性成效缺少数据支撑 ');
    byTestId('reason-dialog-confirm')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('TransitionReport')).toHaveLength(1));
    expect(gateway.callsOf('TransitionReport')[0]!.variables).toEqual({
      input: { reportId: 'r-1', action: 'OFFICE_RETURN', reason: '阶段性成效缺少数据支撑', expectedVersion: 7 },
    });
    await vi.waitFor(() => expect(gateway.callsOf('ReportDetail')).toHaveLength(2));
    await vi.waitFor(() => expect(byTestId('report-header')!.querySelector('[data-testid="report-state"]')?.textContent?.trim()).toBe('双高办退回'));
    expect(actionIds()).toEqual(['report-action-SUBMIT_TO_OFFICE']);
  });

  it('keeps the reason dialog open with the server’s message when it refuses the reason', async () => {
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: detail({ state: 'SUBMITTED_TO_OFFICE', availableActions: ['OFFICE_RETURN'] }),
        TransitionReport: { errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'reason', message: '退回原因不能超过 2000 个字符' }])] },
      },
    });

    byTestId('report-action-OFFICE_RETURN')!.click();
    await vi.waitFor(() => expect(byTestId('reason-dialog-input')).not.toBeNull());
    typeInto('reason-dialog-input', '原因');
    byTestId('reason-dialog-confirm')!.click();

    await vi.waitFor(() => expect(fieldError('reason-dialog-input')).toBe('退回原因不能超过 2000 个字符'));
    expect(gateway.callsOf('TransitionReport')).toHaveLength(1);
    expect(gateway.callsOf('ReportDetail')).toHaveLength(1);
  });

  it('confirms a forward step; when someone acted first (CONFLICT) it shows the server’s message and reloads', async () => {
    const message = '报告已被他人处理（当前状态：已报双高办），请刷新后重试';
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: [
          detail({ state: 'DRAFT', version: 3, availableActions: ['SUBMIT_TO_OFFICE'] }),
          detail({ state: 'SUBMITTED_TO_OFFICE', version: 4, availableActions: ['OFFICE_APPROVE', 'OFFICE_RETURN'] }),
        ],
        TransitionReport: { errors: [gqlError('CONFLICT', message)] },
      },
    });

    byTestId('report-action-SUBMIT_TO_OFFICE')!.click();
    await vi.waitFor(() => expect(messageBox()?.textContent).toContain('确定将 2025-Q3 期报告提交双高办审批吗？'));
    await confirmBox();

    await vi.waitFor(() => expect(gateway.callsOf('TransitionReport')).toHaveLength(1));
    expect(gateway.callsOf('TransitionReport')[0]!.variables).toEqual({
      input: { reportId: 'r-1', action: 'SUBMIT_TO_OFFICE', reason: null, expectedVersion: 3 },
    });
    await vi.waitFor(() => expect(toasts()).toContain(message));
    await vi.waitFor(() => expect(gateway.callsOf('ReportDetail')).toHaveLength(2));
    await vi.waitFor(() => expect(actionIds()).toEqual(['report-action-OFFICE_APPROVE', 'report-action-OFFICE_RETURN']));
  });

  it('sends nothing when the confirmation is cancelled', async () => {
    const { gateway } = await mountDetail({ handlers: { ReportDetail: detail({ state: 'APPROVED', availableActions: ['SUBMIT_TO_AGENCY'] }) } });

    byTestId('report-action-SUBMIT_TO_AGENCY')!.click();
    await vi.waitFor(() => expect(messageBox()?.textContent).toContain('上报时本期数据将被冻结'));
    Array.from(messageBox()!.querySelectorAll<HTMLElement>('.el-button')).find((button) => button.textContent?.trim() === '取消')!.click();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gateway.callsOf('TransitionReport')).toHaveLength(0);
  });

  it('shows the server’s message for a frozen period (PERIOD_FROZEN) without reloading', async () => {
    const message = '2025-Q2 的报告已被受理，该期及以前的数据已冻结；如需更正，请发起更正版本';
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: detail({ state: 'APPROVED', availableActions: ['SUBMIT_TO_AGENCY'] }),
        TransitionReport: { errors: [gqlError('PERIOD_FROZEN', message)] },
      },
    });

    byTestId('report-action-SUBMIT_TO_AGENCY')!.click();
    await confirmBox();

    await vi.waitFor(() => expect(toasts()).toContain(message));
    expect(gateway.callsOf('ReportDetail')).toHaveLength(1);
  });
});

describe('report detail: sections', () => {
  it('renders the stored sections read-only while the report is with the office', async () => {
    await mountDetail({ handlers: { ReportDetail: detail({ state: 'SUBMITTED_TO_OFFICE', availableActions: ['OFFICE_APPROVE', 'OFFICE_RETURN'] }) } });

    expect(document.querySelector('[contenteditable]')).toBeNull();
    expect(byTestId('report-save')).toBeNull();
    expect(byTestId('report-readonly-notice')?.textContent).toContain('报告当前状态为“已报双高办”，正文不能修改。');
    expect(byTestId('report-section-results-content')?.innerHTML).toBe('获省级教学成果奖 <strong>5</strong> 项。'.replace(/^/, '<p>') + '</p>');
    expect(byTestId('report-section-problems-content')?.textContent?.trim()).toBe('（未填写）');
    expect(texts('report-sections').join('')).toContain('工作建议 / 下一步计划');
  });

  it('is read-only for a user who may not update the report, even on a draft', async () => {
    await mountDetail({ session: { rules: readerRules }, handlers: { ReportDetail: detail({ state: 'DRAFT' }) } });

    expect(document.querySelector('[contenteditable]')).toBeNull();
    expect(byTestId('report-readonly-notice')?.textContent).toContain('编辑由双高办负责');
    expect(byTestId('report-section-progress-content')?.textContent).toBe('按计划推进各项建设任务。');
  });

  it('is editable on a draft or a returned report for the office', async () => {
    await mountDetail({ handlers: { ReportDetail: detail({ state: 'RETURNED_BY_AGENCY' }) } });

    expect(allByTestId('report-section-progress-editor-area')).toHaveLength(1);
    expect(area('progress')?.getAttribute('contenteditable')).toBe('true');
    expect(area('results')?.innerHTML).toBe('<p>获省级教学成果奖 <strong>5</strong> 项。</p>');
    expect(byTestId('report-readonly-notice')).toBeNull();
    // Nothing changed yet: nothing to save.
    expect(byTestId<HTMLButtonElement>('report-save')!.disabled).toBe(true);
    expect(byTestId('report-section-progress-editor-bold')).not.toBeNull();
  });

  it('saves only the sections that changed, then takes the stored (sanitised) text', async () => {
    const { gateway } = await mountDetail({
      handlers: {
        SaveReportSections: {
          data: {
            saveReportSections: {
              id: 'rev-1',
              number: 1,
              sections: { ...revisionFixture().sections, problems: '<p>经费到位偏慢。</p>' },
            },
          },
        },
      },
    });

    typeSection('problems', '<p>经费到位偏慢。<script>x</script></p>');
    await flushPromises();
    expect(byTestId('report-unsaved')?.textContent?.trim()).toBe('有未保存的修改');
    byTestId('report-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('SaveReportSections')).toHaveLength(1));
    expect(gateway.callsOf('SaveReportSections')[0]!.variables).toEqual({
      input: { reportId: 'r-1', sections: { problems: '<p>经费到位偏慢。<script>x</script></p>' } },
    });
    await vi.waitFor(() => expect(byTestId('report-unsaved')).toBeNull());
    expect(area('problems')?.innerHTML).toBe('<p>经费到位偏慢。</p>');
    expect(byTestId<HTMLButtonElement>('report-save')!.disabled).toBe(true);
    expect(toasts()).toContain('报告正文已保存');
  });

  it('asks before leaving the page with unsaved text, and stays when cancelled', async () => {
    const { router } = await mountDetail();

    typeSection('progress', '<p>未保存的内容</p>');
    await flushPromises();
    void router.push('/reports');
    await vi.waitFor(() => expect(messageBox()?.textContent).toContain('报告正文有未保存的修改'));
    Array.from(messageBox()!.querySelectorAll<HTMLElement>('.el-button')).find((button) => button.textContent?.trim() === '取消')!.click();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.currentRoute.value.path).toBe('/reports/r-1');
    expect(area('progress')?.innerHTML).toBe('<p>未保存的内容</p>');
  });

  it('saves unsaved text before submitting, and shows the sections the server finds empty', async () => {
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: detail({ state: 'DRAFT', availableActions: ['SUBMIT_TO_OFFICE'] }),
        SaveReportSections: { data: { saveReportSections: { id: 'rev-1', number: 1, sections: { ...revisionFixture().sections, results: '<p>新成效</p>' } } } },
        TransitionReport: { errors: [gqlError('BAD_USER_INPUT', '提交的数据有误', [{ field: 'sections.problems', message: '存在问题和原因分析不能为空' }])] },
      },
    });

    typeSection('results', '<p>新成效</p>');
    byTestId('report-action-SUBMIT_TO_OFFICE')!.click();
    await confirmBox();

    await vi.waitFor(() => expect(gateway.callsOf('TransitionReport')).toHaveLength(1));
    expect(gateway.operations().filter((name) => name === 'SaveReportSections' || name === 'TransitionReport')).toEqual(['SaveReportSections', 'TransitionReport']);
    expect(gateway.callsOf('SaveReportSections')[0]!.variables).toEqual({ input: { reportId: 'r-1', sections: { results: '<p>新成效</p>' } } });
    await vi.waitFor(() => expect(byTestId('report-section-problems-error')?.textContent?.trim()).toBe('存在问题和原因分析不能为空'));
    expect(byTestId('report-section-progress-error')).toBeNull();
  });
});

describe('report detail: tabs', () => {
  it('shows the review items with their decisions, and hides the review tab from the agency', async () => {
    const items = [
      reviewItemFixture('1', { position: 'OFFICE', state: 'IN_REVIEW', canAct: true }),
      reviewItemFixture('2', { position: 'DEPARTMENT', state: 'IN_REVIEW', canAct: false }),
    ];
    await mountDetail({ handlers: { ReportDetail: detail({ reviewItems: items }) } });
    await openTab('review');

    expect(texts('review-item-code')).toEqual(['1', '2']);
    expect(texts('review-item-position')).toEqual(['双高办', '牵头部门']);
    expect(byTestId('review-item-1-APPROVE')).not.toBeNull();
    expect(byTestId('review-item-2-APPROVE')).toBeNull();
    document.body.innerHTML = '';

    await mountDetail({ session: agency, handlers: { ReportDetail: detail({ state: 'SUBMITTED_TO_AGENCY', availableActions: ['AGENCY_ACCEPT', 'AGENCY_RETURN'] }) } });
    expect(byTestId('report-tab-sections')).not.toBeNull();
    expect(byTestId('report-tab-review')).toBeNull();
    expect(byTestId('report-tab-timeline')).not.toBeNull();
  });

  it('lists the timeline with actor, states and reason', async () => {
    const timeline = [
      { id: 'w-1', revision: 1, objectType: 'ReviewItem', objectId: 'ri-1', action: 'RETURN', fromState: 'DEPARTMENT', toState: 'RESPONSIBLE', reason: '数据不全', actorName: '李主任', createdAt: '2025-10-07T02:00:00.000Z' },
      { id: 'w-3', revision: 1, objectType: 'ReviewItem', objectId: 'ri-1', action: 'SKIP', fromState: 'CONSTRUCTION_GROUP', toState: 'OFFICE', reason: null, actorName: '李主任', createdAt: '2025-10-07T03:00:00.000Z' },
      { id: 'w-2', revision: 1, objectType: 'PeriodReport', objectId: 'r-1', action: 'OFFICE_RETURN', fromState: 'SUBMITTED_TO_OFFICE', toState: 'RETURNED_BY_OFFICE', reason: '请补充', actorName: '张老师', createdAt: '2025-10-08T02:00:00.000Z' },
    ];
    await mountDetail({ handlers: { ReportDetail: detail({ timeline, reviewItems: [reviewItemFixture('1')] }) } });
    await openTab('timeline');

    expect(texts('timeline-action')).toEqual(['审核退回', '跳过（该环节无审核人）', '双高办退回']);
    expect(texts('timeline-actor')).toEqual(['李主任', '李主任', '张老师']);
    expect(texts('timeline-states')).toEqual(['牵头部门 → 填报人', '建设组 → 双高办', '已报双高办 → 双高办退回']);
    expect(texts('timeline-reason')).toEqual(['原因：数据不全', '原因：请补充']);
    expect(texts('timeline-task')).toEqual(['任务 1', '任务 1']);
  });

  it('lets the office start a correction of an accepted report with corrected actuals for its period', async () => {
    const accepted = { state: 'ACCEPTED' as const, acceptedRevision: 1, availableActions: [] };
    const { gateway } = await mountDetail({
      handlers: {
        ReportDetail: [detail(accepted), detail({ state: 'DRAFT', currentRevision: 2, acceptedRevision: 1, revision: revisionFixture({ id: 'rev-2', number: 2, kind: 'CORRECTION' }) })],
        StartReportCorrection: { data: { startReportCorrection: { id: 'rev-2', number: 2, kind: 'CORRECTION', state: 'DRAFT', submittedToAgencyAt: null, acceptedAt: null } } },
      },
    });

    byTestId('report-start-correction')!.click();
    await vi.waitFor(() => expect(byTestId('correction-dialog')).not.toBeNull());
    expect(byTestId('correction-value-1.1')).not.toBeNull();
    expect(byTestId('correction-value-2.1')).not.toBeNull();

    typeInto('correction-value-2.1', '-3');
    byTestId('correction-submit')!.click();
    await vi.waitFor(() => expect(byTestId('correction-value-2.1-error')?.textContent?.trim()).toBe('请输入不小于 0 的数字'));
    expect(gateway.callsOf('StartReportCorrection')).toHaveLength(0);

    typeInto('correction-value-2.1', '150');
    byTestId('correction-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('StartReportCorrection')).toHaveLength(1));
    expect(gateway.callsOf('StartReportCorrection')[0]!.variables).toEqual({
      input: { reportId: 'r-1', corrections: [{ indicatorId: 'i-2', period: '2025-Q3', value: 150 }] },
    });
    await vi.waitFor(() => expect(gateway.callsOf('ReportDetail')).toHaveLength(2));
    await vi.waitFor(() => expect(byTestId('report-correction-badge')?.textContent?.trim()).toBe('更正'));
    expect(byTestId('report-start-correction')).toBeNull();
  });

  it('offers no correction to the agency or before acceptance', async () => {
    await mountDetail({ session: agency, handlers: { ReportDetail: detail({ state: 'ACCEPTED', acceptedRevision: 1 }) } });
    expect(byTestId('report-start-correction')).toBeNull();
    document.body.innerHTML = '';

    await mountDetail({ handlers: { ReportDetail: detail({ state: 'SUBMITTED_TO_AGENCY' }) } });
    expect(byTestId('report-start-correction')).toBeNull();
  });

  it('shows a load failure with a retry', async () => {
    const { gateway } = await mountPage('/reports/r-1', {
      session: { rules: officeRules },
      handlers: { ReportDetail: [{ errors: [gqlError('NOT_FOUND', '数据不存在或已被删除')] }, detail()] },
    });
    await vi.waitFor(() => expect(byTestId('error-state')?.textContent).toContain('数据不存在或已被删除'));
    byTestId('error-retry')!.click();
    await vi.waitFor(() => expect(byTestId('report-detail')).not.toBeNull());
    expect(gateway.callsOf('ReportDetail')).toHaveLength(2);
  });
});
