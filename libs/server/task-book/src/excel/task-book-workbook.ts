/**
 * The task-book workbook's public API and its import check (Validator): writing is in
 * workbook-writer.ts, raw cell collection in workbook-collect.ts, cell parsing in workbook-row-reader.ts.
 */
import type { Readable } from 'node:stream';
import type {
  FundingSource, IndicatorAggregation, IndicatorCategory, IndicatorDirection, IndicatorKind, LocalizedText, MilestoneStatus, TaskStatus,
} from '@dsg/contracts';
import type { BudgetRow, IndicatorRow, MilestoneRow, TaskBookDocument, TaskRow } from '../domain/task-book-document.js';
import {
  BUDGET_COLUMNS, FUNDING_SOURCE_LABELS, INDICATOR_AGGREGATION_COLUMN, INDICATOR_COLUMNS, MAX_DATA_ROWS_PER_SHEET, MAX_LENGTH, META_ROWS,
  MILESTONE_COLUMNS, SHEETS, TASK_COLUMNS, WORKBOOK_FORMAT_ID, WORKBOOK_LAYOUT_VERSION, columnLetter, columnNumber, header, normalizeHeader,
  yearColumn, type ColumnSpec, type SheetKey, type SheetSpec,
} from './workbook-layout.js';
import { MSG } from './workbook-messages.js';
import { assertYears } from './workbook-writer.js';
import {
  MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, collect, readAll, sheetKeyOf, zipUnzippedSize, type Collected, type Raw, type RawRow, type RawSheet,
} from './workbook-collect.js';
import { RowReader, SHEET_RANK, display, type HeaderMap, type RankedProblem } from './workbook-row-reader.js';

export { buildTemplateWorkbook, writeTaskBookWorkbook } from './workbook-writer.js';
export { MAX_FILE_BYTES, zipUnzippedSize } from './workbook-collect.js';

/** One thing wrong in an imported workbook. `row` is Excel's 1-based row (0: the file or a whole sheet), `column` its letter ('' when none). */
export interface WorkbookProblem {
  sheet: string;
  row: number;
  column: string;
  message: LocalizedText;
}

export interface ReadTaskBookWorkbookContext {
  /** Department codes of the institution. */
  departmentCodes: Set<string>;
  /** Usernames that may be named as leaders; when absent, usernames are not checked. */
  usernames?: Set<string>;
  /** The programme's years; they become the document's `startYear` / `endYear`. */
  startYear: number;
  endYear: number;
  /** Called with 0…100 (integers, never decreasing, 100 last). */
  onProgress?: (percent: number) => void;
}

export type ReadTaskBookWorkbookResult = { ok: true; document: TaskBookDocument } | { ok: false; problems: WorkbookProblem[] };

/** Written into the workbook properties instead of "now", so that two exports of one document hold the same content. */
const READ_SHARE = 60;

export class Progress {
  private last = -1;

  constructor(private readonly callback?: (percent: number) => void) {}

  report(percent: number): void {
    const p = Math.max(0, Math.min(100, Math.floor(percent)));
    if (p > this.last) {
      this.last = p;
      this.callback?.(p);
    }
  }
}

/**
 * Reads and validates a task-book workbook. Returns the whole document, or every problem found
 * (then nothing may be written). Never throws for a bad file; rethrows an error of the input stream.
 */
