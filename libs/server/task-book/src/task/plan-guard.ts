import type { EntityManager } from '@mikro-orm/postgresql';
import { subject } from '@casl/ability';
import { AppError, Db, assertCan } from '@dsg/server-core';
import { TaskBook } from '../task-book/task-book.entity.js';
import type { ConstructionTask } from './construction-task.entity.js';
import { loadTree, responsibleUserIds } from './task-tree.store.js';

/**
 * Loads a book and its tree, refuses books with an approved version (plan changes then go through
 * change requests, ADR 0008), runs `fn` and flushes — all in one transaction.
 */
export function inDraftBook<T>(db: Db, bookId: string, fn: (em: EntityManager, book: TaskBook, tasks: ConstructionTask[]) => Promise<T>): Promise<T> {
  return db.em().transactional(async (em) => {
    const book = await em.findOne(TaskBook, { id: bookId });
    if (!book) throw AppError.notFound();
    assertCan('read', 'TaskBook', book);
    if (book.currentVersionId) throw AppError.conflict('taskBookLocked');
    const result = await fn(em, book, await loadTree(em, book.id));
    await em.flush();
    return result;
  });
}

/** CASL check on a task (or, for create, the would-be parent) with its responsibility chain. */
export function assertTaskAccess(action: 'create' | 'update' | 'delete', book: TaskBook, tasks: readonly ConstructionTask[], taskId: string | null): void {
  assertCan(action, 'ConstructionTask', subject('ConstructionTask', { tenantId: book.tenantId, responsibleUserIds: responsibleUserIds(tasks, taskId) }));
}
