import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FundingSource, IndicatorAggregation, IndicatorCategory, IndicatorDirection, IndicatorKind, LocalizedText, MilestoneStatus, TaskStatus } from '@dsg/contracts';
import type { BudgetRow, IndicatorRow, MilestoneRow, TaskBookDocument, TaskRow } from '../domain/task-book-document.js';
import {
  BUDGET_COLUMNS, FUNDING_SOURCE_LABELS, INDICATOR_AGGREGATION_COLUMN, INDICATOR_AGGREGATION_LABELS, INDICATOR_CATEGORY_LABELS, INDICATOR_COLUMNS, INDICATOR_DIRECTION_LABELS,
  INDICATOR_KIND_LABELS, MAX_DATA_ROWS_PER_SHEET, MAX_LENGTH, META_ROWS, MILESTONE_COLUMNS, MILESTONE_STATUS_LABELS,
  SHEETS, SHEET_ORDER, TASK_COLUMNS, TASK_STATUS_LABELS, WORKBOOK_FORMAT_ID, WORKBOOK_LAYOUT_VERSION,
  columnLetter, columnNumber, enumLookup, header, normalizeHeader, normalizeLabel, yearColumn,
  type ColumnSpec, type EnumSpec, type SheetKey, type SheetSpec,
} from './workbook-layout.js';
import { MSG, type Named } from './workbook-messages.js';

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
const FIXED_TIMESTAMP = new Date(Date.UTC(2000, 0, 1));
const AUTHOR = 'dsg task book';
/** Drop-down lists cover at least this many rows (exceljs's in-memory reader expands them per cell, so not the whole column). */
const MIN_VALIDATED_ROWS = 5000;
const REQUIRED_HEADER_COLOR = 'FFC00000';
const HEADER_FILL = 'FFE7EEF7';

// =============================================================================================
// Writing

type OutCell = string | number | Date | null;
/** `dataValidations` exists at runtime (exceljs 4) but is missing from its typings. */
type WorksheetWithValidations = ExcelJS.Worksheet & { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } };

/**
 * Writes a task book as a layout-1 workbook (docs/task-book-workbook.md). Deterministic: the same
 * document gives the same sheets, cells, values and formats (the zip container itself may differ
 * in its entry timestamps).
 */
