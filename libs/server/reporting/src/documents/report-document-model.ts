/**
 * Everything a generated report document shows, already computed and localised (zh-CN): the
 * worker builds it from a report revision's snapshot, the renderers (docx, HTML → PDF, xlsx)
 * only lay it out. Renderers never query anything.
 */
export interface ReportDocumentModel {
  institutionName: string;
  programmeName: string;
  /** Period code, e.g. `2025-Q3`, `2025-H1`, `2025`. */
  periodCode: string;
  /** Human label, e.g. `2025年第三季度`. */
  periodLabel: string;
  revision: number;
  /** Localised state label, e.g. `已受理`. */
  stateLabel: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  /** The four report sections in order; `html` is sanitised rich text (see `sanitizeRichText`). */
  sections: ReportSection[];
  figures: ReportFigures;
  achievements: ReportAchievementRow[];
}

export type ReportSectionKey = 'progress' | 'results' | 'problems' | 'nextSteps';

export interface ReportSection {
  key: ReportSectionKey;
  /** 工作推进基本情况 / 阶段性建设成效 / 存在问题和原因分析 / 工作建议 / 下一步计划 */
  title: string;
  html: string;
}

/** Rates are fractions (0.875 = 87.5 %) or null where the denominator is zero. */
export interface ReportFigures {
  tasks: { total: number; completed: number; inProgress: number; notStarted: number; overdueMilestones: number; completionRate: number | null };
  indicators: {
    total: number;
    reported: number;
    attained: number;
    attainmentRate: number | null;
    rows: ReportIndicatorRow[];
  };
  achievementsByLevel: { level: string; levelLabel: string; count: number }[];
  funds: {
    /** Yuan (元), not 万元. */
    budget: number;
    arrived: number;
    spent: number;
    arrivalRate: number | null;
    executionRate: number | null;
    bySource: { source: string; sourceLabel: string; budget: number; arrived: number; spent: number }[];
  };
}

export interface ReportIndicatorRow {
  taskCode: string;
  code: string;
  name: string;
  unit: string;
  target: number | null;
  actual: number | null;
  /** actual / target as a fraction, null when there is no target or no actual. */
  attainment: number | null;
}

export interface ReportAchievementRow {
  title: string;
  levelLabel: string;
  categoryLabel: string;
  /** ISO date or null. */
  achievedOn: string | null;
  taskCodes: string[];
}
