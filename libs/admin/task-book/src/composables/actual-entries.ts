import { isApiError, type ActualEntryInput, type IndicatorKind } from '@dsg/admin-data-access';

// "我的指标": what the person typed for one period becomes the `recordActuals` entries, and the
// server's field errors (`entries.<index>.value`) find their way back to the rows they are about.

export interface ActualDraft {
  /** As typed; a number for quantitative indicators, text for qualitative ones. */
  value: string;
  note: string;
}

export interface DraftRow {
  id: string;
  kind: IndicatorKind;
}

export interface BuiltEntries {
  entries: ActualEntryInput[];
  /** Indicator id → message, for drafts that cannot be sent (not a number, negative). */
  invalid: Record<string, string>;
}

/** A draft counts as filled when its value (or text) is not blank; a note alone is not a report. */
export function isFilled(draft: ActualDraft | undefined): boolean {
  return !!draft && draft.value.trim() !== '';
}

/** Parses "12", "3.5", " 1e3 "; null for anything that is not a finite number of at least 0. */
export function parseValue(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || !/^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** The entries for exactly the filled rows, in table order. */
export function buildEntries(rows: readonly DraftRow[], drafts: Readonly<Record<string, ActualDraft>>, invalidMessage: string): BuiltEntries {
  const entries: ActualEntryInput[] = [];
  const invalid: Record<string, string> = {};
  for (const row of rows) {
    const draft = drafts[row.id];
    if (!draft || !isFilled(draft)) continue;
    const note = draft.note.trim() || null;
    if (row.kind === 'QUALITATIVE') {
      entries.push({ indicatorId: row.id, text: draft.value.trim(), note });
      continue;
    }
    const value = parseValue(draft.value);
    if (value === null) invalid[row.id] = invalidMessage;
    else entries.push({ indicatorId: row.id, value, note });
  }
  return { entries, invalid };
}

export interface MappedErrors {
  /** Indicator id → messages of its entry (value, text or note). */
  rows: Record<string, string>;
  /** Errors about the request as a whole (period, entries). */
  general: string[];
}

const ENTRY_FIELD = /^(?:input\.)?entries\.(\d+)\.(\w+)$/;

/** Maps BAD_USER_INPUT fields onto the rows of the sent entries; anything else is general. */
export function mapEntryErrors(error: unknown, sent: readonly ActualEntryInput[]): MappedErrors {
  const mapped: MappedErrors = { rows: {}, general: [] };
  if (!isApiError(error) || error.code !== 'BAD_USER_INPUT') return mapped;
  for (const { field, message } of error.fields) {
    const match = ENTRY_FIELD.exec(field);
    const sentId = match ? sent[Number(match[1])]?.indicatorId : undefined;
    const indicatorId = sentId === undefined ? undefined : String(sentId);
    if (indicatorId) mapped.rows[indicatorId] = mapped.rows[indicatorId] ? `${mapped.rows[indicatorId]}; ${message}` : message;
    else mapped.general.push(message);
  }
  return mapped;
}
