import {
  FUNDING_SOURCES, INDICATOR_AGGREGATIONS, INDICATOR_CATEGORIES, INDICATOR_DIRECTIONS, INDICATOR_KINDS, MILESTONE_STATUSES, TASK_STATUSES,
  type LocalizedText,
} from '@dsg/contracts';

/**
 * The task-book workbook, layout version 1 (docs/task-book-workbook.md): sheet names, columns,
 * enum labels. The writer, the reader, the instructions sheet and the document are all derived
 * from these tables, so they cannot drift apart.
 */
export const WORKBOOK_LAYOUT_VERSION = 1;
/** Value of `_meta!B1`: marks a workbook written by this platform. */
export const WORKBOOK_FORMAT_ID = 'dsg-task-book';
/** More data rows than this on one sheet are refused (a real task book has a few hundred). */
export const MAX_DATA_ROWS_PER_SHEET = 20_000;

/** Field sizes (characters), checked on import. */
export const MAX_LENGTH = {
  code: 40,
  title: 200,
  description: 4000,
  deliverable: 1000,
  unit: 20,
  username: 64,
} as const;

export type SheetKey = 'instructions' | 'tasks' | 'milestones' | 'indicators' | 'budgets' | 'meta';

export interface SheetSpec {
  key: SheetKey;
  zh: string;
  en: string;
  /** Name of the sheet in the workbook. */
  name: string;
}

const sheet = (key: SheetKey, zh: string, en: string): SheetSpec => ({ key, zh, en, name: `${zh} ${en}` });

export const SHEETS = {
  instructions: sheet('instructions', '说明', 'Instructions'),
  tasks: sheet('tasks', '任务', 'Tasks'),
  milestones: sheet('milestones', '节点目标', 'Milestones'),
  indicators: sheet('indicators', '绩效指标', 'Indicators'),
  budgets: sheet('budgets', '预算', 'Budgets'),
  meta: { key: 'meta', zh: '_meta', en: '_meta', name: '_meta' },
} as const satisfies Record<SheetKey, SheetSpec>;

/** Sheets in workbook order; `_meta` is hidden. */
export const SHEET_ORDER: readonly SheetSpec[] = [SHEETS.instructions, SHEETS.tasks, SHEETS.milestones, SHEETS.indicators, SHEETS.budgets, SHEETS.meta];

// ---------------------------------------------------------------------------------------------
// Enum labels

export interface EnumValueLabel {
  zh: string;
  en: string;
  /** Further spellings colleges use; compared after normalisation (see `normalizeLabel`). */
  aliases?: readonly string[];
}

export interface EnumSpec<T extends string> {
  zh: string;
  en: string;
  codes: readonly T[];
  labels: Record<T, EnumValueLabel>;
}

export const TASK_STATUS_LABELS: EnumSpec<(typeof TASK_STATUSES)[number]> = {
  zh: '任务状态',
  en: 'Task status',
  codes: TASK_STATUSES,
  labels: {
    NOT_STARTED: { zh: '未开始', en: 'Not started' },
    IN_PROGRESS: { zh: '进行中', en: 'In progress' },
    COMPLETED: { zh: '已完成', en: 'Completed', aliases: ['完成'] },
    LAGGING: { zh: '滞后', en: 'Lagging', aliases: ['进度滞后', '已滞后', 'Delayed'] },
    TERMINATED: { zh: '终止', en: 'Terminated', aliases: ['已终止'] },
  },
};

export const MILESTONE_STATUS_LABELS: EnumSpec<(typeof MILESTONE_STATUSES)[number]> = {
  zh: '节点状态',
  en: 'Milestone status',
  codes: MILESTONE_STATUSES,
  labels: {
    PENDING: { zh: '未完成', en: 'Pending', aliases: ['待完成'] },
    DONE: { zh: '已完成', en: 'Done', aliases: ['完成', 'Completed'] },
    OVERDUE: { zh: '已逾期', en: 'Overdue', aliases: ['逾期', '超期'] },
  },
};

export const INDICATOR_CATEGORY_LABELS: EnumSpec<(typeof INDICATOR_CATEGORIES)[number]> = {
  zh: '指标类别',
  en: 'Indicator category',
  codes: INDICATOR_CATEGORIES,
  labels: {
    OUTPUT_QUANTITY: { zh: '产出-数量', en: 'Output - quantity', aliases: ['数量'] },
    OUTPUT_QUALITY: { zh: '产出-质量', en: 'Output - quality', aliases: ['质量'] },
    OUTPUT_TIMELINESS: { zh: '产出-时效', en: 'Output - timeliness', aliases: ['时效'] },
    OUTPUT_COST: { zh: '产出-成本', en: 'Output - cost', aliases: ['成本'] },
    BENEFIT_SOCIAL: { zh: '效益-社会', en: 'Benefit - social', aliases: ['社会效益', '效益-社会效益'] },
    BENEFIT_ECONOMIC: { zh: '效益-经济', en: 'Benefit - economic', aliases: ['经济效益', '效益-经济效益'] },
    BENEFIT_SUSTAINABLE: {
      zh: '效益-可持续',
      en: 'Benefit - sustainable',
      aliases: ['可持续影响', '可持续效益', '效益-可持续影响', '效益-可持续效益'],
    },
    SATISFACTION: { zh: '满意度', en: 'Satisfaction', aliases: ['服务对象满意度'] },
  },
};

