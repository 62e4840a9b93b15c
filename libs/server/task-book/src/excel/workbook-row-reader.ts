/** One row of an uploaded sheet read cell by cell: typed values, or a problem for the cell. */
import type { LocalizedText } from '@dsg/contracts';
import { MAX_LENGTH, enumLookup, normalizeLabel, type ColumnSpec, type EnumSpec, type SheetKey } from './workbook-layout.js';
import { MSG, type Named } from './workbook-messages.js';
import type { Raw, RawRow } from './workbook-collect.js';
import type { Validator, WorkbookProblem } from './task-book-workbook.js';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const TASK_CODE = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,2}$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LIST_SEPARATOR = /[\s,，、;；]+/;

export const SHEET_RANK: Record<SheetKey | '', number> = { '': 0, meta: 1, instructions: 2, tasks: 3, milestones: 4, indicators: 5, budgets: 6 };

export interface HeaderMap {
  /** Column key → column number. */
  columns: Map<string, number>;
  /** Programme year → column number (indicator sheet). */
  years: Map<number, number>;
  /** False when a required column is missing: the rows are then not checked. */
  usable: boolean;
}

export interface RankedProblem extends WorkbookProblem {
  rank: number;
}

function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return ymd(date);
}

export function display(raw: Raw): string | number {
  if (raw === null) return '';
  if (raw instanceof Date) return ymd(raw);
  if (typeof raw === 'object') return raw.error;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return raw;
}

const LOOKUPS = new Map<EnumSpec<string>, Map<string, string>>();

function lookupOf(spec: EnumSpec<string>): Map<string, string> {
  let map = LOOKUPS.get(spec);
  if (!map) LOOKUPS.set(spec, (map = enumLookup(spec)));
  return map;
}

/** Reads the cells of one row, recording a problem for each bad cell; `undefined` means "bad", `null` "empty". */
export class RowReader {
  problemCount = 0;

  constructor(
    private readonly v: Validator,
    private readonly key: SheetKey,
    private readonly sheetName: string,
    private readonly row: RawRow,
    private readonly headerMap: HeaderMap,
  ) {}

  columnOf(c: ColumnSpec): number {
    return this.headerMap.columns.get(c.key) ?? 0;
  }

  problem(columnNo: number, message: LocalizedText): void {
    this.problemCount++;
    this.v.add(this.key, this.sheetName, this.row.number, columnNo, message);
  }

  private raw(columnNo: number): Raw {
    return columnNo ? (this.row.cells[columnNo] ?? null) : null;
  }

  /** The cell as trimmed text: null when empty, undefined when it is an error value. */
  private textOf(columnNo: number, c: Named): string | null | undefined {
    const raw = this.raw(columnNo);
    if (raw === null) return null;
    if (typeof raw === 'object' && !(raw instanceof Date)) {
      this.problem(columnNo, MSG.cellError(c, raw.error));
      return undefined;
    }
    const s = String(display(raw)).trim();
    return s === '' ? null : s;
  }

  private finish<T>(c: ColumnSpec, columnNo: number, value: T | null | undefined): T | null | undefined {
    if (value === null && c.required) {
      this.problem(columnNo, MSG.required(c));
      return undefined;
    }
    return value;
  }

  text(c: ColumnSpec): string | null | undefined {
    const n = this.columnOf(c);
    const s = this.textOf(n, c);
    if (s && c.maxLength && s.length > c.maxLength) {
      this.problem(n, MSG.tooLong(c, c.maxLength));
      return undefined;
    }
    return this.finish(c, n, s);
  }

  /** Codes and usernames: text; a whole number is taken as its digits, a fraction or a date is refused. */
  code(c: ColumnSpec, column: Named = c): string | null | undefined {
    const n = this.columnOf(c);
    const raw = this.raw(n);
    if ((typeof raw === 'number' && !Number.isInteger(raw)) || raw instanceof Date) {
      this.problem(n, MSG.notText(column, display(raw)));
      return undefined;
    }
    const s = this.textOf(n, c);
    if (s && s.length > (c.maxLength ?? MAX_LENGTH.code)) {
      this.problem(n, MSG.tooLong(c, c.maxLength ?? MAX_LENGTH.code));
      return undefined;
    }
    return this.finish(c, n, s);
  }

  taskCode(c: ColumnSpec): string | null | undefined {
    const s = this.code(c);
    if (!s) return s;
    const code = s.normalize('NFKC');
    if (!TASK_CODE.test(code)) {
      this.problem(this.columnOf(c), MSG.badTaskCode(s));
      return undefined;
    }
    return code;
  }

