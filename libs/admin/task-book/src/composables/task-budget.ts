import type { BudgetLineInput, FundingSource } from '@dsg/admin-data-access';
import { compareSources, parseAmount, type AmountProblem } from './funds';

// A task's budget lines (预算: funding source × year × amount in 万元) as edited in the drawer.
// `setTaskBudget` replaces all of a task's lines, so every line is sent, in the order shown.

export interface BudgetDraft {
  /** Stable key for the list while lines are added and removed. */
  uid: number;
  source: FundingSource | null;
  year: number | null;
  /** As typed. */
  amount: string;
}

export type BudgetProblem = AmountProblem | 'required' | 'amountRequired' | 'duplicate';

/** The saved lines as drafts, by year then source. */
export function budgetDrafts(lines: readonly { source: FundingSource; year: number; amount: number }[], uid: () => number): BudgetDraft[] {
  return [...lines]
    .sort((a, b) => a.year - b.year || compareSources(a.source, b.source))
    .map((line) => ({ uid: uid(), source: line.source, year: line.year, amount: String(line.amount) }));
}

/**
 * The lines to send, or the problem of each line that cannot be sent (by index): source, year
 * within the book and amount are required; amounts are ≥ 0 with two decimals at most; one line
 * per source and year (the server refuses duplicates too).
 */
export function budgetInput(drafts: readonly BudgetDraft[], years: readonly number[]): { lines: BudgetLineInput[]; invalid: Record<number, BudgetProblem> } {
  const lines: BudgetLineInput[] = [];
  const invalid: Record<number, BudgetProblem> = {};
  const seen = new Set<string>();
  drafts.forEach((draft, index) => {
    const amount = parseAmount(draft.amount, false);
    if (!draft.source || draft.year === null || !years.includes(draft.year)) invalid[index] = 'required';
    else if ('problem' in amount) invalid[index] = amount.problem;
    else if (amount.value === null) invalid[index] = 'amountRequired';
    else if (seen.has(`${draft.source}:${draft.year}`)) invalid[index] = 'duplicate';
    else lines.push({ source: draft.source, year: draft.year, amount: amount.value });
    if (draft.source && draft.year !== null) seen.add(`${draft.source}:${draft.year}`);
  });
  return { lines, invalid };
}

/** A task's budget as a read-only table: a row per funding source that has lines, a column per year. */
export interface BudgetMatrix {
  /** The book's years, and any year of a line outside them (so the totals add up). */
  years: number[];
  rows: { source: FundingSource; amounts: Partial<Record<number, number>>; total: number }[];
  yearTotals: Record<number, number>;
  total: number;
}

/** Sums in cents: budget amounts have two decimals at most, and 0.1 + 0.2 must show as 0.3. */
const cents = (amount: number) => Math.round(amount * 100);

export function budgetMatrix(lines: readonly { source: FundingSource; year: number; amount: number }[], bookYears: readonly number[]): BudgetMatrix {
  const years = [...new Set([...bookYears, ...lines.map((line) => line.year)])].sort((a, b) => a - b);
  const bySource = new Map<FundingSource, Map<number, number>>();
  for (const line of lines) {
    const row = bySource.get(line.source) ?? new Map<number, number>();
    row.set(line.year, (row.get(line.year) ?? 0) + cents(line.amount));
    bySource.set(line.source, row);
  }
  const rows = [...bySource.entries()]
    .sort(([a], [b]) => compareSources(a, b))
    .map(([source, row]) => ({
      source,
      amounts: Object.fromEntries([...row.entries()].map(([year, amount]) => [year, amount / 100])),
      total: [...row.values()].reduce((sum, amount) => sum + amount, 0) / 100,
    }));
  const yearTotals = Object.fromEntries(
    years.map((year) => [year, [...bySource.values()].reduce((sum, row) => sum + (row.get(year) ?? 0), 0) / 100]),
  );
  const total = lines.reduce((sum, line) => sum + cents(line.amount), 0) / 100;
  return { years, rows, yearTotals, total };
}
