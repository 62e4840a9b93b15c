import { describe, expect, it } from 'vitest';
import { diffDocuments } from './document-diff.js';
import type { TaskBookDocument, TaskRow } from './task-book-document.js';

const task = (code: string, title: string, extra: Partial<TaskRow> = {}): TaskRow => ({
  code, title, description: null, leadDepartmentCode: 'JWC', cooperatingDepartmentCodes: [], leaderUsername: null,
  projectLeaderUsername: null, startDate: null, endDate: null, status: 'NOT_STARTED', ...extra,
});

const base: TaskBookDocument = {
  title: '任务书', startYear: 2019, endYear: 2023,
  tasks: [task('1', '党建引领'), task('2', '人才培养高地'), task('2.1', '三教改革')],
  milestones: [{ taskCode: '1', title: '方案出台', dueDate: '2020-06-30', deliverable: null, status: 'PENDING' }],
  indicators: [{ taskCode: '2', code: '2-01', name: '国家级教学成果奖', category: 'OUTPUT_QUALITY', kind: 'QUANTITATIVE', unit: '项', direction: 'HIGHER_BETTER', baseline: 1, finalTarget: 3, yearlyTargets: { 2021: 1, 2023: 3 } }],
  budgets: [{ taskCode: '1', source: 'CENTRAL', year: 2020, amount: 100 }, { taskCode: '2', source: 'LOCAL', year: 2021, amount: 50 }],
};

describe('diffDocuments', () => {
  it('is empty for the same plan', () => {
    expect(diffDocuments(base, structuredClone(base)).summary).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('names added, removed and changed tasks, targets and budgets field by field', () => {
    const after = structuredClone(base);
    after.tasks[1] = task('2', '人才培养高地（调整）', { leadDepartmentCode: 'RSC' });
    after.tasks.splice(2, 1); // 2.1 removed
    after.tasks.push(task('3', '国际化'));
    after.indicators[0]!.yearlyTargets = { 2021: 1, 2023: 4 };
    after.indicators[0]!.finalTarget = 4;
    after.budgets[0]!.amount = 80;
    after.budgets.splice(1, 1);
    after.budgets.push({ taskCode: '3', source: 'SELF', year: 2022, amount: 20 });
    const d = diffDocuments(base, after);
    expect(d.tasks.added.map((t) => t.code)).toEqual(['3']);
    expect(d.tasks.removed.map((t) => t.code)).toEqual(['2.1']);
    expect(d.tasks.changed).toEqual([{ key: '2', before: base.tasks[1], after: after.tasks[1], fields: [
      { field: 'title', from: '人才培养高地', to: '人才培养高地（调整）' },
      { field: 'leadDepartmentCode', from: 'JWC', to: 'RSC' },
    ] }]);
    expect(d.indicators.changed[0]!.fields).toEqual([
      { field: 'finalTarget', from: 3, to: 4 },
      { field: 'yearlyTargets', from: { 2021: 1, 2023: 3 }, to: { 2021: 1, 2023: 4 } },
    ]);
    expect(d.budgets.changed.map((c) => [c.key, c.fields])).toEqual([['1|CENTRAL|2020', [{ field: 'amount', from: 100, to: 80 }]]]);
    expect(d.budgets.removed.map((b) => b.taskCode)).toEqual(['2']);
    expect(d.budgets.added.map((b) => b.taskCode)).toEqual(['3']);
    expect(d.summary).toEqual({ added: 2, removed: 2, changed: 3 });
  });
});
