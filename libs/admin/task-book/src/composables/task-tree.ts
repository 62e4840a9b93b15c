import type { TaskNodeFragment } from '@dsg/admin-data-access';

// The construction-task tree (一级任务 → 二级任务 → 举措/项目) as the admin shows it. The API
// returns the tasks flat, each with its parent and its derived code ("1.2.3"); the tree, its
// filters and the drag-and-drop rules are computed here, as plain functions.

/** Level-1 tasks have depth 1; 举措/项目 have depth 3 (the server refuses anything deeper). */
export const MAX_TASK_DEPTH = 3;

export interface TaskTreeNode {
  id: string;
  task: TaskNodeFragment;
  children: TaskTreeNode[];
  /** False for an ancestor shown only because a descendant matches the filters. */
  matches: boolean;
}

/** Compares codes segment by segment as numbers: 1.2 < 1.10 < 2. */
export function compareCodes(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i] ?? -1;
    const y = right[i] ?? -1;
    if (x !== y) return x - y;
  }
  return 0;
}

/**
 * Nests the flat task list under its parents, siblings in code order. A task whose parent is not
 * in the list becomes a root rather than disappearing.
 */
export function buildTaskTree(tasks: readonly TaskNodeFragment[]): TaskTreeNode[] {
  const sorted = [...tasks].sort((a, b) => compareCodes(a.code, b.code));
  const nodes = new Map(sorted.map((task) => [task.id, { id: task.id, task, children: [], matches: true } as TaskTreeNode]));
  const roots: TaskTreeNode[] = [];
  for (const task of sorted) {
    const node = nodes.get(task.id)!;
    const parent = task.parentId ? nodes.get(task.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * Keeps the tasks that match and, for context, their ancestors (marked `matches: false`).
 * Children of a matching task that do not match themselves are left out.
 */
export function filterTaskTree(roots: readonly TaskTreeNode[], predicate: (task: TaskNodeFragment) => boolean): TaskTreeNode[] {
  const kept: TaskTreeNode[] = [];
  for (const node of roots) {
    const children = filterTaskTree(node.children, predicate);
    const matches = predicate(node.task);
    if (matches || children.length > 0) kept.push({ ...node, children, matches });
  }
  return kept;
}

export interface TaskFilters {
  departmentId: string | null;
  userId: string | null;
  status: TaskNodeFragment['status'] | null;
}

export const EMPTY_FILTERS: TaskFilters = { departmentId: null, userId: null, status: null };

export function hasFilters(filters: TaskFilters): boolean {
  return filters.departmentId !== null || filters.userId !== null || filters.status !== null;
}

/** Department: leading or cooperating; person: leading leader or project leader; status: equal. */
export function matchesFilters(task: TaskNodeFragment, filters: TaskFilters): boolean {
  if (filters.status && task.status !== filters.status) return false;
  if (filters.departmentId && task.leadDepartmentId !== filters.departmentId && !task.cooperatingDepartmentIds.includes(filters.departmentId)) {
    return false;
  }
  if (filters.userId && task.leaderUserId !== filters.userId && task.projectLeaderUserId !== filters.userId) return false;
  return true;
}

/** Levels below and including the node: 1 for a leaf. */
export function subtreeHeight(node: TaskTreeNode): number {
  return 1 + Math.max(0, ...node.children.map(subtreeHeight));
}

function contains(node: TaskTreeNode, id: string): boolean {
  return node.children.some((child) => child.id === id || contains(child, id));
}

/** Where el-tree offers to drop: before or after a task, or inside it as its last child. */
export type DropPlacement = 'prev' | 'inner' | 'next';

/**
 * Whether `dragged` (with its whole subtree) may be dropped at `placement` of `target`: never on
 * itself or into its own subtree, and never so that any task would end up below level 3.
 */
export function canDrop(dragged: TaskTreeNode, target: TaskTreeNode, placement: DropPlacement): boolean {
  if (dragged.id === target.id || contains(dragged, target.id)) return false;
  const newLevel = placement === 'inner' ? target.task.level + 1 : target.task.level;
  return newLevel + subtreeHeight(dragged) - 1 <= MAX_TASK_DEPTH;
}

export interface MoveTarget {
  parentId: string | null;
  /** Place among the new siblings, counted without the moved task (what `moveTask` expects). */
  index: number;
}

/** Children of a parent (null: the level-1 tasks) in code order. */
export function siblingsOf(tasks: readonly TaskNodeFragment[], parentId: string | null): TaskNodeFragment[] {
  return tasks.filter((task) => (task.parentId ?? null) === parentId).sort((a, b) => compareCodes(a.code, b.code));
}

/** The `moveTask` input for a drop; el-tree reports the drop as 'before', 'after' or 'inner'. */
export function dropTarget(
  tasks: readonly TaskNodeFragment[],
  draggedId: string,
  targetId: string,
  placement: 'before' | 'after' | 'inner',
): MoveTarget {
  if (placement === 'inner') {
    return { parentId: targetId, index: siblingsOf(tasks, targetId).filter((task) => task.id !== draggedId).length };
  }
  const target = tasks.find((task) => task.id === targetId);
  const parentId = target?.parentId ?? null;
  const siblings = siblingsOf(tasks, parentId).filter((task) => task.id !== draggedId);
  const at = siblings.findIndex((task) => task.id === targetId);
  return { parentId, index: placement === 'before' ? at : at + 1 };
}

/** Moving one place up (-1) or down (+1) among the siblings; null at either end. */
export function stepTarget(tasks: readonly TaskNodeFragment[], taskId: string, step: -1 | 1): MoveTarget | null {
  const task = tasks.find((candidate) => candidate.id === taskId);
  if (!task) return null;
  const siblings = siblingsOf(tasks, task.parentId ?? null);
  const index = siblings.findIndex((candidate) => candidate.id === taskId) + step;
  if (index < 0 || index >= siblings.length) return null;
  return { parentId: task.parentId ?? null, index };
}

/** Every task id of the tree with children, for keeping branches expanded across reloads. */
export function branchIds(roots: readonly TaskTreeNode[]): string[] {
  return roots.flatMap((node) => (node.children.length ? [node.id, ...branchIds(node.children)] : []));
}

/**
 * People responsible for a task: its leaders and those of every ancestor (任务负责人链), as the
 * gateway computes them for a task lead's right to edit "own tasks and their subtasks".
 */
export function responsibleUserIds(tasks: readonly TaskNodeFragment[], taskId: string): string[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out = new Set<string>();
  for (let t = byId.get(taskId); t; t = t.parentId ? byId.get(t.parentId) : undefined) {
    if (t.leaderUserId) out.add(t.leaderUserId);
    if (t.projectLeaderUserId) out.add(t.projectLeaderUserId);
  }
  return [...out];
}
