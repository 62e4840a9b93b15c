import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';
import { ACHIEVEMENT_LEVELS, FUNDING_SOURCES, periodEnd, yearOf, type FundingSource } from '@dsg/contracts';
import { attainment, attainmentStatus, capped, yearActual, type IndicatorSeries } from '../domain/attainment.js';
import { fundSummary, fundsBySource, selectYear, type FundData } from '../domain/fund-rates.js';

/**
 * The figures of a report, computed from its snapshot only (never typed, never read live):
 * - tasks: leaf tasks (the ones people report on); completion rate = mean reported progress;
 * - indicators: quantitative ones; actual = year-to-date value by the indicator's aggregation,
 *   against the year's target; attainment rate = mean of capped ratios over indicators with data
 *   (the task book's rule); attained = MET (ratio ≥ 1 within the task book's tolerance);
 * - achievements: awarded in the period's year up to its end, by level (items counted, as in 项);
 * - funds: the year's budget against arrivals and spending of the year's periods to date.
 */
export function periodFigures(s: PeriodSnapshot): PeriodFigures {
  const year = yearOf(s.period);
  return { tasks: taskFigures(s), indicators: indicatorFigures(s, year), achievementsByLevel: achievementFigures(s, year), funds: fundFigures(s, year) };
}

function taskFigures(s: PeriodSnapshot): PeriodFigures['tasks'] {
  const parents = new Set(s.tasks.map((t) => t.parentId).filter((p): p is string => p !== null));
  const leaves = s.tasks.filter((t) => !parents.has(t.id) && t.status !== 'TERMINATED');
  const end = periodEnd(s.period);
  const count = (pred: (status: string) => boolean) => leaves.filter((t) => pred(t.status)).length;
  return {
    total: leaves.length,
    completed: count((st) => st === 'COMPLETED'),
    inProgress: count((st) => st === 'IN_PROGRESS' || st === 'LAGGING'),
    notStarted: count((st) => st === 'NOT_STARTED'),
    overdueMilestones: s.milestones.filter((m) => m.dueDate <= end && !(m.status === 'DONE' && m.completedAt !== null && m.completedAt <= end)).length,
    completionRate: leaves.length === 0 ? null : round(leaves.reduce((sum, t) => sum + Math.min(100, Math.max(0, t.progress)), 0) / leaves.length / 100),
  };
}

function indicatorFigures(s: PeriodSnapshot, year: number): PeriodFigures['indicators'] {
  const taskCode = new Map(s.tasks.map((t) => [t.id, t.code]));
  const rows = s.indicators
    .filter((i) => i.kind === 'QUANTITATIVE')
    .map((i) => {
      const series: IndicatorSeries = { direction: i.direction, aggregation: i.aggregation, yearlyTargets: i.yearlyTargets, finalTarget: i.finalTarget, actuals: i.actuals };
      const actual = yearActual(series, year);
      const target = i.yearlyTargets[String(year)] ?? null;
      return { indicatorId: i.id, taskCode: taskCode.get(i.taskId) ?? '', code: i.code, name: i.name, unit: i.unit, target, actual, attainment: nullableRound(attainment({ actual, target, direction: i.direction })) };
    });
  const withData = rows.filter((r) => r.attainment !== null);
  return {
    total: rows.length,
    reported: rows.filter((r) => r.actual !== null).length,
    attained: withData.filter((r) => attainmentStatus(r.attainment) === 'MET').length,
    attainmentRate: withData.length === 0 ? null : round(withData.reduce((sum, r) => sum + capped(r.attainment)!, 0) / withData.length),
    rows,
  };
}

function achievementFigures(s: PeriodSnapshot, year: number): PeriodFigures['achievementsByLevel'] {
  return ACHIEVEMENT_LEVELS.map((level) => ({
    level,
    count: s.achievements.filter((a) => a.level === level && Number(a.awardedOn.slice(0, 4)) === year).length,
  }));
}

function fundFigures(s: PeriodSnapshot, year: number): PeriodFigures['funds'] {
  const data: FundData = {
    budgets: s.funds.budgets.map((b) => ({ ...b, source: b.source as FundingSource })),
    movements: s.funds.movements.map((m) => ({ ...m, source: m.source as FundingSource })),
  };
  const ofYear = selectYear(data, year);
  const total = fundSummary(ofYear);
  const bySource = fundsBySource(ofYear);
  return {
    budget: round(total.budget), arrived: round(total.arrived), spent: round(total.spent),
    arrivalRate: nullableRound(total.arrivalRate), executionRate: nullableRound(total.executionRate),
    bySource: FUNDING_SOURCES.filter((src) => bySource.has(src)).map((source) => {
      const f = bySource.get(source)!;
      return { source, budget: round(f.budget), arrived: round(f.arrived), spent: round(f.spent) };
    }),
  };
}

/** Six decimals: rates stay exact enough for percentages with one decimal, money to 0.01 元. */
const round = (v: number): number => Math.round(v * 1e6) / 1e6;
const nullableRound = (v: number | null): number | null => (v === null ? null : round(v));
