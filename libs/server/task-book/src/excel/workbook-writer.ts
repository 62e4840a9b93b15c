/** Writing the task-book workbook (export and template); the layout is docs/task-book-workbook.md. */
import ExcelJS from 'exceljs';
import type { TaskBookDocument } from '../domain/task-book-document.js';
import {
  BUDGET_COLUMNS, FUNDING_SOURCE_LABELS, INDICATOR_AGGREGATION_COLUMN, INDICATOR_AGGREGATION_LABELS, INDICATOR_CATEGORY_LABELS,
  INDICATOR_COLUMNS, INDICATOR_DIRECTION_LABELS, INDICATOR_KIND_LABELS, META_ROWS, MILESTONE_COLUMNS, MILESTONE_STATUS_LABELS, SHEETS,
  TASK_COLUMNS, TASK_STATUS_LABELS, WORKBOOK_FORMAT_ID, WORKBOOK_LAYOUT_VERSION, columnLetter, header, yearColumn,
  type ColumnSpec, type EnumSpec, type SheetSpec,
} from './workbook-layout.js';

const FIXED_TIMESTAMP = new Date(Date.UTC(2000, 0, 1));
const AUTHOR = 'dsg task book';

/** Drop-down lists cover at least this many rows (exceljs's in-memory reader expands them per cell, so not the whole column). */
const MIN_VALIDATED_ROWS = 5000;
const REQUIRED_HEADER_COLOR = 'FFC00000';
const HEADER_FILL = 'FFE7EEF7';

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

export function assertYears(start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start > end || start < 1900 || end > 2200) {
    throw new RangeError(`invalid programme years ${start}–${end}`);
  }
}
