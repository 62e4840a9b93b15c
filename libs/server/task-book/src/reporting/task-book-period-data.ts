import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, PeriodData, newId, type ActualCorrection, type PeriodDataSource, type PeriodSnapshot, type ReviewUnit } from '@dsg/server-core';
import { periodEnd } from '@dsg/contracts';
import { TaskBook } from '../task-book/task-book.entity.js';
import { ConstructionTask } from '../task/construction-task.entity.js';
import { IndicatorActual, IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import { Milestone } from '../milestone/milestone.entity.js';
import { FundBudget, FundMovement } from '../fund/fund.entity.js';
import { Achievement } from '../achievement/achievement.entity.js';
import { responsibleUserIds } from '../task/task-tree.store.js';
import { toSnapshot } from './period-snapshot.js';
import { periodFigures } from './period-figures.js';

/** The task book's answer to "what does this period's report contain" (see core PeriodData). */
@Injectable()
export class TaskBookPeriodData implements PeriodDataSource, OnModuleInit {
  constructor(private readonly registry: PeriodData) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(em: EntityManager, enrolmentId: string, period: string): Promise<PeriodSnapshot> {
    const book = await this.book(em, enrolmentId);
    const tasks = await em.find(ConstructionTask, { taskBookId: book.id });
    const taskIds = tasks.map((t) => t.id);
    const indicators = await em.find(PerformanceIndicator, { taskBookId: book.id });
    const indicatorIds = indicators.map((i) => i.id);
    const end = periodEnd(period);
    const [targets, actuals, milestones, budgets, movements, achievements] = await Promise.all([
      em.find(IndicatorTarget, { indicatorId: { $in: indicatorIds } }),
      em.find(IndicatorActual, { indicatorId: { $in: indicatorIds } }),
      em.find(Milestone, { taskId: { $in: taskIds } }),
      em.find(FundBudget, { taskId: { $in: taskIds } }),
      em.find(FundMovement, { taskId: { $in: taskIds } }),
      em.find(Achievement, { awardedOn: { $lte: end } }),
    ]);
    return toSnapshot(period, book, { tasks, indicators, targets, actuals, milestones, budgets, movements, achievements });
  }

  figures(snapshot: PeriodSnapshot) {
    return periodFigures(snapshot);
  }

  async reviewUnits(em: EntityManager, enrolmentId: string): Promise<ReviewUnit[]> {
    const book = await this.book(em, enrolmentId);
    const tasks = await em.find(ConstructionTask, { taskBookId: book.id });
    return tasks
      .filter((t) => t.parentId === null && t.status !== 'TERMINATED')
      .sort((a, b) => a.position - b.position)
      .map((t) => ({ taskId: t.id, code: t.code, title: t.title, leadDepartmentId: t.leadDepartmentId, responsibleUserIds: subtreeResponsibles(tasks, t.id) }));
  }

  async applyCorrections(em: EntityManager, tenantId: string, actorId: string, corrections: readonly ActualCorrection[]): Promise<void> {
    if (corrections.length === 0) return;
    const existing = await em.find(IndicatorActual, { $or: corrections.map((c) => ({ indicatorId: c.indicatorId, period: c.period })) });
    for (const c of corrections) {
      const row = existing.find((a) => a.indicatorId === c.indicatorId && a.period === c.period)
        ?? em.create(IndicatorActual, { id: newId(), tenantId, indicatorId: c.indicatorId, period: c.period, enteredBy: actorId } as IndicatorActual);
      row.value = c.value;
      if (c.text !== undefined) row.text = c.text;
      row.enteredBy = actorId;
      row.enteredAt = new Date();
    }
    await em.flush();
  }

  private async book(em: EntityManager, enrolmentId: string): Promise<TaskBook> {
    const book = await em.findOne(TaskBook, { enrolmentId });
    if (!book) throw AppError.notFound();
    return book;
  }
}

/** Everyone who answers for some task of the subtree (its own leaders and those of its ancestors). */
function subtreeResponsibles(tasks: readonly ConstructionTask[], rootId: string): string[] {
  const inTree = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tasks) if (t.parentId && inTree.has(t.parentId) && !inTree.has(t.id)) { inTree.add(t.id); grew = true; }
  }
  return [...new Set([...inTree].flatMap((id) => responsibleUserIds(tasks, id)))];
}