export async function writeTaskBookWorkbook(doc: TaskBookDocument): Promise<Buffer> {
  const years = indicatorYears(doc);
  const indicatorColumns = [...INDICATOR_COLUMNS, ...years.map(yearColumn), INDICATOR_AGGREGATION_COLUMN];
  const wb = new ExcelJS.Workbook();
  wb.creator = AUTHOR;
  wb.lastModifiedBy = AUTHOR;
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;

  writeInstructions(wb.addWorksheet(SHEETS.instructions.name), doc, indicatorColumns);

  writeDataSheet(wb, SHEETS.tasks, TASK_COLUMNS, doc.tasks.map((t) => [
    t.code, t.title, t.description, t.leadDepartmentCode, t.cooperatingDepartmentCodes.join('、') || null,
    t.leaderUsername, t.projectLeaderUsername, excelDate(t.startDate), excelDate(t.endDate), enumLabel(TASK_STATUS_LABELS, t.status),
  ]));
  writeDataSheet(wb, SHEETS.milestones, MILESTONE_COLUMNS, doc.milestones.map((m) => [
    m.taskCode, m.title, excelDate(m.dueDate), m.deliverable, enumLabel(MILESTONE_STATUS_LABELS, m.status),
  ]));
  writeDataSheet(wb, SHEETS.indicators, indicatorColumns, doc.indicators.map((i) => [
    i.taskCode, i.code, i.name, enumLabel(INDICATOR_CATEGORY_LABELS, i.category), enumLabel(INDICATOR_KIND_LABELS, i.kind), i.unit,
    enumLabel(INDICATOR_DIRECTION_LABELS, i.direction), i.baseline, i.finalTarget, ...years.map((y) => i.yearlyTargets[y] ?? null),
    enumLabel(INDICATOR_AGGREGATION_LABELS, i.aggregation),
  ]));
  writeDataSheet(wb, SHEETS.budgets, BUDGET_COLUMNS, doc.budgets.map((b) => [
    b.taskCode, enumLabel(FUNDING_SOURCE_LABELS, b.source), b.year, b.amount,
  ]));

  const meta = wb.addWorksheet(SHEETS.meta.name, { state: 'hidden' });
  meta.getColumn(2).numFmt = '@';
  const metaValues: [keyof typeof META_ROWS, OutCell][] = [
    ['format', WORKBOOK_FORMAT_ID],
    ['layoutVersion', WORKBOOK_LAYOUT_VERSION],
    ['title', doc.title],
    ['startYear', doc.startYear],
    ['endYear', doc.endYear],
  ];
  for (const [key, value] of metaValues) {
    meta.getCell(META_ROWS[key].row, 1).value = header(META_ROWS[key]);
    meta.getCell(META_ROWS[key].row, 2).value = clean(value);
  }

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The empty workbook users download to fill in: instructions, headers for the programme's years,
 * drop-down lists; no example rows (an example row would have to be told apart from data).
 */
export async function buildTemplateWorkbook(years: { start: number; end: number }): Promise<Buffer> {
  assertYears(years.start, years.end);
  return writeTaskBookWorkbook({ title: '', startYear: years.start, endYear: years.end, tasks: [], milestones: [], indicators: [], budgets: [] });
}

function indicatorYears(doc: TaskBookDocument): number[] {
  const years = new Set<number>();
  for (let y = doc.startYear; y <= doc.endYear; y++) years.add(y);
  // Targets outside the programme are still written (and reported on import) rather than dropped.
  for (const i of doc.indicators) for (const y of Object.keys(i.yearlyTargets)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

function enumLabel<T extends string>(spec: EnumSpec<T>, code: T): string {
  return spec.labels[code]?.zh ?? code;
}

/** YYYY-MM-DD → a real Excel date (UTC midnight); anything else is written as text. */
function excelDate(value: string | null): Date | string | null {
  if (value === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
}

/** Characters XML 1.0 cannot hold are dropped; CR LF becomes LF (what a reader sees anyway). */
function clean(value: OutCell): OutCell {
  if (typeof value !== 'string') return value;
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function columnFormat(c: ColumnSpec): Partial<ExcelJS.Style> {
  switch (c.type) {
    case 'date':
      return { numFmt: 'yyyy-mm-dd' };
    case 'number':
    case 'amount':
    case 'year':
      return {};
    case 'longText':
      return { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } };
    default:
      return { numFmt: '@' };
  }
}

function writeDataSheet(wb: ExcelJS.Workbook, spec: SheetSpec, columns: readonly ColumnSpec[], rows: OutCell[][]): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width, style: columnFormat(c) }));
  const head = ws.addRow(columns.map(header));
  head.eachCell((cell, n) => {
    const c = columns[n - 1]!;
    cell.font = { bold: true, color: c.required ? { argb: REQUIRED_HEADER_COLOR } : undefined };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  for (const row of rows) ws.addRow(row.map(clean));
  const lastRow = Math.max(MIN_VALIDATED_ROWS, rows.length + 1);
  columns.forEach((c, index) => {
    if (!c.enumSpec) return;
    const letter = columnLetter(index + 1);
    const labels = c.enumSpec.codes.map((code) => c.enumSpec!.labels[code]!.zh);
    (ws as WorksheetWithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${labels.join(',')}"`],
      showErrorMessage: true,
      // A warning, not a stop: English labels and codes are accepted on import too.
      errorStyle: 'warning',
      errorTitle: header(c),
      error: `${labels.join(' / ')}`,
    });
  });
}

function writeInstructions(ws: ExcelJS.Worksheet, doc: TaskBookDocument, indicatorColumns: readonly ColumnSpec[]): void {
  ws.columns = [{ width: 10 }, { width: 34 }, { width: 12 }, { width: 50 }, { width: 60 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  const title = ws.addRow(['任务书工作簿 Task-book workbook']);
  title.font = { bold: true, size: 14 };
  ws.addRow([`版式版本 Layout version ${WORKBOOK_LAYOUT_VERSION}`, `建设期 Programme years ${doc.startYear}–${doc.endYear}`]);
  ws.addRow([]);
  bold(ws.addRow(['填写规则 Rules']));
  const rules: [string, string][] = [
    ['本表（说明）不导入；每个工作表第 1 行为表头，请勿修改工作表名称和表头，也不要删除隐藏的工作表「_meta」。',
      'This sheet is not imported. Row 1 of every sheet is its header: keep the sheet names and headers, and keep the hidden sheet "_meta".'],
    ['红色表头为必填列；空白单元格视为未填写，文字前后的空格会被去掉。',
      'Red headers are required columns; empty cells count as not filled in, spaces around text are removed.'],
    ['日期填 Excel 日期或 YYYY-MM-DD 文本；金额单位为万元；年份为四位数字，且须在建设期内。',
      'Dates: an Excel date or YYYY-MM-DD text. Amounts in 万元 (10,000 yuan). Years: four digits, within the programme years.'],
    ['下拉列表中的取值可填中文、英文或代码（见下方「可选值」）。',
      'Listed values may be given in Chinese, in English or as the code (see "Allowed values" below).'],
    ['编号列为文本格式，请保持，否则 Excel 会把 1.10 改写为 1.1。',
      'Code columns are formatted as Text; keep them so, or Excel turns 1.10 into 1.1.'],
    ['导入时检查全部行：只要有一处错误，整个文件都不导入，并列出每个问题所在的工作表、行和列。',
      'Import checks every row: if anything is wrong nothing is imported, and every problem is listed with its sheet, row and column.'],
  ];
  rules.forEach(([zh, en], i) => ws.addRow([i + 1, zh, null, null, en]));

  const sheets: [SheetSpec, readonly ColumnSpec[]][] = [
    [SHEETS.tasks, TASK_COLUMNS],
    [SHEETS.milestones, MILESTONE_COLUMNS],
    [SHEETS.indicators, indicatorColumns],
    [SHEETS.budgets, BUDGET_COLUMNS],
  ];
  for (const [sheet, columns] of sheets) {
    ws.addRow([]);
    bold(ws.addRow([`工作表 Sheet: ${sheet.name}`]));
    bold(ws.addRow(['列 Column', '表头 Header', '必填 Required', '说明', 'Notes']));
    columns.forEach((c, i) => ws.addRow([columnLetter(i + 1), header(c), c.required ? '是 Yes' : '否 No', c.help['zh-CN'], c.help.en]));
  }

  ws.addRow([]);
  bold(ws.addRow(['可选值 Allowed values']));
  bold(ws.addRow(['', '类型 Type', '代码 Code', '中文', 'English']));
  for (const spec of [TASK_STATUS_LABELS, MILESTONE_STATUS_LABELS, INDICATOR_CATEGORY_LABELS, INDICATOR_KIND_LABELS, INDICATOR_DIRECTION_LABELS, FUNDING_SOURCE_LABELS] as EnumSpec<string>[]) {
    for (const code of spec.codes) ws.addRow(['', header(spec), code, spec.labels[code]!.zh, spec.labels[code]!.en]);
  }
}

// =============================================================================================
// Reading: collect raw cells (streaming), then validate everything

type Raw = string | number | boolean | Date | { error: string } | null;

interface RawRow {
  number: number;
  /** Index = column number (1-based). */
  cells: Raw[];
}

interface RawSheet {
  name: string;
  rows: RawRow[];
  tooManyRows: boolean;
}

interface Collected {
  sheets: Map<SheetKey, RawSheet>;
  duplicateSheets: string[];
  sheetCount: number;
}

/** Progress once the file is loaded; checking the rows takes the rest. */
const READ_SHARE = 60;
/** Larger uploads are refused (a 5,000-row task book is about 0.3 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

class Progress {
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

function assertYears(start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start > end || start < 1900 || end > 2200) {
    throw new RangeError(`invalid programme years ${start}–${end}`);
  }
}

/**
 * Loads the file with exceljs's in-memory reader and copies the raw cell values of the sheets it
 * knows. Not the streaming reader (`ExcelJS.stream.xlsx.WorkbookReader`), which exceljs 4.4 gets
 * wrong twice: it decodes each inflated chunk to text on its own, so a Chinese character split
 * across two chunks comes out as "��" (exceljs issues #2063, #2084, #2316; fixes never merged),
 * and on exceljs's own output (workbook.xml last in the zip) it can stop before reading
 * workbook.xml and fail with "Cannot read properties of undefined (reading 'sheets')".
 * `xlsx.load` decodes each zip entry whole. Drop-down lists and other sheet parts the import does
 * not need are skipped (`ignoreNodes`): exceljs would expand a `D2:D1048576` list into a million
 * entries. The file size, unzipped size, rows and columns are capped before or while loading.
 */
async function collect(buffer: Buffer): Promise<Collected> {
  const wb = new ExcelJS.Workbook();
  // maxRows / maxCols: honoured by exceljs 4.4's worksheet parser, missing from its typings.
  const options = { ignoreNodes: [...IGNORED_NODES], maxRows: MAX_SHEET_ROWS, maxCols: MAX_SHEET_COLUMNS };
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, options);
  const sheets = new Map<SheetKey, RawSheet>();
  const duplicateSheets: string[] = [];
  for (const worksheet of wb.worksheets) {
    const key = sheetKeyOf(worksheet.name);
    if (!key || key === 'instructions') continue;
    if (sheets.has(key)) {
      duplicateSheets.push(worksheet.name);
      continue;
    }
    const sheet: RawSheet = { name: worksheet.name, rows: [], tooManyRows: false };
    sheets.set(key, sheet);
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = rawCells(row);
      if (!cells) return;
      if (row.number > 1 && sheet.rows.length > MAX_DATA_ROWS_PER_SHEET) sheet.tooManyRows = true;
      else sheet.rows.push({ number: row.number, cells });
    });
  }
  return { sheets, duplicateSheets, sheetCount: wb.worksheets.length };
}

