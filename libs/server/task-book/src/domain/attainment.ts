/**
 * Indicator attainment (达成度): computed from actuals and targets, never typed in, so a college
 * cannot report "100 %" that its figures do not support.
 *
 * The rule follows the national monitoring (国家双高计划绩效管理): attainment is the actual for the
 * period against the target for the period, as a ratio, oriented so that 1 means "target met":
 *
 *   HIGHER_BETTER: actual / target        LOWER_BETTER: target / actual
 *
 * The baseline (基线值) is not used: it is what the target was planned from, and measuring
 * "improvement over baseline" would give a different figure from the one the agencies publish.
 */
import type { IndicatorDirection } from '@dsg/contracts';
import { comparePeriods, parsePeriod, periodEnd, periodStart } from '@dsg/contracts';

/** Ratio at or above which a target counts as met. */
export const MET_THRESHOLD = 1;
/** Ratio at or above which an indicator is on track (below: lagging, 滞后). */
export const ON_TRACK_THRESHOLD = 0.8;
/**
 * Upper bound of an uncapped ratio (1000 %). A zero or near-zero denominator (LOWER_BETTER with an
 * actual of 0, HIGHER_BETTER with a tiny target) would otherwise give Infinity — which JSON and
 * GraphQL cannot carry — or absurd percentages; no genuine over-achievement comes near it.
 */
export const MAX_RATIO = 10;
/**
 * Slack when comparing ratios with the thresholds: 2.4 / 3 is 0.7999999999999999 in binary
 * floating point and must still be ON_TRACK.
 */
export const RATIO_TOLERANCE = 1e-9;

export type AttainmentStatus = 'MET' | 'ON_TRACK' | 'LAGGING' | 'NO_DATA';

/**
 * How the actuals of several periods combine: stock indicators (e.g. number of national platforms)
 * take the LATEST reported value, flow indicators (e.g. training person-times) the SUM.
 */
export type Aggregation = 'LATEST' | 'SUM';

export type AttainmentErrorCode = 'NEGATIVE_VALUE' | 'NOT_FINITE' | 'OVERLAPPING_PERIODS' | 'CONFLICTING_INDICATOR';

/** Input that no ratio can be computed from honestly; always bad data or a caller's bug. */
export class AttainmentError extends Error {
  readonly code: AttainmentErrorCode;

  constructor(code: AttainmentErrorCode, message: string) {
    super(message);
    this.name = 'AttainmentError';
    this.code = code;
  }
}

export interface AttainmentInput {
  /** null/undefined: not reported. */
  actual: number | null | undefined;
  /** null/undefined: no target for the period. */
  target: number | null | undefined;
  direction: IndicatorDirection;
  /** Accepted because indicator rows carry it; deliberately ignored (see the module comment). */
  baseline?: number | null;
}

/**
 * The uncapped attainment ratio, or null when there is no target or no reported actual.
 *
 * Zero and sign rules (indicators are counts, amounts, rates and scores: never negative):
 * - a negative or non-finite actual or target is refused (AttainmentError), since any ratio of
 *   it would be meaningless; input validation should use `assertMeasure` to refuse it earlier;
 * - HIGHER_BETTER with target 0: 1 — nothing was required for the period, so it is met, and
 *   there is no goal to over-achieve;
 * - LOWER_BETTER with actual 0: 1 when the target is 0 as well (met exactly), otherwise
 *   MAX_RATIO — zero beats any positive ceiling by the widest possible margin;
 * - any other ratio above MAX_RATIO is reported as MAX_RATIO.
 */
export function attainment(input: AttainmentInput): number | null {
  const { actual, target, direction } = input;
  // Validate whatever is present first, so bad data surfaces even when the other side is missing.
  if (actual !== null && actual !== undefined) assertMeasure(actual, 'actual');
  if (target !== null && target !== undefined) assertMeasure(target, 'target');
  if (target === null || target === undefined || actual === null || actual === undefined) return null;
  if (direction === 'HIGHER_BETTER') return target === 0 ? 1 : bounded(actual / target);
  if (actual === 0) return target === 0 ? 1 : MAX_RATIO;
  return bounded(target / actual);
}

/** min(ratio, 1): for roll-ups, where over-achieving one indicator must not hide another's gap. */
export function capped(ratio: number | null): number | null {
  return ratio === null ? null : Math.min(ratio, 1);
}

