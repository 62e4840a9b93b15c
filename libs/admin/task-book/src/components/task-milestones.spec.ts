import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule, TaskMilestoneFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler, type RecordedGraphQLCall } from '@dsg/admin-data-access/testing';
import { bookFixture, evidenceFixture as evidence, milestoneFixture as milestone, taskFixture as task } from '../testing/fixtures';
import { fileOf, formFields, pickFile, type HttpHandler } from '../testing/mock-http';
import { byTestId, fieldError, mountFeature, typeInto } from '../testing/mount-feature';
import { openDrawerTab } from '../testing/task-drawer';
import TaskBookDetailView from '../views/task-book-detail/index.vue';
import TaskMilestones from './task-milestones.vue';

// 节点目标 of a task (a tab of the task drawer): listed with their status, added and deleted on
// a draft book, completed (date and note) at any time, each with its completion evidence
// (objectType Milestone). Most cases mount the section alone; one goes through the detail page to
// prove the drawer reloads the book after a change.

const adminRules: AppRawRule[] = [{ action: 'manage', subject: ['TaskBook', 'ConstructionTask', 'IndicatorActual', 'Evidence'] }];
const readerRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask', 'IndicatorActual', 'Evidence'] }];

const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
const milestones = [
  milestone('m-1', { title: '完成党建调研', deliverable: '调研报告', dueDate: '2025-12-31', status: 'OVERDUE' }),
  milestone('m-2', { title: '建成样板支部', dueDate: '2026-06-30', status: 'PENDING' }),
  milestone('m-3', { title: '制定实施方案', dueDate: '2025-06-30', status: 'DONE', completedAt: '2025-06-20', completionNote: '校党委会审议通过' }),
];
const detail = (list: TaskMilestoneFragment[]) => ({
  data: { taskBook: { ...bookFixture(), tasks: [task('1', { title: '加强党的建设', milestones: list })] } },
});

type EvidenceFile = ReturnType<typeof evidence>;

/** The evidence query answered per object: a milestone's files from `files` (read at each call), none for other objects. */
function evidenceOf(files: Record<string, EvidenceFile[]>): MockGraphQLHandler {
  return (call) => ({ data: { evidence: call.variables['objectType'] === 'Milestone' ? (files[String(call.variables['objectId'])] ?? []) : [] } });
}
const milestoneEvidenceCalls = (gateway: { callsOf: (name: string) => RecordedGraphQLCall[] }) =>
  gateway.callsOf('ActualEvidence').filter((call) => call.variables['objectType'] === 'Milestone');

type Handlers = Record<string, MockGraphQLHandler | MockGraphQLHandler[]>;

/** The milestones section of task 1.2, as the drawer shows it. */
async function mountSection(
  options: { rules?: AppRawRule[]; handlers?: Handlers; http?: Record<string, HttpHandler>; list?: TaskMilestoneFragment[]; editable?: boolean } = {},
) {
  const mounted = await mountFeature(TaskMilestones, {
    props: { taskId: 't-1.2', taskLabel: '1.2 推进党建与业务融合', milestones: options.list ?? milestones, editable: options.editable ?? true },
    session: { rules: options.rules ?? adminRules },
    handlers: { ActualEvidence: evidenceOf({}), ...options.handlers },
    http: options.http,
  });
  await flushPromises();
  return mounted;
}

const table = () => byTestId('milestone-table')!;
const rows = () => Array.from(table().querySelectorAll<HTMLElement>('tbody tr.el-table__row'));
const inRow = (index: number, id: string) => rows()[index]!.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const texts = (id: string) => Array.from(table().querySelectorAll(`[data-testid="${id}"]`)).map((node) => node.textContent?.trim());

async function expand(index: number): Promise<void> {
  rows()[index]!.querySelector<HTMLElement>('.el-table__expand-icon')!.click();
  await flushPromises();
  await flushPromises();
}

/** The newest message box (closed ones may linger in the DOM while they fade out). */
function messageBox(): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>('.el-message-box')).at(-1);
}

