import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '@dsg/server-core';
import { ConstructionTask } from './construction-task.entity.js';
import { TreeError, computeCodes, type NodeChange } from '../domain/task-tree.js';

/** All tasks of one book, as entities the unit of work tracks. */
export function loadTree(em: EntityManager, taskBookId: string): Promise<ConstructionTask[]> {
  return em.find(ConstructionTask, { taskBookId });
}

/** Applies a plan's parent/position changes, then re-derives every code and level that moved. */
export function applyAndRecode(tasks: ConstructionTask[], changes: NodeChange[]): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const c of changes) {
    const t = byId.get(c.id)!;
    t.parentId = c.parentId;
    t.position = c.position;
  }
  const codes = computeCodes(tasks);
  for (const t of tasks) {
    const code = codes.get(t.id)!;
    if (t.code !== code) t.code = code;
    const level = code.split('.').length;
    if (t.level !== level) t.level = level;
  }
}

/** People responsible for a task: its leaders and those of every ancestor (任务负责人链). */
export function responsibleUserIds(tasks: readonly ConstructionTask[], taskId: string | null): string[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out = new Set<string>();
  for (let t = taskId ? byId.get(taskId) : undefined; t; t = t.parentId ? byId.get(t.parentId) : undefined) {
    if (t.leaderUserId) out.add(t.leaderUserId);
    if (t.projectLeaderUserId) out.add(t.projectLeaderUserId);
  }
  return [...out];
}

/** Tree refusals as typed, bilingual input errors. */
export function asAppError(e: unknown): unknown {
  if (!(e instanceof TreeError)) return e;
  switch (e.code) {
    case 'MAX_DEPTH':
      return AppError.field('parentId', 'treeMaxDepth');
    case 'CYCLE':
      return AppError.field('parentId', 'treeCycle');
    case 'BAD_INDEX':
      return AppError.field('index', 'treeStale');
    default:
      return AppError.notFound();
  }
}