export function cappedAttainment(input: AttainmentInput): number | null {
  return capped(attainment(input));
}

/** MET (≥ 1), ON_TRACK (≥ 0.8), LAGGING (< 0.8), NO_DATA (null), with RATIO_TOLERANCE slack. */
export function attainmentStatus(ratio: number | null): AttainmentStatus {
  if (ratio === null) return 'NO_DATA';
  if (ratio >= MET_THRESHOLD - RATIO_TOLERANCE) return 'MET';
  if (ratio >= ON_TRACK_THRESHOLD - RATIO_TOLERANCE) return 'ON_TRACK';
  return 'LAGGING';
}

/** Refuses negative and non-finite measures (NaN, ±Infinity) with an AttainmentError. */
export function assertMeasure(value: number, what = 'value'): void {
  if (!Number.isFinite(value)) throw new AttainmentError('NOT_FINITE', `${what} must be a finite number, got ${value}`);
  if (value < 0) throw new AttainmentError('NEGATIVE_VALUE', `${what} must not be negative, got ${value}`);
}

function bounded(ratio: number): number {
  return Math.min(ratio, MAX_RATIO);
}

// ---------------------------------------------------------------------------------------------
// Aggregation over reporting periods
// ---------------------------------------------------------------------------------------------

export interface PeriodActual {
  /** Period code ('2025', '2025-Q2', …, see periods.ts). */
  period: string;
  /** null: the period exists but nothing was reported. */
  value: number | null;
}

/** What an indicator needs for period, year and cumulative attainment. */
export interface IndicatorSeries {
  direction: IndicatorDirection;
  aggregation: Aggregation;
  /** Target per programme year, e.g. { 2025: 3, 2026: 5 }; a missing year has no target. */
  yearlyTargets: Readonly<Record<number, number | null | undefined>>;
  /** Target at the end of the programme (终期目标). */
  finalTarget: number | null | undefined;
  actuals: readonly PeriodActual[];
}

/**
 * Combines reported actuals: LATEST = the value of the latest period (comparePeriods order),
 * SUM = the total. null when nothing is reported. Refuses a period reported twice, and, for SUM,
 * overlapping periods (e.g. '2025' and '2025-Q1'): they would be counted twice.
 */
export function aggregateActuals(actuals: readonly PeriodActual[], aggregation: Aggregation): number | null {
  const reported = actuals.filter((a): a is { period: string; value: number } => a.value !== null);
  if (reported.length === 0) return null;
  for (const a of reported) assertMeasure(a.value, `actual of ${a.period}`);
  assertNoOverlap(reported, aggregation === 'SUM');
  if (aggregation === 'SUM') return reported.reduce((sum, a) => sum + a.value, 0);
  return reported.reduce((latest, a) => (comparePeriods(a.period, latest.period) > 0 ? a : latest)).value;
}

/** The actual of a programme year: actuals of periods within that year, aggregated. */
export function yearActual(indicator: IndicatorSeries, year: number): number | null {
  return aggregateActuals(indicator.actuals.filter((a) => parsePeriod(a.period).year === year), indicator.aggregation);
}

/** The year's target against the year's actual (LATEST value or SUM of the year's periods). */
export function yearAttainment(indicator: IndicatorSeries, year: number): number | null {
  return attainment({ actual: yearActual(indicator, year), target: indicator.yearlyTargets[year], direction: indicator.direction });
}

/**
 * Attainment reported for one period: the year-to-date actual (periods of the same year ending no
 * later than this one, aggregated) against that year's target — task books only set yearly
 * targets, and prorating them would invent figures the book does not contain. So SUM indicators
 * look LAGGING early in the year by design. null when the period itself has no reported value
 * (a stale figure from an earlier period must not pass for this period's report).
 */
export function periodAttainment(indicator: IndicatorSeries, period: string): number | null {
  const { year } = parsePeriod(period);
  const own = indicator.actuals.find((a) => a.period === period && a.value !== null);
  if (!own) return null;
  const end = periodEnd(period);
  const toDate = indicator.actuals.filter((a) => parsePeriod(a.period).year === year && periodEnd(a.period) <= end);
  return attainment({
    actual: aggregateActuals(toDate, indicator.aggregation),
    target: indicator.yearlyTargets[year],
    direction: indicator.direction,
  });
}