describe('task milestones', () => {
  it('lists the milestones of the task with deliverable, due date, status (overdue in red) and completion', async () => {
    await mountSection();

    expect(byTestId('task-milestones-t-1.2')?.textContent).toContain('节点目标');
    expect(texts('milestone-title')).toEqual(['完成党建调研', '建成样板支部', '制定实施方案']);
    expect(texts('milestone-deliverable-cell')).toEqual(['调研报告', '—', '—']);
    expect(texts('milestone-due')).toEqual(['2025-12-31', '2026-06-30', '2025-06-30']);
    const statuses = Array.from(table().querySelectorAll<HTMLElement>('[data-testid="milestone-status"]'));
    expect(statuses.map((tag) => tag.textContent?.trim())).toEqual(['逾期', '未完成', '已完成']);
    expect(statuses[0]!.classList.contains('el-tag--danger')).toBe(true);
    expect(statuses[1]!.classList.contains('el-tag--danger')).toBe(false);
    expect(statuses[2]!.classList.contains('el-tag--success')).toBe(true);
    expect(inRow(2, 'milestone-completion')?.textContent).toContain('2025-06-20 完成');
    expect(inRow(2, 'milestone-completion')?.textContent).toContain('校党委会审议通过');
    expect(inRow(0, 'milestone-completion')).toBeNull();
    // A completed milestone is not completed again; on a draft book every one may be deleted.
    expect(inRow(0, 'complete-milestone')).not.toBeNull();
    expect(inRow(2, 'complete-milestone')).toBeNull();
    expect(Array.from(table().querySelectorAll<HTMLButtonElement>('[data-testid="delete-milestone"]')).map((button) => button.disabled)).toEqual([false, false, false]);
  });

  it('shows an empty state for a task without milestones', async () => {
    await mountSection({ list: [] });

    expect(byTestId('milestone-table')).toBeNull();
    expect(byTestId('milestones-empty')?.textContent?.trim()).toBe('暂无节点目标');
    expect(byTestId<HTMLButtonElement>('add-milestone')!.disabled).toBe(false);
  });

  it('adds a milestone with title, due date and deliverable', async () => {
    const added = milestone('m-4', { taskId: 't-1.2', title: '中期检查', deliverable: '中期自评报告', dueDate: '2027-06-30' });
    const { gateway, wrapper } = await mountSection({ handlers: { AddMilestone: { data: { addMilestone: added } } } });

    byTestId('add-milestone')!.click();
    await flushPromises();
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('新增节点目标 · 1.2 推进党建与业务融合');
    typeInto('milestone-title-input', '  中期检查 ');
    typeInto('milestone-due-date', '2027-06-30');
    typeInto('milestone-deliverable', '中期自评报告');
    byTestId('milestone-submit')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('AddMilestone')).toHaveLength(1));
    expect(gateway.callsOf('AddMilestone')[0]?.variables).toEqual({
      input: { taskId: 't-1.2', title: '中期检查', dueDate: '2027-06-30', deliverable: '中期自评报告' },
    });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
  });

  it('refuses an empty title or due date before asking the server, and shows the server’s field errors', async () => {
    const { gateway, wrapper } = await mountSection({
      handlers: {
        AddMilestone: { errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'input.dueDate', message: '计划完成日期格式不正确' }])] },
      },
    });

    byTestId('add-milestone')!.click();
    await flushPromises();
    byTestId('milestone-submit')!.click();
    // Element Plus validates the fields one after another: wait for both messages.
    await vi.waitFor(() => {
      expect(fieldError('milestone-title-input')).toBe('请输入节点目标');
      expect(fieldError('milestone-due-date')).toBe('请选择计划完成日期');
    });
    // Whitespace only is no title.
    typeInto('milestone-title-input', '   ');
    typeInto('milestone-due-date', '2027-06-30');
    byTestId('milestone-submit')!.click();
    await flushPromises();
    await vi.waitFor(() => expect(fieldError('milestone-title-input')).toBe('请输入节点目标'));
    expect(gateway.callsOf('AddMilestone')).toHaveLength(0);

    typeInto('milestone-title-input', '中期检查');
    byTestId('milestone-submit')!.click();
    await vi.waitFor(() => expect(fieldError('milestone-due-date')).toBe('计划完成日期格式不正确'));
    expect(gateway.callsOf('AddMilestone')).toHaveLength(1);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('completes a milestone with the completion date and note', async () => {
    const done = milestone('m-2', { title: '建成样板支部', status: 'DONE', completedAt: '2026-05-18', completionNote: '已挂牌' });
    const { gateway, wrapper } = await mountSection({ handlers: { CompleteMilestone: { data: { completeMilestone: done } } } });

    inRow(1, 'complete-milestone')!.click();
    await flushPromises();
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('登记完成 · 建成样板支部');
    // Today is proposed; without a date nothing is sent.
    expect(byTestId<HTMLInputElement>('milestone-completed-at')!.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    typeInto('milestone-completed-at', '');
    byTestId('milestone-complete-submit')!.click();
    await vi.waitFor(() => expect(fieldError('milestone-completed-at')).toBe('请选择实际完成日期'));
    expect(gateway.callsOf('CompleteMilestone')).toHaveLength(0);

    typeInto('milestone-completed-at', '2026-05-18');
    typeInto('milestone-note', ' 已挂牌 ');
    byTestId('milestone-complete-submit')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('CompleteMilestone')).toHaveLength(1));
    expect(gateway.callsOf('CompleteMilestone')[0]?.variables).toEqual({ input: { id: 'm-2', completedAt: '2026-05-18', note: '已挂牌' } });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
  });

  it('deletes a milestone only after confirmation', async () => {
    const { gateway, wrapper } = await mountSection({ handlers: { DeleteMilestone: { data: { deleteMilestone: true } } } });

    inRow(0, 'delete-milestone')!.click();
    await vi.waitFor(() => expect(messageBox()?.textContent).toContain('确定删除节点目标“完成党建调研”（计划完成日期 2025-12-31）吗？'));
    Array.from(messageBox()!.querySelectorAll<HTMLElement>('.el-button')).find((button) => button.textContent?.trim() === '取消')!.click();
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gateway.callsOf('DeleteMilestone')).toHaveLength(0);
    expect(wrapper.emitted('changed')).toBeUndefined();

    inRow(0, 'delete-milestone')!.click();
    await vi.waitFor(() => expect(messageBox()?.querySelector('.el-button--danger')).not.toBeNull());
    messageBox()!.querySelector<HTMLElement>('.el-button--danger')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('DeleteMilestone')).toHaveLength(1));
    expect(gateway.callsOf('DeleteMilestone')[0]?.variables).toEqual({ id: 'm-1' });
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1));
  });

  it('on an approved task book, still completes milestones but does not add or delete them', async () => {
    await mountSection({ editable: false });

    expect(byTestId<HTMLButtonElement>('add-milestone')!.disabled).toBe(true);
    expect(byTestId('milestones-hint')?.textContent).toContain('任务书已批准');
    expect(Array.from(table().querySelectorAll<HTMLButtonElement>('[data-testid="delete-milestone"]')).map((button) => button.disabled)).toEqual([true, true, true]);
    expect(inRow(1, 'complete-milestone')?.hasAttribute('disabled')).toBe(false);
  });

  it('hides every milestone action from a read-only role, but shows the completion evidence', async () => {
    const { gateway } = await mountSection({
      rules: readerRules,
      handlers: { ActualEvidence: evidenceOf({ 'm-3': [evidence('e-1', { objectType: 'Milestone', objectId: 'm-3', fileName: '审议纪要.pdf' })] }) },
    });

    expect(texts('milestone-title')).toHaveLength(3);
    expect(byTestId('add-milestone')).toBeNull();
    expect(byTestId('complete-milestone')).toBeNull();
    expect(byTestId('delete-milestone')).toBeNull();
    expect(byTestId('milestones-hint')).toBeNull();

    await expand(2);
    const panel = byTestId('milestone-evidence-m-3')!;
    expect(panel.querySelector('[data-testid="evidence-download"]')?.textContent?.trim()).toBe('审议纪要.pdf');
    expect(panel.querySelector('[data-testid="evidence-upload"]')).toBeNull();
    expect(panel.querySelector('[data-testid="evidence-replace"]')).toBeNull();
    expect(panel.querySelector('[data-testid="review-evidence-approve"]')).toBeNull();
    expect(milestoneEvidenceCalls(gateway).map((call) => call.variables)).toEqual([{ objectType: 'Milestone', objectId: 'm-3' }]);
  });

  it('does not expand milestones for someone who may not read evidence', async () => {
    const { gateway } = await mountSection({ rules: [{ action: 'read', subject: ['TaskBook', 'ConstructionTask'] }] });

    expect(rows()).toHaveLength(3);
    expect(table().querySelector('.el-table__expand-icon')).toBeNull();
    expect(gateway.callsOf('ActualEvidence')).toHaveLength(0);
  });

  it('uploads completion evidence for a milestone as objectType Milestone, then lists it', async () => {
    const uploaded = evidence('e-9', { objectType: 'Milestone', objectId: 'm-1', fileName: '调研报告.pdf' });
    const stored: Record<string, EvidenceFile[]> = {};
    const { gateway, http } = await mountSection({
      handlers: { ActualEvidence: evidenceOf(stored) },
      http: {
        'POST /evidence': () => {
          stored['m-1'] = [uploaded];
          return { status: 201, body: { data: uploaded } };
        },
      },
    });
    // Evidence loads when a milestone is expanded.
    expect(milestoneEvidenceCalls(gateway)).toHaveLength(0);

    await expand(0);
    const panel = byTestId('milestone-evidence-m-1')!;
    expect(panel.querySelector('[data-testid="evidence-empty"]')?.textContent?.trim()).toBe('暂无完成佐证材料');
    pickFile('evidence-upload', fileOf('调研报告.pdf', 'pdf-bytes'), panel);

    await vi.waitFor(() => expect(http.callsOf('POST /evidence')).toHaveLength(1));
    const call = http.callsOf('POST /evidence')[0];
    expect(call!.form.map(([name]) => name)).toEqual(['objectType', 'objectId', 'file']);
    const fields = formFields(call);
    expect(fields['objectType']).toBe('Milestone');
    expect(fields['objectId']).toBe('m-1');
    expect((fields['file'] as File).name).toBe('调研报告.pdf');
    await vi.waitFor(() => expect(panel.querySelector('[data-testid="evidence-download"]')?.textContent?.trim()).toBe('调研报告.pdf'));
    expect(milestoneEvidenceCalls(gateway).map((item) => item.variables)).toEqual([
      { objectType: 'Milestone', objectId: 'm-1' },
      { objectType: 'Milestone', objectId: 'm-1' },
    ]);
  });

  it('refuses a file type the gateway would refuse, without uploading it', async () => {
    const { http } = await mountSection({ http: {} });

    await expand(1);
    const panel = byTestId('milestone-evidence-m-2')!;
    pickFile('evidence-upload', fileOf('setup.exe', 'x'), panel);
    await flushPromises();

    expect(panel.querySelector('[data-testid="evidence-error"]')?.textContent).toContain('不支持该文件类型');
    expect(http.calls).toHaveLength(0);
  });
});

