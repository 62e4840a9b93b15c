import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { INDICATOR_CATEGORIES, INDICATOR_DIRECTIONS, INDICATOR_KINDS } from '@dsg/contracts';
import { AppError, Db, InputValidator, newId, requireUuid, tenantCondition, uuidArray } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, IndicatorTarget, PerformanceIndicator } from './indicator.entity.js';
import { assertTaskAccess, inDraftBook } from '../task/plan-guard.js';
import type { TaskBook } from '../task-book/task-book.entity.js';
import type { AddIndicatorInput, IndicatorFields, UpdateIndicatorInput } from './indicator.type.js';

const CODE = /^[A-Za-z0-9._-]{1,40}$/;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function indicatorFromRow(r: Record<string, unknown>): PerformanceIndicator {
  return {
    id: r.id, tenantId: r.tenant_id, taskBookId: r.task_book_id, taskId: r.task_id, code: r.code, name: r.name, category: r.category,
    kind: r.kind, unit: r.unit, direction: r.direction, aggregation: r.aggregation, baseline: num(r.baseline), finalTarget: num(r.final_target),
    createdAt: r.created_at, updatedAt: r.updated_at,
  } as PerformanceIndicator;
}
const MAX_VALUE = 1e12;

/** 绩效指标 of construction tasks: plan data, editable while the book is a draft (ADR 0008). */
@Injectable()
export class IndicatorService {
  constructor(private readonly db: Db) {}

  /**
   * Indicators of many tasks, with their yearly targets (DataLoader batch). A hot read path (a book
   * holds hundreds of indicators): plain rows, no entity hydration, tenant condition added here.
   */
  async ofTasks(taskIds: readonly string[]): Promise<{ indicators: PerformanceIndicator[]; targets: IndicatorTarget[] }> {
    const em = this.db.em();
    const scope = await tenantCondition(em);
    const indicators = (await em.execute<Record<string, unknown>[]>(
      `select * from performance_indicator where task_id = any(?::uuid[]) and ${scope.sql} order by code`, [uuidArray(taskIds), ...scope.params],
    )).map(indicatorFromRow);
    const targets = indicators.length
      ? (await em.execute<Record<string, unknown>[]>(
          `select * from indicator_target where indicator_id = any(?::uuid[]) and ${scope.sql} order by year`, [uuidArray(indicators.map((i) => i.id)), ...scope.params],
        )).map((r) => ({ id: r.id, tenantId: r.tenant_id, indicatorId: r.indicator_id, year: r.year, value: Number(r.value) }) as IndicatorTarget)
      : [];
    return { indicators, targets };
  }

  async add(input: AddIndicatorInput): Promise<PerformanceIndicator> {
    this.validate(input, true);
    const task = await this.task(input.taskId);
    return inDraftBook(this.db, task.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, task.id);
      const ind = em.create(PerformanceIndicator, {
        id: newId(), tenantId: book.tenantId, taskBookId: book.id, taskId: task.id, code: input.code.trim(), name: input.name!.trim(),
        category: input.category!, kind: input.kind ?? 'QUANTITATIVE', unit: input.unit ?? null, direction: input.direction ?? 'HIGHER_BETTER',
        aggregation: input.aggregation ?? 'LATEST', baseline: input.baseline ?? null, finalTarget: input.finalTarget ?? null,
      } as PerformanceIndicator);
      await this.flushUnique(em);
      await this.replaceTargets(em, book, ind, input.yearlyTargets ?? []);
      return ind;
    });
  }

  async update(input: UpdateIndicatorInput): Promise<PerformanceIndicator> {
    this.validate(input, false);
    const found = await this.db.em().findOne(PerformanceIndicator, { id: requireUuid(input.id) });
    if (!found) throw AppError.notFound();
    return inDraftBook(this.db, found.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, found.taskId);
      const ind = await em.findOneOrFail(PerformanceIndicator, { id: found.id });
      for (const k of ['name', 'category', 'kind', 'unit', 'direction', 'aggregation', 'baseline', 'finalTarget'] as const) {
        if (input[k] !== undefined) (ind as unknown as Record<string, unknown>)[k] = typeof input[k] === 'string' && k === 'name' ? (input[k] as string).trim() : input[k];
      }
      if (input.yearlyTargets) await this.replaceTargets(em, book, ind, input.yearlyTargets);
      return ind;
    });
  }

  async delete(id: string): Promise<boolean> {
    const found = await this.db.em().findOne(PerformanceIndicator, { id: requireUuid(id) });
    if (!found) throw AppError.notFound();
    await inDraftBook(this.db, found.taskBookId, async (em, book, tasks) => {
      assertTaskAccess('update', book, tasks, found.taskId);
      if ((await em.count(IndicatorActual, { indicatorId: found.id })) > 0) throw AppError.conflict('taskHasProgress');
      for (const t of await em.find(IndicatorTarget, { indicatorId: found.id })) em.remove(t);
      await em.flush();
      em.remove(await em.findOneOrFail(PerformanceIndicator, { id: found.id }));
    });
    return true;
  }

  private async task(id: string): Promise<ConstructionTask> {
    const task = await this.db.em().findOne(ConstructionTask, { id: requireUuid(id) });
    if (!task) throw AppError.notFound();
    return task;
  }

  private async replaceTargets(em: EntityManager, book: TaskBook, ind: PerformanceIndicator, targets: { year: number; value: number }[]): Promise<void> {
    const years = new Set<number>();
    const v = new InputValidator();
    for (const t of targets) {
      v.int('yearlyTargets', t.year, book.startYear, book.endYear);
      v.check('yearlyTargets', !years.has(t.year), 'duplicate');
      v.check('yearlyTargets', Number.isFinite(t.value) && t.value >= 0 && t.value <= MAX_VALUE, 'outOfRange', { min: 0, max: MAX_VALUE });
      years.add(t.year);
    }
    v.throwIfInvalid();
    for (const old of await em.find(IndicatorTarget, { indicatorId: ind.id })) em.remove(old);
    await em.flush();
    for (const t of targets) em.create(IndicatorTarget, { id: newId(), tenantId: ind.tenantId, indicatorId: ind.id, year: t.year, value: t.value } as IndicatorTarget);
  }

  private async flushUnique(em: EntityManager): Promise<void> {
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw AppError.field('code', 'duplicate');
      throw e;
    }
  }

  private validate(input: IndicatorFields & { id?: string; taskId?: string; code?: string }, creating: boolean): void {
    const v = new InputValidator();
    if (creating) v.uuid('taskId', input.taskId).text('code', input.code, { required: true, max: 40, pattern: CODE });
    else v.uuid('id', input.id);
    v.text('name', input.name, { required: creating, max: 300 }).text('unit', input.unit, { max: 30 });
    if (creating) v.check('category', !!input.category, 'required');
    if (input.category) v.check('category', INDICATOR_CATEGORIES.includes(input.category), 'invalidFormat');
    if (input.kind) v.check('kind', INDICATOR_KINDS.includes(input.kind), 'invalidFormat');
    if (input.direction) v.check('direction', INDICATOR_DIRECTIONS.includes(input.direction), 'invalidFormat');
    for (const f of ['baseline', 'finalTarget'] as const) {
      const x = input[f];
      if (x !== null && x !== undefined) v.check(f, Number.isFinite(x) && x >= 0 && x <= MAX_VALUE, 'outOfRange', { min: 0, max: MAX_VALUE });
    }
    v.throwIfInvalid();
  }
}
