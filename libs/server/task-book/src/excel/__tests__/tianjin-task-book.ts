import type { TaskBookDocument, TaskRow } from '../../domain/task-book-document.js';

/**
 * A realistic task book: 天津职业大学 (national 双高, 2019–2023), its ten reform and development
 * tasks (seed 001, 津职大党〔2019〕68号) with a few level-2/3 tasks, milestones from the study /
 * discuss / promote campaign, indicators with yearly targets and budgets by funding source.
 */
export const TIANJIN_DEPARTMENTS = new Set([
  'DZB', // 党政办公室
  'ZZB', // 组织部
  'XCB', // 宣传部
  'JGB', // 教工部
  'JWC', // 教务处
  'KJC', // 科技处
  'RSC', // 人事处
  'XQHZ', // 校企合作处
  'FZGH', // 发展规划处
  'XXZX', // 信息化中心
  'GJC', // 国际交流处
  'YSG', // 眼视光工程学院
  'BZY', // 包装与印刷工程学院
]);

export const TIANJIN_USERS = new Set(['wang.jianguo', 'li.hong', 'zhao.min', 'chen.lei', 'liu.yang', 'sun.li', 'zhou.qiang', 'wu.fang', 'zheng.tao', 'xu.jing']);

const task = (code: string, title: string, rest: Partial<TaskRow> = {}): TaskRow => ({
  code,
  title,
  description: null,
  leadDepartmentCode: null,
  cooperatingDepartmentCodes: [],
  leaderUsername: null,
  projectLeaderUsername: null,
  startDate: '2019-01-01',
  endDate: '2023-12-31',
  status: 'IN_PROGRESS',
  ...rest,
});

const all5 = (a: number, b: number, c: number, d: number, e: number) => ({ 2019: a, 2020: b, 2021: c, 2022: d, 2023: e });

