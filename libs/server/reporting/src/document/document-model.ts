import type { PeriodFigures, PeriodSnapshot } from '@dsg/server-core';
import { parsePeriod } from '@dsg/contracts';
import type { ReportDocumentModel } from '../documents/report-document-model.js';
import type { ReportState } from '../domain/report-workflow.js';
import type { ReportSections } from '../report/report.entity.js';

const LEVELS: Record<string, string> = { NATIONAL: '国家级', PROVINCIAL: '省级', MUNICIPAL: '市级', SCHOOL: '校级' };
const SOURCES: Record<string, string> = { CENTRAL: '中央财政', LOCAL: '地方财政', SPONSOR: '举办方', INDUSTRY: '行业企业', SELF: '学校自筹' };
const STATES: Record<ReportState, string> = {
  DRAFT: '草稿', SUBMITTED_TO_OFFICE: '已报双高办', RETURNED_BY_OFFICE: '双高办退回', APPROVED: '双高办已通过',
  SUBMITTED_TO_AGENCY: '已报主管部门', RETURNED_BY_AGENCY: '主管部门退回', ACCEPTED: '已受理',
};
const TITLES: Record<keyof ReportSections, string> = {
  progress: '工作推进基本情况', results: '阶段性建设成效', problems: '存在问题和原因分析', nextSteps: '工作建议和下一步计划',
};
const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/** 2025-Q3 → 2025年第三季度, 2025-H1 → 2025年上半年, 2025-M07 → 2025年7月, 2025 → 2025年度. */
export function periodLabel(code: string): string {
  const p = parsePeriod(code);
  switch (p.frequency) {
    case 'QUARTERLY': return `${p.year}年${QUARTERS[p.index]}`;
    case 'SEMI_ANNUAL': return `${p.year}年${p.index === 1 ? '上半年' : '下半年'}`;
    case 'MONTHLY': return `${p.year}年${p.index}月`;
    default: return `${p.year}年度`;
  }
}

/** 万元 (the task book's unit) → 元 (the renderers' unit). */
const yuan = (wan: number): number => Math.round(wan * 10_000 * 100) / 100;

export interface DocumentSource {
  institutionName: string;
  programmeName: string;
  period: string;
  revision: number;
  state: ReportState;
  sections: ReportSections;
  figures: PeriodFigures;
  snapshot: PeriodSnapshot;
  generatedAt: Date;
}

/** What the renderers lay out, from a revision's figures and snapshot (labels in zh-CN). */
export function toDocumentModel(s: DocumentSource): ReportDocumentModel {
  const codeOf = new Map(s.snapshot.tasks.map((t) => [t.id, t.code]));
  const f = s.figures;
  return {
    institutionName: s.institutionName,
    programmeName: s.programmeName,
    periodCode: s.period,
    periodLabel: periodLabel(s.period),
    revision: s.revision,
    stateLabel: STATES[s.state],
    generatedAt: s.generatedAt.toISOString(),
    sections: (Object.keys(TITLES) as (keyof ReportSections)[]).map((key) => ({ key, title: TITLES[key], html: s.sections[key] ?? '' })),
    figures: {
      tasks: { ...f.tasks },
      indicators: { ...f.indicators, rows: f.indicators.rows.map((r) => ({ taskCode: r.taskCode, code: r.code, name: r.name, unit: r.unit ?? '', target: r.target, actual: r.actual, attainment: r.attainment })) },
      achievementsByLevel: f.achievementsByLevel.map((a) => ({ level: a.level, levelLabel: LEVELS[a.level] ?? a.level, count: a.count })),
      funds: {
        budget: yuan(f.funds.budget), arrived: yuan(f.funds.arrived), spent: yuan(f.funds.spent), arrivalRate: f.funds.arrivalRate, executionRate: f.funds.executionRate,
        bySource: f.funds.bySource.map((b) => ({ source: b.source, sourceLabel: SOURCES[b.source] ?? b.source, budget: yuan(b.budget), arrived: yuan(b.arrived), spent: yuan(b.spent) })),
      },
    },
    achievements: [...s.snapshot.achievements]
      .sort((a, b) => (a.awardedOn < b.awardedOn ? -1 : a.awardedOn > b.awardedOn ? 1 : 0))
      .map((a) => ({ title: a.title, levelLabel: LEVELS[a.level] ?? a.level, categoryLabel: a.category, achievedOn: a.awardedOn, taskCodes: a.linkedTaskIds.map((id) => codeOf.get(id)).filter((c): c is string => !!c) })),
  };
}
