import type { PeriodSnapshot } from '@dsg/server-core';
import { periodEnd, yearOf } from '@dsg/contracts';
import type { ConstructionTask } from '../task/construction-task.entity.js';
import type { IndicatorActual, IndicatorTarget, PerformanceIndicator } from '../indicator/indicator.entity.js';
import type { Milestone } from '../milestone/milestone.entity.js';
import type { FundBudget, FundMovement } from '../fund/fund.entity.js';
import type { Achievement } from '../achievement/achievement.entity.js';

export interface PeriodRows {
  tasks: readonly ConstructionTask[];
  indicators: readonly PerformanceIndicator[];
  targets: readonly IndicatorTarget[];
  actuals: readonly IndicatorActual[];
  milestones: readonly Milestone[];
  budgets: readonly FundBudget[];
  movements: readonly FundMovement[];
  achievements: readonly Achievement[];
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/**
 * The period's data as plain JSON. Rows of later periods are left out here (not only in the
 * query) so that a snapshot never carries data the period's report could not have seen.
 */
export function toSnapshot(period: string, book: { id: string; startYear: number }, rows: PeriodRows): PeriodSnapshot {
  const end = periodEnd(period);
  const year = yearOf(period);
  const targetsOf = new Map<string, Record<string, number>>();
  for (const t of rows.targets) {
    if (t.year > year) continue;
    const m = targetsOf.get(t.indicatorId) ?? {};
    m[String(t.year)] = Number(t.value);
    targetsOf.set(t.indicatorId, m);
  }
  const actualsOf = new Map<string, PeriodSnapshot['indicators'][number]['actuals']>();
  for (const a of [...rows.actuals].sort((x, y) => (x.period < y.period ? -1 : x.period > y.period ? 1 : 0))) {
    if (periodEnd(a.period) > end) continue;
    const list = actualsOf.get(a.indicatorId) ?? [];
    list.push({ period: a.period, value: num(a.value), text: a.text });
    actualsOf.set(a.indicatorId, list);
  }
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, 'en', { numeric: true });
  return {
    schemaVersion: 1,
    taskBookId: book.id,
    period,
    tasks: [...rows.tasks].sort(byCode).map((t) => ({ id: t.id, parentId: t.parentId, code: t.code, title: t.title, level: t.level, status: t.status, progress: t.progress })),
    indicators: [...rows.indicators].sort(byCode).map((i) => ({
      id: i.id, taskId: i.taskId, code: i.code, name: i.name, unit: i.unit, kind: i.kind, direction: i.direction, aggregation: i.aggregation,
      finalTarget: num(i.finalTarget), yearlyTargets: targetsOf.get(i.id) ?? {}, actuals: actualsOf.get(i.id) ?? [],
    })),
    milestones: rows.milestones.map((m) => ({ id: m.id, taskId: m.taskId, title: m.title, dueDate: m.dueDate, status: m.status, completedAt: m.completedAt })),
    funds: {
      budgets: rows.budgets.filter((b) => b.year <= year).map((b) => ({ taskId: b.taskId, source: b.source, year: b.year, amount: Number(b.amount) })),
      movements: rows.movements.filter((m) => periodEnd(m.period) <= end).map((m) => ({ taskId: m.taskId, source: m.source, period: m.period, arrived: Number(m.arrived), spent: Number(m.spent) })),
    },
    achievements: rows.achievements
      .filter((a) => a.awardedOn <= end && Number(a.awardedOn.slice(0, 4)) >= book.startYear)
      .map((a) => ({
        id: a.id, title: a.title, level: a.level, category: a.category, awardedOn: a.awardedOn, linkedTaskIds: [...a.linkedTaskIds],
        quantity: a.quantity, awardingBody: a.awardingBody, caseWriteUp: a.caseWriteUp,
      })),
  };
}