export const tianjinTaskBook = (): TaskBookDocument => ({
  title: '天津职业大学 中国特色高水平高职学校建设 任务书',
  startYear: 2019,
  endYear: 2023,
  tasks: [
    task('1', '坚持高质量党建引领，推进高水平改革发展', { leadDepartmentCode: 'ZZB', cooperatingDepartmentCodes: ['XCB', 'JGB'], leaderUsername: 'wang.jianguo', projectLeaderUsername: 'zhao.min' }),
    task('1.1', '开展“双高计划”建设大学习、大讨论、大推动', {
      description: '坚持校院两级联动，面向全校教职工，分宣传发动、学习讨论、实践转化三个阶段开展。',
      leadDepartmentCode: 'ZZB', cooperatingDepartmentCodes: ['XCB', 'JGB', 'JWC'], leaderUsername: 'wang.jianguo', projectLeaderUsername: 'zhao.min',
      startDate: '2019-08-26', endDate: '2019-12-31', status: 'COMPLETED',
    }),
    task('1.1.1', '宣传发动阶段', {
      description: '动员部署；举办讲座；舆论先导。\n（教工部、教务处、组织部、宣传部）',
      leadDepartmentCode: 'JGB', cooperatingDepartmentCodes: ['JWC', 'ZZB', 'XCB'], startDate: '2019-08-26', endDate: '2019-09-10', status: 'COMPLETED',
    }),
    task('1.1.2', '学习讨论阶段', { leadDepartmentCode: 'ZZB', cooperatingDepartmentCodes: ['XCB', 'JGB', 'JWC'], startDate: '2019-09-11', endDate: '2019-10-20', status: 'COMPLETED' }),
    task('1.1.3', '实践转化阶段', { startDate: '2019-10-21', endDate: '2019-12-31', status: 'COMPLETED' }),
    task('1.2', '实施基层党组织“星级”考评', { leadDepartmentCode: 'ZZB', startDate: '2020-01-01' }),
    task('2', '落实立德树人根本任务，打造技术技能人才培养高地', { leadDepartmentCode: 'JWC', leaderUsername: 'li.hong', projectLeaderUsername: 'chen.lei' }),
    task('3', '创新产教融合机制，打造技术技能创新服务平台', { leadDepartmentCode: 'KJC', cooperatingDepartmentCodes: ['XQHZ'], projectLeaderUsername: 'liu.yang' }),
    task('4', '以眼视光和包装为引领，打造高水平专业群', { leadDepartmentCode: 'JWC', cooperatingDepartmentCodes: ['YSG', 'BZY'], leaderUsername: 'li.hong', projectLeaderUsername: 'sun.li' }),
    task('4.1', '眼视光技术专业群', { leadDepartmentCode: 'YSG', projectLeaderUsername: 'sun.li' }),
    task('4.1.1', '建设眼视光技术国家级专业教学资源库', { leadDepartmentCode: 'YSG', startDate: '2020-03-01', endDate: '2022-12-31', status: 'LAGGING' }),
    task('4.2', '包装策划与设计专业群', { leadDepartmentCode: 'BZY', projectLeaderUsername: 'zhou.qiang' }),
    task('5', '以“四有”为标准，打造高水平双师队伍', { leadDepartmentCode: 'RSC', cooperatingDepartmentCodes: ['JGB'], projectLeaderUsername: 'wu.fang' }),
    task('6', '提升校企合作水平，构建校企命运共同体', { leadDepartmentCode: 'XQHZ' }),
    task('7', '提升服务发展水平，主动支撑国家战略', { leadDepartmentCode: 'KJC', status: 'NOT_STARTED', startDate: null, endDate: null }),
    task('8', '提升学校治理水平，激发高质量发展活力', { leadDepartmentCode: 'FZGH', cooperatingDepartmentCodes: ['DZB'], projectLeaderUsername: 'zheng.tao' }),
    task('9', '提升信息化水平，建设高水平智慧校园', { leadDepartmentCode: 'XXZX', projectLeaderUsername: 'xu.jing' }),
    task('9.1', '建设校园一卡通二期（并入智慧校园平台）', { leadDepartmentCode: 'XXZX', status: 'TERMINATED', endDate: '2020-06-30' }),
    task('10', '提升国际化水平，创建职教国际品牌', { leadDepartmentCode: 'GJC' }),
    task('10.1', '建设鲁班工坊', { leadDepartmentCode: 'GJC', cooperatingDepartmentCodes: ['YSG'] }),
  ],
  milestones: [
    { taskCode: '1.1', title: '完成动员部署和专题讲座', dueDate: '2019-09-10', deliverable: '实施方案；专家讲座 2 场', status: 'DONE' },
    { taskCode: '1.1', title: '研讨成果纳入建设方案和任务书', dueDate: '2019-10-20', deliverable: '研讨报告汇编', status: 'DONE' },
    { taskCode: '1.1', title: '形成实践成果和制度成果', dueDate: '2019-12-31', deliverable: null, status: 'DONE' },
    { taskCode: '4', title: '两个国家级专业群通过中期绩效评价', dueDate: '2021-12-31', deliverable: '中期绩效自评报告', status: 'DONE' },
    { taskCode: '9', title: '智慧校园平台一期上线', dueDate: '2022-06-30', deliverable: '平台验收报告', status: 'OVERDUE' },
    { taskCode: '10.1', title: '鲁班工坊挂牌运行', dueDate: '2023-12-31', deliverable: null, status: 'PENDING' },
  ],
  indicators: [
    { taskCode: '1', code: '1-01', name: '党建引领作用充分发挥', category: 'BENEFIT_SOCIAL', kind: 'QUALITATIVE', unit: null, direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: null, finalTarget: null, yearlyTargets: {} },
    { taskCode: '1.2', code: '1.2-01', name: '星级党支部占比', category: 'OUTPUT_QUALITY', kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 40, finalTarget: 80, yearlyTargets: all5(50, 60, 70, 75, 80) },
    { taskCode: '2', code: '2-01', name: '毕业生就业率', category: 'BENEFIT_SOCIAL', kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 95.2, finalTarget: 97, yearlyTargets: { 2021: 96, 2023: 97 } },
    { taskCode: '3', code: '3-01', name: '技术服务到款额', category: 'BENEFIT_ECONOMIC', kind: 'QUANTITATIVE', unit: '万元', direction: 'HIGHER_BETTER', aggregation: 'SUM', baseline: 620.5, finalTarget: 1200, yearlyTargets: all5(700, 800, 889.71, 1000, 1200) },
    { taskCode: '4', code: '4-01', name: '国家级高水平专业群', category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '个', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 0, finalTarget: 2, yearlyTargets: all5(2, 2, 2, 2, 2) },
    { taskCode: '4', code: '4-02', name: '市级高水平专业群', category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '个', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 2, finalTarget: 5, yearlyTargets: all5(2, 3, 4, 5, 5) },
    { taskCode: '4', code: '4-03', name: '校级高水平专业群', category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '个', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 0, finalTarget: 3, yearlyTargets: all5(1, 2, 3, 3, 3) },
    { taskCode: '4.1.1', code: '4.1.1-01', name: '资源库建成标准化课程', category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '门', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 12, finalTarget: 30, yearlyTargets: { 2020: 18, 2021: 24, 2022: 30 } },
    { taskCode: '5', code: '5-01', name: '生均培训成本', category: 'OUTPUT_COST', kind: 'QUANTITATIVE', unit: '万元', direction: 'LOWER_BETTER', aggregation: 'LATEST', baseline: 0.35, finalTarget: 0.3, yearlyTargets: all5(0.35, 0.34, 0.33, 0.31, 0.3) },
    { taskCode: '6', code: '6-01', name: '合作企业满意度', category: 'SATISFACTION', kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 90, finalTarget: 95, yearlyTargets: all5(91, 92, 93, 94, 95) },
    { taskCode: '7', code: '7-01', name: '社会培训人次', category: 'OUTPUT_QUANTITY', kind: 'QUANTITATIVE', unit: '人次', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: 20000, finalTarget: 34397, yearlyTargets: all5(22000, 25000, 28000, 31000, 34397) },
    { taskCode: '8', code: '8-01', name: '学生流失率', category: 'BENEFIT_SUSTAINABLE', kind: 'QUANTITATIVE', unit: '%', direction: 'LOWER_BETTER', aggregation: 'LATEST', baseline: 3.5, finalTarget: 2, yearlyTargets: all5(3.2, 3, 2.8, 2.5, 2) },
    { taskCode: '9', code: '9-01', name: '信息化项目按期完成率', category: 'OUTPUT_TIMELINESS', kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: null, finalTarget: 100, yearlyTargets: { 2023: 100 } },
    { taskCode: '10', code: '10-01', name: '国际化办学品牌影响力', category: 'BENEFIT_SUSTAINABLE', kind: 'QUALITATIVE', unit: null, direction: 'HIGHER_BETTER', aggregation: 'LATEST', baseline: null, finalTarget: null, yearlyTargets: {} },
  ],
  budgets: [
    { taskCode: '1', source: 'LOCAL', year: 2019, amount: 50 },
    { taskCode: '1', source: 'SELF', year: 2020, amount: 35.5 },
    { taskCode: '4', source: 'CENTRAL', year: 2019, amount: 1500 },
    { taskCode: '4', source: 'CENTRAL', year: 2020, amount: 1500 },
    { taskCode: '4', source: 'LOCAL', year: 2019, amount: 1500 },
    { taskCode: '4', source: 'INDUSTRY', year: 2021, amount: 320.25 },
    { taskCode: '4.1', source: 'SPONSOR', year: 2020, amount: 200 },
    { taskCode: '9', source: 'SELF', year: 2022, amount: 0 },
    { taskCode: '10.1', source: 'INDUSTRY', year: 2023, amount: 88.971 },
  ],
});

