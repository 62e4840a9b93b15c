import { Inject, Injectable } from '@nestjs/common';
import { TASK_STATUSES } from '@dsg/contracts';
import {
  AppError, Db, InputValidator, MEMBER_DIRECTORY, ORGANISATION_DIRECTORY, newId, requireUuid,
  type MemberDirectory, type OrganisationDirectory,
} from '@dsg/server-core';
import { TaskBook } from '../task-book/task-book.entity.js';
import { ConstructionTask } from './construction-task.entity.js';
import { IndicatorActual, IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { FundBudget, FundMovement } from '../fund/fund.entity.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { planDelete, planInsert, planMove } from '../domain/task-tree.js';
import { isIsoDate } from '@dsg/contracts';
import { applyAndRecode, asAppError, loadTree } from './task-tree.store.js';
import { assertTaskAccess, inDraftBook } from './plan-guard.js';
import type { AddTaskInput, MoveTaskInput, ReportTaskProgressInput, TaskPlanFields, UpdateTaskInput } from './task.inputs.js';

/**
 * The construction-task tree of a task book. Plan edits (add, change, move, delete) are allowed
 * while the book has no approved version; afterwards they go through change requests (ADR 0008).
 * Progress (status, percentage) can be reported at any time. Codes stay consistent: every edit
 * re-derives them inside the same transaction (the unique (book, code) key is checked at commit).
 */
@Injectable()
export class TaskService {
  constructor(
    private readonly db: Db,
    @Inject(MEMBER_DIRECTORY) private readonly members: MemberDirectory,
    @Inject(ORGANISATION_DIRECTORY) private readonly organisations: OrganisationDirectory,
  ) {}

  async add(input: AddTaskInput): Promise<ConstructionTask> {
    this.validate(input, true);
    return inDraftBook(this.db, requireUuid(input.taskBookId), async (em, book, tasks) => {
      if (input.parentId && !tasks.some((t) => t.id === input.parentId)) throw AppError.notFound();
      assertTaskAccess('create', book, tasks, input.parentId ?? null);
      await this.checkPeople(book.tenantId, input);
      let plan;
      try {
        plan = planInsert(tasks, input.parentId ?? null, input.index ?? undefined);
      } catch (e) {
        throw asAppError(e);
      }
      const task = em.create(ConstructionTask, {
        id: newId(), tenantId: book.tenantId, taskBookId: book.id, parentId: input.parentId ?? null, position: plan.position,
        code: 'new', level: 1, title: input.title!.trim(), ...this.planFields(input),
      } as ConstructionTask);
      applyAndRecode([...tasks, task], plan.changes);
      return task;
    });
  }

  async update(input: UpdateTaskInput): Promise<ConstructionTask> {
    this.validate(input, false);
    const task = await this.find(input.id);
    return inDraftBook(this.db, task.taskBookId, async (_em, book, tasks) => {
      const t = tasks.find((x) => x.id === task.id)!;
      assertTaskAccess('update', book, tasks, t.id);
      await this.checkPeople(book.tenantId, input);
      if (input.title?.trim()) t.title = input.title.trim();
      Object.assign(t, this.planFields(input, t));
      return t;
    });
  }

  async move(input: MoveTaskInput): Promise<ConstructionTask> {
    new InputValidator().uuid('id', input.id).uuid('parentId', input.parentId, false).int('index', input.index, 0, 10_000).throwIfInvalid();
    const task = await this.find(input.id);
    return inDraftBook(this.db, task.taskBookId, async (_em, book, tasks) => {
      assertTaskAccess('update', book, tasks, task.id);
      if (input.parentId && !tasks.some((t) => t.id === input.parentId)) throw AppError.notFound();
      assertTaskAccess('create', book, tasks, input.parentId ?? null);
      try {
        applyAndRecode(tasks, planMove(tasks, task.id, input.parentId ?? null, input.index ?? undefined).changes);
      } catch (e) {
        throw asAppError(e);
      }
      return tasks.find((t) => t.id === task.id)!;
    });
  }

  /** Deletes a task with its subtree and their plan rows; refused once progress was reported on them. */
  async delete(id: string): Promise<boolean> {
    const task = await this.find(id);
    await inDraftBook(this.db, task.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('delete', book, tasks, task.id);
      const plan = planDelete(tasks, task.id);
      const taskIds = plan.deleteIds;
      const indicators = await em.find(PerformanceIndicator, { taskId: { $in: taskIds } });
      const indicatorIds = indicators.map((i) => i.id);
      const reported = (await em.count(IndicatorActual, { indicatorId: { $in: indicatorIds } })) + (await em.count(FundMovement, { taskId: { $in: taskIds } }));
      if (reported > 0) throw AppError.conflict('taskHasProgress');
      // Children before parents, dependants before tasks: every removal goes through the ORM (audited).
      for (const rows of [
        await em.find(IndicatorTarget, { indicatorId: { $in: indicatorIds } }),
        indicators,
        await em.find(Milestone, { taskId: { $in: taskIds } }),
        await em.find(FundBudget, { taskId: { $in: taskIds } }),
      ]) {
        for (const r of rows) em.remove(r);
        await em.flush();
      }
      // Landmark achievements keep no link to a task that no longer exists (it would make them unsavable).
      for (const a of await em.find(Achievement, { linkedTaskIds: { $overlap: taskIds } })) {
        a.linkedTaskIds = a.linkedTaskIds.filter((tid) => !taskIds.includes(tid));
      }
      for (const tid of taskIds) {
        em.remove(tasks.find((t) => t.id === tid)!);
        await em.flush();
      }
      applyAndRecode(tasks.filter((t) => !taskIds.includes(t.id)), plan.changes);
      return task;
    });
    return true;
  }

  /** Status and progress: reportable at any time by whoever may update the task. */
  async reportProgress(input: ReportTaskProgressInput): Promise<ConstructionTask> {
    new InputValidator()
      .uuid('id', input.id)
      .check('status', TASK_STATUSES.includes(input.status), 'invalidFormat')
      .int('progress', input.progress, 0, 100)
      .throwIfInvalid();
    const task = await this.find(input.id);
    const em = this.db.em();
    const tasks = await loadTree(em, task.taskBookId);
    const book = await em.findOneOrFail(TaskBook, { id: task.taskBookId });
    assertTaskAccess('update', book, tasks, task.id);
    const t = tasks.find((x) => x.id === task.id)!;
    t.status = input.status;
    t.progress = input.progress;
    await em.flush();
    return t;
  }

  private async find(id: string): Promise<ConstructionTask> {
    const task = await this.db.em().findOne(ConstructionTask, { id: requireUuid(id) });
    if (!task) throw AppError.notFound();
    return task;
  }

  private async checkPeople(tenantId: string, input: TaskPlanFields): Promise<void> {
    const ids = [input.leaderUserId, input.projectLeaderUserId, ...(input.memberUserIds ?? [])].filter((x): x is string => !!x);
    if (!(await this.members.areMembersOf(tenantId, ids))) throw AppError.field('leaderUserId', 'notMember');
    const departments = [input.leadDepartmentId, ...(input.cooperatingDepartmentIds ?? [])].filter((x): x is string => !!x);
    if (!(await this.organisations.departmentsExist(tenantId, departments))) throw AppError.field('leadDepartmentId', 'invalidId');
  }

  private planFields(input: TaskPlanFields, current?: ConstructionTask): Partial<ConstructionTask> {
    const pick = <K extends keyof TaskPlanFields>(k: K, fallback: unknown) => (input[k] === undefined ? fallback : input[k]);
    return {
      description: pick('description', current?.description ?? null) as string | null,
      leadDepartmentId: pick('leadDepartmentId', current?.leadDepartmentId ?? null) as string | null,
      cooperatingDepartmentIds: (pick('cooperatingDepartmentIds', current?.cooperatingDepartmentIds ?? []) ?? []) as string[],
      leaderUserId: pick('leaderUserId', current?.leaderUserId ?? null) as string | null,
      projectLeaderUserId: pick('projectLeaderUserId', current?.projectLeaderUserId ?? null) as string | null,
      memberUserIds: (pick('memberUserIds', current?.memberUserIds ?? []) ?? []) as string[],
      startDate: pick('startDate', current?.startDate ?? null) as string | null,
      endDate: pick('endDate', current?.endDate ?? null) as string | null,
    };
  }

  private validate(input: TaskPlanFields & { id?: string; taskBookId?: string; parentId?: string | null; index?: number | null }, creating: boolean): void {
    const v = new InputValidator();
    if (creating) v.uuid('taskBookId', input.taskBookId).uuid('parentId', input.parentId, false).int('index', input.index, 0, 10_000);
    else v.uuid('id', input.id);
    v.text('title', input.title, { required: creating, max: 300 }).text('description', input.description, { max: 10_000 });
    for (const f of ['leadDepartmentId', 'leaderUserId', 'projectLeaderUserId'] as const) v.uuid(f, input[f], false);
    for (const f of ['cooperatingDepartmentIds', 'memberUserIds'] as const) {
      v.check(f, (input[f] ?? []).every((x) => /^[0-9a-f-]{36}$/i.test(x)) && (input[f] ?? []).length <= 50, 'invalidId');
    }
    for (const f of ['startDate', 'endDate'] as const) v.check(f, !input[f] || isIsoDate(input[f]!), 'invalidFormat');
    v.check('endDate', !input.startDate || !input.endDate || input.startDate <= input.endDate, 'invalidFormat');
    v.throwIfInvalid();
  }
}
