/**
 * 天津职业大学 — school-track task book of the national plan (SG-2019, 2019–2023).
 *
 * Seed 001 (津职大党〔2019〕68号) gives: the ten reform and development tasks (titles verbatim below),
 * the three phases of the 大学习、大讨论、大推动 campaign with their date ranges and responsible
 * departments (tasks 1.1.1–1.1.3), the 1+X certificate pilot, 眼视光 and 包装 as the leading groups and
 * the target “2个国家级、5个市级、3个校级高水平专业群” (indicators 4-01..4-03). Everything else —
 * sub-tasks, figures, budgets, dates — is assumed and plausible for a tier-A national school.
 * The two national groups have books of their own (tjvi-groups.ts); tasks 4.1 and 4.2 point to
 * them and carry no budget here, so no money is counted twice.
 */
import type { DemoTaskBook } from './types.js';
import { _, annual, bookKit, fundMovements, milestone, narrative, progressOf, quarterly, task } from './kit.js';

const k = bookKit(2019, 2023);
const ALL = { start: '2019-08-26', end: '2023-12-31' }; // the 68号 campaign opens at the end of August 2019

const budgets = [
  // 万元 per year 2019..2023 — all amounts assumed (total ≈ 9,630 万元). 举办方 is the municipality: LOCAL.
  ...k.budget('1', 'LOCAL', [20, 40, 40, 40, 30]),
  ...k.budget('1', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('2', 'CENTRAL', [120, 250, 250, 250, 180]),
  ...k.budget('2', 'LOCAL', [100, 200, 200, 200, 150]),
  ...k.budget('2', 'SELF', [50, 80, 80, 80, 60]),
  ...k.budget('3', 'CENTRAL', [100, 250, 250, 250, 150]),
  ...k.budget('3', 'INDUSTRY', [40, 100, 150, 150, 110]),
  ...k.budget('3', 'SELF', [30, 60, 60, 60, 40]),
  ...k.budget('4.3', 'LOCAL', [60, 150, 150, 150, 120]),
  ...k.budget('4.3', 'SELF', [40, 80, 80, 80, 60]),
  ...k.budget('5', 'CENTRAL', [80, 200, 200, 200, 120]),
  ...k.budget('5', 'LOCAL', [60, 120, 120, 120, 80]),
  ...k.budget('6', 'INDUSTRY', [80, 150, 200, 200, 150]),
  ...k.budget('6', 'SELF', [20, 40, 40, 40, 30]),
  ...k.budget('7', 'LOCAL', [30, 60, 60, 60, 40]),
  ...k.budget('7', 'SELF', [20, 40, 40, 40, 30]),
  ...k.budget('8', 'LOCAL', [20, 50, 50, 50, 30]),
  ...k.budget('9', 'CENTRAL', [60, 150, 150, 120, 70]),
  ...k.budget('9', 'LOCAL', [40, 100, 100, 80, 50]),
  ...k.budget('10', 'CENTRAL', [40, 100, 100, 100, 60]),
  ...k.budget('10', 'SELF', [20, 40, 40, 40, 30]),
];

export const tjviSchoolBook: DemoTaskBook = {
  institutionCode: 'TJVI',
  programmeCode: 'SG-2019',
  track: 'SCHOOL',
  specialtyGroup: null,
  approved: true,
  document: {
    title: '天津职业大学 中国特色高水平高职学校建设 任务书',
    startYear: 2019,
    endYear: 2023,
    tasks: [
      task('1', '坚持高质量党建引领，推进高水平改革发展', { lead: 'ZZB', coop: ['XCB', 'JGB', 'DZB'], ...ALL }),
      task('1.1', '开展“双高计划”建设大学习、大讨论、大推动', {
        lead: 'ZZB', coop: ['XCB', 'JGB', 'JWC', 'SGB'], start: '2019-08-26', end: '2019-12-31',
        description: '校院两级联动、面向全体教职工，分宣传发动、学习讨论、实践转化三个阶段推进（津职大党〔2019〕68号）。',
      }),
      task('1.1.1', '宣传发动：动员部署、专家讲座、舆论先导', { lead: 'JGB', coop: ['JWC', 'ZZB', 'XCB'], start: '2019-08-26', end: '2019-09-10' }),
      task('1.1.2', '学习讨论：中心组学习、专题研讨、完善建设方案和任务书', { lead: 'ZZB', coop: ['XCB', 'JGB', 'JWC'], start: '2019-09-11', end: '2019-10-20' }),
      task('1.1.3', '实践转化：形成实践成果和制度成果，分解落实十大任务', { lead: 'SGB', start: '2019-10-21', end: '2019-12-31' }), // lead assumed (seed: 各单位)
      task('1.2', '实施基层党组织“对标争先”，推进党建与业务双融双促', { lead: 'ZZB', coop: ['JGB'], start: '2020-01-01', end: '2023-12-31' }),
      task('2', '落实立德树人根本任务，打造技术技能人才培养高地', { lead: 'JWC', coop: ['XCB', 'YSG', 'BZYS'], ...ALL }),
      task('2.1', '深化“学历证书+若干职业技能等级证书”制度试点', { lead: 'JWC', coop: ['YSG', 'BZYS'], start: '2019-10-01', end: '2023-12-31' }),
      task('2.2', '推进课程思政与“三全育人”综合改革', { lead: 'XCB', coop: ['JWC', 'JGB'], start: '2020-01-01', end: '2023-12-31' }),
      task('3', '创新产教融合机制，打造技术技能创新服务平台', { lead: 'KJC', coop: ['YSG', 'BZYS'], ...ALL }),
      task('3.1', '建设眼视光、包装领域协同创新中心', { lead: 'KJC', coop: ['YSG', 'BZYS'], start: '2020-01-01', end: '2022-12-31' }),
      task('3.2', '建设技术转移与成果转化服务中心', { lead: 'KJC', start: '2021-01-01', end: '2023-12-31' }),
      task('4', '以眼视光和包装为引领，打造高水平专业群', { lead: 'JWC', coop: ['YSG', 'BZYS', 'SGB'], leader: 'tjvi.lead', ...ALL }),
      task('4.1', '眼视光技术专业群（国家级，另立任务书）', {
        lead: 'YSG', coop: ['JWC'], leader: 'tjvi.lead', projectLeader: 'tjvi.lead', ...ALL,
        description: '按《眼视光技术专业群建设任务书》实施，资金与指标在该任务书中单列。',
      }),
      task('4.2', '包装工程技术专业群（国家级，另立任务书）', {
        lead: 'BZYS', coop: ['JWC'], ...ALL,
        description: '按《包装工程技术专业群建设任务书》实施，资金与指标在该任务书中单列。',
      }),
      task('4.3', '建设5个市级、3个校级高水平专业群', { lead: 'JWC', coop: ['SGB', 'ZKB'], start: '2020-01-01', end: '2023-12-31' }),
      task('4.3.1', '制定校级高水平专业群遴选与考核办法', { lead: 'JWC', coop: ['ZKB'], start: '2020-01-01', end: '2020-06-30' }),
      task('4.3.2', '培育并申报市级高水平专业群', { lead: 'JWC', coop: ['SGB'], start: '2020-03-01', end: '2022-12-31' }),
      task('5', '以“四有”为标准，打造高水平双师队伍', { lead: 'RSC', coop: ['JGB', 'JWC'], ...ALL }),
      task('5.1', '引育专业群领军人才和“双师型”骨干教师', { lead: 'RSC', coop: ['JGB'], ...ALL }),
      task('5.2', '建设国家级职业教育教师教学创新团队', { lead: 'RSC', coop: ['YSG', 'BZYS'], start: '2020-01-01', end: '2023-12-31' }),
      task('6', '提升校企合作水平，构建校企命运共同体', { lead: 'KJC', coop: ['JWC', 'YSG', 'BZYS'], ...ALL }),
      task('7', '提升服务发展水平，主动支撑国家战略', { lead: 'KJC', coop: ['JWC'], ...ALL }),
      task('8', '提升学校治理水平，激发高质量发展活力', { lead: 'DZB', coop: ['ZKB', 'SGB', 'RSC'], ...ALL }),
      task('9', '提升信息化水平，建设高水平智慧校园', { lead: 'DZB', coop: ['JWC', 'ZKB'], ...ALL }), // lead assumed: no IT office among the demo departments
      task('10', '提升国际化水平，创建职教国际品牌', { lead: 'GJC', coop: ['JWC', 'YSG', 'BZYS'], ...ALL }),
      task('10.1', '建设海外鲁班工坊，输出专业教学标准', { lead: 'GJC', coop: ['YSG'], start: '2020-01-01', end: '2023-12-31' }), // assumed
      task('10.2', '开展来华留学与境外人员培训', { lead: 'GJC', coop: ['JWC'], start: '2020-01-01', end: '2023-12-31' }),
    ],
    milestones: [
      milestone('1.1.1', '2019-09-10', '召开大学习、大讨论、大推动动员部署会', '实施方案、动员会纪要、专家讲座报道', 'DONE'),
      milestone('1.1.3', '2019-12-31', '研讨成果纳入建设方案修改和任务书细化', '各单位研讨成果汇编、任务书分解表', 'DONE'),
      milestone('1.2', '2021-12-31', '首批校级党建工作样板支部验收', '验收报告', 'DONE'),
      milestone('2.1', '2021-12-31', '1+X证书试点覆盖全部专业群', '试点项目清单', 'DONE'),
      milestone('2', '2023-06-30', '学生获全国职业院校技能大赛一等奖累计10项', '获奖证书', 'PENDING'),
      milestone('3.1', '2021-06-30', '眼视光协同创新中心获批市级平台', '立项文件', 'DONE'),
      milestone('3.2', '2022-12-31', '技术转移服务中心挂牌运行', '运行制度、首批转化合同', 'PENDING'),
      milestone('4.3.1', '2020-06-30', '发布校级高水平专业群遴选与考核办法', '校发文件', 'DONE'),
      milestone('4.3.2', '2022-12-31', '5个市级高水平专业群全部获批', '市教委立项文件', 'DONE'),
      milestone('5.2', '2021-09-30', '国家级职业教育教师教学创新团队立项', '教育部立项名单', 'DONE'),
      milestone('5', '2023-12-31', '“双师型”教师比例达到90%', '教师队伍统计表', 'PENDING'),
      milestone('6', '2022-12-31', '校企共建产业学院达到8个', '共建协议', 'DONE'),
      milestone('7', '2023-12-31', '年社会培训达到3万人日', '培训台账', 'DONE'),
      milestone('8', '2020-12-31', '完成学校章程修订并报核准', '章程核准书', 'DONE'),
      milestone('8', '2021-12-31', '建成内部质量保证诊断与改进平台', '平台验收报告', 'DONE'),
      milestone('9', '2021-06-30', '建成网上办事大厅', '上线通知', 'DONE'),
      milestone('9', '2022-12-31', '智慧教室覆盖率达到60%', '建设验收单', 'DONE'), // done late, in 2023-Q4
      milestone('10.1', '2022-12-31', '第二个海外鲁班工坊建成启用', '合作协议、揭牌报道', 'PENDING'),
      milestone('10.2', '2023-12-31', '境外人员培训累计500人次（2021年起）', '培训台账', 'DONE'),
    ],
    indicators: [
      k.stock('1-01', '校级党建工作样板支部（累计）', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 2, 4, 6, 8] }),
      k.qual('1.1-01', '大学习、大讨论、大推动形成实践成果和制度成果', 'OUTPUT_QUALITY'),
      k.stock('2-01', '毕业生就业率', { category: 'BENEFIT_SOCIAL', unit: '%', baseline: 95.2, targets: [95.5, 96, 96, 96.5, 97] }),
      k.stock('2-02', '学生获全国职业院校技能大赛一等奖（累计）', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 3, targets: [4, 5, 7, 9, 10] }),
      k.stock('2.1-01', '1+X证书试点项目', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 0, targets: [5, 12, 18, 22, 25] }),
      k.stock('2.2-01', '校级课程思政示范课程（累计）', { category: 'OUTPUT_QUANTITY', unit: '门', baseline: 10, targets: [20, 40, 60, 80, 100] }),
      k.flow('3-01', '技术服务到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 650, targets: [800, 1000, 1200, 1400, 1600] }),
      k.stock('3-02', '授权发明专利（累计）', { category: 'OUTPUT_QUANTITY', unit: '件', baseline: 35, targets: [40, 55, 70, 85, 100] }),
      // Seed 001: “着力打造2个国家级、5个市级、3个校级高水平专业群”.
      k.stock('4-01', '国家级高水平专业群', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [2, 2, 2, 2, 2] }),
      k.stock('4-02', '市级高水平专业群', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 3, 4, 5, 5] }),
      k.stock('4-03', '校级高水平专业群', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 1, 2, 3, 3] }),
      k.stock('5-01', '“双师型”教师占专业课教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 72, targets: [75, 78, 82, 86, 90] }),
      k.stock('5-02', '生师比', { category: 'OUTPUT_QUALITY', unit: null, baseline: 18.6, targets: [18.4, 18.2, 18, 17.8, 17.5], direction: 'LOWER_BETTER' }),
      k.stock('5.2-01', '国家级职业教育教师教学创新团队', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 1, 1, 2, 2] }),
      k.stock('6-01', '校企共建产业学院', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 2, targets: [3, 4, 6, 8, 8] }),
      k.flow('7-01', '社会培训', { category: 'BENEFIT_SOCIAL', unit: '人日', baseline: 18000, targets: [20000, 22000, 25000, 28000, 30000] }),
      k.stock('8-01', '学生满意度', { category: 'SATISFACTION', unit: '%', baseline: 90, targets: [90, 91, 92, 93, 94] }),
      k.qual('8-02', '完成学校章程修订，健全现代大学制度体系', 'OUTPUT_QUALITY'),
      k.stock('9-01', '网上办事大厅可办事项', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 20, targets: [30, 60, 90, 110, 120] }),
      k.stock('9-02', '智慧教室占教室总数比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 15, targets: [20, 30, 45, 60, 70] }),
      k.stock('10.1-01', '海外鲁班工坊', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 1, targets: [1, 1, 2, 2, 2] }),
      k.stock('10.1-02', '被境外院校采用的专业教学标准（累计）', { category: 'BENEFIT_SUSTAINABLE', unit: '个', baseline: 2, targets: [2, 3, 4, 5, 6] }),
      k.flow('10.2-01', '境外人员培训', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 80, targets: [100, 150, 200, 250, 300] }),
    ],
    budgets,
  },
  flowIndicatorCodes: ['3-01', '7-01', '10.2-01'],
  // All figures assumed; reporting on the platform starts in 2021. Lagging on purpose: 3-01 and 7-01 in
  // 2022 (pandemic), 4-03 and 5.2-01 in 2022, 9-02 in 2022, 10.1-01 throughout, 10.2-01 in 2021–2022.
  actuals: [
    narrative('1.1-01', '2019-Q4', '完成宣传发动、学习讨论、实践转化三个阶段，形成研讨成果汇编1册，12项意见纳入建设方案修改和任务书细化。'),
    ...quarterly('1-01', { 2021: [2, 2, 3, 4], 2022: [4, 5, 5, 6], 2023: [6, 7, 7, 8] }),
    ...annual('2-01', { 2021: 96.3, 2022: 95.1, 2023: 96.8 }),
    ...quarterly('2-02', { 2021: [5, 5, 7, 7], 2022: [7, 7, 8, 8], 2023: [8, 8, 9, 9] }),
    ...quarterly('2.1-01', { 2021: [14, 16, 18, 19], 2022: [19, 21, 22, 23], 2023: [23, 24, 25, 26] }),
    ...quarterly('2.2-01', { 2021: [_, 45, _, 62], 2022: [_, 70, _, 83], 2023: [_, 90, _, 104] }),
    ...quarterly('3-01', { 2021: [180.5, 260.3, 310.8, 402.6], 2022: [150.2, 198.7, 240.1, 310.4], 2023: [260.8, 355.1, 402.3, 520.6] }),
    ...quarterly('3-02', { 2021: [58, 61, 66, 71], 2022: [73, 76, 80, 84], 2023: [88, 92, 97, 103] }),
    ...quarterly('4-01', { 2021: [2, 2, 2, 2], 2022: [2, 2, 2, 2], 2023: [2, 2, 2, 2] }),
    ...quarterly('4-02', { 2021: [3, 3, 4, 4], 2022: [4, 4, 5, 5], 2023: [5, 5, 5, 5] }),
    ...quarterly('4-03', { 2021: [1, 1, 2, 2], 2022: [2, 2, 2, 2], 2023: [2, 3, 3, 3] }),
    ...annual('5-01', { 2021: 81.5, 2022: 84.9, 2023: 88.2 }),
    ...annual('5-02', { 2021: 18.3, 2022: 18.1, 2023: 17.4 }),
    ...quarterly('5.2-01', { 2021: [0, 0, 1, 1], 2022: [1, 1, 1, 1], 2023: [1, 1, 2, 2] }),
    ...quarterly('6-01', { 2021: [4, 5, 5, 6], 2022: [6, 7, 7, 8], 2023: [8, 8, 8, 9] }),
    ...quarterly('7-01', { 2021: [4200, 5600, 6900, 7400], 2022: [3100, 4800, 5200, 6100], 2023: [5800, 7200, 8100, 9300] }),
    ...annual('8-01', { 2021: 92.6, 2022: 93.1, 2023: 94.5 }),
    narrative('8-02', '2021-Q2', '学校章程修订稿经教代会审议、市教委核准后发布；配套修订议事规则等制度18项。'),
    ...quarterly('9-01', { 2021: [65, 72, 80, 92], 2022: [96, 101, 105, 112], 2023: [114, 117, 119, 123] }),
    ...quarterly('9-02', { 2021: [31, 35, 38, 44], 2022: [44, 44, 44, 44], 2023: [48, 53, 58, 63] }),
    ...quarterly('10.1-01', { 2021: [1, 1, 1, 1], 2022: [1, 1, 1, 1], 2023: [1, 1, 1, 1] }),
    ...quarterly('10.1-02', { 2021: [3, 3, 3, 4], 2022: [4, 4, 5, 5], 2023: [5, 5, 6, 6] }),
    ...quarterly('10.2-01', { 2021: [0, 20, 35, 40], 2022: [15, 30, 45, 60], 2023: [40, 60, 75, 90] }),
  ],
  fundMovements: fundMovements(budgets, {
    from: '2019-Q4',
    until: '2023-Q4',
    slow: [
      { task: '10', from: 2020, spent: 0.55 }, // 国际化: travel and partner visits stopped in the pandemic
      { task: '9', from: 2023, spent: 0.7 }, // 智慧教室 procurement slipped (milestone overdue)
      { task: '3', source: 'INDUSTRY', from: 2021, arrived: 0.75 }, // enterprise money arrives short
    ],
  }),
  progress: progressOf([
    ['1', 'COMPLETED', 100], ['1.1', 'COMPLETED', 100], ['1.1.1', 'COMPLETED', 100], ['1.1.2', 'COMPLETED', 100],
    ['1.1.3', 'COMPLETED', 100], ['1.2', 'COMPLETED', 100],
    ['2', 'IN_PROGRESS', 92], ['2.1', 'COMPLETED', 100], ['2.2', 'IN_PROGRESS', 90],
    ['3', 'LAGGING', 78], ['3.1', 'COMPLETED', 100], ['3.2', 'LAGGING', 60],
    ['4', 'IN_PROGRESS', 95], ['4.1', 'IN_PROGRESS', 96], ['4.2', 'IN_PROGRESS', 94], ['4.3', 'COMPLETED', 100],
    ['4.3.1', 'COMPLETED', 100], ['4.3.2', 'COMPLETED', 100],
    ['5', 'IN_PROGRESS', 93], ['5.1', 'IN_PROGRESS', 92], ['5.2', 'COMPLETED', 100],
    ['6', 'COMPLETED', 100], ['7', 'IN_PROGRESS', 90], ['8', 'COMPLETED', 100], ['9', 'LAGGING', 80],
    ['10', 'LAGGING', 65], ['10.1', 'LAGGING', 50], ['10.2', 'IN_PROGRESS', 88],
  ]),
};
