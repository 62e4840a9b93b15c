import { summaryOf, type ChangeSummary } from './workbook-import';

// 任务书调整: the `changes` JSON of a change request, as the gateway computes it (added, removed
// and changed rows per part of the plan, changed rows with field-level before/after), turned into
// rows to display. Parsed defensively: unknown parts and malformed rows are skipped.

export const PLAN_PARTS = ['tasks', 'indicators', 'milestones', 'budgets'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface DiffRow {
  kind: ChangeKind;
  /** What identifies the row: task or indicator code, "1.2 · 中期检查", "1.2 · CENTRAL · 2025". */
  key: string;
  /** The row's title or name (the new one for a changed row); '' when it has none. */
  label: string;
  /** Changed rows only. */
  fields: FieldChange[];
  /** The row as a whole (the new version of a changed row), for parts without a title. */
  row: Record<string, unknown>;
}

export interface PartDiff {
  part: PlanPart;
  rows: DiffRow[];
  counts: ChangeSummary;
}

export interface PlanDiff {
  /** Only the parts with at least one change, in plan order. */
  parts: PartDiff[];
  summary: ChangeSummary;
}

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : []);

function keyOf(part: PlanPart, row: Row): string {
  switch (part) {
    case 'tasks':
    case 'indicators':
      return text(row['code']);
    case 'milestones':
      return [text(row['taskCode']), text(row['title'])].filter(Boolean).join(' · ');
    case 'budgets':
      return [text(row['taskCode']), text(row['source']), text(row['year'])].filter(Boolean).join(' · ');
  }
}

function labelOf(part: PlanPart, row: Row): string {
  switch (part) {
    case 'tasks':
      return text(row['title']);
    case 'indicators':
      return text(row['name']);
    case 'milestones':
      return text(row['dueDate']);
    case 'budgets':
      return text(row['amount']);
  }
}

function fieldsOf(value: unknown): FieldChange[] {
  return rowsOf(value)
    .filter((item) => typeof item['field'] === 'string')
    .map((item) => ({ field: item['field'] as string, from: item['from'] ?? null, to: item['to'] ?? null }));
}

function partOf(part: PlanPart, value: unknown): PartDiff {
  const data = isRow(value) ? value : {};
  const added = rowsOf(data['added']).map<DiffRow>((row) => ({ kind: 'added', key: keyOf(part, row), label: labelOf(part, row), fields: [], row }));
  const removed = rowsOf(data['removed']).map<DiffRow>((row) => ({ kind: 'removed', key: keyOf(part, row), label: labelOf(part, row), fields: [], row }));
  const changed = rowsOf(data['changed']).map<DiffRow>((change) => {
    const after = isRow(change['after']) ? change['after'] : isRow(change['before']) ? change['before'] : {};
    return { kind: 'changed', key: keyOf(part, after) || text(change['key']), label: labelOf(part, after), fields: fieldsOf(change['fields']), row: after };
  });
  return { part, rows: [...added, ...removed, ...changed], counts: { added: added.length, removed: removed.length, changed: changed.length } };
}

/** Null when there is no diff (a first version, or a version that changes nothing readable). */
export function parsePlanDiff(changes: unknown): PlanDiff | null {
  if (!isRow(changes)) return null;
  const parts = PLAN_PARTS.map((part) => partOf(part, changes[part]));
  const counted = parts.reduce(
    (total, { counts }) => ({ added: total.added + counts.added, removed: total.removed + counts.removed, changed: total.changed + counts.changed }),
    { added: 0, removed: 0, changed: 0 },
  );
  // The server's summary when present (it is what notifications quote), else the counted one.
  const summary = isRow(changes['summary']) ? summaryOf(changes['summary']) : counted;
  return { parts: parts.filter((part) => part.rows.length > 0), summary };
}
