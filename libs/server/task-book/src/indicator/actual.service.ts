import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, Db, InputValidator, RequestContext, assertCan, newId, tenantCondition, uuidArray } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { TaskBook } from '../task-book/task-book.entity.js';
import { IndicatorActual, PerformanceIndicator } from './indicator.entity.js';
import { responsibleUserIds } from '../task/task-tree.store.js';
import { isPeriodCode, overlappingPeriod, yearOf } from '@dsg/contracts';
import type { RecordActualsInput } from './indicator.type.js';

const MAX_ENTRIES = 1000;
const MAX_VALUE = 1e12;

/**
 * 填报: actuals of indicators for one reporting period, many at once (a responsible person's
 * "my indicators" page). All entries are checked first — input, period within the book's years,
 * and the right to report each one — then written in one transaction, or none is.
 */
@Injectable()
export class ActualService {
  constructor(private readonly db: Db) {}

  async record(input: RecordActualsInput): Promise<IndicatorActual[]> {
    const actor = RequestContext.current().requireActor();
    const entries = input.entries ?? [];
    const v = new InputValidator()
      .check('period', isPeriodCode(input.period ?? ''), 'invalidFormat')
      .check('entries', entries.length > 0, 'required')
      .check('entries', entries.length <= MAX_ENTRIES, 'outOfRange', { min: 1, max: MAX_ENTRIES });
    entries.forEach((e, i) => {
      v.uuid(`entries.${i}.indicatorId`, e.indicatorId);
      if (e.value !== null && e.value !== undefined) v.check(`entries.${i}.value`, Number.isFinite(e.value) && e.value >= 0 && e.value <= MAX_VALUE, 'outOfRange', { min: 0, max: MAX_VALUE });
      v.text(`entries.${i}.text`, e.text, { max: 5000 }).text(`entries.${i}.note`, e.note, { max: 2000 });
    });
    v.check('entries', new Set(entries.map((e) => e.indicatorId)).size === entries.length, 'duplicate');
    v.throwIfInvalid();

    return this.db.em().transactional(async (em) => {
      const ids = entries.map((e) => e.indicatorId);
      const indicators = await em.find(PerformanceIndicator, { id: { $in: ids } });
      if (indicators.length !== ids.length) throw AppError.notFound();
      const bookIds = [...new Set(indicators.map((i) => i.taskBookId))];
      const books = new Map((await em.find(TaskBook, { id: { $in: bookIds } })).map((b) => [b.id, b]));
      const tasks = await em.find(ConstructionTask, { taskBookId: { $in: bookIds } });
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const problems = new InputValidator();
      entries.forEach((e, i) => {
        const ind = byId.get(e.indicatorId)!;
        const book = books.get(ind.taskBookId)!;
        this.assertMayReport(ind, tasks);
        problems.int('period', yearOf(input.period), book.startYear, book.endYear);
        if (ind.kind === 'QUANTITATIVE') problems.check(`entries.${i}.value`, e.value !== null && e.value !== undefined, 'required');
        else problems.check(`entries.${i}.text`, !!e.text?.trim(), 'required');
      });
      problems.throwIfInvalid();
      const others = await this.otherPeriodsOfYear(em, ids, input.period);
      entries.forEach((e, i) => {
        const clash = overlappingPeriod(input.period, others.get(e.indicatorId) ?? []);
        if (clash) problems.add(`entries.${i}.value`, 'periodOverlap', { period: clash });
      });
      problems.throwIfInvalid();
      const existing = new Map((await em.find(IndicatorActual, { indicatorId: { $in: ids }, period: input.period })).map((a) => [a.indicatorId, a]));
      const saved = entries.map((e) => {
        const ind = byId.get(e.indicatorId)!;
        const row = existing.get(e.indicatorId) ?? em.create(IndicatorActual, { id: newId(), tenantId: ind.tenantId, indicatorId: ind.id, period: input.period, enteredBy: actor.userId } as IndicatorActual);
        row.value = e.value ?? null;
        row.text = e.text?.trim() || null;
        row.note = e.note?.trim() || null;
        row.enteredBy = actor.userId;
        row.enteredAt = new Date();
        return row;
      });
      await em.flush();
      return saved;
    });
  }

  /** Periods other than `period` in its year that already hold actuals, per indicator (plain rows). */
  private async otherPeriodsOfYear(em: EntityManager, indicatorIds: string[], period: string): Promise<Map<string, string[]>> {
    const scope = await tenantCondition(em);
    const rows = await em.execute<{ indicator_id: string; period: string }[]>(
      `select indicator_id, period from indicator_actual where indicator_id = any(?::uuid[]) and period like ? and period <> ? and ${scope.sql}`,
      [uuidArray(indicatorIds), `${yearOf(period)}%`, period, ...scope.params],
    );
    const byIndicator = new Map<string, string[]>();
    for (const r of rows) byIndicator.set(r.indicator_id, [...(byIndicator.get(r.indicator_id) ?? []), r.period]);
    return byIndicator;
  }

  /** Actuals of many indicators (DataLoader batch; hot read path: plain rows, tenant condition added here). */
  async ofIndicators(indicatorIds: readonly string[]): Promise<IndicatorActual[]> {
    const em = this.db.em();
    const scope = await tenantCondition(em);
    const rows = await em.execute<Record<string, unknown>[]>(
      `select * from indicator_actual where indicator_id = any(?::uuid[]) and ${scope.sql} order by period`, [uuidArray(indicatorIds), ...scope.params],
    );
    return rows.map((r) => ({
      id: r.id, tenantId: r.tenant_id, indicatorId: r.indicator_id, period: r.period, value: r.value === null ? null : Number(r.value),
      text: r.text, note: r.note, enteredBy: r.entered_by, enteredAt: r.entered_at instanceof Date ? r.entered_at : new Date(r.entered_at as string),
    }) as IndicatorActual);
  }

  /**
   * Indicators the actor may report: for a task lead those of tasks they (or an ancestor task's
   * leader role) are responsible for, for a department contributor those of tasks their department
   * leads or supports, for the 双高办 all. 人人肩上有指标.
   */
  async mine(): Promise<PerformanceIndicator[]> {
    const em = this.db.em();
    const indicators = await em.find(PerformanceIndicator, {}, { orderBy: { code: 'asc' } });
    if (indicators.length === 0) return [];
    const tasks = await em.find(ConstructionTask, { taskBookId: { $in: [...new Set(indicators.map((i) => i.taskBookId))] } });
    return indicators.filter((ind) => {
      try {
        this.assertMayReport(ind, tasks);
        return true;
      } catch {
        return false;
      }
    });
  }

  private assertMayReport(ind: PerformanceIndicator, tasks: readonly ConstructionTask[]): void {
    const task = tasks.find((t) => t.id === ind.taskId)!;
    const object = {
      tenantId: ind.tenantId,
      responsibleUserIds: responsibleUserIds(tasks, task.id),
      departmentIds: [task.leadDepartmentId, ...task.cooperatingDepartmentIds].filter((x): x is string => !!x),
    };
    assertCan('create', 'IndicatorActual', subject('IndicatorActual', object));
  }
}
