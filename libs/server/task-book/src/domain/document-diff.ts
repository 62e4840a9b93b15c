import type { BudgetRow, IndicatorRow, MilestoneRow, TaskBookDocument, TaskRow } from './task-book-document.js';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface Changed<T> {
  key: string;
  before: T;
  after: T;
  fields: FieldChange[];
}

export interface PartDiff<T> {
  added: T[];
  removed: T[];
  changed: Changed<T>[];
}

/** 任务书调整: what a proposal adds, removes and changes against the current version, part by part. */
export interface DocumentDiff {
  tasks: PartDiff<TaskRow>;
  indicators: PartDiff<IndicatorRow>;
  milestones: PartDiff<MilestoneRow>;
  budgets: PartDiff<BudgetRow>;
  /** Convenience totals for lists and notifications. */
  summary: { added: number; removed: number; changed: number };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffPart<T extends object>(before: readonly T[], after: readonly T[], keyOf: (row: T) => string): PartDiff<T> {
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const now = new Map(after.map((r) => [keyOf(r), r]));
  const changed: Changed<T>[] = [];
  for (const [key, a] of now) {
    const b = old.get(key);
    if (!b) continue;
    const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((f) => !same((b as Record<string, unknown>)[f], (a as Record<string, unknown>)[f]))
      .map((f) => ({ field: f, from: (b as Record<string, unknown>)[f] ?? null, to: (a as Record<string, unknown>)[f] ?? null }));
    if (fields.length) changed.push({ key, before: b, after: a, fields });
  }
  return {
    added: after.filter((r) => !old.has(keyOf(r))),
    removed: before.filter((r) => !now.has(keyOf(r))),
    changed,
  };
}

/**
 * The readable difference between two plans. Tasks and indicators are matched by their codes,
 * milestones by task and title, budgets by task, source and year (an amount change is a change).
 */
export function diffDocuments(before: TaskBookDocument, after: TaskBookDocument): DocumentDiff {
  const tasks = diffPart(before.tasks, after.tasks, (t) => t.code);
  const indicators = diffPart(before.indicators, after.indicators, (i) => i.code);
  const milestones = diffPart(before.milestones, after.milestones, (m) => `${m.taskCode}|${m.title}`);
  const budgets = diffPart(before.budgets, after.budgets, (b) => `${b.taskCode}|${b.source}|${b.year}`);
  const parts = [tasks, indicators, milestones, budgets];
  return {
    tasks, indicators, milestones, budgets,
    summary: {
      added: parts.reduce((n, p) => n + p.added.length, 0),
      removed: parts.reduce((n, p) => n + p.removed.length, 0),
      changed: parts.reduce((n, p) => n + p.changed.length, 0),
    },
  };
}
