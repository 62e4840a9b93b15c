/**
 * 重庆工程职业技术学院 — its only enrolment in demo-data.ts is the national SPECIALTY_GROUP track
 * (建筑工程技术专业群, SG-2019, 2019–2023), so this is that group's book.
 *
 * Seed 003 (“1+3” 党建联建 feature) gives the 2021 figures used as actuals — school-wide figures, which
 * the group's book carries as the school results it reports against (names say 学校 where they are):
 *   7 national landmark categories / 51 items and 16 provincial / 44 items added in 2021 (10-01..10-04),
 *   invention patents “突破100项” (7-01: 100, the floor the seed gives), 41 provincial projects (7-02),
 *   成果转化产值 1,358.58 万元 (7.1-01), 376 training programmes / 34,397 person-times / 1,035 万元
 *   training income (8.1-01..03), 26 horizontal projects / 889.71 万元 technical-service income
 *   (8.2-01..02), 5 benchmark departments, 11 model branches, 1 national model branch (1-01..03),
 *   13 general branches paired with 圣泉街道 (1.1-01), 300+ partner firms (1.2-01), 18 industry
 *   colleges (1.2-02), 35 production training bases (6-01), 2,000+ through-trained students (2-01),
 *   2 first prizes in the national teaching-ability contest (5-01).
 * Quarterly splits of the 2021 totals, the 2022–2023 figures, targets and budgets are assumed.
 */
import type { DemoTaskBook } from './types.js';
import { _, annual, bookKit, fundMovements, milestone, narrative, progressOf, quarterly, task } from './kit.js';

const k = bookKit(2019, 2023);
const ALL = { start: '2020-01-01', end: '2023-12-31' };

const budgets = [
  // 万元 per year 2019..2023 (assumed; total ≈ 3,140 万元)
  ...k.budget('1', 'LOCAL', [10, 30, 30, 30, 20]),
  ...k.budget('1', 'SELF', [5, 20, 20, 20, 10]),
  ...k.budget('2', 'CENTRAL', [30, 80, 80, 80, 50]),
  ...k.budget('3', 'CENTRAL', [30, 80, 80, 70, 40]),
  ...k.budget('3', 'LOCAL', [10, 40, 40, 40, 20]),
  ...k.budget('4', 'LOCAL', [10, 30, 30, 30, 20]),
  ...k.budget('5', 'CENTRAL', [20, 60, 60, 60, 40]),
  ...k.budget('5', 'LOCAL', [10, 40, 40, 40, 20]),
  ...k.budget('6', 'CENTRAL', [40, 120, 120, 100, 50]),
  ...k.budget('6', 'INDUSTRY', [20, 80, 100, 100, 60]),
  ...k.budget('7', 'CENTRAL', [20, 60, 60, 60, 40]),
  ...k.budget('7', 'INDUSTRY', [10, 40, 50, 50, 40]),
  ...k.budget('8', 'LOCAL', [10, 40, 40, 40, 30]),
  ...k.budget('8', 'SELF', [10, 30, 30, 30, 20]),
  ...k.budget('9', 'SELF', [5, 20, 20, 20, 15]),
  ...k.budget('10', 'SELF', [5, 20, 20, 20, 15]),
];

