/**
 * Small builders that keep the demo task books readable: one line per task, indicator, budget line
 * or year of actuals. Pure functions of their arguments (no I/O, no clock, no randomness).
 */
import type { BudgetRow, IndicatorRow, MilestoneRow, TaskRow } from '@dsg/server-task-book';
import type { FundingSource, IndicatorCategory, IndicatorDirection, MilestoneStatus, TaskStatus } from '@dsg/contracts';
import type { DemoActual, DemoFundMovement, DemoProgress } from './types.js';

// ───────────────────────────────────────────────────────────────────────────── tasks

export interface TaskSpec {
  /** Lead department code (牵头部门) of the institution in demo-data.ts. */
  lead: string | null;
  /** Cooperating department codes (配合部门). */
  coop?: string[];
  start: string;
  end: string;
  description?: string;
  /** 领衔分管领导 (username). */
  leader?: string;
  /** 项目带头人 (username). */
  projectLeader?: string;
}

/**
 * A task row as planned. The status in the document is the plan's (NOT_STARTED when the version
 * was approved); the status now is in the book's `progress`.
 */
export function task(code: string, title: string, spec: TaskSpec): TaskRow {
  return {
    code,
    title,
    description: spec.description ?? null,
    leadDepartmentCode: spec.lead,
    cooperatingDepartmentCodes: spec.coop ?? [],
    leaderUsername: spec.leader ?? null,
    projectLeaderUsername: spec.projectLeader ?? null,
    startDate: spec.start,
    endDate: spec.end,
    status: 'NOT_STARTED',
  };
}

export function milestone(taskCode: string, dueDate: string, title: string, deliverable: string | null, status: MilestoneStatus): MilestoneRow {
  return { taskCode, title, dueDate, deliverable, status };
}

// ───────────────────────────────────────────────────────────────────────────── indicators and budgets

export interface QuantitativeSpec {
  category: IndicatorCategory;
  unit: string | null;
  baseline: number | null;
  /** One target per programme year, first year first. */
  targets: number[];
  direction?: IndicatorDirection;
  /** Stock indicators: defaults to the last year's target. */
  final?: number;
}

/** The task code an indicator code belongs to: '1.2-01' → '1.2'. */
export function taskOfIndicator(code: string): string {
  return code.slice(0, code.lastIndexOf('-'));
}

/**
 * Builders bound to a book's programme years, so yearly targets and budgets are written as arrays
 * (first year first) and cannot drift out of the programme.
 */
export function bookKit(startYear: number, endYear: number) {
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const byYear = (values: number[], what: string): Record<number, number> => {
    if (values.length !== years.length) throw new Error(`${what}: ${values.length} values for ${years.length} programme years`);
    return Object.fromEntries(years.map((y, i) => [y, values[i]!]));
  };
  const quantitative = (code: string, name: string, spec: QuantitativeSpec, final: number, aggregation: IndicatorRow['aggregation']): IndicatorRow => ({
    taskCode: taskOfIndicator(code),
    code,
    name,
    category: spec.category,
    kind: 'QUANTITATIVE',
    unit: spec.unit,
    direction: spec.direction ?? 'HIGHER_BETTER',
    aggregation,
    baseline: spec.baseline,
    finalTarget: final,
    yearlyTargets: byYear(spec.targets, code),
  });
  return {
    years,
    /** 存量型: the latest value counts (numbers of platforms, rates, ratios). */
    stock: (code: string, name: string, spec: QuantitativeSpec): IndicatorRow =>
      quantitative(code, name, spec, spec.final ?? spec.targets[spec.targets.length - 1]!, 'LATEST'),
    /** 流量型: period values add up (income, person-times, new items); final target = sum of the years. */
    flow: (code: string, name: string, spec: Omit<QuantitativeSpec, 'final'>): IndicatorRow =>
      quantitative(code, name, spec, round2(spec.targets.reduce((a, b) => a + b, 0)), 'SUM'),
    /** 定性: no unit, no targets; reported as text. */
    qual: (code: string, name: string, category: IndicatorCategory): IndicatorRow => ({
      taskCode: taskOfIndicator(code),
      code,
      name,
      category,
      kind: 'QUALITATIVE',
      unit: null,
      direction: 'HIGHER_BETTER',
      aggregation: 'LATEST',
      baseline: null,
      finalTarget: null,
      yearlyTargets: {},
    }),
    /** Budget of one task from one source, one amount (万元) per programme year; zero years are left out. */
    budget: (taskCode: string, source: FundingSource, amounts: number[]): BudgetRow[] =>
      Object.entries(byYear(amounts, `budget ${taskCode} ${source}`))
        .filter(([, amount]) => amount > 0)
        .map(([year, amount]) => ({ taskCode, source, year: Number(year), amount })),
  };
}

