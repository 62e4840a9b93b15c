import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';
import { NATIONAL_SHEETS, buildNationalExport, renderNationalExportXlsx } from './national-export.js';

const figures: PeriodFigures = {
  tasks: { total: 10, completed: 4, inProgress: 5, notStarted: 1, overdueMilestones: 2, completionRate: 0.61 },
  indicators: { total: 2, reported: 2, attained: 1, attainmentRate: 0.75, rows: [
    { indicatorId: 'i1', taskCode: '5.1', code: '5.1-01', name: '具有博士学位的专任教师（累计）', unit: '人', target: 140, actual: 150, attainment: 1.071429 },
    { indicatorId: 'i2', taskCode: '3.1', code: '3.1-01', name: '横向项目到账经费', unit: '万元', target: 1400, actual: null, attainment: null },
  ] },
  achievementsByLevel: [{ level: 'NATIONAL', count: 1 }],
  funds: { budget: 3200.5, arrived: 2400, spent: 1800.25, arrivalRate: 0.749883, executionRate: 0.562412, bySource: [{ source: 'LOCAL', budget: 3200.5, arrived: 2400, spent: 1800.25 }] },
};
const snapshot = {
  schemaVersion: 1, taskBookId: 'b', period: '2026', tasks: [{ id: 't5', parentId: null, code: '5', title: '双师队伍', level: 1, status: 'IN_PROGRESS', progress: 80 }],
  indicators: [], milestones: [], funds: { budgets: [], movements: [] },
  achievements: [
    { id: 'a2', title: '广东省教学成果奖一等奖', level: 'PROVINCIAL', category: '教学成果奖', awardedOn: '2026-06-01', linkedTaskIds: ['t5'], quantity: 2, awardingBody: '广东省教育厅', caseWriteUp: '案例'.repeat(600) },
    { id: 'a1', title: '全国职业院校技能大赛一等奖', level: 'NATIONAL', category: '技能大赛', awardedOn: '2026-03-01', linkedTaskIds: ['gone'] },
  ],
} as PeriodSnapshot;

const build = () => buildNationalExport({
  institution: { id: 'inst', code: 'GDEP', name: '广东工程职业技术学院' }, programme: { id: 'pg', code: 'GD-SG-2022', name: '广东省高水平高职院校建设计划' },
  period: { code: '2026', dueOn: '2027-01-31' }, report: { id: 'r', revision: 1, kind: 'ORIGINAL', state: 'ACCEPTED', submittedAt: '2027-01-10T00:00:00.000Z', acceptedAt: '2027-01-20T00:00:00.000Z' },
  figures, snapshot, generatedAt: new Date('2027-02-01T00:00:00Z'),
});

describe('national monitoring export (v1)', () => {
  it('carries the format, the report header, the figures, indicator rows, fund lines and achievements by date', () => {
    const e = build();
    expect(e).toMatchObject({ format: 'dsg.national-monitoring', formatVersion: 1, selfEvaluation: null, period: { code: '2026' } });
    expect(e.figures).toEqual({
      taskCount: 10, tasksCompleted: 4, taskCompletionRate: 0.61, overdueMilestones: 2, indicatorCount: 2, indicatorsReported: 2, indicatorsAttained: 1, indicatorAttainmentRate: 0.75,
      fundBudget: 3200.5, fundArrived: 2400, fundSpent: 1800.25, fundArrivalRate: 0.749883, fundExecutionRate: 0.562412,
    });
    expect(e.indicators.map((r) => [r.code, r.actual])).toEqual([['5.1-01', 150], ['3.1-01', null]]);
    expect(e.achievements.map((a) => [a.title, a.quantity, a.taskCodes, a.awardingBody])).toEqual([
      ['全国职业院校技能大赛一等奖', 1, [], null],
      ['广东省教学成果奖一等奖', 2, ['5'], '广东省教育厅'],
    ]);
    expect(e.achievements[1]!.caseWriteUp).toHaveLength(1200);
  });

  it('the workbook holds exactly the JSON\'s values, as numbers where they are numbers', async () => {
    const e = build();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await renderNationalExportXlsx(e) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.keys(NATIONAL_SHEETS));
    const info = new Map<string, unknown>();
    book.getWorksheet('基本信息')!.eachRow((row, n) => { if (n > 1) info.set(String(row.getCell(1).value), row.getCell(2).value); });
    for (const [k, v] of Object.entries(e.figures)) expect(info.get(`figures.${k}`), k).toBe(v);
    expect(info.get('formatVersion')).toBe(1);
    const rows = book.getWorksheet('指标')!.getSheetValues().slice(2) as unknown[][];
    // An empty cell is a null in the JSON.
    expect(rows.map((r) => [r[2], r[6] ?? null, r[7] ?? null])).toEqual(e.indicators.map((i) => [i.code, i.actual, i.attainment]));
    const achievements = book.getWorksheet('标志性成果')!.getSheetValues().slice(2) as unknown[][];
    expect(achievements.map((r) => r[7] ?? '')).toEqual(e.achievements.map((a) => a.taskCodes.join(',')));
  });
});
