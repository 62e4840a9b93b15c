import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildLargeModel, chongqingReportModel } from './__fixtures__/report-model.js';
import { renderFiguresXlsx } from './figures-xlsx.js';
import type { ReportDocumentModel } from './report-document-model.js';

async function load(model: ReportDocumentModel): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderFiguresXlsx(model)) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Data rows under the header row, as plain values (empty cells read as null). */
function dataRows(ws: ExcelJS.Worksheet, headerRow: number, columns: number): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    rows.push(Array.from({ length: columns }, (_, c) => ws.getCell(r, c + 1).value ?? null));
  }
  return rows;
}

/** Summary lines keyed `类别/项目` → value cell. */
function summary(wb: ExcelJS.Workbook): Map<string, ExcelJS.Cell> {
  const ws = wb.getWorksheet('汇总')!;
  expect(ws.getRow(4).values).toEqual([undefined, '类别', '项目', '数值', '单位']);
  const cells = new Map<string, ExcelJS.Cell>();
  for (let r = 5; r <= ws.rowCount; r++) cells.set(`${ws.getCell(r, 1).value}/${ws.getCell(r, 2).value}`, ws.getCell(r, 3));
  return cells;
}

describe('renderFiguresXlsx', () => {
  it('has the four sheets in order', async () => {
    expect((await load(chongqingReportModel())).worksheets.map((ws) => ws.name)).toEqual(['汇总', '指标', '资金', '成果']);
  });

  it('stores every summary figure as the model number itself, rates with a percentage format', async () => {
    const model = chongqingReportModel();
    const { tasks, indicators, funds } = model.figures;
    const cells = summary(await load(model));
    const expected: [string, number | null, string][] = [
      ['建设任务/建设任务总数', tasks.total, '0'],
      ['建设任务/已完成', tasks.completed, '0'],
      ['建设任务/进行中', tasks.inProgress, '0'],
      ['建设任务/未开始', tasks.notStarted, '0'],
      ['建设任务/逾期未完成的节点目标', tasks.overdueMilestones, '0'],
      ['建设任务/任务完成率', tasks.completionRate, '0.0%'],
      ['绩效指标/绩效指标总数', indicators.total, '0'],
      ['绩效指标/已填报实际值', indicators.reported, '0'],
      ['绩效指标/已达成目标', indicators.attained, '0'],
      ['绩效指标/指标达成率', indicators.attainmentRate, '0.0%'],
      ['标志性成果/国家级', 2, '0'],
      ['标志性成果/省级', 3, '0'],
      ['建设资金/预算资金', funds.budget, '#,##0.00'],
      ['建设资金/到位资金', funds.arrived, '#,##0.00'],
      ['建设资金/已支出资金', funds.spent, '#,##0.00'],
      ['建设资金/资金到位率', funds.arrivalRate, '0.0%'],
      ['建设资金/资金执行率', funds.executionRate, '0.0%'],
    ];
    expect([...cells.keys()]).toEqual(expected.map(([key]) => key));
    for (const [key, value, numFmt] of expected) {
      const cell = cells.get(key)!;
      expect(typeof cell.value, key).toBe('number');
      expect(cell.value, key).toBe(value);
      expect(cell.numFmt, key).toBe(numFmt);
    }
    // Not rounded on the way: 5 820 000 / 7 500 000 and the spent total with its 0.1 元.
    expect(cells.get('建设资金/资金到位率')!.value).toBe(0.776);
    expect(cells.get('建设资金/已支出资金')!.value).toBe(44_345_610.1);
  });

  it('leaves a rate without a denominator empty rather than 0', async () => {
    const model = chongqingReportModel();
    model.figures.tasks.completionRate = null;
    expect(summary(await load(model)).get('建设任务/任务完成率')!.value).toBeNull();
  });

  it('has one indicator row per indicator with numbers as numbers', async () => {
    const model = buildLargeModel(500);
    const ws = (await load(model)).getWorksheet('指标')!;
    expect(ws.getRow(1).values).toEqual([undefined, '任务编号', '指标编号', '指标名称', '单位', '目标值', '实际值', '达成度']);
    const rows = dataRows(ws, 1, 7);
    expect(rows).toHaveLength(500);
    expect(rows).toEqual(model.figures.indicators.rows.map((r) => [r.taskCode, r.code, r.name, r.unit, r.target, r.actual, r.attainment]));
    expect(ws.getCell('G2').numFmt).toBe('0.0%');
  });

  it('lists the funds by source in 元 and the achievements with real dates', async () => {
    const model = chongqingReportModel();
    const wb = await load(model);
    expect(dataRows(wb.getWorksheet('资金')!, 1, 4)).toEqual(model.figures.funds.bySource.map((s) => [s.sourceLabel, s.budget, s.arrived, s.spent]));
    const achievements = dataRows(wb.getWorksheet('成果')!, 1, 6);
    expect(achievements).toHaveLength(model.achievements.length);
    expect(achievements[3]).toEqual([4, '重庆市职业教育教学成果奖一等奖', '省级', '教学成果', new Date(Date.UTC(2025, 8, 10)), '2、4']);
    expect(achievements[4]![4]).toBeNull();
  });
});
