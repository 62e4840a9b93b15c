import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AgreementRowFragment } from '@dsg/admin-data-access';
import { gqlError, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { connection } from '../../testing/fixtures';
import { byTestId, fieldError, mountFeature, typeInto } from '../../testing/mount-feature';
import ResponsibilityAgreementsView from './index.vue';

const adminRules = [
  { action: 'manage' as const, subject: 'ResponsibilityAgreement' as const },
  { action: 'read' as const, subject: ['User' as const, 'Department' as const, 'TaskBook' as const, 'ConstructionTask' as const] },
];
const readerRules = [{ action: 'read' as const, subject: ['ResponsibilityAgreement' as const, 'User' as const, 'TaskBook' as const] }];

const agreement = (overrides: Partial<AgreementRowFragment> = {}): AgreementRowFragment => ({
  id: 'a-1',
  title: '2026年度目标责任书',
  headUserId: 'u-head',
  responsibleUserId: 'u-li',
  taskIds: ['t-1', 't-2'],
  indicatorIds: ['i-A'],
  signedOn: '2026-03-01',
  status: 'SIGNED',
  ...overrides,
});

const handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {
  ResponsibilityAgreements: { data: { responsibilityAgreements: [agreement()] } },
  TaskBookDepartments: { data: { departments: connection([]) } },
  TaskBookPeople: {
    data: {
      users: connection([
        { id: 'u-head', username: 'wang', displayName: '王校长' },
        { id: 'u-li', username: 'li', displayName: '李老师' },
      ]),
    },
  },
  AgreementTaskBooks: { data: { taskBooks: { edges: [{ node: { id: 'book-1', title: '任务书' } }] } } },
  AgreementTaskBookItems: {
    data: {
      taskBook: {
        id: 'book-1',
        tasks: [
          { id: 't-1', code: '1', title: '加强党的建设', indicators: [{ id: 'i-A', code: 'A', name: '样板支部数' }] },
          { id: 't-2', code: '2', title: '深化产教融合', indicators: [{ id: 'i-B', code: 'B', name: '企业培训人次' }] },
        ],
      },
    },
  },
};

async function pick(selectId: string, optionId: string): Promise<void> {
  byTestId(selectId)!.querySelector<HTMLElement>('.el-select__wrapper')!.click();
  await flushPromises();
  byTestId(optionId)!.click();
  await flushPromises();
}

describe('responsibility agreements', () => {
  it("lists the institution's agreements with people's names and counts", async () => {
    await mountFeature(ResponsibilityAgreementsView, { session: { rules: adminRules }, handlers });
    await flushPromises();
    await flushPromises();

    const row = byTestId('agreements-table')!.querySelector('tbody tr.el-table__row')!;
    const cell = (id: string) => row.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
    expect(cell('agreement-row-title')).toBe('2026年度目标责任书');
    expect(cell('agreement-responsible-name')).toBe('李老师');
    expect(cell('agreement-head-name')).toBe('王校长');
    expect(cell('agreement-task-count')).toBe('2');
    expect(cell('agreement-indicator-count')).toBe('1');
    expect(cell('agreement-signed-on-cell')).toBe('2026-03-01');
    expect(cell('agreement-status')).toBe('已签订');
    expect(byTestId('add-agreement')?.style.display).not.toBe('none');
  });

  it('sends the chosen people, tasks and indicators and shows a field error from the server', async () => {
    const { gateway } = await mountFeature(ResponsibilityAgreementsView, {
      session: { rules: adminRules },
      handlers: {
        ...handlers,
        AddResponsibilityAgreement: [
          { errors: [gqlError('BAD_USER_INPUT', '输入有误', [{ field: 'input.indicatorIds', message: '指标不属于所选任务' }])] },
          { data: { addResponsibilityAgreement: agreement({ id: 'a-2', title: '教务处责任书' }) } },
        ],
      },
    });
    await flushPromises();
    await flushPromises();

    byTestId('add-agreement')!.click();
    await flushPromises();
    await flushPromises();
    expect(byTestId('agreement-dialog')).not.toBeNull();

    typeInto('agreement-title', '教务处责任书');
    await pick('agreement-head', 'head-option-u-head');
    await pick('agreement-responsible', 'responsible-option-u-li');
    // The only task book is chosen already.
    await pick('agreement-tasks', 'agreement-task-option-2');
    await pick('agreement-indicators', 'agreement-indicator-option-A');
    typeInto('agreement-signed-on', '2026-03-15');
    await pick('agreement-status-select', 'agreement-status-option-SIGNED');
    await flushPromises();

    byTestId('agreement-save')!.click();
    await vi.waitFor(() => expect(fieldError('agreement-indicators')).toBe('指标不属于所选任务'));
    expect(gateway.callsOf('AddResponsibilityAgreement')[0]?.variables).toEqual({
      input: {
        title: '教务处责任书',
        headUserId: 'u-head',
        responsibleUserId: 'u-li',
        taskIds: ['t-2'],
        indicatorIds: ['i-A'],
        signedOn: '2026-03-15',
        status: 'SIGNED',
      },
    });

    byTestId('agreement-save')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ResponsibilityAgreements')).toHaveLength(2));
    expect(gateway.callsOf('AddResponsibilityAgreement')).toHaveLength(2);
  });

  it('edits an agreement with its current values', async () => {
    const { gateway } = await mountFeature(ResponsibilityAgreementsView, {
      session: { rules: adminRules },
      handlers: { ...handlers, UpdateResponsibilityAgreement: { data: { updateResponsibilityAgreement: agreement({ status: 'ENDED' }) } } },
    });
    await flushPromises();
    await flushPromises();

    byTestId('edit-agreement')!.click();
    await flushPromises();
    await flushPromises();
    await pick('agreement-status-select', 'agreement-status-option-ENDED');
    byTestId('agreement-save')!.click();

    await vi.waitFor(() => expect(gateway.callsOf('UpdateResponsibilityAgreement')).toHaveLength(1));
    expect(gateway.callsOf('UpdateResponsibilityAgreement')[0]?.variables).toEqual({
      input: {
        id: 'a-1',
        title: '2026年度目标责任书',
        headUserId: 'u-head',
        responsibleUserId: 'u-li',
        taskIds: ['t-1', 't-2'],
        indicatorIds: ['i-A'],
        signedOn: '2026-03-01',
        status: 'ENDED',
      },
    });
  });

  it('offers no add or edit button to a role that may not create agreements', async () => {
    await mountFeature(ResponsibilityAgreementsView, { session: { rules: readerRules }, handlers });
    await flushPromises();

    expect(byTestId('agreements-table')!.querySelectorAll('tbody tr.el-table__row')).toHaveLength(1);
    expect(byTestId('add-agreement')?.style.display).toBe('none');
    expect(byTestId('edit-agreement')?.style.display).toBe('none');
  });
});