// ───────────────────────────────────────────────────────────────────────────── actuals

/** Not reported in that period (no row). */
export const _ = null;

/** Quarterly actuals: up to four values per year, Q1 first; `_` skips a quarter. */
export function quarterly(indicatorCode: string, byYear: Record<number, (number | null)[]>): DemoActual[] {
  return Object.entries(byYear).flatMap(([year, values]) =>
    values.flatMap((value, i) => (value === null ? [] : [{ indicatorCode, period: `${year}-Q${i + 1}`, value }])),
  );
}

/** Annual actuals (period code 'YYYY'). */
export function annual(indicatorCode: string, byYear: Record<number, number>): DemoActual[] {
  return Object.entries(byYear).map(([year, value]) => ({ indicatorCode, period: year, value }));
}

/**
 * Monthly programme (Chongqing's 市级双高 reports every month): actuals entered in the months that
 * close the quarters (M03, M06, M09, M12), up to four values per year; `_` skips one.
 */
export function quarterEndMonths(indicatorCode: string, byYear: Record<number, (number | null)[]>): DemoActual[] {
  const months = ['M03', 'M06', 'M09', 'M12'];
  return Object.entries(byYear).flatMap(([year, values]) =>
    values.flatMap((value, i) => (value === null ? [] : [{ indicatorCode, period: `${year}-${months[i]}`, value }])),
  );
}

/** A qualitative indicator's report for one period. */
export function narrative(indicatorCode: string, period: string, text: string): DemoActual {
  return { indicatorCode, period, value: null, text };
}

// ───────────────────────────────────────────────────────────────────────────── progress

export function progressOf(rows: [taskCode: string, status: TaskStatus, percent: number][]): DemoProgress[] {
  return rows.map(([taskCode, status, progress]) => ({ taskCode, status, progress }));
}

// ───────────────────────────────────────────────────────────────────────────── funds

export interface FundProfile {
  /** First quarter with money ('2019-Q4' for a plan approved in December): earlier shares move into it. */
  from: string;
  /** Last quarter reported (the programme's last, or the latest closed quarter). */
  until: string;
  /** Share of a year's budget arriving in Q1..Q4 (financial allocations come early in the year). */
  arrived?: [number, number, number, number];
  /** Share of a year's budget spent in Q1..Q4 (spending follows procurement, heavy in Q4). */
  spent?: [number, number, number, number];
  /** Money that arrives short or is spent slowly: factors on the budget from a year on. */
  slow?: { task: string; source?: FundingSource; from: number; arrived?: number; spent?: number }[];
}

const ARRIVED: [number, number, number, number] = [0.4, 0.3, 0.2, 0.1];
const SPENT: [number, number, number, number] = [0.12, 0.22, 0.28, 0.36];

/**
 * Quarterly arrivals and spending derived from the budget lines. By default every budget arrives in
 * full and 98 % is spent by year end; `slow` entries model lagging arrival or execution (spending is
 * never planned above what arrived).
 */
export function fundMovements(budgets: BudgetRow[], profile: FundProfile): DemoFundMovement[] {
  const arrivedShares = profile.arrived ?? ARRIVED;
  const spentShares = profile.spent ?? SPENT;
  const out: DemoFundMovement[] = [];
  for (const b of budgets) {
    let arrivedFactor = 1;
    let spentFactor = 1;
    for (const s of profile.slow ?? []) {
      if (s.task !== b.taskCode || (s.source && s.source !== b.source) || b.year < s.from) continue;
      arrivedFactor *= s.arrived ?? 1;
      spentFactor *= s.spent ?? 1;
    }
    spentFactor = Math.min(spentFactor, arrivedFactor);
    let carryArrived = 0;
    let carrySpent = 0;
    for (let q = 1; q <= 4; q++) {
      const period = `${b.year}-Q${q}`;
      if (period > profile.until) break;
      carryArrived += arrivedShares[q - 1]!;
      carrySpent += spentShares[q - 1]!;
      if (period < profile.from) continue;
      out.push({
        taskCode: b.taskCode,
        source: b.source,
        period,
        arrived: round2(b.amount * arrivedFactor * carryArrived),
        spent: round2(b.amount * spentFactor * carrySpent),
      });
      carryArrived = 0;
      carrySpent = 0;
    }
  }
  return out;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
