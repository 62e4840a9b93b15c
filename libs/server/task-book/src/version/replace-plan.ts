import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, newId } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { FundBudget, FundMovement } from '../fund/fund.entity.js';
import type { TaskBook } from '../task-book/task-book.entity.js';
import type { TaskBookDocument } from '../domain/task-book-document.js';

export interface PlanLookups {
  /** Department code → id of the book's institution. */
  departments: Map<string, string>;
  /** Username → user id of the institution's members. */
  users: Map<string, string>;
}

const depthOf = (code: string) => code.split('.').length;
/** Rows written per flush; the unit of work is cleared after each, so a 5,000-row workbook stays small in memory. */
const CHUNK = 500;

/** Creates rows in chunks: flush, then forget them (only their ids are needed afterwards). */
async function createChunked<T>(em: EntityManager, items: readonly T[], create: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    for (const item of items.slice(i, i + CHUNK)) create(item);
    await em.flush();
    em.clear();
  }
}

/**
 * Replaces a draft book's plan with a document (an imported workbook): every removal and insert
 * goes through the unit of work, so each is audited. Refused once anything was reported against
 * the plan (actuals, fund movements): that plan can only change through a change request.
 * The caller has validated the document (codes, parents, departments, usernames).
 */
export async function replacePlan(em: EntityManager, book: TaskBook, doc: TaskBookDocument, lookups: PlanLookups, onProgress?: (p: number) => Promise<void>): Promise<void> {
  const oldTasks = await em.find(ConstructionTask, { taskBookId: book.id });
  const oldIds = oldTasks.map((t) => t.id);
  const oldIndicators = await em.find(PerformanceIndicator, { taskBookId: book.id });
  const reported = oldIds.length
    ? (await em.count(IndicatorActual, { indicatorId: { $in: oldIndicators.map((i) => i.id) } })) + (await em.count(FundMovement, { taskId: { $in: oldIds } }))
    : 0;
  if (reported > 0) throw AppError.conflict('taskHasProgress');
  for (const rows of [
    oldIndicators.length ? await em.find(IndicatorTarget, { indicatorId: { $in: oldIndicators.map((i) => i.id) } }) : [],
    oldIndicators,
    oldIds.length ? await em.find(Milestone, { taskId: { $in: oldIds } }) : [],
    oldIds.length ? await em.find(FundBudget, { taskId: { $in: oldIds } }) : [],
  ]) {
    for (const r of rows) em.remove(r);
    await em.flush();
  }
  for (const t of [...oldTasks].sort((a, b) => b.level - a.level)) em.remove(t);
  await em.flush();
  await onProgress?.(60);

  const tenantId = book.tenantId;
  const idOf = new Map<string, string>();
  const byDepth = [...doc.tasks].sort((a, b) => depthOf(a.code) - depthOf(b.code));
  for (const level of [1, 2, 3]) {
    await createChunked(em, byDepth.filter((x) => depthOf(x.code) === level), (t) => {
      const parts = t.code.split('.');
      const id = newId();
      idOf.set(t.code, id);
      em.create(ConstructionTask, {
        id, tenantId, taskBookId: book.id, parentId: level === 1 ? null : idOf.get(parts.slice(0, -1).join('.'))!,
        position: Number(parts.at(-1)) - 1, code: t.code, level, title: t.title, description: t.description,
        leadDepartmentId: t.leadDepartmentCode ? lookups.departments.get(t.leadDepartmentCode)! : null,
        cooperatingDepartmentIds: t.cooperatingDepartmentCodes.map((c) => lookups.departments.get(c)!),
        leaderUserId: t.leaderUsername ? (lookups.users.get(t.leaderUsername) ?? null) : null,
        projectLeaderUserId: t.projectLeaderUsername ? (lookups.users.get(t.projectLeaderUsername) ?? null) : null,
        startDate: t.startDate, endDate: t.endDate, status: t.status,
      } as ConstructionTask);
    });
  }
  await onProgress?.(75);
  // Entities without ORM relations are not ordered by foreign keys within a flush: indicators
  // are flushed (in chunks) before their targets.
  const indicatorIds = new Map(doc.indicators.map((i) => [i.code, newId()]));
  await createChunked(em, doc.indicators, (i) =>
    em.create(PerformanceIndicator, {
      id: indicatorIds.get(i.code)!, tenantId, taskBookId: book.id, taskId: idOf.get(i.taskCode)!, code: i.code, name: i.name, category: i.category,
      kind: i.kind, unit: i.unit, direction: i.direction, aggregation: i.aggregation, baseline: i.baseline, finalTarget: i.finalTarget,
    } as PerformanceIndicator),
  );
  const targets = doc.indicators.flatMap((i) => Object.entries(i.yearlyTargets).map(([year, value]) => ({ indicatorId: indicatorIds.get(i.code)!, year: Number(year), value })));
  await createChunked(em, targets, (t) => em.create(IndicatorTarget, { id: newId(), tenantId, ...t } as IndicatorTarget));
  await createChunked(em, doc.milestones, (m) =>
    em.create(Milestone, { id: newId(), tenantId, taskId: idOf.get(m.taskCode)!, title: m.title, dueDate: m.dueDate, deliverable: m.deliverable, status: m.status === 'DONE' ? 'DONE' : 'PENDING' } as Milestone),
  );
  await createChunked(em, doc.budgets, (b) =>
    em.create(FundBudget, { id: newId(), tenantId, taskId: idOf.get(b.taskCode)!, source: b.source, year: b.year, amount: b.amount } as FundBudget),
  );
  await onProgress?.(95);
}
