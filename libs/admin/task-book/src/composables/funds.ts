import { isApiError, type FundFiguresFragment, type FundingSource } from '@dsg/admin-data-access';
import { compareCodes } from './task-tree';

// 资金 as the admin shows it. Amounts are 万元 and rates come from the server (到位率 = arrived /
// budget, 执行率 = spent / budget, null without a budget); nothing here recomputes them. What is
// decided here: display order, formatting, when a rate counts as low, and what a typed amount is.

/** Display order of the funding sources (the server's canonical order); a Record, so a new source is a compile error. */
const SOURCE_ORDER: Record<FundingSource, number> = { CENTRAL: 0, LOCAL: 1, SPONSOR: 2, INDUSTRY: 3, SELF: 4 };
export const FUNDING_SOURCES = (Object.keys(SOURCE_ORDER) as FundingSource[]).sort((a, b) => SOURCE_ORDER[a] - SOURCE_ORDER[b]);
export const compareSources = (a: FundingSource, b: FundingSource) => SOURCE_ORDER[a] - SOURCE_ORDER[b];

/** The server refuses larger amounts (and stores two decimals: 0.01 万元 = 100 元). */
export const MAX_AMOUNT = 1e9;
const AMOUNT_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export type AmountProblem = 'notNumber' | 'negative' | 'tooLarge' | 'tooPrecise';

/**
 * A typed amount: blank is null (nothing typed); otherwise a finite number with |x| ≤ 1e9 and at
 * most two decimals (the database keeps two and would round silently). Negative amounts are
 * corrections (冲销) of money arrived or spent, allowed unless `allowNegative` is false.
 */
export function parseAmount(text: string, allowNegative = true): { value: number | null } | { problem: AmountProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (!AMOUNT_PATTERN.test(trimmed)) return { problem: 'notNumber' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: 'notNumber' };
  if (!allowNegative && value < 0) return { problem: 'negative' };
  if (Math.abs(value) > MAX_AMOUNT) return { problem: 'tooLarge' };
  if (Math.abs(Math.round(value * 100) - value * 100) > 1e-6) return { problem: 'tooPrecise' };
  return { value };
}

/** 1234.5 → "1,234.5" (zh-CN and en group the same way); two decimals at most. */
export function formatAmount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/**
 * How far through the programme the calendar is, 0–1: the share of its years elapsed by `today`
 * (a 2025–2029 book on 1 July 2026 is at 0.3). Used as the yardstick for the cumulative rates.
 */
export function programmeElapsed(startYear: number, endYear: number, today: Date): number {
  const start = new Date(startYear, 0, 1).getTime();
  const end = new Date(endYear + 1, 0, 1).getTime();
  if (end <= start) return 0;
  return Math.min(1, Math.max(0, (today.getTime() - start) / (end - start)));
}

/** One line of a breakdown table (a funding source, a year). */
export interface BreakdownRow extends FundFiguresFragment {
  key: string;
  label: string;
  /** The calendar yardstick of this line when it is not the programme's (a year's own share). */
  elapsed?: number;
}

export type RateLevel = 'LOW' | 'NORMAL' | 'OVER' | 'NONE';

/** A rate below 80 % of the calendar share counts as lagging, as attainment below 80 % does. */
export const LAG_RATIO = 0.8;
const TOLERANCE = 1e-9;

/**
 * LOW when a cumulative rate lags the calendar (below 80 % of the elapsed share of the
 * programme: the early-warning rule "fund execution lagging the calendar"); OVER beyond 100 %
 * (more arrived or spent than budgeted, which an audit looks at); NONE without a rate.
 */
export function rateLevel(rate: number | null | undefined, elapsed: number): RateLevel {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'NONE';
  if (rate > 1 + TOLERANCE) return 'OVER';
  if (rate < elapsed * LAG_RATIO - TOLERANCE) return 'LOW';
  return 'NORMAL';
}

export interface FundTreeNode<T> {
  id: string;
  task: T;
  children?: FundTreeNode<T>[];
}

/** Nests tasks under their parents, siblings in code order; leaves have no `children` (el-table shows no toggle). */
export function buildFundTree<T extends { id: string; parentId: string | null; code: string }>(tasks: readonly T[]): FundTreeNode<T>[] {
  const sorted = [...tasks].sort((a, b) => compareCodes(a.code, b.code));
  const nodes = new Map(sorted.map((task) => [task.id, { id: task.id, task } as FundTreeNode<T>]));
  const roots: FundTreeNode<T>[] = [];
  for (const task of sorted) {
    const node = nodes.get(task.id)!;
    const parent = task.parentId ? nodes.get(task.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export interface IndexedErrors {
  /** Index of the sent line → its messages. */
  rows: Map<number, string>;
  /** Messages about the request as a whole. */
  general: string[];
}

/** Maps BAD_USER_INPUT fields such as `entries.3.arrived` (or `input.lines.0.amount`) to the index of the line sent. */
export function mapIndexedErrors(error: unknown, list: 'entries' | 'lines'): IndexedErrors {
  const mapped: IndexedErrors = { rows: new Map(), general: [] };
  if (!isApiError(error) || error.code !== 'BAD_USER_INPUT') return mapped;
  const pattern = new RegExp(`^(?:input\\.)?${list}\\.(\\d+)\\.\\w+$`);
  for (const { field, message } of error.fields) {
    const match = pattern.exec(field);
    if (!match) {
      mapped.general.push(message);
      continue;
    }
    const index = Number(match[1]);
    const previous = mapped.rows.get(index);
    mapped.rows.set(index, previous ? `${previous}; ${message}` : message);
  }
  return mapped;
}
