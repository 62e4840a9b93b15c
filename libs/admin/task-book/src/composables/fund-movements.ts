import type { FundMovementInput, FundingSource } from '@dsg/admin-data-access';
import { compareSources, parseAmount, type AmountProblem } from './funds';
import { compareCodes } from './task-tree';

// 录入到位与执行: one period's arrivals and spending, per task × funding source. The lines offered
// are those with a budget, those already recorded in the period, and those the user adds; the
// values start from what the period holds, and only the lines whose values changed are sent.

export interface EditorTask {
  id: string;
  code: string;
  title: string;
  budget: readonly { source: FundingSource; year: number; amount: number }[];
}

export interface RecordedMovement {
  taskId: string;
  source: FundingSource;
  arrived: number;
  spent: number;
}

export interface MovementLine {
  key: string;
  taskId: string;
  source: FundingSource;
  /** The task's budget from this source over all years, 万元. */
  budget: number;
}

/** What is typed in the two cells of a line. */
export interface MovementDraft {
  arrived: string;
  spent: string;
}

export const lineKey = (taskId: string, source: FundingSource) => `${taskId}:${source}`;

/** Budgeted lines, recorded lines and added lines, once each, in task-code and source order. */
export function movementLines(
  tasks: readonly EditorTask[],
  recorded: readonly RecordedMovement[],
  added: readonly { taskId: string; source: FundingSource }[],
): MovementLine[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const lines = new Map<string, MovementLine>();
  const add = (taskId: string, source: FundingSource) => {
    const key = lineKey(taskId, source);
    const task = byId.get(taskId);
    if (lines.has(key) || !task) return;
    const budget = task.budget.filter((line) => line.source === source).reduce((sum, line) => sum + line.amount, 0);
    lines.set(key, { key, taskId, source, budget });
  };
  for (const task of tasks) for (const line of task.budget) add(task.id, line.source);
  for (const movement of recorded) add(movement.taskId, movement.source);
  for (const line of added) add(line.taskId, line.source);
  return [...lines.values()].sort(
    (a, b) => compareCodes(byId.get(a.taskId)!.code, byId.get(b.taskId)!.code) || compareSources(a.source, b.source),
  );
}

/** The recorded values as typed text, keyed by line ('' where nothing is recorded). */
export function recordedDrafts(recorded: readonly RecordedMovement[]): Record<string, MovementDraft> {
  return Object.fromEntries(
    recorded.map((movement) => [lineKey(movement.taskId, movement.source), { arrived: String(movement.arrived), spent: String(movement.spent) }]),
  );
}

export interface BuiltMovements {
  entries: FundMovementInput[];
  /** Line key → the problem of each field that cannot be sent. */
  invalid: Record<string, { arrived?: AmountProblem; spent?: AmountProblem }>;
}

/**
 * The entries of the changed lines, in line order. A line changes when a value differs from what
 * the period holds (blank counts as 0 next to a typed value); a line with nothing recorded and
 * nothing typed is left alone. Lines with an invalid value are reported and not sent.
 */
export function changedEntries(
  lines: readonly MovementLine[],
  drafts: Readonly<Record<string, MovementDraft>>,
  recorded: readonly RecordedMovement[],
): BuiltMovements {
  const before = new Map(recorded.map((movement) => [lineKey(movement.taskId, movement.source), movement]));
  const entries: FundMovementInput[] = [];
  const invalid: BuiltMovements['invalid'] = {};
  for (const line of lines) {
    const draft = drafts[line.key];
    if (!draft) continue;
    const arrived = parseAmount(draft.arrived);
    const spent = parseAmount(draft.spent);
    if ('problem' in arrived || 'problem' in spent) {
      invalid[line.key] = { arrived: 'problem' in arrived ? arrived.problem : undefined, spent: 'problem' in spent ? spent.problem : undefined };
      continue;
    }
    const old = before.get(line.key);
    if (!old && arrived.value === null && spent.value === null) continue;
    const next = { arrived: arrived.value ?? 0, spent: spent.value ?? 0 };
    if (old && old.arrived === next.arrived && old.spent === next.spent) continue;
    entries.push({ taskId: line.taskId, source: line.source, ...next });
  }
  return { entries, invalid };
}
