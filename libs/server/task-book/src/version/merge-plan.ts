import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, newId } from '@dsg/server-core';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { FundBudget, FundMovement } from '../fund/fund.entity.js';
import type { TaskBook } from '../task-book/task-book.entity.js';
import type { TaskBookDocument } from '../domain/task-book-document.js';
import type { PlanLookups } from './replace-plan.js';

const depthOf = (code: string) => code.split('.').length;

/**
 * Applies an approved change request to the plan tables, keeping what people work on: tasks and
 * indicators are matched by code, so their actuals, progress, evidence and fund records stay
 * attached. A task or indicator the proposal drops is removed only if nothing was reported on it
 * (refused otherwise). Every change goes through the unit of work, so each is audited.
 */
export async function mergePlan(em: EntityManager, book: TaskBook, doc: TaskBookDocument, lookups: PlanLookups): Promise<void> {
  const tenantId = book.tenantId;
  const tasks = await em.find(ConstructionTask, { taskBookId: book.id });
  const indicators = await em.find(PerformanceIndicator, { taskBookId: book.id });
  const byCode = new Map(tasks.map((t) => [t.code, t]));
  const keep = new Set(doc.tasks.map((t) => t.code));
  const droppedTasks = tasks.filter((t) => !keep.has(t.code));
  const keepIndicators = new Set(doc.indicators.map((i) => i.code));
  const droppedIndicators = indicators.filter((i) => !keepIndicators.has(i.code) || droppedTasks.some((t) => t.id === i.taskId));
  const reported =
    (droppedIndicators.length ? await em.count(IndicatorActual, { indicatorId: { $in: droppedIndicators.map((i) => i.id) } }) : 0) +
    (droppedTasks.length ? await em.count(FundMovement, { taskId: { $in: droppedTasks.map((t) => t.id) } }) : 0);
  if (reported > 0) throw AppError.conflict('taskHasProgress');

  // Plan rows that are simply re-stated by the proposal: budgets, targets, open milestones.
  const taskIds = tasks.map((t) => t.id);
  for (const rows of [
    taskIds.length ? await em.find(FundBudget, { taskId: { $in: taskIds } }) : [],
    indicators.length ? await em.find(IndicatorTarget, { indicatorId: { $in: indicators.map((i) => i.id) } }) : [],
    taskIds.length ? await em.find(Milestone, { taskId: { $in: taskIds }, status: { $ne: 'DONE' } }) : [],
    droppedIndicators,
  ]) {
    for (const r of rows) em.remove(r);
    await em.flush();
  }
  for (const t of [...droppedTasks].sort((a, b) => b.level - a.level)) {
    for (const m of await em.find(Milestone, { taskId: t.id })) em.remove(m);
    em.remove(t);
    await em.flush();
  }

  // Tasks: update in place by code, create the new ones parent-first.
  const idOf = new Map<string, string>();
  for (const row of [...doc.tasks].sort((a, b) => depthOf(a.code) - depthOf(b.code))) {
    const parts = row.code.split('.');
    const fields = {
      parentId: parts.length === 1 ? null : idOf.get(parts.slice(0, -1).join('.'))!,
      position: Number(parts.at(-1)) - 1, code: row.code, level: parts.length, title: row.title, description: row.description,
      leadDepartmentId: row.leadDepartmentCode ? lookups.departments.get(row.leadDepartmentCode)! : null,
      cooperatingDepartmentIds: row.cooperatingDepartmentCodes.map((c) => lookups.departments.get(c)!),
      leaderUserId: row.leaderUsername ? (lookups.users.get(row.leaderUsername) ?? null) : null,
      projectLeaderUserId: row.projectLeaderUsername ? (lookups.users.get(row.projectLeaderUsername) ?? null) : null,
      startDate: row.startDate, endDate: row.endDate,
    };
    const existing = byCode.get(row.code);
    if (existing) Object.assign(existing, fields);
    const task = existing ?? em.create(ConstructionTask, { id: newId(), tenantId, taskBookId: book.id, status: row.status, ...fields } as ConstructionTask);
    idOf.set(row.code, task.id);
    await em.flush();
  }

  // Indicators by code (they may move between tasks), then their targets, milestones and budgets.
  const indicatorByCode = new Map(indicators.filter((i) => !droppedIndicators.includes(i)).map((i) => [i.code, i]));
  const rows = doc.indicators.map((row) => {
    const fields = { taskId: idOf.get(row.taskCode)!, name: row.name, category: row.category, kind: row.kind, unit: row.unit, direction: row.direction, aggregation: row.aggregation, baseline: row.baseline, finalTarget: row.finalTarget };
    const existing = indicatorByCode.get(row.code);
    if (existing) Object.assign(existing, fields);
    return { row, entity: existing ?? em.create(PerformanceIndicator, { id: newId(), tenantId, taskBookId: book.id, code: row.code, ...fields } as PerformanceIndicator) };
  });
  await em.flush();
  for (const { row, entity } of rows) {
    for (const [year, value] of Object.entries(row.yearlyTargets)) em.create(IndicatorTarget, { id: newId(), tenantId, indicatorId: entity.id, year: Number(year), value } as IndicatorTarget);
  }
  const done = new Set((taskIds.length ? await em.find(Milestone, { taskId: { $in: [...idOf.values()] }, status: 'DONE' }) : []).map((m) => `${m.taskId}|${m.title}`));
  for (const m of doc.milestones) {
    const taskId = idOf.get(m.taskCode)!;
    if (!done.has(`${taskId}|${m.title}`)) em.create(Milestone, { id: newId(), tenantId, taskId, title: m.title, dueDate: m.dueDate, deliverable: m.deliverable, status: 'PENDING' } as Milestone);
  }
  for (const b of doc.budgets) em.create(FundBudget, { id: newId(), tenantId, taskId: idOf.get(b.taskCode)!, source: b.source, year: b.year, amount: b.amount } as FundBudget);
  await em.flush();
}
