/**
 * Report models for the renderer specs and tools/bench/report-documents.mjs: a realistic quarterly
 * report of a Chongqing college (short enough that the cover and the four sections fit on the first
 * A4 page and each of the two later chapters on one page), and a generator of large ones. Both are
 * deterministic: no clock, no randomness.
 */
import type {
  ReportAchievementRow, ReportDocumentModel, ReportFigures, ReportIndicatorRow, ReportSection,
} from '../report-document-model.js';

export const SECTION_TITLES = {
  progress: '工作推进基本情况',
  results: '阶段性建设成效',
  problems: '存在问题和原因分析',
  nextSteps: '工作建议和下一步计划',
} as const;

const FUND_SOURCES = [
  { source: 'CENTRAL', sourceLabel: '中央财政' },
  { source: 'LOCAL', sourceLabel: '地方财政' },
  { source: 'SPONSOR', sourceLabel: '举办方' },
  { source: 'INDUSTRY', sourceLabel: '行业企业' },
  { source: 'SCHOOL', sourceLabel: '学校自筹' },
] as const;

/** Budget, arrived and spent per source, in 元 (in source order). */
const SMALL_FUNDS: [number, number, number][] = [
  [30_000_000, 24_000_000, 18_765_432.1],
  [25_000_000, 20_000_000, 15_234_500],
  [8_000_000, 6_000_000, 4_100_000],
  [5_500_000, 3_200_000, 2_345_678],
  [6_500_000, 5_000_000, 3_900_000],
];

const SMALL_INDICATORS: ReportIndicatorRow[] = [
  indicator('1', '1-01', '校级党建示范点', '个', 3, 3),
  indicator('1', '1-02', '教师党支部书记“双带头人”比例', '%', 100, 100),
  indicator('2', '2-01', '1+X 证书试点项目', '个', 20, 16),
  indicator('2', '2-02', '毕业生就业率', '%', 95, 96.4),
  indicator('2', '2-03', '国家级职业技能大赛获奖', '项', 12, 9),
  indicator('3', '3-01', '技术服务到款额', '万元', 3000, 2150.5),
  indicator('3', '3-02', '授权发明专利', '件', 40, 23),
  indicator('3', '3-03', '市级以上技术技能创新平台', '个', 6, null),
  indicator('4', '4-01', '智能制造专业群国家级教学资源库', '个', 1, 1),
  indicator('4', '4-02', '“双师型”教师比例', '%', 85, 82.3),
];

const SMALL_ACHIEVEMENTS: ReportAchievementRow[] = [
  { title: '智能制造装备技术专业群入选国家级高水平专业群建设单位', levelLabel: '国家级', categoryLabel: '专业建设', achievedOn: '2025-07-12', taskCodes: ['4'] },
  { title: '全国职业院校技能大赛“工业机器人技术应用”赛项一等奖', levelLabel: '国家级', categoryLabel: '学生竞赛', achievedOn: '2025-08-03', taskCodes: ['2'] },
  { title: '重庆市智能制造技术技能创新中心获批立项', levelLabel: '省级', categoryLabel: '平台建设', achievedOn: '2025-08-21', taskCodes: ['3'] },
  { title: '重庆市职业教育教学成果奖一等奖', levelLabel: '省级', categoryLabel: '教学成果', achievedOn: '2025-09-10', taskCodes: ['2', '4'] },
  { title: '重庆市高校党建工作标杆院系', levelLabel: '省级', categoryLabel: '党建思政', achievedOn: null, taskCodes: ['1'] },
];

const SMALL_SECTIONS: Record<keyof typeof SECTION_TITLES, string> = {
  progress:
    '<p>本季度学校围绕“双高计划”年度建设目标，召开建设推进会 <strong>3 次</strong>，完成中期绩效自评。</p>'
    + '<ol><li>党建引领：完成 2 个校级党建示范点验收。</li><li>人才培养：新增 1+X 证书试点 4 个。</li></ol>',
  results:
    '<p>智能制造装备技术专业群入选<strong>国家级</strong>高水平专业群，学生在全国职业院校技能大赛中获一等奖 1 项。</p>'
    + '<ul><li>技术服务到款额 2,150.5 万元；</li><li>授权发明专利 23 件。</li></ul>',
  problems:
    '<p>一是行业企业资金到位率偏低，仅为 <em>58.2%</em>；二是市级以上技术技能创新平台尚未形成标志性成果。</p>',
  nextSteps:
    '<p>下一步将加快行业企业资金到位，推进技术技能创新中心建设，确保年度指标<u>按期完成</u>。</p>',
};

/** 重庆工业职业技术学院, 双高计划, 2025-Q3: 4 tasks, 10 indicators, 5 fund sources, 5 achievements. A fresh copy each call (specs mutate it). */
export function chongqingReportModel(): ReportDocumentModel {
  return structuredClone({
    institutionName: '重庆工业职业技术学院',
    programmeName: '中国特色高水平高职学校和专业建设计划',
    periodCode: '2025-Q3',
    periodLabel: '2025年第三季度',
    revision: 2,
    stateLabel: '已受理',
    generatedAt: '2025-10-09T06:30:00.000Z',
    sections: sectionsOf(SMALL_SECTIONS),
    figures: figuresOf({ total: 4, completed: 1, inProgress: 3, notStarted: 0, overdueMilestones: 2 }, SMALL_INDICATORS, SMALL_ACHIEVEMENTS, SMALL_FUNDS),
    achievements: SMALL_ACHIEVEMENTS,
  });
}

