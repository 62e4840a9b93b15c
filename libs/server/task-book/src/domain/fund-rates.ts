/**
 * Funds (资金): budgets per task, funding source and year; money arrived (到位) and spent (执行)
 * per reporting period. The rates are the ones the agencies monitor:
 *
 *   arrivalRate    = arrived / budget   (资金到位率)
 *   executionRate  = spent / budget     (预算执行率 — national rule: against the budget, not the arrived funds)
 *   spentOfArrived = spent / arrived    (到位资金支出率, shows money sitting unspent)
 *
 * Rates are not capped: over-arrival or spending beyond the budget is exactly what an audit looks
 * for. Rounding is left to presentation.
 */
import { FUNDING_SOURCES, type FundingSource } from '@dsg/contracts';
import { yearOf } from '@dsg/contracts';
import { TreeError } from './task-tree.js';

export interface BudgetLine {
  taskId: string;
  source: FundingSource;
  year: number;
  /** 万元 (10,000 yuan), as the colleges budget. */
  amount: number;
}

export interface MovementLine {
  taskId: string;
  source: FundingSource;
  /** Reporting period code ('2025-Q2', see periods.ts); its year is the movement's year. */
  period: string;
  /** 万元 arrived in the period; may be negative for a correction (冲销). */
  arrived: number;
  /** 万元 spent in the period; may be negative for a correction. */
  spent: number;
}

export interface FundData {
  budgets: readonly BudgetLine[];
  movements: readonly MovementLine[];
}

export interface FundTotals {
  budget: number;
  arrived: number;
  spent: number;
}

export interface FundSummary extends FundTotals {
  arrivalRate: number | null;
  executionRate: number | null;
  spentOfArrived: number | null;
}

export type FundErrorCode = 'NOT_FINITE' | 'NEGATIVE_BUDGET';

/** Amounts no total can be built from; always bad data. */
export class FundError extends Error {
  readonly code: FundErrorCode;

  constructor(code: FundErrorCode, message: string) {
    super(message);
    this.name = 'FundError';
    this.code = code;
  }
}

/**
 * Sums are computed in millionths of a 万元 (0.01 yuan) as integers, so totals of amounts with up
 * to six decimals are exact: 0.1 + 0.2 gives 0.3, not 0.30000000000000004, in reports.
 */
const AMOUNT_SCALE = 1_000_000;

/** arrived / budget; null when the budget is missing, zero or negative (no rate can be stated). */
export function arrivalRate(arrived: number | null | undefined, budget: number | null | undefined): number | null {
  return ratio(arrived, budget);
}

/** spent / budget (预算执行率); null when the budget is missing, zero or negative. */
export function executionRate(spent: number | null | undefined, budget: number | null | undefined): number | null {
  return ratio(spent, budget);
}

/** spent / arrived; null when nothing (or a net negative) has arrived. */
export function spentOfArrived(spent: number | null | undefined, arrived: number | null | undefined): number | null {
  return ratio(spent, arrived);
}

/** The three rates of a set of totals. */
export function summarise(totals: FundTotals): FundSummary {
  return {
    ...totals,
    arrivalRate: arrivalRate(totals.arrived, totals.budget),
    executionRate: executionRate(totals.spent, totals.budget),
    spentOfArrived: spentOfArrived(totals.spent, totals.arrived),
  };
}

/** Totals of all lines given (filter first for a year, a source, a task …). */
export function fundTotals(data: FundData): FundTotals {
  for (const b of data.budgets) assertBudget(b);
  for (const m of data.movements) assertMovement(m);
  return {
    budget: sumAmounts(data.budgets.map((b) => b.amount)),
    arrived: sumAmounts(data.movements.map((m) => m.arrived)),
    spent: sumAmounts(data.movements.map((m) => m.spent)),
  };
}

export function fundSummary(data: FundData): FundSummary {
  return summarise(fundTotals(data));
}

/** Only the budget lines of `year` and the movements of periods within `year`. */
export function selectYear(data: FundData, year: number): FundData {
  return {
    budgets: data.budgets.filter((b) => b.year === year),
    movements: data.movements.filter((m) => yearOf(m.period) === year),
  };
}

/** Per funding source, in the canonical order 中央财政, 地方财政, 举办方, 行业企业, 学校自筹; only sources with lines. */
export function fundsBySource(data: FundData): Map<FundingSource, FundSummary> {
  const groups = groupBy(data, (b) => b.source, (m) => m.source);
  return new Map(FUNDING_SOURCES.filter((s) => groups.has(s)).map((s) => [s, fundSummary(groups.get(s)!)]));
}