  codeList(c: ColumnSpec): string[] | undefined {
    const n = this.columnOf(c);
    const raw = this.raw(n);
    if (typeof raw === 'number' && !Number.isInteger(raw)) {
      this.problem(n, MSG.notText(c, raw));
      return undefined;
    }
    const s = this.textOf(n, c);
    if (s === undefined) return undefined;
    return s === null ? [] : s.split(LIST_SEPARATOR).filter((x) => x !== '');
  }

  date(c: ColumnSpec): string | null | undefined {
    const n = this.columnOf(c);
    const raw = this.raw(n);
    let value: string | null | undefined;
    if (raw instanceof Date) {
      value = Number.isNaN(raw.getTime()) ? undefined : ymd(raw);
    } else if (typeof raw === 'number') {
      // A date serial whose date format was lost; a year typed as 2021 becomes 1905 and fails the range check.
      value = Number.isFinite(raw) && raw >= 1 && raw < 2958466 ? ymd(new Date(EXCEL_EPOCH + Math.floor(raw) * DAY_MS)) : undefined;
    } else if (typeof raw === 'string') {
      const s = raw.trim().normalize('NFKC');
      const m = ISO_DATE.exec(s) ?? CN_DATE.exec(s);
      value = s === '' ? null : m ? (validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined) : undefined;
    } else if (raw === null) {
      value = null;
    } else if (typeof raw === 'object') {
      this.problem(n, MSG.cellError(c, raw.error));
      return undefined;
    }
    if (value === undefined) {
      this.problem(n, MSG.notDate(c, display(raw)));
      return undefined;
    }
    if (value !== null && !this.v.inProgramme(Number(value.slice(0, 4)))) {
      this.problem(n, MSG.dateOutside(c, value, this.v.startYear, this.v.endYear));
      return undefined;
    }
    return this.finish(c, n, value);
  }

  /** A number: a numeric cell, or text holding a plain decimal number (as Excel's "number stored as text"). */
  numberAt(c: ColumnSpec, n: number): number | null | undefined {
    const raw = this.raw(n);
    let value: number | null | undefined;
    if (typeof raw === 'number') value = Number.isFinite(raw) ? raw : undefined;
    else if (typeof raw === 'string') {
      const s = raw.trim().normalize('NFKC');
      value = s === '' ? null : DECIMAL.test(s) ? Number(s) : undefined;
    } else if (raw === null) value = null;
    else if (typeof raw === 'object' && !(raw instanceof Date)) {
      this.problem(n, MSG.cellError(c, raw.error));
      return undefined;
    }
    if (value === undefined) {
      this.problem(n, MSG.notNumber(c, display(raw)));
      return undefined;
    }
    return this.finish(c, n, value);
  }

  number(c: ColumnSpec): number | null | undefined {
    return this.numberAt(c, this.columnOf(c));
  }

  year(c: ColumnSpec): number | null | undefined {
    const n = this.columnOf(c);
    const raw = this.raw(n);
    let value: number | null | undefined;
    if (typeof raw === 'number') value = Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? raw : undefined;
    else if (typeof raw === 'string') {
      const s = raw.trim().normalize('NFKC');
      const m = /^(\d{4})\s*年?$/.exec(s);
      value = s === '' ? null : m ? Number(m[1]) : undefined;
    } else if (raw === null) value = null;
    if (value === undefined) {
      this.problem(n, MSG.notYear(c, display(raw)));
      return undefined;
    }
    if (value !== null && !this.v.inProgramme(value)) {
      this.problem(n, MSG.yearOutside(value, this.v.startYear, this.v.endYear));
      return undefined;
    }
    return this.finish(c, n, value);
  }

  enumValue<T extends string>(c: ColumnSpec, fallback?: T): T | null | undefined {
    const spec = c.enumSpec!;
    const n = this.columnOf(c);
    const raw = this.raw(n);
    const s = this.textOf(n, c);
    if (s === undefined) return undefined;
    if (s === null) return fallback ?? this.finish(c, n, null);
    const value = typeof raw === 'string' ? lookupOf(spec).get(normalizeLabel(s)) : undefined;
    if (value === undefined) {
      const zh = spec.codes.map((code) => spec.labels[code]!.zh).join('、');
      const en = spec.codes.map((code) => spec.labels[code]!.en).join(', ');
      this.problem(n, MSG.unknownLabel(c, s, zh, en));
      return undefined;
    }
    return value as T;
  }
}
