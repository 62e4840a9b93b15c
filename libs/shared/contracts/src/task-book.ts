/**
 * Vocabulary of the task book (任务书), shared by server and admin.
 */

/** 建设任务状态: 未开始 / 进行中 / 已完成 / 滞后 / 终止 */
export const TASK_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'LAGGING', 'TERMINATED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** 节点目标状态 */
export const MILESTONE_STATUSES = ['PENDING', 'DONE', 'OVERDUE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/**
 * 绩效指标类别: 产出指标 (数量/质量/时效/成本), 效益指标 (社会/经济/可持续), 满意度指标.
 */
export const INDICATOR_CATEGORIES = [
  'OUTPUT_QUANTITY',
  'OUTPUT_QUALITY',
  'OUTPUT_TIMELINESS',
  'OUTPUT_COST',
  'BENEFIT_SOCIAL',
  'BENEFIT_ECONOMIC',
  'BENEFIT_SUSTAINABLE',
  'SATISFACTION',
] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

/** Higher is better (most) or lower is better (e.g. cost, dropout rate). */
export const INDICATOR_DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** How period actuals make a year's value: the latest period (stock, e.g. 教师数) or their sum (flow, e.g. 培训人次). */
export const INDICATOR_AGGREGATIONS = ['LATEST', 'SUM'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/** 定量 / 定性 */
export const INDICATOR_KINDS = ['QUANTITATIVE', 'QUALITATIVE'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** 资金来源: 中央财政 / 地方财政 / 举办方 / 行业企业 / 学校自筹 */
export const FUNDING_SOURCES = ['CENTRAL', 'LOCAL', 'SPONSOR', 'INDUSTRY', 'SELF'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** 标志性成果级别: 国家级 / 省部级 / 市级 / 校级 */
export const ACHIEVEMENT_LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'SCHOOL'] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];

/** 任务书版本状态 */
export const TASK_BOOK_VERSION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SUPERSEDED'] as const;
export type TaskBookVersionStatus = (typeof TASK_BOOK_VERSION_STATUSES)[number];

/** 佐证材料审核状态: 待审 / 通过 / 退回 */
export const EVIDENCE_REVIEW_STATUSES = ['PENDING', 'APPROVED', 'RETURNED'] as const;
export type EvidenceReviewStatus = (typeof EVIDENCE_REVIEW_STATUSES)[number];
