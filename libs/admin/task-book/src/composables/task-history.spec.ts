import { describe, expect, it } from 'vitest';
import { changeKindOf, changedFields, fieldFormat, snapshotLabel, snapshotOf, truncate } from './task-history';

// Snapshots as the audit log stores them: the whole row, camelCase columns.
const task = {
  id: 't-1',
  tenantId: 'inst-1',
  taskBookId: 'book-1',
  parentId: null,
  position: 0,
  code: '1.2',
  level: 2,
  title: '推进党建与业务融合',
  description: null,
  leadDepartmentId: 'd-1',
  cooperatingDepartmentIds: ['d-2'],
  leaderUserId: 'u-1',
  status: 'NOT_STARTED',
  progress: 0,
  createdAt: '2025-01-02T08:00:00.000Z',
  updatedAt: '2025-01-02T08:00:00.000Z',
};

describe('changeKindOf', () => {
  it.each([
    ['updateTask:update', 'update'],
    ['system:create', 'create'],
    ['deleteMilestone:delete', 'delete'],
  ])('reads %s as %s', (action, kind) => {
    expect(changeKindOf(action)).toBe(kind);
  });

  it('returns null for an action of another shape', () => {
    expect(changeKindOf('updateTask')).toBeNull();
    expect(changeKindOf('updateTask:archive')).toBeNull();
  });
});

describe('changedFields', () => {
  it('lists only the fields an update changed, in column order', () => {
    const after = { ...task, title: '推进党建与业务深度融合', status: 'IN_PROGRESS', progress: 30 };
    expect(changedFields(task, after)).toEqual([
      { field: 'title', before: '推进党建与业务融合', after: '推进党建与业务深度融合' },
      { field: 'status', before: 'NOT_STARTED', after: 'IN_PROGRESS' },
      { field: 'progress', before: 0, after: 30 },
    ]);
  });

  it('skips bookkeeping columns even when they change', () => {
    const moved = { ...task, parentId: 't-0', position: 3, updatedAt: '2025-03-01T08:00:00.000Z', code: '2.4' };
    expect(changedFields(task, moved)).toEqual([{ field: 'code', before: '1.2', after: '2.4' }]);
    expect(changedFields(task, { ...task, id: 't-9', tenantId: 'inst-2', updatedAt: '2025-03-01T08:00:00.000Z' })).toEqual([]);
  });

  it('compares arrays and objects by value, and a missing column as null', () => {
    const same = { ...task, cooperatingDepartmentIds: ['d-2'] };
    expect(changedFields(task, same)).toEqual([]);
    const more = { ...task, cooperatingDepartmentIds: ['d-2', 'd-3'] };
    expect(changedFields(task, more)).toEqual([{ field: 'cooperatingDepartmentIds', before: ['d-2'], after: ['d-2', 'd-3'] }]);
    const { description: _dropped, ...withoutDescription } = task;
    expect(changedFields(withoutDescription, task)).toEqual([]);
    expect(changedFields(withoutDescription, { ...task, description: '建设内容' })).toEqual([{ field: 'description', before: null, after: '建设内容' }]);
  });

  it('has nothing to compare on a create or a delete', () => {
    expect(changedFields(null, task)).toEqual([]);
    expect(changedFields(task, null)).toEqual([]);
    expect(changedFields('not a row', task)).toEqual([]);
  });
});

describe('snapshotLabel', () => {
  it('names a task by code and title from the snapshot after the change', () => {
    expect(snapshotLabel(task, { ...task, title: '新名称' })).toEqual({ code: '1.2', name: '新名称' });
  });

  it('names a created row from its snapshot after, a deleted one from its snapshot before', () => {
    expect(snapshotLabel(null, { code: '1.2-3', name: '样板支部数', unit: '个' })).toEqual({ code: '1.2-3', name: '样板支部数' });
    expect(snapshotLabel({ title: '中期检查', dueDate: '2026-06-30' }, null)).toEqual({ name: '中期检查' });
  });

  it('uses the file name, the period, or the source and year when those are what the row has', () => {
    expect(snapshotLabel(null, { fileName: '支部名单.pdf', version: 2 })).toEqual({ name: '支部名单.pdf' });
    expect(snapshotLabel(null, { period: '2025-Q3', value: 3 })).toEqual({ period: '2025-Q3' });
    expect(snapshotLabel({ source: 'CENTRAL', year: 2025, amount: 120 }, null)).toEqual({ source: 'CENTRAL', period: '2025' });
    expect(snapshotLabel(null, { source: 'LOCAL', period: '2025-H1', arrived: 10 })).toEqual({ source: 'LOCAL', period: '2025-H1' });
  });

  it('is empty without a usable snapshot', () => {
    expect(snapshotLabel(null, null)).toEqual({});
    expect(snapshotLabel(null, { code: '  ', title: null })).toEqual({});
    expect(snapshotOf([1, 2])).toBeNull();
  });
});

describe('fieldFormat', () => {
  it('shows ids as people and departments, periods and progress in words', () => {
    expect(fieldFormat('ConstructionTask', 'leaderUserId')).toEqual({ kind: 'person' });
    expect(fieldFormat('IndicatorActual', 'enteredBy')).toEqual({ kind: 'person' });
    expect(fieldFormat('ConstructionTask', 'cooperatingDepartmentIds')).toEqual({ kind: 'department' });
    expect(fieldFormat('FundMovement', 'period')).toEqual({ kind: 'period' });
    expect(fieldFormat('ConstructionTask', 'progress')).toEqual({ kind: 'percent' });
    expect(fieldFormat('ConstructionTask', 'title')).toEqual({ kind: 'text' });
  });

  it('names a status by the enum of its entity', () => {
    expect(fieldFormat('ConstructionTask', 'status')).toEqual({ kind: 'enum', messages: 'taskBook.enums.taskStatus' });
    expect(fieldFormat('Milestone', 'status')).toEqual({ kind: 'enum', messages: 'taskBook.enums.milestoneStatus' });
    expect(fieldFormat('EvidenceFile', 'reviewStatus')).toEqual({ kind: 'enum', messages: 'taskBook.evidence.statuses' });
    expect(fieldFormat('SomethingElse', 'status')).toEqual({ kind: 'text' });
  });
});

describe('truncate', () => {
  it('keeps short values and cuts long ones to the limit with an ellipsis', () => {
    expect(truncate('短文本', 5)).toBe('短文本');
    expect(truncate('一二三四五', 5)).toBe('一二三四五');
    expect(truncate('一二三四五六', 5)).toBe('一二三四…');
    expect(truncate('x'.repeat(100))).toHaveLength(60);
  });
});