/** Sheet parts exceljs need not parse for an import. */
const IGNORED_NODES = [
  'dataValidations', 'conditionalFormatting', 'extLst', 'hyperlinks', 'mergeCells', 'autoFilter', 'rowBreaks',
  'pageMargins', 'pageSetup', 'headerFooter', 'printOptions', 'picture', 'drawing', 'sheetProtection', 'tableParts',
] as const;
/** Hard limits while parsing (rows in the XML, formatted-only rows included; cells per row). */
const MAX_SHEET_ROWS = 100_000;
const MAX_SHEET_COLUMNS = 1_000;
/** Unzipped size of all entries together: a zip bomb is refused before it is inflated. */
const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/** The stream's bytes, or null once they exceed MAX_FILE_BYTES (leaving the loop destroys the stream). */
async function readAll(stream: Readable): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > MAX_FILE_BYTES) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/**
 * Sum of the unzipped sizes in a zip's central directory; null when the buffer is not a zip.
 * ZIP64 entries (sizes ≥ 4 GiB) count as infinitely large.
 */
export function zipUnzippedSize(zip: Buffer): number | null {
  const EOCD = 0x06054b50;
  const CENTRAL = 0x02014b50;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return null;
    const size = zip.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return total;
}

/** The row's values, or null when every cell is empty (formatting-only rows are skipped). */
function rawCells(row: ExcelJS.Row): Raw[] | null {
  const values = row.values;
  if (!Array.isArray(values)) return null;
  const cells: Raw[] = [];
  let any = false;
  values.forEach((v, i) => {
    const raw = toRaw(v);
    cells[i] = raw;
    if (raw !== null && !(typeof raw === 'string' && raw.trim() === '')) any = true;
  });
  return any ? cells : null;
}

