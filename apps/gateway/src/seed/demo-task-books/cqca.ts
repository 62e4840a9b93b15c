/**
 * 重庆文化艺术职业学院 — Chongqing's municipal programme (CQ-SG-2020, 2020–2024, monthly reporting).
 *
 * Seed 000 (双高办 bulletin, Nov 2021) gives: the high-level school has TWELVE construction tasks, each
 * with a project leader (带头人) and a leading leader (领衔分管领导) — but not their titles, so the twelve
 * titles below are assumed (the national ten adapted to an arts college, plus two arts-specific
 * ones); the 双高办 and its 特别党支部 (重艺院党发〔2021〕119号), project leaders and responsibility
 * agreements (118号), the ten guarantee mechanisms (130号), the management rules (131号), the school
 * plan (重艺院发〔2021〕249号), and the dated events used as milestones: 10-12 party-committee
 * session (第36次党委会), 10-22 promotion meeting with signed 目标责任书, 11-01 plan briefing,
 * 11-11 work meeting hearing the twelve task leaders, 11-12 briefing on the 公共文化服务与管理 group.
 * The people the seed names are not demo users: leaders are the TASK_LEAD demo user or null.
 *
 * Actuals are entered in the months that close each quarter (the programme reports monthly).
 */
import type { DemoTaskBook } from './types.js';
import { _, bookKit, fundMovements, milestone, narrative, progressOf, quarterEndMonths, task } from './kit.js';

const k = bookKit(2020, 2024);
const ALL = { start: '2021-01-01', end: '2024-12-31' };

