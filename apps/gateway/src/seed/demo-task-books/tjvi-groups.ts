/**
 * 天津职业大学 — the two national specialty-group books (SG-2019, 2019–2023), one per
 * SPECIALTY_GROUP enrolment in demo-data.ts. Seed 001 names only “眼视光” and “包装” as the leading
 * groups; tasks follow the usual aspects of a national group plan; everything else is assumed.
 *
 * The 包装 book is left as a DRAFT (approved: false) so the demo has a book to walk through
 * submit → approve; nothing is reported against it. A real book would have been approved in 2020.
 */
import type { DemoTaskBook } from './types.js';
import { _, annual, bookKit, fundMovements, milestone, narrative, progressOf, quarterly, task } from './kit.js';

const k = bookKit(2019, 2023);
const ALL = { start: '2020-01-01', end: '2023-12-31' };

// ───────────────────────────────────────────────────────────────────────────── 眼视光技术专业群

const ysgBudgets = [
  // 万元 per year 2019..2023 (assumed; total ≈ 2,070 万元)
  ...k.budget('1', 'CENTRAL', [30, 60, 60, 60, 40]),
  ...k.budget('2', 'CENTRAL', [50, 120, 120, 100, 60]),
  ...k.budget('2', 'LOCAL', [20, 50, 50, 50, 30]),
  ...k.budget('3', 'LOCAL', [20, 40, 40, 40, 30]),
  ...k.budget('4', 'CENTRAL', [40, 120, 120, 80, 40]),
  ...k.budget('4', 'INDUSTRY', [30, 100, 100, 60, 30]),
  ...k.budget('5', 'INDUSTRY', [10, 30, 30, 30, 20]),
  ...k.budget('5', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('6', 'SELF', [10, 20, 20, 20, 10]),
];

export const tjviOptometryBook: DemoTaskBook = {
  institutionCode: 'TJVI',
  programmeCode: 'SG-2019',
  track: 'SPECIALTY_GROUP',
  specialtyGroup: '眼视光技术专业群',
  approved: true,
  document: {
    title: '天津职业大学 眼视光技术专业群 中国特色高水平专业群建设 任务书',
    startYear: 2019,
    endYear: 2023,
    tasks: [
      task('1', '创新“校企双元、岗课赛证融通”人才培养模式', { lead: 'YSG', coop: ['JWC'], projectLeader: 'tjvi.lead', ...ALL }),
      task('2', '建设眼视光技术专业群课程体系与教学资源', { lead: 'YSG', coop: ['JWC'], ...ALL }),
      task('2.1', '升级眼视光技术专业国家级教学资源库', { lead: 'YSG', coop: ['JWC'], start: '2020-01-01', end: '2022-12-31' }),
      task('3', '打造眼视光专业群教师教学创新团队', { lead: 'RSC', coop: ['YSG'], ...ALL }),
      task('4', '建设眼视光产教融合实训基地', { lead: 'YSG', coop: ['KJC'], ...ALL }),
      task('4.1', '建设眼视光虚拟仿真实训中心', { lead: 'YSG', start: '2020-03-01', end: '2022-09-30' }),
      task('5', '建设视觉健康技术技能平台，开展社会服务', { lead: 'KJC', coop: ['YSG'], projectLeader: 'tjvi.lead', ...ALL }),
      task('6', '开展眼视光国际交流与合作', { lead: 'GJC', coop: ['YSG'], ...ALL }),
    ],
    milestones: [
      milestone('1', '2021-07-15', '首届现代学徒制试点班结业', '结业名单、企业评价', 'DONE'),
      milestone('2.1', '2022-12-31', '教学资源库升级改进通过验收', '验收意见', 'DONE'),
      milestone('3', '2022-12-31', '教师教学创新团队年度考核', '考核报告', 'DONE'),
      milestone('4.1', '2022-09-30', '虚拟仿真实训中心投入使用', '验收单、使用记录', 'DONE'),
      milestone('5', '2021-12-31', '建成视觉健康服务中心', '挂牌报道、服务台账', 'DONE'),
      milestone('6', '2023-06-30', '与境外院校合作开发眼视光专业教学标准', '合作协议、标准文本', 'PENDING'),
    ],
    indicators: [
      k.stock('1-01', '学生获省级以上眼视光类技能竞赛奖项（累计）', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 6, targets: [8, 12, 16, 20, 24] }),
      k.stock('2-01', '校企合作开发新形态教材（累计）', { category: 'OUTPUT_QUANTITY', unit: '部', baseline: 2, targets: [3, 5, 7, 9, 10] }),
      k.stock('2.1-01', '教学资源库注册用户', { category: 'BENEFIT_SOCIAL', unit: '万人', baseline: 3.2, targets: [4, 6, 8, 10, 12] }),
      k.stock('3-01', '专业群“双师型”教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 80, targets: [82, 85, 88, 90, 92] }),
      k.stock('4-01', '实训基地工位', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 320, targets: [350, 420, 500, 560, 600] }),
      k.flow('5-01', '视力筛查与验光配镜社会服务', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 6000, targets: [8000, 10000, 12000, 14000, 16000] }),
      k.qual('6-01', '眼视光专业教学标准被境外院校采用', 'BENEFIT_SUSTAINABLE'),
    ],
    budgets: ysgBudgets,
  },
  flowIndicatorCodes: ['5-01'],
  // Assumed figures; 5-01 lags in 2022 (school screenings suspended), 6-01 has no result yet.
  actuals: [
    ...quarterly('1-01', { 2021: [13, 13, 15, 16], 2022: [16, 17, 19, 20], 2023: [20, 21, 23, 25] }),
    ...quarterly('2-01', { 2021: [_, 6, _, 7], 2022: [_, 8, _, 9], 2023: [_, 9, _, 10] }),
    ...quarterly('2.1-01', { 2021: [6.4, 6.9, 7.5, 8.3], 2022: [8.8, 9.3, 9.7, 10.4], 2023: [10.9, 11.3, 11.8, 12.6] }),
    ...annual('3-01', { 2021: 87.5, 2022: 89.2, 2023: 91.4 }),
    ...quarterly('4-01', { 2021: [420, 440, 470, 500], 2022: [500, 520, 540, 560], 2023: [560, 580, 600, 600] }),
    ...quarterly('5-01', { 2021: [1800, 3200, 3600, 3900], 2022: [900, 2400, 2100, 2600], 2023: [2900, 4100, 4300, 4500] }),
    narrative('6-01', '2023-Q2', '与境外合作院校完成标准框架和3门核心课程标准初稿，尚未正式采用。'),
  ],
  fundMovements: fundMovements(ysgBudgets, {
    from: '2019-Q4',
    until: '2023-Q4',
    slow: [{ task: '6', from: 2020, spent: 0.5 }],
  }),
  progress: progressOf([
    ['1', 'COMPLETED', 100], ['2', 'COMPLETED', 100], ['2.1', 'COMPLETED', 100], ['3', 'IN_PROGRESS', 95],
    ['4', 'COMPLETED', 100], ['4.1', 'COMPLETED', 100], ['5', 'IN_PROGRESS', 92], ['6', 'LAGGING', 55],
  ]),
};