/**
 * A large report: `indicatorCount` indicators over one task per 8 indicators, one achievement per
 * 12.5 indicators (500 → 63 tasks, 40 achievements) and sections of about 2,000 characters each.
 */
export function buildLargeModel(indicatorCount: number): ReportDocumentModel {
  const taskCount = Math.max(1, Math.ceil(indicatorCount / 8));
  const indicators = Array.from({ length: indicatorCount }, (_, i) => largeIndicator(i, taskCount));
  const achievements = Array.from({ length: Math.max(1, Math.round(indicatorCount / 12.5)) }, (_, i) => largeAchievement(i, taskCount));
  const completed = Math.floor(taskCount / 3);
  const notStarted = Math.floor(taskCount / 10);
  const funds = SMALL_FUNDS.map(([b, a, s]): [number, number, number] => [b * 4, a * 4, s * 4]);
  return {
    ...chongqingReportModel(),
    sections: sectionsOf({
      progress: longSection('推进', 2000), results: longSection('成效', 2000), problems: longSection('问题', 2000), nextSteps: longSection('计划', 2000),
    }),
    figures: figuresOf(
      { total: taskCount, completed, inProgress: taskCount - completed - notStarted, notStarted, overdueMilestones: Math.floor(taskCount / 7) },
      indicators, achievements, funds,
    ),
    achievements,
  };
}

function sectionsOf(html: Record<keyof typeof SECTION_TITLES, string>): ReportSection[] {
  return (Object.keys(SECTION_TITLES) as (keyof typeof SECTION_TITLES)[]).map((key) => ({ key, title: SECTION_TITLES[key], html: html[key] }));
}

function figuresOf(
  tasks: Omit<ReportFigures['tasks'], 'completionRate'>,
  rows: ReportIndicatorRow[],
  achievements: ReportAchievementRow[],
  funds: [number, number, number][],
): ReportFigures {
  const reported = rows.filter((r) => r.actual !== null).length;
  const attained = rows.filter((r) => r.attainment !== null && r.attainment >= 1).length;
  const bySource = FUND_SOURCES.map((s, i) => ({ ...s, budget: funds[i]![0], arrived: funds[i]![1], spent: funds[i]![2] }));
  const budget = sum(bySource.map((s) => s.budget));
  const arrived = sum(bySource.map((s) => s.arrived));
  const spent = sum(bySource.map((s) => s.spent));
  const levels = [{ level: 'NATIONAL', levelLabel: '国家级' }, { level: 'PROVINCIAL', levelLabel: '省级' }];
  return {
    tasks: { ...tasks, completionRate: ratio(tasks.completed, tasks.total) },
    indicators: { total: rows.length, reported, attained, attainmentRate: ratio(attained, rows.length), rows },
    achievementsByLevel: levels.map((l) => ({ ...l, count: achievements.filter((a) => a.levelLabel === l.levelLabel).length })),
    funds: { budget, arrived, spent, arrivalRate: ratio(arrived, budget), executionRate: ratio(spent, arrived), bySource },
  };
}

function indicator(taskCode: string, code: string, name: string, unit: string, target: number | null, actual: number | null): ReportIndicatorRow {
  return { taskCode, code, name, unit, target, actual, attainment: target && actual !== null ? actual / target : null };
}

const LARGE_INDICATOR_NAMES = ['新增校企合作订单班', '教师企业实践天数', '技术服务到款额', '职业技能等级证书获取率', '在线精品课程', '横向科研项目'];
const LARGE_UNITS = ['个', '天', '万元', '%', '门', '项'];

function largeIndicator(i: number, taskCount: number): ReportIndicatorRow {
  const task = String((i % taskCount) + 1);
  const kind = i % LARGE_INDICATOR_NAMES.length;
  const target = 10 + (i % 37) * 5;
  // Every 9th indicator has no actual yet; the others range from 60 % to 125 % of the target.
  const actual = i % 9 === 0 ? null : Math.round(target * (0.6 + (i % 14) * 0.05) * 10) / 10;
  return indicator(task, `${task}-${String(Math.floor(i / taskCount) + 1).padStart(2, '0')}`, `${LARGE_INDICATOR_NAMES[kind]}（第 ${i + 1} 项）`, LARGE_UNITS[kind]!, target, actual);
}

function largeAchievement(i: number, taskCount: number): ReportAchievementRow {
  return {
    title: `${i % 3 === 0 ? '国家级' : '重庆市'}${['教学成果奖', '技能大赛获奖', '精品在线开放课程', '专利转化项目'][i % 4]}（第 ${i + 1} 项）`,
    levelLabel: i % 3 === 0 ? '国家级' : '省级',
    categoryLabel: ['教学成果', '学生竞赛', '课程建设', '社会服务'][i % 4]!,
    achievedOn: `2025-0${7 + (i % 3)}-${String((i % 28) + 1).padStart(2, '0')}`,
    taskCodes: [String((i % taskCount) + 1)],
  };
}

/** About `length` visible characters of paragraphs and lists in the shape editors produce. */
function longSection(topic: string, length: number): string {
  const sentence = (n: number): string =>
    `第${n}项${topic}工作按照建设方案稳步实施，学校统筹校内外资源，强化过程管理与绩效监测，相关部门协同推进，阶段目标总体达成。`;
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < length; n++) {
    const text = sentence(n);
    parts.push(n % 4 === 0 ? `<ul><li><strong>${text}</strong></li></ul>` : `<p>${text}</p>`);
    size += text.length;
  }
  return parts.join('');
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