const schoolBudgets = [
  // 万元 per year 2020..2024 (assumed; total ≈ 3,370 万元). SPONSOR: the college's 举办方 (a municipal commission).
  ...k.budget('1', 'LOCAL', [10, 30, 30, 30, 20]),
  ...k.budget('1', 'SELF', [5, 15, 15, 15, 10]),
  ...k.budget('2', 'LOCAL', [30, 120, 120, 120, 80]),
  ...k.budget('2', 'SPONSOR', [20, 60, 60, 60, 40]),
  ...k.budget('3', 'LOCAL', [20, 80, 80, 80, 60]),
  ...k.budget('3', 'INDUSTRY', [0, 30, 40, 40, 30]),
  ...k.budget('5', 'LOCAL', [20, 80, 80, 80, 50]),
  ...k.budget('5', 'SELF', [10, 30, 30, 30, 20]),
  ...k.budget('6', 'INDUSTRY', [0, 40, 50, 50, 40]),
  ...k.budget('6', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('7', 'LOCAL', [10, 40, 40, 40, 30]),
  ...k.budget('8', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('9', 'LOCAL', [20, 80, 80, 60, 40]),
  ...k.budget('9', 'SPONSOR', [10, 40, 40, 30, 20]),
  ...k.budget('10', 'LOCAL', [5, 30, 30, 30, 20]),
  ...k.budget('11', 'SPONSOR', [10, 50, 50, 50, 40]),
  ...k.budget('11', 'LOCAL', [10, 30, 30, 30, 20]),
  ...k.budget('12', 'LOCAL', [10, 40, 40, 40, 30]),
  ...k.budget('12', 'SELF', [5, 20, 20, 20, 10]),
];

export const cqcaSchoolBook: DemoTaskBook = {
  institutionCode: 'CQCA',
  programmeCode: 'CQ-SG-2020',
  track: 'SCHOOL',
  specialtyGroup: null,
  approved: true,
  document: {
    title: '重庆文化艺术职业学院 市级高水平高职学校建设 任务书',
    startYear: 2020,
    endYear: 2024,
    tasks: [
      task('1', '加强党的建设，党建引领“双高”建设', { lead: 'ZZB', coop: ['DZB', 'XCB', 'SGB'], ...ALL }),
      task('1.1', '健全“双高”建设组织机构（“双高”办公室及其特别党支部）', {
        lead: 'SGB', coop: ['ZZB', 'DZB'], start: '2021-09-01', end: '2021-12-31', description: '依据重艺院党发〔2021〕119号。',
      }),
      task('1.2', '明确领衔分管领导和项目带头人，签订“双高”建设目标责任书', {
        lead: 'ZZB', coop: ['SGB', 'RSC'], start: '2021-09-01', end: '2021-12-31',
        description: '依据重艺院党发〔2021〕118号：明确领衔分管领导、项目带头人、项目成员及专业群主要团队。',
      }),
      task('1.3', '建立“双高”推进工作十项保障机制', {
        lead: 'SGB', coop: ['DZB', 'ZZB'], start: '2021-10-01', end: '2024-12-31',
        description: '依据重艺院党发〔2021〕130号，配套《“双高”建设计划管理办法》（重艺院党发〔2021〕131号）。',
      }),
      task('1.3.1', '定期报告机制：向党委会报告“双高”建设阶段性工作', { lead: 'SGB', coop: ['DZB'], start: '2021-10-01', end: '2024-12-31' }),
      task('1.3.2', '督导问责机制：年度考核与奖惩', { lead: 'ZKB', coop: ['SGB', 'ZZB'], start: '2022-01-01', end: '2024-12-31' }),
      task('2', '打造文化艺术技术技能人才培养高地', { lead: 'JWC', coop: ['YYX', 'WDX', 'MSSJ', 'GGWH'], ...ALL }),
      task('2.1', '构建艺术类专业“岗课赛证”融通课程体系', { lead: 'JWC', coop: ['YYX', 'WDX', 'MSSJ'], start: '2021-03-01', end: '2022-12-31' }),
      task('3', '打造文化艺术创作与创新服务平台', { lead: 'KYC', coop: ['GGWH', 'MSSJ'], ...ALL }),
      task('4', '打造公共文化服务与管理高水平专业群（另立任务书）', {
        lead: 'GGWH', coop: ['JWC'], projectLeader: 'cqca.lead', ...ALL,
        description: '按《公共文化服务与管理高水平专业群建设任务书》实施，资金与指标在该任务书中单列。',
      }),
      task('5', '打造高水平双师队伍', { lead: 'RSC', coop: ['ZZB', 'JWC'], ...ALL }),
      task('6', '提升校团（企）合作水平', { lead: 'JWC', coop: ['YYX', 'WDX', 'MSSJ'], ...ALL }),
      task('7', '提升服务发展水平，服务基层公共文化建设', { lead: 'KYC', coop: ['GGWH'], projectLeader: 'cqca.lead', ...ALL }),
      task('8', '提升学校治理水平', { lead: 'DZB', coop: ['SGB', 'ZKB'], ...ALL }),
      task('9', '提升信息化水平', { lead: 'DZB', coop: ['JWC', 'ZKB'], ...ALL }), // lead assumed: no IT office among the demo departments
      task('10', '提升国际化水平', { lead: 'DZB', coop: ['JWC', 'YYX', 'WDX'], ...ALL }), // lead assumed: no international office
      task('11', '传承创新巴渝优秀传统文化', { lead: 'XCB', coop: ['YYX', 'WDX', 'MSSJ'], ...ALL }),
      task('12', '打造美育浸润与艺术普及示范基地', { lead: 'JWC', coop: ['YYX', 'WDX', 'MSSJ', 'GGWH'], ...ALL }),
    ],
    milestones: [
      milestone('1.1', '2021-10-31', '印发“双高”建设任务组织机构通知（重艺院党发〔2021〕119号）', '119号文', 'DONE'), // due date assumed
      milestone('1.2', '2021-10-22', '召开“双高”建设工作推进会，签订目标责任书', '目标责任书', 'DONE'),
      milestone('1.3.1', '2021-10-12', '党委会专题听取“双高”建设阶段性工作报告（第36次党委会）', '《“双高”建设计划阶段性工作报告》', 'DONE'),
      milestone('2.1', '2022-12-31', '建成“岗课赛证”融通课程体系', '课程体系方案', 'DONE'),
      milestone('3', '2023-06-30', '获批市级文化艺术协同创新平台', '立项文件', 'PENDING'),
      milestone('4', '2021-11-12', '公共文化服务与管理高水平专业群建设方案解读', '宣讲材料', 'DONE'),
      milestone('5', '2024-12-31', '“双师型”教师比例达到75%', '教师队伍统计表', 'PENDING'),
      milestone('6', '2023-12-31', '校团（企）合作共建实践基地达到35个', '共建协议', 'DONE'),
      milestone('7', '2023-12-31', '建成重庆市公共文化服务培训基地', '授牌文件', 'DONE'),
      milestone('8', '2021-10-31', '印发《高水平学校建设方案》（重艺院发〔2021〕249号）', '249号文', 'DONE'), // due date assumed
      milestone('8', '2021-11-01', '高水平学校建设方案解读（面向任务项目带头人和部门负责人）', '宣讲材料', 'DONE'),
      milestone('8', '2021-11-11', '“双高”建设工作会听取十二项建设任务带头人汇报', '会议纪要', 'DONE'),
      milestone('9', '2023-12-31', '建成智慧教学管理平台', '验收报告', 'DONE'),
      milestone('10', '2023-12-31', '新增境外合作院校2所', '合作协议', 'PENDING'),
      milestone('11', '2022-12-31', '建成巴渝非遗传承创新工作室4个', '授牌文件', 'DONE'),
      milestone('12', '2024-12-31', '建成市级美育浸润示范基地', '认定文件', 'DONE'),
    ],
    indicators: [
      k.qual('1-01', '建立十项“双高”推进工作保障机制并有效运行', 'OUTPUT_QUALITY'),
      k.stock('1.2-01', '领衔分管领导、项目带头人目标责任书签订率', { category: 'OUTPUT_TIMELINESS', unit: '%', baseline: 0, targets: [0, 100, 100, 100, 100] }),
      k.stock('2-01', '毕业生就业率', { category: 'BENEFIT_SOCIAL', unit: '%', baseline: 91.5, targets: [92, 93, 93.5, 94, 95] }),
      k.stock('2-02', '学生获省级以上艺术类技能大赛奖项（累计）', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 20, targets: [25, 32, 40, 48, 55] }),
      k.flow('3-01', '艺术创作与文化技术服务到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 100, targets: [120, 150, 180, 220, 260] }),
      k.stock('3-02', '省部级以上艺术创作与研究项目（累计）', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 12, targets: [14, 18, 24, 30, 36] }),
      k.stock('5-01', '“双师型”教师占专业课教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 52, targets: [55, 60, 65, 70, 75] }),
      k.stock('5-02', '市级以上教学名师、技能大师（累计）', { category: 'OUTPUT_QUALITY', unit: '人', baseline: 6, targets: [7, 9, 11, 13, 15] }),
      k.stock('6-01', '校团（企）合作共建实践基地', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 18, targets: [20, 25, 30, 35, 40] }),
      k.flow('7-01', '社会培训与艺术普及', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 4000, targets: [5000, 8000, 10000, 12000, 15000] }),
      k.flow('7-02', '送文化下基层演出', { category: 'BENEFIT_SOCIAL', unit: '场', baseline: 15, targets: [20, 30, 40, 50, 60] }),
      k.stock('8-01', '教职工对“双高”建设工作满意度', { category: 'SATISFACTION', unit: '%', baseline: 82, targets: [85, 86, 88, 90, 90] }),
      k.stock('9-01', '数字化课程资源（累计）', { category: 'OUTPUT_QUANTITY', unit: '门', baseline: 30, targets: [40, 60, 80, 100, 120] }),
      k.stock('10-01', '境外合作院校与交流项目', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 1, targets: [1, 2, 3, 4, 5] }),
      k.stock('11-01', '巴渝非遗传承创新工作室', { category: 'BENEFIT_SUSTAINABLE', unit: '个', baseline: 2, targets: [2, 3, 4, 5, 6] }),
      k.flow('12-01', '面向中小学和社区的美育课程与展演', { category: 'BENEFIT_SOCIAL', unit: '场次', baseline: 30, targets: [40, 60, 80, 100, 120] }),
      k.qual('12-02', '建成市级美育浸润示范基地', 'BENEFIT_SOCIAL'),
    ],
    budgets: schoolBudgets,
  },
  flowIndicatorCodes: ['3-01', '7-01', '7-02', '12-01'],
  // Assumed figures. Lagging on purpose: 3-01 in 2024, 10-01 in 2022–2023, 5-01 stays below target.
  actuals: [
    narrative('1-01', '2021-M11', '十项保障机制（项目规划、学习调研、培训研讨、协调会议、工作联络、定期报告、信息报送与宣传、成果归档与项目数据管理、推优激励、督导问责）已印发并明确到人。'),
    { indicatorCode: '1.2-01', period: '2021-M10', value: 100 },
    ...quarterEndMonths('2-01', { 2022: [_, _, _, 93.2], 2023: [_, _, _, 94.1], 2024: [_, _, _, 95.3] }),
    ...quarterEndMonths('2-02', { 2022: [36, 38, 40, 42], 2023: [43, 45, 46, 47], 2024: [49, 52, 54, 56] }),
    ...quarterEndMonths('3-01', { 2022: [25.6, 38.4, 41.2, 60.3], 2023: [30.1, 44.8, 52.6, 71.9], 2024: [28.4, 40.2, 45.5, 62.7] }),
    ...quarterEndMonths('3-02', { 2022: [25, 26, 28, 29], 2023: [30, 31, 33, 34], 2024: [35, 36, 38, 39] }),
    ...quarterEndMonths('5-01', { 2022: [_, 62.5, _, 64.8], 2023: [_, 65.1, _, 66.0], 2024: [_, 68.3, _, 70.2] }),
    ...quarterEndMonths('5-02', { 2022: [_, 10, _, 11], 2023: [_, 11, _, 12], 2024: [_, 13, _, 15] }),
    ...quarterEndMonths('6-01', { 2022: [28, 29, 30, 31], 2023: [32, 33, 34, 35], 2024: [36, 37, 38, 38] }),
    ...quarterEndMonths('7-01', { 2022: [1200, 2600, 3100, 3500], 2023: [2100, 3300, 3400, 4100], 2024: [2600, 3900, 4200, 4800] }),
    ...quarterEndMonths('7-02', { 2022: [6, 9, 10, 12], 2023: [8, 12, 14, 16], 2024: [10, 14, 15, 19] }),
    ...quarterEndMonths('8-01', { 2022: [_, _, _, 86.5], 2023: [_, _, _, 88.7], 2024: [_, _, _, 91.2] }),
    ...quarterEndMonths('9-01', { 2022: [82, 85, 88, 92], 2023: [95, 98, 100, 103], 2024: [106, 110, 114, 118] }),
    ...quarterEndMonths('10-01', { 2022: [1, 1, 1, 1], 2023: [2, 2, 2, 2], 2024: [3, 3, 4, 4] }),
    ...quarterEndMonths('11-01', { 2022: [4, 4, 4, 4], 2023: [5, 5, 5, 5], 2024: [5, 6, 6, 6] }),
    ...quarterEndMonths('12-01', { 2022: [10, 18, 14, 26], 2023: [16, 22, 20, 30], 2024: [20, 28, 26, 38] }),
    narrative('12-02', '2024-M12', '获认定为市级美育浸润示范基地，年内面向中小学和社区开展美育课程与展演112场。'),
  ],
  fundMovements: fundMovements(schoolBudgets, {
    from: '2020-Q4',
    until: '2024-Q4',
    slow: [
      { task: '10', from: 2021, spent: 0.5 }, // 国际化: exchanges postponed
      { task: '6', source: 'INDUSTRY', from: 2022, arrived: 0.7 }, // partner troupes and firms paid short
      { task: '3', from: 2024, spent: 0.75 }, // platform not approved (milestone overdue)
    ],
  }),
  progress: progressOf([
    ['1', 'IN_PROGRESS', 97], ['1.1', 'COMPLETED', 100], ['1.2', 'COMPLETED', 100], ['1.3', 'IN_PROGRESS', 95],
    ['1.3.1', 'COMPLETED', 100], ['1.3.2', 'IN_PROGRESS', 90],
    ['2', 'COMPLETED', 100], ['2.1', 'COMPLETED', 100], ['3', 'LAGGING', 75], ['4', 'IN_PROGRESS', 92],
    ['5', 'IN_PROGRESS', 90], ['6', 'COMPLETED', 100], ['7', 'COMPLETED', 100], ['8', 'COMPLETED', 100],
    ['9', 'COMPLETED', 100], ['10', 'LAGGING', 70], ['11', 'COMPLETED', 100], ['12', 'COMPLETED', 100],
  ]),
};