// ───────────────────────────────────────────────────────────────────────────── 包装工程技术专业群 (draft)

export const tjviPackagingBook: DemoTaskBook = {
  institutionCode: 'TJVI',
  programmeCode: 'SG-2019',
  track: 'SPECIALTY_GROUP',
  specialtyGroup: '包装工程技术专业群',
  approved: false,
  document: {
    title: '天津职业大学 包装工程技术专业群 中国特色高水平专业群建设 任务书',
    startYear: 2019,
    endYear: 2023,
    tasks: [
      task('1', '创新包装工程技术专业群人才培养模式', { lead: 'BZYS', coop: ['JWC'], ...ALL }),
      task('2', '建设包装专业群课程体系与教学资源', { lead: 'BZYS', coop: ['JWC'], ...ALL }),
      task('3', '打造包装专业群教师教学创新团队', { lead: 'RSC', coop: ['BZYS'], ...ALL }),
      task('4', '建设包装印刷产教融合实训基地', { lead: 'BZYS', coop: ['KJC'], ...ALL }),
      task('4.1', '建设绿色包装智能制造生产性实训中心', { lead: 'BZYS', coop: ['KJC'], start: '2020-06-01', end: '2022-12-31' }),
      task('5', '建设绿色包装技术服务平台', { lead: 'KJC', coop: ['BZYS'], ...ALL }),
    ],
    milestones: [
      milestone('1', '2021-09-30', '包装专业群人才培养方案修订发布', '人才培养方案', 'PENDING'),
      milestone('2', '2022-12-31', '建成包装专业群在线开放课程10门', '课程清单', 'PENDING'),
      milestone('3', '2021-12-31', '专业群教师企业实践全覆盖', '实践记录', 'PENDING'),
      milestone('4.1', '2022-12-31', '生产性实训中心通过验收', '验收意见', 'PENDING'),
      milestone('5', '2023-06-30', '绿色包装技术服务平台获批市级平台', '立项文件', 'PENDING'),
    ],
    indicators: [
      k.stock('1-01', '学生获省级以上包装印刷类技能竞赛奖项（累计）', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 4, targets: [5, 8, 11, 14, 16] }),
      k.stock('2-01', '专业群在线开放课程（累计）', { category: 'OUTPUT_QUANTITY', unit: '门', baseline: 3, targets: [4, 6, 10, 12, 14] }),
      k.stock('3-01', '专业群“双师型”教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 76, targets: [78, 82, 85, 88, 90] }),
      k.flow('5-01', '绿色包装技术服务到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 90, targets: [100, 150, 200, 250, 300] }),
      k.qual('5-02', '形成绿色包装技术标准并被行业采用', 'BENEFIT_SUSTAINABLE'),
    ],
    budgets: [
      // 万元 per year 2019..2023 (assumed; total ≈ 1,470 万元)
      ...k.budget('1', 'CENTRAL', [20, 50, 50, 50, 30]),
      ...k.budget('2', 'CENTRAL', [40, 100, 100, 80, 40]),
      ...k.budget('3', 'LOCAL', [20, 40, 40, 40, 20]),
      ...k.budget('4', 'CENTRAL', [30, 100, 100, 60, 20]),
      ...k.budget('4', 'INDUSTRY', [20, 80, 80, 40, 20]),
      ...k.budget('5', 'INDUSTRY', [10, 30, 30, 30, 20]),
      ...k.budget('5', 'SELF', [10, 20, 20, 20, 10]),
    ],
  },
  flowIndicatorCodes: ['5-01'],
  actuals: [],
  fundMovements: [],
  progress: [],
};
