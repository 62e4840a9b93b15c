import { describe, expect, it } from 'vitest';
import { parsePlanDiff } from './plan-diff';

// Shaped like the gateway's diffDocuments() output (libs/server/task-book/src/domain/document-diff.ts).
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
    removed: [{ taskCode: '1', code: '1-03', name: '思政课程示范课数' }],
    changed: [],
  },
  milestones: { added: [{ taskCode: '1.2', title: '中期检查', dueDate: '2026-06-30' }], removed: [], changed: [] },
  budgets: {
    added: [],
    removed: [],
    changed: [
      {
        key: '1|CENTRAL|2025',
        before: { taskCode: '1', source: 'CENTRAL', year: 2025, amount: 100 },
        after: { taskCode: '1', source: 'CENTRAL', year: 2025, amount: 120 },
        fields: [{ field: 'amount', from: 100, to: 120 }],
      },
    ],
  },
  summary: { added: 2, removed: 1, changed: 2 },
};

describe('plan diff', () => {
  it('lists the added, removed and changed rows of each part that changed, in plan order', () => {
    const diff = parsePlanDiff(changes)!;
    expect(diff.summary).toEqual({ added: 2, removed: 1, changed: 2 });
    expect(diff.parts.map((part) => part.part)).toEqual(['tasks', 'indicators', 'milestones', 'budgets']);

    const [tasks, indicators, milestones, budgets] = diff.parts;
    expect(tasks!.counts).toEqual({ added: 1, removed: 0, changed: 1 });
    expect(tasks!.rows.map((row) => [row.kind, row.key, row.label])).toEqual([
      ['added', '3', '建设产教融合实训基地'],
      ['changed', '1.2', '推进党建与业务深度融合'],
    ]);
    expect(tasks!.rows[1]!.fields).toEqual([
      { field: 'title', from: '推进党建与业务融合', to: '推进党建与业务深度融合' },
      { field: 'status', from: 'NOT_STARTED', to: 'IN_PROGRESS' },
    ]);
    expect(indicators!.rows).toMatchObject([{ kind: 'removed', key: '1-03', label: '思政课程示范课数' }]);
    expect(milestones!.rows).toMatchObject([{ kind: 'added', key: '1.2 · 中期检查', label: '2026-06-30' }]);
    expect(budgets!.rows).toMatchObject([{ kind: 'changed', key: '1 · CENTRAL · 2025', fields: [{ field: 'amount', from: 100, to: 120 }] }]);
  });

  it('leaves out parts without changes and counts itself when the summary is missing', () => {
    const diff = parsePlanDiff({ tasks: { added: [], removed: [{ code: '2', title: 'x' }], changed: [] } })!;
    expect(diff.parts.map((part) => part.part)).toEqual(['tasks']);
    expect(diff.summary).toEqual({ added: 0, removed: 1, changed: 0 });
  });

  it('is null without a diff and skips malformed rows', () => {
    expect(parsePlanDiff(null)).toBeNull();
    expect(parsePlanDiff('x')).toBeNull();
    const diff = parsePlanDiff({ tasks: { added: [null, 3, { code: '4', title: 'ok' }], changed: [{ key: '5', fields: [{ nope: 1 }] }] } })!;
    expect(diff.parts[0]!.rows).toMatchObject([
      { kind: 'added', key: '4' },
      { kind: 'changed', key: '5', fields: [] },
    ]);
  });
});