// ───────────────────────────────────────────────────────────────────────────── 公共文化服务与管理专业群

const groupBudgets = [
  // 万元 per year 2020..2024 (assumed; total ≈ 880 万元)
  ...k.budget('1', 'LOCAL', [10, 40, 40, 40, 30]),
  ...k.budget('2', 'LOCAL', [10, 50, 50, 40, 30]),
  ...k.budget('3', 'SPONSOR', [5, 30, 30, 30, 20]),
  ...k.budget('4', 'LOCAL', [10, 60, 60, 50, 30]),
  ...k.budget('4', 'INDUSTRY', [0, 20, 30, 30, 20]),
  ...k.budget('5', 'SPONSOR', [5, 30, 30, 30, 20]),
];

export const cqcaGroupBook: DemoTaskBook = {
  institutionCode: 'CQCA',
  programmeCode: 'CQ-SG-2020',
  track: 'SPECIALTY_GROUP',
  specialtyGroup: '公共文化服务与管理专业群',
  approved: true,
  document: {
    title: '重庆文化艺术职业学院 公共文化服务与管理专业群 市级高水平专业群建设 任务书',
    startYear: 2020,
    endYear: 2024,
    tasks: [
      task('1', '创新“馆校协同”人才培养模式', { lead: 'GGWH', coop: ['JWC'], projectLeader: 'cqca.lead', ...ALL }),
      task('2', '建设专业群课程教学资源', { lead: 'GGWH', coop: ['JWC'], ...ALL }),
      task('3', '打造专业群教师教学创新团队', { lead: 'RSC', coop: ['GGWH'], ...ALL }),
      task('4', '建设公共文化服务实训基地', { lead: 'GGWH', coop: ['KYC'], ...ALL }),
      task('4.1', '共建区县文化馆、图书馆、博物馆校外实践基地', { lead: 'GGWH', start: '2022-01-01', end: '2024-12-31' }),
      task('5', '服务基层公共文化建设', { lead: 'GGWH', coop: ['KYC'], projectLeader: 'cqca.lead', ...ALL }),
    ],
    milestones: [
      milestone('1', '2021-11-12', '专业群建设方案解读（面向项目带头人和各系）', '宣讲材料', 'DONE'),
      milestone('2', '2023-06-30', '专业群核心课程标准全部修订', '课程标准', 'DONE'),
      milestone('3', '2022-12-31', '教师教学创新团队获批市级团队', '立项文件', 'PENDING'),
      milestone('4.1', '2023-12-31', '校外实践基地达到20个', '共建协议', 'DONE'),
      milestone('5', '2024-12-31', '基层文化骨干培训2022年起累计达到2500人次', '培训台账', 'DONE'),
    ],
    indicators: [
      k.stock('1-01', '专业群毕业生就业率', { category: 'BENEFIT_SOCIAL', unit: '%', baseline: 89, targets: [90, 91, 92, 93, 94] }),
      k.stock('2-01', '专业群在线开放课程（累计）', { category: 'OUTPUT_QUANTITY', unit: '门', baseline: 1, targets: [2, 4, 6, 8, 10] }),
      k.stock('3-01', '专业群“双师型”教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 48, targets: [50, 55, 60, 65, 70] }),
      k.stock('4.1-01', '校外实践基地（文化馆、图书馆、博物馆等）', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 6, targets: [8, 12, 16, 20, 24] }),
      k.flow('5-01', '基层文化骨干培训', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 200, targets: [300, 600, 800, 900, 1000] }),
    ],
    budgets: groupBudgets,
  },
  flowIndicatorCodes: ['5-01'],
  // Assumed figures; 3-01 lags in 2023.
  actuals: [
    ...quarterEndMonths('1-01', { 2022: [_, _, _, 92.4], 2023: [_, _, _, 93.0], 2024: [_, _, _, 94.6] }),
    ...quarterEndMonths('2-01', { 2022: [_, 5, _, 6], 2023: [_, 7, _, 8], 2024: [_, 9, _, 10] }),
    ...quarterEndMonths('3-01', { 2022: [_, 56, _, 57], 2023: [_, 50, _, 51], 2024: [_, 55, _, 58] }),
    ...quarterEndMonths('4.1-01', { 2022: [13, 14, 15, 17], 2023: [18, 19, 20, 21], 2024: [22, 23, 24, 25] }),
    ...quarterEndMonths('5-01', { 2022: [120, 260, 190, 240], 2023: [160, 280, 240, 260], 2024: [180, 310, 250, 300] }),
  ],
  fundMovements: fundMovements(groupBudgets, { from: '2020-Q4', until: '2024-Q4', slow: [{ task: '3', from: 2022, spent: 0.8 }] }),
  progress: progressOf([
    ['1', 'COMPLETED', 100], ['2', 'COMPLETED', 100], ['3', 'LAGGING', 80], ['4', 'COMPLETED', 100],
    ['4.1', 'COMPLETED', 100], ['5', 'COMPLETED', 100],
  ]),
};
