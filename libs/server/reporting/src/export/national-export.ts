import ExcelJS from 'exceljs';
import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';

/**
 * 国家监测平台数据交换格式 v1 (docs/national-export.md): one institution's figures, indicator rows,
 * fund lines and landmark achievements for one reporting period, as the agency accepted them (or
 * as last submitted to it). Built from a revision's frozen figures and snapshot only, so the same
 * revision always exports the same content. Field names are stable; a breaking change bumps
 * `formatVersion`.
 */
export const NATIONAL_EXPORT_FORMAT = 'dsg.national-monitoring';
export const NATIONAL_EXPORT_VERSION = 1;

export interface NationalExportV1 {
  format: typeof NATIONAL_EXPORT_FORMAT;
  formatVersion: 1;
  generatedAt: string;
  institution: { id: string; code: string; name: string };
  programme: { id: string; code: string; name: string };
  period: { code: string; dueOn: string };
  report: { id: string; revision: number; kind: 'ORIGINAL' | 'CORRECTION'; state: string; submittedAt: string | null; acceptedAt: string | null };
  figures: {
    taskCount: number; tasksCompleted: number; taskCompletionRate: number | null; overdueMilestones: number;
    indicatorCount: number; indicatorsReported: number; indicatorsAttained: number; indicatorAttainmentRate: number | null;
    fundBudget: number; fundArrived: number; fundSpent: number; fundArrivalRate: number | null; fundExecutionRate: number | null;
  };
  indicators: { taskCode: string; code: string; name: string; unit: string | null; target: number | null; actual: number | null; attainment: number | null }[];
  funds: { source: string; budget: number; arrived: number; spent: number }[];
  achievements: { title: string; level: string; category: string; awardedOn: string; quantity: number; awardingBody: string | null; taskCodes: string[]; caseWriteUp: string | null }[];
  /** 年度绩效自评: null until the institution's self-evaluation for the period's year exists. */
  selfEvaluation: null;
}

export interface NationalExportInput {
  institution: NationalExportV1['institution'];
  programme: NationalExportV1['programme'];
  period: NationalExportV1['period'];
  report: NationalExportV1['report'];
  figures: PeriodFigures;
  snapshot: PeriodSnapshot;
  generatedAt: Date;
}

export function buildNationalExport(i: NationalExportInput): NationalExportV1 {
  const f = i.figures;
  const codeOf = new Map(i.snapshot.tasks.map((t) => [t.id, t.code]));
  return {
    format: NATIONAL_EXPORT_FORMAT,
    formatVersion: NATIONAL_EXPORT_VERSION,
    generatedAt: i.generatedAt.toISOString(),
    institution: i.institution,
    programme: i.programme,
    period: i.period,
    report: i.report,
    figures: {
      taskCount: f.tasks.total, tasksCompleted: f.tasks.completed, taskCompletionRate: f.tasks.completionRate, overdueMilestones: f.tasks.overdueMilestones,
      indicatorCount: f.indicators.total, indicatorsReported: f.indicators.reported, indicatorsAttained: f.indicators.attained, indicatorAttainmentRate: f.indicators.attainmentRate,
      fundBudget: f.funds.budget, fundArrived: f.funds.arrived, fundSpent: f.funds.spent, fundArrivalRate: f.funds.arrivalRate, fundExecutionRate: f.funds.executionRate,
    },
    indicators: f.indicators.rows.map((r) => ({ taskCode: r.taskCode, code: r.code, name: r.name, unit: r.unit, target: r.target, actual: r.actual, attainment: r.attainment })),
    funds: f.funds.bySource.map((s) => ({ source: s.source, budget: s.budget, arrived: s.arrived, spent: s.spent })),
    achievements: [...i.snapshot.achievements]
      .sort((a, b) => (a.awardedOn < b.awardedOn ? -1 : a.awardedOn > b.awardedOn ? 1 : a.id < b.id ? -1 : 1))
      .map((a) => ({
        title: a.title, level: a.level, category: a.category, awardedOn: a.awardedOn, quantity: a.quantity ?? 1, awardingBody: a.awardingBody ?? null,
        taskCodes: a.linkedTaskIds.map((id) => codeOf.get(id)).filter((c): c is string => !!c), caseWriteUp: a.caseWriteUp ?? null,
      })),
    selfEvaluation: null,
  };
}

/** Sheet name → [column key, header] pairs, in the documented order. */
export const NATIONAL_SHEETS = {
  基本信息: [['field', '字段'], ['value', '值']],
  指标: [['taskCode', '任务编号'], ['code', '指标编号'], ['name', '指标名称'], ['unit', '单位'], ['target', '年度目标值'], ['actual', '完成值'], ['attainment', '达成度']],
  资金: [['source', '资金来源'], ['budget', '预算（万元）'], ['arrived', '到位（万元）'], ['spent', '支出（万元）']],
  标志性成果: [['title', '成果名称'], ['level', '级别'], ['category', '类别'], ['awardedOn', '获得日期'], ['quantity', '数量'], ['awardingBody', '授予单位'], ['taskCodes', '关联任务'], ['caseWriteUp', '典型案例']],
} as const;

/** The same content as a workbook: one key/value sheet for the header and figures, one table per list. */
export async function renderNationalExportXlsx(e: NationalExportV1): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'dsg';
  const sheet = (name: keyof typeof NATIONAL_SHEETS) => {
    const ws = book.addWorksheet(name);
    ws.columns = NATIONAL_SHEETS[name].map(([key, header]) => ({ key, header, width: key === 'name' || key === 'title' || key === 'caseWriteUp' ? 40 : 16 }));
    ws.getRow(1).font = { bold: true };
    return ws;
  };
  const info = sheet('基本信息');
  const pairs: [string, string | number | null][] = [
    ['format', e.format], ['formatVersion', e.formatVersion], ['generatedAt', e.generatedAt],
    ['institution.code', e.institution.code], ['institution.name', e.institution.name],
    ['programme.code', e.programme.code], ['programme.name', e.programme.name],
    ['period.code', e.period.code], ['period.dueOn', e.period.dueOn],
    ['report.revision', e.report.revision], ['report.kind', e.report.kind], ['report.state', e.report.state],
    ['report.submittedAt', e.report.submittedAt], ['report.acceptedAt', e.report.acceptedAt],
    ...Object.entries(e.figures).map(([k, v]): [string, number | null] => [`figures.${k}`, v]),
  ];
  for (const [field, value] of pairs) info.addRow({ field, value });
  const indicators = sheet('指标');
  for (const r of e.indicators) indicators.addRow(r);
  const funds = sheet('资金');
  for (const r of e.funds) funds.addRow(r);
  const achievements = sheet('标志性成果');
  for (const a of e.achievements) achievements.addRow({ ...a, taskCodes: a.taskCodes.join(',') });
  return Buffer.from(await book.xlsx.writeBuffer());
}