/** A generated book of `taskCount` tasks (10 level-1, the rest level-2) and `indicatorCount` quantitative indicators. */
export function largeTaskBook(taskCount: number, indicatorCount: number): TaskBookDocument {
  const tasks: TaskRow[] = [];
  for (let i = 1; i <= 10; i++) tasks.push(task(String(i), `一级任务 ${i}`, { leadDepartmentCode: 'JWC' }));
  for (let n = 0; tasks.length < taskCount; n++) {
    tasks.push(task(`${(n % 10) + 1}.${Math.floor(n / 10) + 1}`, `二级任务 ${n}`, { leadDepartmentCode: 'KJC', cooperatingDepartmentCodes: ['JWC', 'RSC'], description: '说明'.repeat(20) }));
  }
  const indicators = Array.from({ length: indicatorCount }, (_, n) => {
    const t = tasks[n % tasks.length]!;
    return {
      taskCode: t.code,
      code: `${t.code}-${String(Math.floor(n / tasks.length) + 1).padStart(2, '0')}`,
      name: `指标 ${n}`,
      category: 'OUTPUT_QUANTITY' as const,
      kind: 'QUANTITATIVE' as const,
      unit: '项',
      direction: 'HIGHER_BETTER' as const,
      aggregation: 'LATEST' as const,
      baseline: n % 7,
      finalTarget: 10 + (n % 5),
      yearlyTargets: all5(1, 2, 3, 4, 10 + (n % 5)),
    };
  });
  return { title: '压力测试任务书', startYear: 2019, endYear: 2023, tasks, milestones: [], indicators, budgets: [] };
}
