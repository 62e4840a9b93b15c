import { describe, expect, it } from 'vitest';
import { taskFixture as task } from '../testing/fixtures';
import {
  buildTaskTree,
  canDrop,
  compareCodes,
  dropTarget,
  filterTaskTree,
  matchesFilters,
  stepTarget,
  type TaskTreeNode,
} from './task-tree';

/** The tree as nested codes, compact to compare. */
function outline(nodes: TaskTreeNode[]): unknown[] {
  return nodes.map((node) => (node.children.length ? { [node.task.code]: outline(node.children) } : node.task.code));
}

function find(nodes: TaskTreeNode[], code: string): TaskTreeNode {
  const all = (list: TaskTreeNode[]): TaskTreeNode[] => list.flatMap((node) => [node, ...all(node.children)]);
  const found = all(nodes).find((node) => node.task.code === code);
  if (!found) throw new Error(`no task ${code}`);
  return found;
}

describe('task tree', () => {
  it('orders codes numerically, segment by segment', () => {
    expect(['1.10', '2', '1.2', '1', '10', '1.2.1'].sort(compareCodes)).toEqual(['1', '1.2', '1.2.1', '1.10', '2', '10']);
  });

  it('nests flat tasks under their parents in code order, whatever order they arrive in', () => {
    const tasks = ['2.1', '1.10', '1', '1.2.1', '2', '1.2', '10'].map((code) => task(code));
    expect(outline(buildTaskTree(tasks))).toEqual([{ '1': [{ '1.2': ['1.2.1'] }, '1.10'] }, { '2': ['2.1'] }, '10']);
  });

  it('keeps a task whose parent is missing as a root instead of dropping it', () => {
    expect(outline(buildTaskTree([task('3.1'), task('1')]))).toEqual(['1', '3.1']);
  });

  it('filters by department (leading or cooperating), responsible person and status, keeping ancestors for context', () => {
    const tasks = [
      task('1'),
      task('1.1', { leadDepartmentId: 'd-jwc', status: 'LAGGING' }),
      task('1.2', { cooperatingDepartmentIds: ['d-jwc'], projectLeaderUserId: 'u-li' }),
      task('2', { leaderUserId: 'u-li', status: 'LAGGING' }),
      task('2.1'),
    ];
    const tree = buildTaskTree(tasks);
    const filtered = (filters: Partial<Parameters<typeof matchesFilters>[1]>) =>
      filterTaskTree(tree, (candidate) => matchesFilters(candidate, { departmentId: null, userId: null, status: null, ...filters }));

    const byDepartment = filtered({ departmentId: 'd-jwc' });
    expect(outline(byDepartment)).toEqual([{ '1': ['1.1', '1.2'] }]);
    expect(find(byDepartment, '1').matches).toBe(false);
    expect(find(byDepartment, '1.1').matches).toBe(true);

    // A matching task is shown without its non-matching children.
    expect(outline(filtered({ userId: 'u-li' }))).toEqual([{ '1': ['1.2'] }, '2']);
    expect(outline(filtered({ status: 'LAGGING' }))).toEqual([{ '1': ['1.1'] }, '2']);
    expect(outline(filtered({ status: 'LAGGING', departmentId: 'd-jwc' }))).toEqual([{ '1': ['1.1'] }]);
    expect(filtered({ status: 'COMPLETED' })).toEqual([]);
  });
});

describe('drag and drop rules', () => {
  const tree = buildTaskTree(['1', '1.1', '1.1.1', '1.2', '2', '2.1', '3'].map((code) => task(code)));
  const node = (code: string) => find(tree, code);

  it('allows moves that keep every task within three levels', () => {
    expect(canDrop(node('3'), node('1.1'), 'inner')).toBe(true); // a leaf becomes level 3
    expect(canDrop(node('2'), node('1'), 'inner')).toBe(true); // 2 → level 2, 2.1 → level 3
    expect(canDrop(node('1.1'), node('2'), 'next')).toBe(true); // promoted to level 1
    expect(canDrop(node('1.1.1'), node('1.2'), 'prev')).toBe(true);
    expect(canDrop(node('1.1'), node('2.1'), 'next')).toBe(true); // 1.1 stays level 2, 1.1.1 level 3
  });

  it('refuses drops that would put a task at depth 4', () => {
    expect(canDrop(node('3'), node('1.1.1'), 'inner')).toBe(false); // leaf under a level-3 task
    expect(canDrop(node('2'), node('1.1'), 'inner')).toBe(false); // 2.1 would land at level 4
    expect(canDrop(node('1'), node('2'), 'inner')).toBe(false); // 1.1.1 would land at level 4
    expect(canDrop(node('1.1'), node('2.1'), 'inner')).toBe(false); // 1.1.1 would land at level 4
  });

  it('refuses dropping a task onto itself or into its own subtree', () => {
    expect(canDrop(node('1'), node('1'), 'inner')).toBe(false);
    expect(canDrop(node('1'), node('1.1.1'), 'prev')).toBe(false);
  });

  it('turns a drop into the moveTask parent and index, counted without the moved task', () => {
    const tasks = ['1', '1.1', '1.2', '1.3', '2', '2.1'].map((code) => task(code));
    expect(dropTarget(tasks, 't-2.1', 't-1.2', 'before')).toEqual({ parentId: 't-1', index: 1 });
    expect(dropTarget(tasks, 't-2.1', 't-1.2', 'after')).toEqual({ parentId: 't-1', index: 2 });
    expect(dropTarget(tasks, 't-1.1', 't-1.3', 'after')).toEqual({ parentId: 't-1', index: 2 }); // same parent: last
    expect(dropTarget(tasks, 't-1.3', 't-1.1', 'before')).toEqual({ parentId: 't-1', index: 0 });
    expect(dropTarget(tasks, 't-1.2', 't-2', 'inner')).toEqual({ parentId: 't-2', index: 1 });
    expect(dropTarget(tasks, 't-2.1', 't-1', 'before')).toEqual({ parentId: null, index: 0 });
  });

  it('moves one step up or down among the siblings, not past either end', () => {
    const tasks = ['1', '1.1', '1.2', '1.3', '2'].map((code) => task(code));
    expect(stepTarget(tasks, 't-1.2', -1)).toEqual({ parentId: 't-1', index: 0 });
    expect(stepTarget(tasks, 't-1.2', 1)).toEqual({ parentId: 't-1', index: 2 });
    expect(stepTarget(tasks, 't-1.1', -1)).toBeNull();
    expect(stepTarget(tasks, 't-2', 1)).toBeNull();
    expect(stepTarget(tasks, 't-1', 1)).toEqual({ parentId: null, index: 1 });
  });
});