export async function readTaskBookWorkbook(input: Buffer | Readable, ctx: ReadTaskBookWorkbookContext): Promise<ReadTaskBookWorkbookResult> {
  assertYears(ctx.startYear, ctx.endYear);
  const progress = new Progress(ctx.onProgress);
  progress.report(0);

  // An error of the input stream itself (an aborted upload) is thrown, not reported as the file's fault.
  const buffer = Buffer.isBuffer(input) ? input : await readAll(input);
  if (buffer === null || buffer.length > MAX_FILE_BYTES) return fileProblem(MSG.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
  const unzipped = zipUnzippedSize(buffer);
  if (unzipped === null) return fileProblem(MSG.unreadable());
  if (unzipped > MAX_UNZIPPED_BYTES) return fileProblem(MSG.tooLargeUnzipped(MAX_UNZIPPED_BYTES / 1024 / 1024));
  let collected: Collected;
  try {
    collected = await collect(buffer);
  } catch (error) {
    const limit = error instanceof Error && /^Max (row|c) count/.test(error.message);
    return fileProblem(limit ? MSG.tooManyRows(MAX_DATA_ROWS_PER_SHEET) : MSG.unreadable());
  }
  progress.report(READ_SHARE);
  if (collected.sheetCount === 0) return fileProblem(MSG.unreadable());

  const validator = new Validator(collected, ctx, progress);
  const result = validator.run();
  progress.report(100);
  return result;
}

function fileProblem(message: LocalizedText): ReadTaskBookWorkbookResult {
  return { ok: false, problems: [{ sheet: '', row: 0, column: '', message }] };
}

const TASK = Object.fromEntries(TASK_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const MILESTONE = Object.fromEntries(MILESTONE_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const INDICATOR = Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const BUDGET = Object.fromEntries(BUDGET_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;

export class Validator {
  readonly startYear: number;
  readonly endYear: number;
  private readonly problems: RankedProblem[] = [];
  /** Task code → first row, for every syntactically valid code on the Tasks sheet. */
  private readonly taskRows = new Map<string, number>();
  /** False when the Tasks sheet is missing or unreadable: references to tasks are then not checked. */
  private tasksKnown = false;
  private rowsDone = 0;
  private readonly rowsTotal: number;

  constructor(
    private readonly collected: Collected,
    private readonly ctx: ReadTaskBookWorkbookContext,
    private readonly progress: Progress,
  ) {
    this.startYear = ctx.startYear;
    this.endYear = ctx.endYear;
    this.rowsTotal = [...collected.sheets.entries()]
      .filter(([key]) => key !== 'meta')
      .reduce((sum, [, s]) => sum + s.rows.filter((r) => r.number > 1).length, 0);
  }

  inProgramme(year: number): boolean {
    return year >= this.startYear && year <= this.endYear;
  }

  add(key: SheetKey | '', sheet: string, row: number, columnNo: number, message: LocalizedText): void {
    this.problems.push({ sheet, row, column: columnNo ? columnLetter(columnNo) : '', message, rank: SHEET_RANK[key] });
  }

  private rowDone(): void {
    this.rowsDone++;
    this.progress.report(READ_SHARE + ((100 - READ_SHARE) * this.rowsDone) / Math.max(1, this.rowsTotal));
  }

  run(): ReadTaskBookWorkbookResult {
    const title = this.meta();
    if (title === undefined) return { ok: false, problems: this.sorted() };
    for (const name of this.collected.duplicateSheets) this.add(sheetKeyOf(name) ?? '', name, 0, 0, MSG.duplicateSheet(name));
    const tasks = this.tasks();
    const milestones = this.milestones();
    const indicators = this.indicators();
    const budgets = this.budgets();
    if (this.problems.length > 0) return { ok: false, problems: this.sorted() };
    return { ok: true, document: { title, startYear: this.startYear, endYear: this.endYear, tasks, milestones, indicators, budgets } };
  }

  private sorted(): WorkbookProblem[] {
    return this.problems
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.rank - b.p.rank || a.p.row - b.p.row || columnNumber(a.p.column) - columnNumber(b.p.column) || a.i - b.i)
      .map(({ p: { rank: _rank, ...problem } }) => problem);
  }

  /** Checks `_meta`; returns the title, or undefined when this is not a layout-1 workbook (then nothing else is checked). */
  private meta(): string | undefined {
    const sheet = this.collected.sheets.get('meta');
    if (!sheet) {
      this.add('meta', SHEETS.meta.name, 0, 0, MSG.metaMissing());
      return undefined;
    }
    const cell = (row: number): Raw => sheet.rows.find((r) => r.number === row)?.cells[2] ?? null;
    const format = cell(META_ROWS.format.row);
    const version = cell(META_ROWS.layoutVersion.row);
    const versionNumber = typeof version === 'number' ? version : typeof version === 'string' ? Number(version.trim()) : NaN;
    if (format !== WORKBOOK_FORMAT_ID || versionNumber !== WORKBOOK_LAYOUT_VERSION) {
      this.add('meta', sheet.name, META_ROWS.layoutVersion.row, 2, MSG.notTaskBook(display(version) || '—'));
      return undefined;
    }
    const title = cell(META_ROWS.title.row);
    const text = title === null ? '' : String(display(title)).trim();
    if (text.length > MAX_LENGTH.title) this.add('meta', sheet.name, META_ROWS.title.row, 2, MSG.tooLong(META_ROWS.title, MAX_LENGTH.title));
    return text;
  }

  /** The sheet's header and data rows; problems for a missing sheet or bad headers. */
  private sheet(spec: SheetSpec, columns: readonly ColumnSpec[], withYears: boolean): { sheet: RawSheet; header: HeaderMap; rows: RawRow[] } | undefined {
    const sheet = this.collected.sheets.get(spec.key);
    if (!sheet) {
      this.add(spec.key, spec.name, 0, 0, MSG.missingSheet(spec.name));
      return undefined;
    }
    if (sheet.tooManyRows) this.add(spec.key, sheet.name, 0, 0, MSG.tooManyRows(MAX_DATA_ROWS_PER_SHEET));
    const headerCells = sheet.rows[0]?.number === 1 ? sheet.rows[0].cells : [];
    const rows = sheet.rows.filter((r) => r.number > 1);
    const map: HeaderMap = { columns: new Map(), years: new Map(), usable: true };
    const byName = new Map<string, ColumnSpec>();
    for (const c of columns) for (const name of [header(c), c.zh, c.en]) byName.set(normalizeHeader(name), c);
    headerCells.forEach((raw, n) => {
      if (raw === null || n === 0) return;
      const text = String(display(raw)).trim();
      if (text === '') return;
      const c = byName.get(normalizeHeader(text));
      const year = c ? undefined : withYears ? yearOfHeader(text) : undefined;
      if (c) {
        if (map.columns.has(c.key)) this.add(spec.key, sheet.name, 1, n, MSG.duplicateColumn(text));
        else map.columns.set(c.key, n);
      } else if (year !== undefined) {
        if (!this.inProgramme(year)) this.add(spec.key, sheet.name, 1, n, MSG.yearColumnOutside(year, this.startYear, this.endYear));
        else if (map.years.has(year)) this.add(spec.key, sheet.name, 1, n, MSG.duplicateColumn(text));
        else map.years.set(year, n);
      } else {
        this.add(spec.key, sheet.name, 1, n, MSG.unknownColumn(text));
      }
    });
    for (const c of columns) {
      if (c.required && !map.columns.has(c.key)) {
        this.add(spec.key, sheet.name, 1, 0, MSG.missingColumn(header(c)));
        map.usable = false;
      }
    }
    if (!map.usable) {
      for (let i = 0; i < rows.length; i++) this.rowDone();
    }
    return { sheet, header: map, rows };
  }

  private checkTask(r: RowReader, c: ColumnSpec, code: string | null | undefined): void {
    if (code && this.tasksKnown && !this.taskRows.has(code)) r.problem(r.columnOf(c), MSG.unknownTask(code));
  }

  private checkUser(r: RowReader, c: ColumnSpec, username: string | null | undefined): void {
    if (username && this.ctx.usernames && !this.ctx.usernames.has(username)) r.problem(r.columnOf(c), MSG.unknownUser(username));
  }

  private tasks(): TaskRow[] {
    const s = this.sheet(SHEETS.tasks, TASK_COLUMNS, false);
    const out: TaskRow[] = [];
    if (!s?.header.usable) return out;
    this.tasksKnown = true;
    const firstOccurrences: RowReader[] = [];
    const codes = new Map<RowReader, string>();
    for (const row of s.rows) {
      const r = new RowReader(this, 'tasks', s.sheet.name, row, s.header);
      const code = r.taskCode(TASK.code!);
      const title = r.text(TASK.title!);
      const description = r.text(TASK.description!);
      const lead = r.code(TASK.leadDepartmentCode!);
      const cooperating = r.codeList(TASK.cooperatingDepartmentCodes!);
      const leader = r.code(TASK.leaderUsername!);
      const projectLeader = r.code(TASK.projectLeaderUsername!);
      const startDate = r.date(TASK.startDate!);
      const endDate = r.date(TASK.endDate!);
      const status = r.enumValue<TaskStatus>(TASK.status!, 'NOT_STARTED');

      if (code) {
        const first = this.taskRows.get(code);
        if (first !== undefined) r.problem(r.columnOf(TASK.code!), MSG.duplicateTask(code, first));
        else {
          this.taskRows.set(code, row.number);
          firstOccurrences.push(r);
          codes.set(r, code);
        }
      }
      if (lead && !this.ctx.departmentCodes.has(lead)) r.problem(r.columnOf(TASK.leadDepartmentCode!), MSG.unknownDepartment(lead));
      if (cooperating) {
        const seen = new Set<string>();
        for (const dept of cooperating) {
          if (!this.ctx.departmentCodes.has(dept)) r.problem(r.columnOf(TASK.cooperatingDepartmentCodes!), MSG.unknownDepartment(dept));
          else if (seen.has(dept)) r.problem(r.columnOf(TASK.cooperatingDepartmentCodes!), MSG.repeatedDepartment(dept));
          seen.add(dept);
        }
      }
      this.checkUser(r, TASK.leaderUsername!, leader);
      this.checkUser(r, TASK.projectLeaderUsername!, projectLeader);
      if (startDate && endDate && endDate < startDate) r.problem(r.columnOf(TASK.endDate!), MSG.endBeforeStart());

      if (r.problemCount === 0) {
        out.push({
          code: code!, title: title!, description: description ?? null, leadDepartmentCode: lead ?? null,
          cooperatingDepartmentCodes: cooperating ?? [], leaderUsername: leader ?? null, projectLeaderUsername: projectLeader ?? null,
          startDate: startDate ?? null, endDate: endDate ?? null, status: status!,
        });
      }
      this.rowDone();
    }
    for (const r of firstOccurrences) {
      const code = codes.get(r)!;
      const parent = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
      if (parent && !this.taskRows.has(parent)) r.problem(r.columnOf(TASK.code!), MSG.missingParent(code, parent));
    }
    return out;
  }

  private milestones(): MilestoneRow[] {
    const s = this.sheet(SHEETS.milestones, MILESTONE_COLUMNS, false);
    const out: MilestoneRow[] = [];
    if (!s?.header.usable) return out;
    for (const row of s.rows) {
      const r = new RowReader(this, 'milestones', s.sheet.name, row, s.header);
      const taskCode = r.taskCode(MILESTONE.taskCode!);
      const title = r.text(MILESTONE.title!);
      const dueDate = r.date(MILESTONE.dueDate!);
      const deliverable = r.text(MILESTONE.deliverable!);
      const status = r.enumValue<MilestoneStatus>(MILESTONE.status!, 'PENDING');
      this.checkTask(r, MILESTONE.taskCode!, taskCode);
      if (r.problemCount === 0) out.push({ taskCode: taskCode!, title: title!, dueDate: dueDate!, deliverable: deliverable ?? null, status: status! });
      this.rowDone();
    }
    return out;
  }

  private indicators(): IndicatorRow[] {
    const s = this.sheet(SHEETS.indicators, [...INDICATOR_COLUMNS, INDICATOR_AGGREGATION_COLUMN], true);
    const out: IndicatorRow[] = [];
    if (!s?.header.usable) return out;
    const codes = new Map<string, number>();
    const yearColumns = [...s.header.years.entries()].sort((a, b) => a[1] - b[1]);
    for (const row of s.rows) {
      const r = new RowReader(this, 'indicators', s.sheet.name, row, s.header);
      const taskCode = r.taskCode(INDICATOR.taskCode!);
      const code = r.code(INDICATOR.code!);
      const name = r.text(INDICATOR.name!);
      const category = r.enumValue<IndicatorCategory>(INDICATOR.category!);
      const kind = r.enumValue<IndicatorKind>(INDICATOR.kind!);
      const unit = r.text(INDICATOR.unit!);
      const direction = r.enumValue<IndicatorDirection>(INDICATOR.direction!, 'HIGHER_BETTER');
      const aggregation = r.enumValue<IndicatorAggregation>(INDICATOR_AGGREGATION_COLUMN, 'LATEST');
      const baseline = r.number(INDICATOR.baseline!);
      const finalTarget = r.number(INDICATOR.finalTarget!);
      const yearlyTargets: Record<number, number> = {};
      let badTargets = false;
      let firstFilled = 0;
      for (const [year, n] of yearColumns) {
        const value = r.numberAt(yearColumn(year), n);
        if (value === undefined) badTargets = true;
        else if (value !== null) {
          yearlyTargets[year] = value;
          firstFilled ||= n;
        }
      }

      this.checkTask(r, INDICATOR.taskCode!, taskCode);
      if (code) {
        const first = codes.get(code);
        if (first !== undefined) r.problem(r.columnOf(INDICATOR.code!), MSG.duplicateIndicator(code, first));
        else codes.set(code, row.number);
      }
      if (kind === 'QUANTITATIVE') {
        if (finalTarget === null) r.problem(r.columnOf(INDICATOR.finalTarget!) || r.columnOf(INDICATOR.kind!), MSG.finalTargetRequired());
        if (!badTargets && firstFilled === 0) r.problem(yearColumns[0]?.[1] ?? r.columnOf(INDICATOR.kind!), MSG.yearlyTargetsRequired());
      } else if (kind === 'QUALITATIVE' && firstFilled) {
        r.problem(firstFilled, MSG.qualitativeWithTarget());
      }

      if (r.problemCount === 0) {
        out.push({
          taskCode: taskCode!, code: code!, name: name!, category: category!, kind: kind!, unit: unit ?? null,
          direction: direction!, aggregation: aggregation!, baseline: baseline ?? null, finalTarget: finalTarget ?? null, yearlyTargets,
        });
      }
      this.rowDone();
    }
    return out;
  }

  private budgets(): BudgetRow[] {
    const s = this.sheet(SHEETS.budgets, BUDGET_COLUMNS, false);
    const out: BudgetRow[] = [];
    if (!s?.header.usable) return out;
    const seen = new Map<string, number>();
    for (const row of s.rows) {
      const r = new RowReader(this, 'budgets', s.sheet.name, row, s.header);
      const taskCode = r.taskCode(BUDGET.taskCode!);
      const source = r.enumValue<FundingSource>(BUDGET.source!);
      const year = r.year(BUDGET.year!);
      const amount = r.number(BUDGET.amount!);
      this.checkTask(r, BUDGET.taskCode!, taskCode);
      if (amount !== null && amount !== undefined && amount < 0) r.problem(r.columnOf(BUDGET.amount!), MSG.negative(BUDGET.amount!));
      if (taskCode && source && year) {
        const key = `${taskCode}|${source}|${year}`;
        const first = seen.get(key);
        const label = FUNDING_SOURCE_LABELS.labels[source];
        if (first !== undefined) r.problem(r.columnOf(BUDGET.year!), MSG.duplicateBudget(taskCode, label.zh, label.en, year, first));
        else seen.set(key, row.number);
      }
      if (r.problemCount === 0) out.push({ taskCode: taskCode!, source: source!, year: year!, amount: amount! });
      this.rowDone();
    }
    return out;
  }
}

/** 2021年目标 Target 2021, 2021年目标, Target 2021, 2021年, 2021 → 2021. */
function yearOfHeader(text: string): number | undefined {
  const h = normalizeHeader(text);
  const both = /^(\d{4})年?目标target(\d{4})$/.exec(h);
  if (both) return both[1] === both[2] ? Number(both[1]) : undefined;
  const m = /^(\d{4})年?(?:目标)?$/.exec(h) ?? /^target(\d{4})$/.exec(h);
  return m ? Number(m[1]) : undefined;
}
