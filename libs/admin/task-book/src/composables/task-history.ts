// 变更记录: the audit entries of a task as the gateway returns them (`action` is
// "<operation>:<create|update|delete>", `before` / `after` are JSON snapshots of the row), turned
// into what the timeline shows: the kind of change, a label of the changed row and, for updates,
// the fields that changed. Parsed defensively: the snapshots are untyped JSON.

export type ChangeKind = 'create' | 'update' | 'delete';

/** The entity classes a task's history is made of, in the order the UI names them. */
export const HISTORY_OBJECT_TYPES = [
  'ConstructionTask',
  'Milestone',
  'PerformanceIndicator',
  'IndicatorTarget',
  'IndicatorActual',
  'FundBudget',
  'FundMovement',
  'EvidenceFile',
] as const;

/** Columns that change with every write or only link rows together: never shown as changes. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'tenantId',
  'taskBookId',
  'taskId',
  'indicatorId',
  'objectType',
  'objectId',
  'parentId',
  'position',
  'createdAt',
  'updatedAt',
  'enteredAt',
  'uploadedAt',
  'reviewedAt',
  'seriesId',
  'storageKey',
  'sha256',
]);

/** Longest value shown in full; longer ones end in an ellipsis. */
export const MAX_VALUE_LENGTH = 60;

export type Snapshot = Record<string, unknown>;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What names the changed row; each part is absent when the snapshot has no such column. */
export interface SnapshotLabel {
  /** Task or indicator code: "1.2", "1.2-3". */
  code?: string;
  /** Title, name or file name. */
  name?: string;
  /** Funding source (an enum value). */
  source?: string;
  /** Reporting period ("2025-Q3") or the year of a target or budget line ("2025"). */
  period?: string;
}

/** How a field's values are shown. */
export type FieldFormat =
  | { kind: 'text' }
  | { kind: 'person' }
  | { kind: 'department' }
  | { kind: 'period' }
  | { kind: 'percent' }
  /** An enum: the message tree naming its values. */
  | { kind: 'enum'; messages: string };

const isSnapshot = (value: unknown): value is Snapshot => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The snapshot, or null when it is missing or not an object. */
export const snapshotOf = (value: unknown): Snapshot | null => (isSnapshot(value) ? value : null);

/** "updateTask:update" → "update"; null for an action of another shape. */
export function changeKindOf(action: string): ChangeKind | null {
  const kind = action.slice(action.lastIndexOf(':') + 1);
  return kind === 'create' || kind === 'update' || kind === 'delete' ? kind : null;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Names the row from its newest snapshot (the one before a delete). */
export function snapshotLabel(before: unknown, after: unknown): SnapshotLabel {
  const row = snapshotOf(after) ?? snapshotOf(before) ?? {};
  const label: SnapshotLabel = {
    code: textOf(row['code']),
    name: textOf(row['title']) ?? textOf(row['name']) ?? textOf(row['fileName']),
    source: textOf(row['source']),
    period: textOf(row['period']) ?? textOf(row['year']),
  };
  return Object.fromEntries(Object.entries(label).filter(([, value]) => value !== undefined)) as SnapshotLabel;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // A missing column and a null one are the same to a reader.
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isSnapshot(a) && isSnapshot(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

/** The fields an update changed, in the row's column order; bookkeeping columns left out. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from = snapshotOf(before);
  const to = snapshotOf(after);
  if (!from || !to) return [];
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => !BOOKKEEPING_FIELDS.has(field) && !sameValue(from[field], to[field]))
    .map((field) => ({ field, before: from[field] ?? null, after: to[field] ?? null }));
}

const PERSON_FIELDS = new Set(['leaderUserId', 'projectLeaderUserId', 'memberUserIds', 'enteredBy', 'uploadedBy', 'reviewedBy']);
const DEPARTMENT_FIELDS = new Set(['leadDepartmentId', 'cooperatingDepartmentIds']);
const ENUM_FIELDS: Record<string, string> = {
  category: 'taskBook.enums.indicatorCategory',
  kind: 'taskBook.enums.indicatorKind',
  direction: 'taskBook.enums.indicatorDirection',
  aggregation: 'taskBook.enums.indicatorAggregation',
  source: 'taskBook.enums.fundingSource',
  reviewStatus: 'taskBook.evidence.statuses',
  level: 'taskBook.task.levels',
};
const STATUS_ENUMS: Record<string, string> = {
  ConstructionTask: 'taskBook.enums.taskStatus',
  Milestone: 'taskBook.enums.milestoneStatus',
};

/** How the values of a field of the given entity are shown. */
export function fieldFormat(objectType: string, field: string): FieldFormat {
  if (PERSON_FIELDS.has(field)) return { kind: 'person' };
  if (DEPARTMENT_FIELDS.has(field)) return { kind: 'department' };
  if (field === 'period') return { kind: 'period' };
  if (field === 'progress') return { kind: 'percent' };
  if (field === 'status' && STATUS_ENUMS[objectType]) return { kind: 'enum', messages: STATUS_ENUMS[objectType] };
  const messages = ENUM_FIELDS[field];
  return messages ? { kind: 'enum', messages } : { kind: 'text' };
}

/** Cuts a long value to `max` characters, the last one an ellipsis. */
export function truncate(text: string, max = MAX_VALUE_LENGTH): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}