/** Per year, ascending: a year's budget against the movements of periods within that year. */
export function fundsByYear(data: FundData): Map<number, FundSummary> {
  const groups = groupBy(data, (b) => b.year, (m) => yearOf(m.period));
  return new Map([...groups.keys()].sort((a, b) => a - b).map((y) => [y, fundSummary(groups.get(y)!)]));
}

/**
 * Per task, over the task's own lines and those of all its descendants (a level-1 task's figures
 * include its sub-tasks and projects). Every task gets an entry, with null rates when it has no
 * budget. Lines of a task not in `tasks`, missing parents and parent loops are refused (TreeError).
 */
export function fundsByTask(tasks: readonly { id: string; parentId: string | null }[], data: FundData): Map<string, FundSummary> {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string, string[]>();
  for (const t of tasks) {
    if (t.parentId === null) continue;
    if (!ids.has(t.parentId)) throw new TreeError('NOT_FOUND', `Parent ${t.parentId} of task ${t.id} not found`);
    children.set(t.parentId, [...(children.get(t.parentId) ?? []), t.id]);
  }
  const own = groupBy(data, (b) => b.taskId, (m) => m.taskId);
  for (const taskId of own.keys()) {
    if (!ids.has(taskId)) throw new TreeError('NOT_FOUND', `Funds recorded for unknown task ${taskId}`);
  }
  const totals = new Map<string, FundTotals>();
  const visiting = new Set<string>();
  const totalOf = (id: string): FundTotals => {
    const done = totals.get(id);
    if (done) return done;
    if (visiting.has(id)) throw new TreeError('CYCLE', `Task ${id} is its own ancestor`);
    visiting.add(id);
    const parts = [fundTotals(own.get(id) ?? { budgets: [], movements: [] }), ...(children.get(id) ?? []).map(totalOf)];
    const sum = addTotals(parts);
    totals.set(id, sum);
    return sum;
  };
  return new Map(tasks.map((t) => [t.id, summarise(totalOf(t.id))]));
}

export interface InstitutionFunds {
  institutionId: string;
  data: FundData;
}

/**
 * Per institution, and the total over all of them (an agency's view: the rates of the pooled
 * money, not the mean of the institutions' rates, so a large budget weighs accordingly).
 */
export function fundsByInstitution(institutions: readonly InstitutionFunds[]): { byInstitution: Map<string, FundSummary>; total: FundSummary } {
  const byInstitution = new Map<string, FundSummary>();
  const all: FundTotals[] = [];
  for (const i of institutions) {
    const totals = fundTotals(i.data);
    const previous = byInstitution.get(i.institutionId);
    const merged = previous ? addTotals([previous, totals]) : totals;
    byInstitution.set(i.institutionId, summarise(merged));
    all.push(totals);
  }
  return { byInstitution, total: summarise(addTotals(all)) };
}

function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) throw new FundError('NOT_FINITE', 'Amounts must be finite numbers');
  return denominator > 0 ? numerator / denominator : null;
}

function groupBy<K>(data: FundData, budgetKey: (b: BudgetLine) => K, movementKey: (m: MovementLine) => K): Map<K, FundData> {
  const groups = new Map<K, { budgets: BudgetLine[]; movements: MovementLine[] }>();
  const group = (k: K) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { budgets: [], movements: [] }));
    return g;
  };
  for (const b of data.budgets) group(budgetKey(b)).budgets.push(b);
  for (const m of data.movements) group(movementKey(m)).movements.push(m);
  return groups;
}

function addTotals(parts: readonly FundTotals[]): FundTotals {
  return {
    budget: sumAmounts(parts.map((p) => p.budget)),
    arrived: sumAmounts(parts.map((p) => p.arrived)),
    spent: sumAmounts(parts.map((p) => p.spent)),
  };
}

function sumAmounts(amounts: readonly number[]): number {
  return amounts.reduce((sum, a) => sum + Math.round(a * AMOUNT_SCALE), 0) / AMOUNT_SCALE;
}

function assertBudget(b: BudgetLine): void {
  if (!Number.isFinite(b.amount)) throw new FundError('NOT_FINITE', `Budget of task ${b.taskId} (${b.source}, ${b.year}) is not a finite number`);
  if (b.amount < 0) throw new FundError('NEGATIVE_BUDGET', `Budget of task ${b.taskId} (${b.source}, ${b.year}) is negative`);
}

function assertMovement(m: MovementLine): void {
  if (!Number.isFinite(m.arrived) || !Number.isFinite(m.spent)) {
    throw new FundError('NOT_FINITE', `Movement of task ${m.taskId} (${m.source}, ${m.period}) has a non-finite amount`);
  }
  yearOf(m.period); // refuses an invalid period code (PeriodError) before it can be grouped anywhere
}