function toRaw(value: ExcelJS.CellValue | undefined): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text ?? '').join('');
    if ('error' in value) return { error: String(value.error) };
    if ('formula' in value || 'sharedFormula' in value) return toRaw((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in value) return toRaw((value as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

function sheetKeyOf(name: string): SheetKey | undefined {
  const n = normalizeHeader(name);
  return SHEET_ORDER.find((s) => [s.name, s.zh, s.en].some((x) => normalizeHeader(x) === n))?.key;
}

// ---------------------------------------------------------------------------------------------

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const TASK_CODE = /^[1-9]\d{0,2}(\.[1-9]\d{0,2}){0,2}$/;
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const CN_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const LIST_SEPARATOR = /[\s,，、;；]+/;
const SHEET_RANK: Record<SheetKey | '', number> = { '': 0, meta: 1, instructions: 2, tasks: 3, milestones: 4, indicators: 5, budgets: 6 };

interface HeaderMap {
  /** Column key → column number. */
  columns: Map<string, number>;
  /** Programme year → column number (indicator sheet). */
  years: Map<number, number>;
  /** False when a required column is missing: the rows are then not checked. */
  usable: boolean;
}

interface RankedProblem extends WorkbookProblem {
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

function display(raw: Raw): string | number {
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
class RowReader {
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

const TASK = Object.fromEntries(TASK_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const MILESTONE = Object.fromEntries(MILESTONE_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const INDICATOR = Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;
const BUDGET = Object.fromEntries(BUDGET_COLUMNS.map((c) => [c.key, c])) as Record<string, ColumnSpec>;

class Validator {
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