export const INDICATOR_KIND_LABELS: EnumSpec<(typeof INDICATOR_KINDS)[number]> = {
  zh: '指标性质',
  en: 'Indicator kind',
  codes: INDICATOR_KINDS,
  labels: {
    QUANTITATIVE: { zh: '定量', en: 'Quantitative' },
    QUALITATIVE: { zh: '定性', en: 'Qualitative' },
  },
};

export const INDICATOR_DIRECTION_LABELS: EnumSpec<(typeof INDICATOR_DIRECTIONS)[number]> = {
  zh: '指标方向',
  en: 'Direction',
  codes: INDICATOR_DIRECTIONS,
  labels: {
    HIGHER_BETTER: { zh: '越高越好', en: 'Higher is better', aliases: ['越大越好', '正向', 'Higher'] },
    LOWER_BETTER: { zh: '越低越好', en: 'Lower is better', aliases: ['越小越好', '反向', '逆向', 'Lower'] },
  },
};

export const INDICATOR_AGGREGATION_LABELS: EnumSpec<(typeof INDICATOR_AGGREGATIONS)[number]> = {
  zh: '汇总方式',
  en: 'Aggregation',
  codes: INDICATOR_AGGREGATIONS,
  labels: {
    LATEST: { zh: '取最新值', en: 'Latest value', aliases: ['最新', '时点值', '存量', 'Latest'] },
    SUM: { zh: '累加', en: 'Sum', aliases: ['累计', '求和', '合计', '流量'] },
  },
};

export const FUNDING_SOURCE_LABELS: EnumSpec<(typeof FUNDING_SOURCES)[number]> = {
  zh: '资金来源',
  en: 'Funding source',
  codes: FUNDING_SOURCES,
  labels: {
    CENTRAL: { zh: '中央财政', en: 'Central government', aliases: ['中央财政资金', '中央财政投入', 'Central finance'] },
    LOCAL: { zh: '地方财政', en: 'Local government', aliases: ['地方财政资金', '地方财政投入', '省级财政', '市级财政', 'Local finance'] },
    SPONSOR: { zh: '举办方', en: 'Sponsor', aliases: ['举办方投入', '举办方资金'] },
    INDUSTRY: { zh: '行业企业', en: 'Industry and enterprises', aliases: ['行业企业支持', '行业企业投入', 'Industry'] },
    SELF: { zh: '学校自筹', en: 'School funds', aliases: ['自筹', '学校自筹资金', 'Self-raised', 'Self'] },
  },
};