export const cqvieGroupBook: DemoTaskBook = {
  institutionCode: 'CQVIE',
  programmeCode: 'SG-2019',
  track: 'SPECIALTY_GROUP',
  specialtyGroup: '建筑工程技术专业群',
  approved: true,
  document: {
    title: '重庆工程职业技术学院 建筑工程技术专业群 中国特色高水平专业群建设 任务书',
    startYear: 2019,
    endYear: 2023,
    tasks: [
      task('1', '党建引领专业群建设，实施“1+3”党建联建', { lead: 'ZZB', coop: ['TMGC', 'MKS', 'DZB'], ...ALL }),
      task('1.1', '校地联建：与区县街道、社区（村）党组织结对共建', { lead: 'ZZB', coop: ['TMGC', 'MKS'], start: '2021-05-01', end: '2023-12-31' }),
      task('1.2', '校企联建：党建引领产教融合，共建产业学院', { lead: 'ZZB', coop: ['ZNZZ', 'DSJ', 'TMGC'], ...ALL }),
      task('1.3', '校校联建：共建乡村振兴学院和“新农学校”', { lead: 'ZZB', coop: ['CJLY', 'TMGC'], start: '2021-01-01', end: '2023-12-31' }),
      task('2', '创新“岗课赛证”融通人才培养模式', { lead: 'TMGC', coop: ['JWC'], projectLeader: 'cqvie.lead', ...ALL }),
      task('3', '建设专业群课程教学资源', { lead: 'TMGC', coop: ['JWC'], ...ALL }),
      task('4', '推进教材与教法改革', { lead: 'JWC', coop: ['TMGC'], ...ALL }),
      task('5', '打造专业群教师教学创新团队', { lead: 'RSC', coop: ['TMGC'], ...ALL }),
      task('6', '建设智能建造产教融合实践教学基地', { lead: 'TMGC', coop: ['JWC'], projectLeader: 'cqvie.lead', ...ALL }),
      task('7', '建设技术技能创新平台', { lead: 'KJC', coop: ['TMGC'], ...ALL }),
      task('7.1', '专利培育与科技成果转化', { lead: 'KJC', coop: ['TMGC', 'ZNZZ'], ...ALL }),
      task('8', '开展社会服务', { lead: 'KJC', coop: ['TMGC', 'CJLY'], ...ALL }),
      task('8.1', '职业培训与对口帮扶区县职教中心', { lead: 'KJC', coop: ['TMGC', 'CJLY'], ...ALL }),
      task('8.2', '横向技术服务（测绘、地质灾害调查等）', { lead: 'KJC', coop: ['TMGC'], ...ALL }),
      task('9', '开展国际交流与合作', { lead: 'TMGC', coop: ['DZB'], ...ALL }),
      task('10', '健全可持续发展保障机制，统筹标志性成果', { lead: 'SGB', coop: ['DZB', 'KJC', 'JWC'], ...ALL }),
    ],
    milestones: [
      milestone('1.1', '2021-05-31', '13个党总支与圣泉街道各社区（村）党组织签订结对共建协议书', '《校地基层党组织结对共建协议书》', 'DONE'),
      milestone('1.3', '2021-12-31', '与江津区中华职教社共建乡村振兴学院', '共建协议、揭牌报道', 'DONE'), // date assumed
      milestone('2', '2021-12-31', '中高职贯通培养规模达到2000人', '在校生统计', 'DONE'),
      milestone('3', '2022-12-31', '建成专业群在线开放课程12门', '课程清单', 'DONE'),
      milestone('4', '2023-06-30', '出版新形态教材8部', '出版合同、样书', 'PENDING'),
      milestone('5', '2021-12-31', '获全国职业院校教学能力比赛一等奖', '获奖证书', 'DONE'),
      milestone('6', '2022-06-30', '生产性实训基地达到35个', '基地清单', 'DONE'),
      milestone('7', '2020-12-31', '建成院士工作站', '授牌文件', 'DONE'), // date assumed
      milestone('7.1', '2023-12-31', '年度成果转化产值达到1500万元', '转化合同、到账凭证', 'PENDING'),
      milestone('8.1', '2021-12-31', '完成巫山、石柱、城口职教中心帮扶培训', '帮扶协议、培训台账', 'DONE'),
      milestone('8.2', '2022-12-31', '横向技术服务到款额年度突破1000万元', '到账凭证', 'PENDING'),
      milestone('9', '2023-06-30', '输出专业教学标准1项', '标准文本、采用证明', 'PENDING'),
      milestone('10', '2022-01-31', '完成2021年度标志性成果统计与归档', '标志性成果清单', 'DONE'),
    ],
    indicators: [
      k.stock('1-01', '学校党建工作标杆院系（培育创建，累计）', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 2, 5, 5, 6] }),
      k.stock('1-02', '学校党建工作样板支部（培育创建，累计）', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 5, 10, 12, 12] }),
      k.stock('1-03', '全国高校党建工作样板支部', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 0, 1, 1, 1] }),
      k.qual('1-04', '形成可复制、可推广的“党建+业务”深度融合样本', 'BENEFIT_SUSTAINABLE'),
      k.stock('1.1-01', '校地基层党组织结对共建', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 0, targets: [0, 0, 13, 15, 15] }),
      k.stock('1.2-01', '学校校企合作单位', { category: 'OUTPUT_QUANTITY', unit: '家', baseline: 180, targets: [200, 240, 280, 300, 320] }),
      k.stock('1.2-02', '学校与企业共建产业学院', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 3, targets: [6, 10, 15, 18, 20] }),
      k.stock('2-01', '学校中高职贯通培养在校生', { category: 'OUTPUT_QUANTITY', unit: '人', baseline: 900, targets: [1200, 1500, 1800, 2000, 2200] }),
      k.flow('5-01', '全国职业院校教学能力比赛一等奖', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 0, targets: [1, 1, 2, 2, 2] }),
      k.stock('6-01', '学校生产性实训基地', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 18, targets: [20, 25, 30, 35, 38] }),
      k.flow('7-01', '学校授权发明专利', { category: 'OUTPUT_QUANTITY', unit: '件', baseline: 30, targets: [40, 60, 80, 100, 110] }),
      k.flow('7-02', '学校省部级纵向科研项目立项', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 20, targets: [25, 30, 35, 40, 45] }),
      k.flow('7.1-01', '学校科技成果转化产值', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 400, targets: [500, 800, 1000, 1200, 1500] }),
      k.flow('8.1-01', '学校职业培训项目', { category: 'OUTPUT_QUANTITY', unit: '期', baseline: 220, targets: [250, 300, 350, 380, 400] }),
      k.flow('8.1-02', '学校职业培训', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 20000, targets: [22000, 26000, 30000, 33000, 35000] }),
      k.flow('8.1-03', '学校培训经费到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 500, targets: [600, 700, 800, 900, 1000] }),
      k.flow('8.2-01', '学校横向技术服务到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 420, targets: [500, 650, 800, 950, 1100] }),
      k.flow('8.2-02', '学校横向技术服务项目立项', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 12, targets: [15, 18, 22, 26, 30] }),
      k.qual('9-01', '建筑工程技术专业教学标准被境外院校采用', 'BENEFIT_SUSTAINABLE'),
      k.flow('10-01', '学校新增国家级标志性成果类别', { category: 'OUTPUT_QUALITY', unit: '项', baseline: null, targets: [3, 5, 6, 6, 6] }),
      k.flow('10-02', '学校新增国家级标志性成果数量', { category: 'OUTPUT_QUALITY', unit: '个', baseline: null, targets: [15, 30, 45, 45, 45] }),
      k.flow('10-03', '学校新增省部级标志性成果类别', { category: 'OUTPUT_QUALITY', unit: '项', baseline: null, targets: [10, 12, 14, 15, 15] }),
      k.flow('10-04', '学校新增省部级标志性成果数量', { category: 'OUTPUT_QUALITY', unit: '个', baseline: null, targets: [30, 35, 40, 45, 45] }),
    ],
    budgets,
  },
  flowIndicatorCodes: ['5-01', '7-01', '7-02', '7.1-01', '8.1-01', '8.1-02', '8.1-03', '8.2-01', '8.2-02', '10-01', '10-02', '10-03', '10-04'],
  // 2021: seed 003 (quarterly splits assumed, totals exact). 2022–2023 assumed; 2022 lags on purpose
  // (training, technical service, transfer, provincial projects and achievements after the lockdowns).
  actuals: [
    ...annual('1-01', { 2021: 5, 2022: 5, 2023: 6 }),
    ...annual('1-02', { 2021: 11, 2022: 12, 2023: 12 }),
    ...annual('1-03', { 2021: 1, 2022: 1, 2023: 1 }),
    narrative('1-04', '2021-Q4', '“学校+地方政府、企业、其他学校”1+3党建联建模式形成校地、校企、校校三类样本，在对口区县推广。'),
    ...quarterly('1.1-01', { 2021: [_, 13, 13, 13], 2022: [13, 13, 14, 15], 2023: [15, 15, 15, 16] }),
    ...annual('1.2-01', { 2021: 300, 2022: 312, 2023: 335 }),
    ...annual('1.2-02', { 2021: 18, 2022: 18, 2023: 20 }),
    ...annual('2-01', { 2021: 2000, 2022: 2150, 2023: 2230 }),
    ...annual('5-01', { 2021: 2, 2022: 1, 2023: 2 }),
    ...annual('6-01', { 2021: 35, 2022: 35, 2023: 38 }),
    ...annual('7-01', { 2021: 100, 2022: 86, 2023: 118 }),
    ...annual('7-02', { 2021: 41, 2022: 30, 2023: 47 }),
    ...annual('7.1-01', { 2021: 1358.58, 2022: 760.2, 2023: 1420.5 }),
    ...quarterly('8.1-01', { 2021: [64, 102, 118, 92], 2022: [40, 71, 96, 83], 2023: [78, 110, 124, 101] }),
    ...quarterly('8.1-02', { 2021: [5812, 9436, 10927, 8222], 2022: [3120, 6205, 7466, 5549], 2023: [7650, 10120, 11840, 9360] }),
    ...annual('8.1-03', { 2021: 1035, 2022: 720, 2023: 1102 }),
    ...quarterly('8.2-01', { 2021: [120.35, 198.62, 236.48, 334.26], 2022: [98.4, 142.7, 160.3, 218.6], 2023: [210.5, 268.9, 301.2, 392.7] }),
    ...annual('8.2-02', { 2021: 26, 2022: 21, 2023: 31 }),
    narrative('9-01', '2023-Q4', '与境外合作院校完成专业教学标准互认论证，尚待对方院校发文采用。'),
    ...annual('10-01', { 2021: 7, 2022: 5, 2023: 6 }),
    ...annual('10-02', { 2021: 51, 2022: 38, 2023: 47 }),
    ...annual('10-03', { 2021: 16, 2022: 12, 2023: 15 }),
    ...annual('10-04', { 2021: 44, 2022: 29, 2023: 52 }),
  ],
  fundMovements: fundMovements(budgets, {
    from: '2019-Q4',
    until: '2023-Q4',
    slow: [
      { task: '9', from: 2020, spent: 0.5 }, // international exchange on hold
      { task: '7', source: 'INDUSTRY', from: 2022, arrived: 0.8 },
      { task: '8', from: 2022, spent: 0.8 },
    ],
  }),
  progress: progressOf([
    ['1', 'COMPLETED', 100], ['1.1', 'COMPLETED', 100], ['1.2', 'COMPLETED', 100], ['1.3', 'COMPLETED', 100],
    ['2', 'COMPLETED', 100], ['3', 'COMPLETED', 100], ['4', 'IN_PROGRESS', 90], ['5', 'COMPLETED', 100],
    ['6', 'COMPLETED', 100], ['7', 'IN_PROGRESS', 94], ['7.1', 'IN_PROGRESS', 92], ['8', 'IN_PROGRESS', 88],
    ['8.1', 'COMPLETED', 100], ['8.2', 'LAGGING', 75], ['9', 'LAGGING', 60], ['10', 'IN_PROGRESS', 95],
  ]),
};
