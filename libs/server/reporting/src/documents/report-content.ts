/**
 * What the docx and the print page both show, as plain strings: the title block, chapter titles and
 * every table (caption, columns, formatted cells). Each renderer only decides how it looks, so a
 * Word download and its PDF never disagree on a figure.
 */
import type { ReportDocumentModel } from './report-document-model.js';
import { NO_VALUE, chineseOrdinal, formatDate, formatGeneratedAt, formatNumber, formatPercent, formatWan } from './report-format.js';

export type ColumnAlign = 'left' | 'center' | 'right';

export interface ReportColumn {
  header: string;
  align: ColumnAlign;
  /** Relative width (the renderer scales the weights to the page). */
  weight: number;
}

export interface ReportTable {
  caption: string;
  columns: ReportColumn[];
  rows: string[][];
  /** A totals row, shown in bold after the rows. */
  total?: string[];
}

export interface ReportChapter {
  title: string;
  tables: ReportTable[];
}

/** Label–value figures two to a row, so the whole figures chapter fits on one A4 page. */
const FIGURE_COLUMNS: ReportColumn[] = [
  { header: '项目', align: 'left', weight: 3 },
  { header: '数值', align: 'right', weight: 2 },
  { header: '项目', align: 'left', weight: 3 },
  { header: '数值', align: 'right', weight: 2 },
];

export const REPORT_TITLE_SUFFIX = '建设进展报告';
export const EMPTY_SECTION_TEXT = '（本部分未填写）';
export const NO_ROWS_TEXT = '（无）';

export function reportTitle(model: ReportDocumentModel): string {
  return `${model.periodLabel}${REPORT_TITLE_SUFFIX}`;
}

/** The label–value lines under the title on the first page. */
export function coverLines(model: ReportDocumentModel): { label: string; value: string }[] {
  return [
    { label: '学校', value: model.institutionName },
    { label: '建设项目', value: model.programmeName },
    { label: '报告期', value: `${model.periodLabel}（${model.periodCode}）` },
    { label: '版本', value: `第 ${model.revision} 版` },
    { label: '状态', value: model.stateLabel },
    { label: '生成时间', value: formatGeneratedAt(model.generatedAt) },
  ];
}

/** Chapter titles in document order: the sections, then the figures, indicators and achievements. */
export function chapterTitles(model: ReportDocumentModel): { sections: string[]; figures: string; indicators: string; achievements: string } {
  const numbered = (index: number, title: string): string => `${chineseOrdinal(index + 1)}、${title}`;
  const n = model.sections.length;
  return {
    sections: model.sections.map((s, i) => numbered(i, s.title)),
    figures: numbered(n, '主要建设数据'),
    indicators: numbered(n + 1, '绩效指标完成情况'),
    achievements: numbered(n + 2, '标志性成果清单'),
  };
}

export function figureTables(model: ReportDocumentModel): ReportTable[] {
  const { tasks, indicators, achievementsByLevel, funds } = model.figures;
  return [
    figureTable('（一）建设任务推进', [
      ['建设任务总数（项）', String(tasks.total)],
      ['已完成（项）', String(tasks.completed)],
      ['进行中（项）', String(tasks.inProgress)],
      ['未开始（项）', String(tasks.notStarted)],
      ['逾期未完成的节点目标（个）', String(tasks.overdueMilestones)],
      ['任务完成率', formatPercent(tasks.completionRate)],
    ]),
    figureTable('（二）绩效指标', [
      ['绩效指标总数（项）', String(indicators.total)],
      ['已填报实际值（项）', String(indicators.reported)],
      ['已达成目标（项）', String(indicators.attained)],
      ['指标达成率', formatPercent(indicators.attainmentRate)],
    ]),
    {
      caption: '（三）标志性成果（按级别）',
      columns: [{ header: '成果级别', align: 'left', weight: 3 }, { header: '数量（项）', align: 'right', weight: 2 }],
      rows: achievementsByLevel.map((a) => [a.levelLabel, String(a.count)]),
      total: ['合计', String(achievementsByLevel.reduce((sum, a) => sum + a.count, 0))],
    },
    figureTable('（四）建设资金', [
      ['预算资金（万元）', formatWan(funds.budget)],
      ['到位资金（万元）', formatWan(funds.arrived)],
      ['已支出资金（万元）', formatWan(funds.spent)],
      ['资金到位率', formatPercent(funds.arrivalRate)],
      ['资金执行率', formatPercent(funds.executionRate)],
    ]),
    {
      caption: '（五）建设资金（按来源，万元）',
      columns: [
        { header: '资金来源', align: 'left', weight: 3 },
        { header: '预算', align: 'right', weight: 2 },
        { header: '到位', align: 'right', weight: 2 },
        { header: '已支出', align: 'right', weight: 2 },
      ],
      rows: funds.bySource.map((s) => [s.sourceLabel, formatWan(s.budget), formatWan(s.arrived), formatWan(s.spent)]),
      total: ['合计', formatWan(funds.budget), formatWan(funds.arrived), formatWan(funds.spent)],
    },
  ];
}

export function indicatorTable(model: ReportDocumentModel): ReportTable {
  return {
    caption: '绩效指标目标值与实际值',
    columns: [
      { header: '任务编号', align: 'center', weight: 9 },
      { header: '指标编号', align: 'center', weight: 10 },
      { header: '指标名称', align: 'left', weight: 34 },
      { header: '单位', align: 'center', weight: 8 },
      { header: '目标值', align: 'right', weight: 12 },
      { header: '实际值', align: 'right', weight: 12 },
      { header: '达成度', align: 'right', weight: 11 },
    ],
    rows: model.figures.indicators.rows.map((r) => [
      r.taskCode, r.code, r.name, r.unit, formatNumber(r.target), formatNumber(r.actual), formatPercent(r.attainment),
    ]),
  };
}

export function achievementTable(model: ReportDocumentModel): ReportTable {
  return {
    caption: '标志性成果',
    columns: [
      { header: '序号', align: 'center', weight: 6 },
      { header: '成果名称', align: 'left', weight: 40 },
      { header: '级别', align: 'center', weight: 10 },
      { header: '类别', align: 'center', weight: 14 },
      { header: '取得日期', align: 'center', weight: 14 },
      { header: '关联任务', align: 'center', weight: 12 },
    ],
    rows: model.achievements.map((a, i) => [
      String(i + 1), a.title, a.levelLabel, a.categoryLabel, formatDate(a.achievedOn), a.taskCodes.join('、') || NO_VALUE,
    ]),
  };
}

function figureTable(caption: string, items: [label: string, value: string][]): ReportTable {
  const rows: string[][] = [];
  for (let i = 0; i < items.length; i += 2) rows.push([...items[i]!, ...(items[i + 1] ?? ['', ''])]);
  return { caption, columns: FIGURE_COLUMNS, rows };
}