describe('task drawer: milestones', () => {
  it('reloads the task book after a milestone is added, and shows it', async () => {
    const added = milestone('m-4', { title: '中期检查', dueDate: '2027-06-30' });
    const { gateway } = await mountFeature(TaskBookDetailView, {
      props: { id: 'book-1' },
      session: { rules: adminRules },
      handlers: {
        TaskBookDetail: [detail(milestones), detail([...milestones, added])],
        TaskBookDepartments: { data: { departments: empty } },
        TaskBookPeople: { data: { users: empty } },
        ActualEvidence: evidenceOf({}),
        AddMilestone: { data: { addMilestone: added } },
      },
    });
    await flushPromises();
    byTestId('task-row-1')!.click();
    await flushPromises();
    await openDrawerTab('milestones');
    expect(texts('milestone-title')).toEqual(['完成党建调研', '建成样板支部', '制定实施方案']);

    byTestId('add-milestone')!.click();
    await flushPromises();
    typeInto('milestone-title-input', '中期检查');
    typeInto('milestone-due-date', '2027-06-30');
    byTestId('milestone-submit')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('AddMilestone')[0]?.variables).toEqual({ input: { taskId: 't-1', title: '中期检查', dueDate: '2027-06-30', deliverable: null } }));
    await vi.waitFor(() => expect(gateway.callsOf('TaskBookDetail')).toHaveLength(2));
    await vi.waitFor(() => expect(texts('milestone-title')).toEqual(['完成党建调研', '建成样板支部', '制定实施方案', '中期检查']));
    // The whole detail page with its drawer: slower than the section alone on a busy machine.
  }, 20_000);
});
