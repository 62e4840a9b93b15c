/**
 * The report's figures as a workbook for people who recompute or compare them: every figure is a
 * number cell holding the model's value unrounded (money in 元, rates as fractions shown with a
 * percentage format), so a reader gets exactly what the report was computed from.
 */
import ExcelJS from 'exceljs';
import { reportTitle } from './report-content.js';
import type { ReportDocumentModel } from './report-document-model.js';
import { formatGeneratedAt, xmlSafe } from './report-format.js';

type Cell = string | number | Date | null;
type ColumnKind = 'text' | 'count' | 'number' | 'yuan' | 'percent' | 'date';

interface Column {
  header: string;
  kind: ColumnKind;
  width: number;
}

export const FIGURES_SHEETS = { summary: '汇总', indicators: '指标', funds: '资金', achievements: '成果' } as const;

const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: '@', count: '0', number: undefined, yuan: '#,##0.00', percent: '0.0%', date: 'yyyy-mm-dd',
};
const HEADER_FILL = 'FFE7EEF7';

/** One summary line: what it counts, its value and how the value reads. */
export interface SummaryLine {
  group: string;
  label: string;
  value: number | null;
  unit: string;
  kind: 'count' | 'yuan' | 'percent';
}

export async function renderFiguresXlsx(model: ReportDocumentModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const stamp = new Date(model.generatedAt);
  wb.creator = xmlSafe(model.institutionName);
  wb.title = xmlSafe(`${model.institutionName} ${reportTitle(model)}`);
  if (!Number.isNaN(stamp.getTime())) wb.created = wb.modified = stamp;

  writeSummary(wb.addWorksheet(FIGURES_SHEETS.summary), model);
  writeTable(wb.addWorksheet(FIGURES_SHEETS.indicators), [
    { header: '任务编号', kind: 'text', width: 10 }, { header: '指标编号', kind: 'text', width: 12 },
    { header: '指标名称', kind: 'text', width: 40 }, { header: '单位', kind: 'text', width: 8 },
    { header: '目标值', kind: 'number', width: 12 }, { header: '实际值', kind: 'number', width: 12 },
    { header: '达成度', kind: 'percent', width: 10 },
  ], model.figures.indicators.rows.map((r) => [r.taskCode, r.code, r.name, r.unit, r.target, r.actual, r.attainment]));
  writeTable(wb.addWorksheet(FIGURES_SHEETS.funds), [
    { header: '资金来源', kind: 'text', width: 14 }, { header: '预算（元）', kind: 'yuan', width: 18 },
    { header: '到位（元）', kind: 'yuan', width: 18 }, { header: '已支出（元）', kind: 'yuan', width: 18 },
  ], model.figures.funds.bySource.map((s) => [s.sourceLabel, s.budget, s.arrived, s.spent]));
  writeTable(wb.addWorksheet(FIGURES_SHEETS.achievements), [
    { header: '序号', kind: 'count', width: 6 }, { header: '成果名称', kind: 'text', width: 50 },
    { header: '级别', kind: 'text', width: 10 }, { header: '类别', kind: 'text', width: 12 },
    { header: '取得日期', kind: 'date', width: 12 }, { header: '关联任务', kind: 'text', width: 12 },
  ], model.achievements.map((a, i) => [i + 1, a.title, a.levelLabel, a.categoryLabel, excelDate(a.achievedOn), a.taskCodes.join('、')]));

  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The summary sheet's lines in order (tasks, indicators, achievements by level, funds). */
export function summaryLines(model: ReportDocumentModel): SummaryLine[] {
  const { tasks, indicators, achievementsByLevel, funds } = model.figures;
  const line = (group: string, label: string, value: number | null, kind: SummaryLine['kind'], unit = ''): SummaryLine =>
    ({ group, label, value, unit, kind });
  return [
    line('建设任务', '建设任务总数', tasks.total, 'count', '项'),
    line('建设任务', '已完成', tasks.completed, 'count', '项'),
    line('建设任务', '进行中', tasks.inProgress, 'count', '项'),
    line('建设任务', '未开始', tasks.notStarted, 'count', '项'),
    line('建设任务', '逾期未完成的节点目标', tasks.overdueMilestones, 'count', '个'),
    line('建设任务', '任务完成率', tasks.completionRate, 'percent'),
    line('绩效指标', '绩效指标总数', indicators.total, 'count', '项'),
    line('绩效指标', '已填报实际值', indicators.reported, 'count', '项'),
    line('绩效指标', '已达成目标', indicators.attained, 'count', '项'),
    line('绩效指标', '指标达成率', indicators.attainmentRate, 'percent'),
    ...achievementsByLevel.map((a) => line('标志性成果', a.levelLabel, a.count, 'count', '项')),
    line('建设资金', '预算资金', funds.budget, 'yuan', '元'),
    line('建设资金', '到位资金', funds.arrived, 'yuan', '元'),
    line('建设资金', '已支出资金', funds.spent, 'yuan', '元'),
    line('建设资金', '资金到位率', funds.arrivalRate, 'percent'),
    line('建设资金', '资金执行率', funds.executionRate, 'percent'),
  ];
}

/** Two lines saying whose figures these are, a blank line, then the table (header on row 4). */
function writeSummary(ws: ExcelJS.Worksheet, model: ReportDocumentModel): void {
  ws.getCell('A1').value = xmlSafe(`${model.institutionName} ${reportTitle(model)} 主要建设数据`);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = xmlSafe(`${model.programmeName}；报告期 ${model.periodCode}；第 ${model.revision} 版；${model.stateLabel}；生成于 ${formatGeneratedAt(model.generatedAt)}`);
  const lines = summaryLines(model);
  writeTable(ws, [
    { header: '类别', kind: 'text', width: 12 }, { header: '项目', kind: 'text', width: 24 },
    { header: '数值', kind: 'number', width: 18 }, { header: '单位', kind: 'text', width: 8 },
  ], lines.map((l) => [l.group, l.label, l.value, l.unit]), 4);
  // The value column mixes counts, money and rates: each cell gets its own format.
  lines.forEach((l, i) => {
    const format = NUM_FMT[l.kind];
    if (format) ws.getCell(5 + i, 3).numFmt = format;
  });
}

function writeTable(ws: ExcelJS.Worksheet, columns: Column[], rows: Cell[][], headerRow = 1): void {
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = typeof value === 'string' ? xmlSafe(value) : value;
      const format = NUM_FMT[columns[i]!.kind];
      if (format) cell.numFmt = format;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  if (rows.length > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rows.length, column: columns.length } };
}

/** ISO date → a real Excel date (UTC midnight), so the column sorts and filters as dates. */
function excelDate(iso: string | null): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}