/**
 * Key under which labels and headers are compared: NFKC (full-width → half-width), lower case,
 * only letters and digits kept, and the word 指标 dropped (产出指标-数量指标 ≡ 产出-数量).
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/指标/g, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Lookup normalised label → code, from the Chinese label, the English label, the code and aliases. */
export function enumLookup<T extends string>(spec: EnumSpec<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of spec.codes) {
    const l = spec.labels[code];
    for (const text of [code, l.zh, l.en, ...(l.aliases ?? [])]) {
      const key = normalizeLabel(text);
      const existing = map.get(key);
      if (existing !== undefined && existing !== code) throw new Error(`ambiguous label ${text} in ${spec.en}`);
      map.set(key, code);
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Columns

export type ColumnType = 'taskCode' | 'code' | 'text' | 'longText' | 'date' | 'number' | 'amount' | 'year' | 'enum' | 'codeList' | 'username';

export interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  required: boolean;
  width: number;
  /** What goes into the column, shown on the instructions sheet and in the document. */
  help: LocalizedText;
  enumSpec?: EnumSpec<string>;
  maxLength?: number;
}

const col = (c: ColumnSpec): ColumnSpec => c;

export const header = (c: { zh: string; en: string }): string => `${c.zh} ${c.en}`;

export const TASK_COLUMNS: readonly ColumnSpec[] = [
  col({ key: 'code', zh: '编号', en: 'Code', type: 'taskCode', required: true, width: 10,
    help: { 'zh-CN': '1、1.2 或 1.2.3（一级/二级/三级任务）；上级任务须在本表中', en: '1, 1.2 or 1.2.3 (level 1/2/3); the parent must be on this sheet' } }),
  col({ key: 'title', zh: '任务名称', en: 'Title', type: 'text', required: true, width: 36, maxLength: MAX_LENGTH.title,
    help: { 'zh-CN': `不超过 ${MAX_LENGTH.title} 字`, en: `up to ${MAX_LENGTH.title} characters` } }),
  col({ key: 'description', zh: '任务描述', en: 'Description', type: 'longText', required: false, width: 48, maxLength: MAX_LENGTH.description,
    help: { 'zh-CN': `不超过 ${MAX_LENGTH.description} 字`, en: `up to ${MAX_LENGTH.description} characters` } }),
  col({ key: 'leadDepartmentCode', zh: '牵头部门编码', en: 'Lead department code', type: 'code', required: false, width: 16, maxLength: MAX_LENGTH.code,
    help: { 'zh-CN': '本校已有的部门编码', en: "a department code of the institution" } }),
  col({ key: 'cooperatingDepartmentCodes', zh: '配合部门编码', en: 'Cooperating department codes', type: 'codeList', required: false, width: 24, maxLength: MAX_LENGTH.code,
    help: { 'zh-CN': '多个部门编码用顿号、逗号、分号或换行分隔', en: 'several department codes separated by 、 , ; or line breaks' } }),
  col({ key: 'leaderUsername', zh: '领衔分管领导用户名', en: 'Leading leader username', type: 'username', required: false, width: 18, maxLength: MAX_LENGTH.username,
    help: { 'zh-CN': '平台用户名，可稍后在系统中指定', en: 'platform username; may be assigned later in the app' } }),
  col({ key: 'projectLeaderUsername', zh: '项目带头人用户名', en: 'Project leader username', type: 'username', required: false, width: 18, maxLength: MAX_LENGTH.username,
    help: { 'zh-CN': '平台用户名，可稍后在系统中指定', en: 'platform username; may be assigned later in the app' } }),
  col({ key: 'startDate', zh: '开始日期', en: 'Start date', type: 'date', required: false, width: 13,
    help: { 'zh-CN': '建设期内的日期', en: 'a date within the programme years' } }),
  col({ key: 'endDate', zh: '结束日期', en: 'End date', type: 'date', required: false, width: 13,
    help: { 'zh-CN': '建设期内，不早于开始日期', en: 'within the programme years, not before the start date' } }),
  col({ key: 'status', zh: '状态', en: 'Status', type: 'enum', required: false, width: 10, enumSpec: TASK_STATUS_LABELS,
    help: { 'zh-CN': '空白视为「未开始」', en: 'empty means Not started' } }),
];

export const MILESTONE_COLUMNS: readonly ColumnSpec[] = [
  col({ key: 'taskCode', zh: '任务编号', en: 'Task code', type: 'taskCode', required: true, width: 10,
    help: { 'zh-CN': '「任务」表中的编号', en: 'a code on the Tasks sheet' } }),
  col({ key: 'title', zh: '节点目标', en: 'Milestone', type: 'text', required: true, width: 40, maxLength: MAX_LENGTH.title,
    help: { 'zh-CN': `不超过 ${MAX_LENGTH.title} 字`, en: `up to ${MAX_LENGTH.title} characters` } }),
  col({ key: 'dueDate', zh: '完成时间', en: 'Due date', type: 'date', required: true, width: 13,
    help: { 'zh-CN': '建设期内的日期', en: 'a date within the programme years' } }),
  col({ key: 'deliverable', zh: '预期成果', en: 'Deliverable', type: 'longText', required: false, width: 40, maxLength: MAX_LENGTH.deliverable,
    help: { 'zh-CN': `不超过 ${MAX_LENGTH.deliverable} 字`, en: `up to ${MAX_LENGTH.deliverable} characters` } }),
  col({ key: 'status', zh: '状态', en: 'Status', type: 'enum', required: false, width: 10, enumSpec: MILESTONE_STATUS_LABELS,
    help: { 'zh-CN': '空白视为「未完成」', en: 'empty means Pending' } }),
];

/** Fixed columns of the indicator sheet; one target column per programme year follows them. */
export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  col({ key: 'taskCode', zh: '任务编号', en: 'Task code', type: 'taskCode', required: true, width: 10,
    help: { 'zh-CN': '「任务」表中的编号', en: 'a code on the Tasks sheet' } }),
  col({ key: 'code', zh: '指标编号', en: 'Indicator code', type: 'code', required: true, width: 12, maxLength: MAX_LENGTH.code,
    help: { 'zh-CN': '全书唯一，如 1.2-01', en: 'unique in the book, e.g. 1.2-01' } }),
  col({ key: 'name', zh: '指标名称', en: 'Indicator name', type: 'text', required: true, width: 36, maxLength: MAX_LENGTH.title,
    help: { 'zh-CN': `不超过 ${MAX_LENGTH.title} 字`, en: `up to ${MAX_LENGTH.title} characters` } }),
  col({ key: 'category', zh: '指标类别', en: 'Category', type: 'enum', required: true, width: 14, enumSpec: INDICATOR_CATEGORY_LABELS,
    help: { 'zh-CN': '产出（数量/质量/时效/成本）、效益（社会/经济/可持续）、满意度', en: 'output (quantity/quality/timeliness/cost), benefit (social/economic/sustainable), satisfaction' } }),
  col({ key: 'kind', zh: '指标性质', en: 'Kind', type: 'enum', required: true, width: 10, enumSpec: INDICATOR_KIND_LABELS,
    help: { 'zh-CN': '定量指标须填终期目标和至少一个年度目标；定性指标不填年度目标', en: 'quantitative: a final target and at least one yearly target; qualitative: no yearly targets' } }),
  col({ key: 'unit', zh: '计量单位', en: 'Unit', type: 'text', required: false, width: 10, maxLength: MAX_LENGTH.unit,
    help: { 'zh-CN': '如 个、项、%、万元', en: 'e.g. 个, 项, %, 万元' } }),
  col({ key: 'direction', zh: '指标方向', en: 'Direction', type: 'enum', required: false, width: 12, enumSpec: INDICATOR_DIRECTION_LABELS,
    help: { 'zh-CN': '空白视为「越高越好」', en: 'empty means Higher is better' } }),
  col({ key: 'baseline', zh: '基线值', en: 'Baseline', type: 'number', required: false, width: 10,
    help: { 'zh-CN': '数字', en: 'a number' } }),
  col({ key: 'finalTarget', zh: '终期目标', en: 'Final target', type: 'number', required: false, width: 10,
    help: { 'zh-CN': '数字；定量指标必填', en: 'a number; required for quantitative indicators' } }),
];

