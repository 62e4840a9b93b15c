import { Injectable } from '@nestjs/common';
import { AppError, Db, InputValidator, newId, requireUuid } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { TaskBook } from '../task-book/task-book.entity.js';
import { Milestone } from './milestone.entity.js';
import { assertTaskAccess, inDraftBook } from '../task/plan-guard.js';
import { loadTree } from '../task/task-tree.store.js';
import { chinaToday, isIsoDate } from '@dsg/contracts';
import type { AddMilestoneInput, CompleteMilestoneInput } from './milestone.type.js';

/** A pending milestone past its due date reads as OVERDUE (computed, so it is never stale). */
export function milestoneStatus(m: Milestone, today = chinaToday()): Milestone['status'] {
  if (m.status === 'DONE') return 'DONE';
  return m.dueDate < today ? 'OVERDUE' : 'PENDING';
}

/** 节点目标: planned with the task (draft books), completed with evidence at any time. */
@Injectable()
export class MilestoneService {
  constructor(private readonly db: Db) {}

  ofTasks(taskIds: readonly string[]): Promise<Milestone[]> {
    return this.db.em().find(Milestone, { taskId: { $in: [...taskIds] } }, { orderBy: { dueDate: 'asc', id: 'asc' } });
  }

  async add(input: AddMilestoneInput): Promise<Milestone> {
    new InputValidator()
      .uuid('taskId', input.taskId)
      .text('title', input.title, { required: true, max: 300 })
      .check('dueDate', isIsoDate(input.dueDate ?? ''), 'invalidFormat')
      .text('deliverable', input.deliverable, { max: 2000 })
      .throwIfInvalid();
    const task = await this.task(input.taskId);
    return inDraftBook(this.db, task.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, task.id);
      return em.create(Milestone, { id: newId(), tenantId: book.tenantId, taskId: task.id, title: input.title.trim(), dueDate: input.dueDate, deliverable: input.deliverable ?? null } as Milestone);
    });
  }

  async complete(input: CompleteMilestoneInput): Promise<Milestone> {
    new InputValidator().uuid('id', input.id).check('completedAt', isIsoDate(input.completedAt ?? ''), 'invalidFormat').text('note', input.note, { max: 2000 }).throwIfInvalid();
    const em = this.db.em();
    const m = await em.findOne(Milestone, { id: requireUuid(input.id) });
    if (!m) throw AppError.notFound();
    const task = await this.task(m.taskId);
    const book = await em.findOneOrFail(TaskBook, { id: task.taskBookId });
    assertTaskAccess('update', book, await loadTree(em, book.id), task.id);
    m.status = 'DONE';
    m.completedAt = input.completedAt;
    m.completionNote = input.note?.trim() || null;
    await em.flush();
    return m;
  }

  async delete(id: string): Promise<boolean> {
    const m = await this.db.em().findOne(Milestone, { id: requireUuid(id) });
    if (!m) throw AppError.notFound();
    const task = await this.task(m.taskId);
    await inDraftBook(this.db, task.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, task.id);
      em.remove(await em.findOneOrFail(Milestone, { id: m.id }));
    });
    return true;
  }

  private async task(id: string): Promise<ConstructionTask> {
    const task = await this.db.em().findOne(ConstructionTask, { id: requireUuid(id) });
    if (!task) throw AppError.notFound();
    return task;
  }
}