/** The programme-to-date actual (optionally only periods ending no later than `asOf`). */
export function cumulativeActual(indicator: IndicatorSeries, asOf?: string): number | null {
  const end = asOf === undefined ? undefined : periodEnd(asOf);
  const actuals = end === undefined ? indicator.actuals : indicator.actuals.filter((a) => periodEnd(a.period) <= end);
  return aggregateActuals(actuals, indicator.aggregation);
}

/** The final target against the programme-to-date actual, by the indicator's aggregation rule. */
export function cumulativeAttainment(indicator: IndicatorSeries, asOf?: string): number | null {
  return attainment({ actual: cumulativeActual(indicator, asOf), target: indicator.finalTarget, direction: indicator.direction });
}

function assertNoOverlap(reported: readonly PeriodActual[], refuseOverlap: boolean): void {
  const spans = reported
    .map((a) => ({ period: a.period, start: periodStart(a.period), end: periodEnd(a.period) }))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const seen = new Set<string>();
  let previous: (typeof spans)[number] | undefined;
  for (const s of spans) {
    if (seen.has(s.period)) throw new AttainmentError('OVERLAPPING_PERIODS', `Period ${s.period} is reported twice`);
    seen.add(s.period);
    if (refuseOverlap && previous && s.start <= previous.end) {
      throw new AttainmentError('OVERLAPPING_PERIODS', `Periods ${previous.period} and ${s.period} overlap and cannot be summed`);
    }
    if (!previous || s.end > previous.end) previous = s;
  }
}

// ---------------------------------------------------------------------------------------------
// Roll-ups over tasks
// ---------------------------------------------------------------------------------------------

/**
 * A task's attainment from its indicators' ratios: the mean of the *capped* ratios of indicators
 * with data (null entries are skipped: no data is not 0 %). null when no indicator has data.
 */
export function rollUpTask(attainments: readonly (number | null)[]): number | null {
  const values = attainments.filter((a): a is number => a !== null);
  if (values.length === 0) return null;
  for (const v of values) assertMeasure(v, 'attainment');
  return values.reduce((sum, v) => sum + Math.min(v, 1), 0) / values.length;
}

export interface IndicatorAttainment {
  /** Indicator id: an indicator listed under several tasks of one subtree is counted once. */
  id: string;
  attainment: number | null;
}

export interface TaskAttainmentNode {
  id: string;
  indicators: readonly IndicatorAttainment[];
  children: readonly TaskAttainmentNode[];
}

export interface TreeRollUp {
  /** Per task: mean over its own and all its descendants' indicators (null: none has data). */
  byTask: Map<string, number | null>;
  /** The whole book: mean over every indicator of every task. */
  book: number | null;
}

/**
 * Rolls attainment up the task tree. Each task's figure is the mean over the distinct indicators
 * of its subtree — weighted by indicator, not by sub-task, as the monitoring counts indicators —
 * so it can be read on its own without knowing how the tree is shaped. The same indicator id with
 * two different ratios is refused (CONFLICTING_INDICATOR): it means two inconsistent computations.
 */
export function rollUpTree(roots: readonly TaskAttainmentNode[]): TreeRollUp {
  const byTask = new Map<string, number | null>();
  const collect = (task: TaskAttainmentNode): Map<string, number | null> => {
    const own = new Map<string, number | null>();
    for (const i of task.indicators) addIndicator(own, i.id, i.attainment);
    for (const child of task.children) mergeInto(own, collect(child));
    byTask.set(task.id, rollUpTask([...own.values()]));
    return own;
  };
  const all = new Map<string, number | null>();
  for (const root of roots) mergeInto(all, collect(root));
  return { byTask, book: rollUpTask([...all.values()]) };
}

function mergeInto(target: Map<string, number | null>, source: Map<string, number | null>): void {
  for (const [id, value] of source) addIndicator(target, id, value);
}

function addIndicator(target: Map<string, number | null>, id: string, value: number | null): void {
  if (target.has(id) && target.get(id) !== value) {
    throw new AttainmentError('CONFLICTING_INDICATOR', `Indicator ${id} appears with two different attainments`);
  }
  target.set(id, value);
}
