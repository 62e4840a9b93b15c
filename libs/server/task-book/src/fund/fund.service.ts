import { Injectable } from '@nestjs/common';
import { FUNDING_SOURCES } from '@dsg/contracts';
import { AppError, Db, InputValidator, RequestContext, assertCan, newId, requireUuid } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { TaskBook } from '../task-book/task-book.entity.js';
import { FundBudget, FundMovement } from './fund.entity.js';
import { assertTaskAccess, inDraftBook } from '../task/plan-guard.js';
import { isPeriodCode, overlappingPeriod, yearOf } from '@dsg/contracts';
import type { FundData } from '../domain/fund-rates.js';
import type { RecordFundMovementsInput, SetTaskBudgetInput } from './fund.type.js';

const MAX_AMOUNT = 1e9;

/** 资金: budgets per task, source and year (plan); money arrived and spent per period (progress). */
@Injectable()
export class FundService {
  constructor(private readonly db: Db) {}

  /** Budget lines and movements of whole books, in the shape the rate functions take. */
  async dataOf(bookIds: readonly string[]): Promise<{ tasks: ConstructionTask[]; data: FundData; budgets: FundBudget[]; movements: FundMovement[] }> {
    const em = this.db.em();
    const tasks = await em.find(ConstructionTask, { taskBookId: { $in: [...bookIds] } });
    const taskIds = tasks.map((t) => t.id);
    const [budgets, movements] = taskIds.length
      ? await Promise.all([em.find(FundBudget, { taskId: { $in: taskIds } }), em.find(FundMovement, { taskId: { $in: taskIds } })])
      : [[], []];
    return { tasks, budgets, movements, data: { budgets, movements } };
  }

  async setBudget(input: SetTaskBudgetInput): Promise<FundBudget[]> {
    const task = await this.task(input.taskId);
    return inDraftBook(this.db, task.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, task.id);
      const v = new InputValidator();
      const keys = new Set<string>();
      (input.lines ?? []).forEach((l, i) => {
        v.check(`lines.${i}.source`, FUNDING_SOURCES.includes(l.source), 'invalidFormat');
        v.int(`lines.${i}.year`, l.year, book.startYear, book.endYear);
        v.check(`lines.${i}.amount`, Number.isFinite(l.amount) && l.amount >= 0 && l.amount <= MAX_AMOUNT, 'outOfRange', { min: 0, max: MAX_AMOUNT });
        v.check(`lines.${i}.year`, !keys.has(`${l.source}:${l.year}`), 'duplicate');
        keys.add(`${l.source}:${l.year}`);
      });
      v.throwIfInvalid();
      for (const old of await em.find(FundBudget, { taskId: task.id })) em.remove(old);
      await em.flush();
      return (input.lines ?? []).map((l) =>
        em.create(FundBudget, { id: newId(), tenantId: book.tenantId, taskId: task.id, source: l.source, year: l.year, amount: l.amount } as FundBudget),
      );
    });
  }

  /** Arrivals and spending of one period for several tasks; all or nothing; any time (progress). */
  async recordMovements(input: RecordFundMovementsInput): Promise<FundMovement[]> {
    const actor = RequestContext.current().requireActor();
    const entries = input.entries ?? [];
    const v = new InputValidator().check('period', isPeriodCode(input.period ?? ''), 'invalidFormat').check('entries', entries.length > 0 && entries.length <= 1000, 'outOfRange', { min: 1, max: 1000 });
    entries.forEach((e, i) => {
      v.uuid(`entries.${i}.taskId`, e.taskId).check(`entries.${i}.source`, FUNDING_SOURCES.includes(e.source), 'invalidFormat');
      for (const f of ['arrived', 'spent'] as const) v.check(`entries.${i}.${f}`, Number.isFinite(e[f]) && Math.abs(e[f]) <= MAX_AMOUNT, 'outOfRange', { min: -MAX_AMOUNT, max: MAX_AMOUNT });
    });
    v.throwIfInvalid();
    return this.db.em().transactional(async (em) => {
      const tasks = await em.find(ConstructionTask, { id: { $in: [...new Set(entries.map((e) => e.taskId))] } });
      if (tasks.length !== new Set(entries.map((e) => e.taskId)).size) throw AppError.notFound();
      const books = await em.find(TaskBook, { id: { $in: [...new Set(tasks.map((t) => t.taskBookId))] } });
      for (const b of books) {
        assertCan('update', 'TaskBook', b);
        new InputValidator().int('period', yearOf(input.period), b.startYear, b.endYear).throwIfInvalid();
      }
      const ofYear = await em.find(FundMovement, { taskId: { $in: tasks.map((t) => t.id) }, period: { $like: `${yearOf(input.period)}%` } });
      const overlaps = new InputValidator();
      entries.forEach((e, i) => {
        const clash = overlappingPeriod(input.period, ofYear.filter((m) => m.taskId === e.taskId && m.source === e.source).map((m) => m.period));
        if (clash) overlaps.add(`entries.${i}.arrived`, 'periodOverlap', { period: clash });
      });
      overlaps.throwIfInvalid();
      const existing = ofYear.filter((m) => m.period === input.period);
      const rows = entries.map((e) => {
        const task = tasks.find((t) => t.id === e.taskId)!;
        const row = existing.find((m) => m.taskId === e.taskId && m.source === e.source)
          ?? em.create(FundMovement, { id: newId(), tenantId: task.tenantId, taskId: task.id, source: e.source, period: input.period, enteredBy: actor.userId } as FundMovement);
        existing.push(row);
        row.arrived = e.arrived;
        row.spent = e.spent;
        row.enteredBy = actor.userId;
        row.enteredAt = new Date();
        return row;
      });
      await em.flush();
      return rows;
    });
  }

  private async task(id: string): Promise<ConstructionTask> {
    const task = await this.db.em().findOne(ConstructionTask, { id: requireUuid(id) });
    if (!task) throw AppError.notFound();
    return task;
  }
}