/**
 * Written after the year columns, so that layouts written before it existed keep their column
 * positions; read by its header wherever it stands. Empty means 取最新值 (LATEST).
 */
export const INDICATOR_AGGREGATION_COLUMN: ColumnSpec = col({
  key: 'aggregation', zh: '汇总方式', en: 'Aggregation', type: 'enum', required: false, width: 12, enumSpec: INDICATOR_AGGREGATION_LABELS,
  help: { 'zh-CN': '各期实际值如何汇成年度值：取最新值（存量，如教师数）或累加（流量，如培训人次）；空白视为「取最新值」', en: 'how period actuals make a year: Latest value (stock, e.g. teachers) or Sum (flow, e.g. trainees); empty means Latest value' },
});

export const yearColumn = (year: number): ColumnSpec => ({
  key: `target${year}`,
  zh: `${year}年目标`,
  en: `Target ${year}`,
  type: 'number',
  required: false,
  width: 11,
  help: { 'zh-CN': `${year} 年度目标值（数字）`, en: `target for ${year} (a number)` },
});

export const BUDGET_COLUMNS: readonly ColumnSpec[] = [
  col({ key: 'taskCode', zh: '任务编号', en: 'Task code', type: 'taskCode', required: true, width: 10,
    help: { 'zh-CN': '「任务」表中的编号', en: 'a code on the Tasks sheet' } }),
  col({ key: 'source', zh: '资金来源', en: 'Funding source', type: 'enum', required: true, width: 14, enumSpec: FUNDING_SOURCE_LABELS,
    help: { 'zh-CN': '中央财政、地方财政、举办方、行业企业、学校自筹', en: 'central, local, sponsor, industry, school funds' } }),
  col({ key: 'year', zh: '年度', en: 'Year', type: 'year', required: true, width: 8,
    help: { 'zh-CN': '建设期内的年份；同一任务、来源、年度只填一行', en: 'a programme year; one row per task, source and year' } }),
  col({ key: 'amount', zh: '预算金额（万元）', en: 'Amount (10k CNY)', type: 'amount', required: true, width: 16,
    help: { 'zh-CN': '单位万元，不小于 0', en: 'in 万元 (10,000 yuan), not negative' } }),
];

/** Cells of the hidden `_meta` sheet (column A: label, column B: value). */
export const META_ROWS = {
  format: { row: 1, zh: '格式', en: 'Format' },
  layoutVersion: { row: 2, zh: '版式版本', en: 'Layout version' },
  title: { row: 3, zh: '任务书名称', en: 'Title' },
  startYear: { row: 4, zh: '起始年份', en: 'Start year' },
  endYear: { row: 5, zh: '结束年份', en: 'End year' },
} as const;

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A → 1, AA → 27. */
export function columnNumber(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Key under which sheet names and column headers are compared: NFKC, lower case, letters and digits only. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
