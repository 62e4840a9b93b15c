/**
 * 宁波职业技术学院 — school-track book of the national plan (SG-2019, 2019–2023).
 *
 * Task 1 is seed 004 (党委 implementation opinion on 党建“三级联创”, 2020-06-12): its sections 二–六
 * are the level-2 tasks, its 26 numbered measures the level-3 tasks, each with the seed's 牵头部门
 * and 配合部门 as department codes. “各二级学院” maps to the two demo schools (JDXY, HGXY);
 * 工会, 招就办 and 创业学院 are not demo departments and are left out of the cooperating lists.
 * The 2023 targets of the opinion (全国党建工作示范高校; 全国标杆院系 and 样板支部 1 each; 省级 3–4;
 * 10 省级以上 brands; eliminate ≤3-star organisations) are indicators 1-01, 1.2-01..03, 1.3-01, 1.4-02.
 * Tasks 2–10 (the national headings), figures, dates and budgets are assumed.
 */
import type { TaskRow } from '@dsg/server-task-book';
import type { DemoTaskBook } from './types.js';
import { _, annual, bookKit, fundMovements, milestone, narrative, progressOf, quarterly, task } from './kit.js';

const k = bookKit(2019, 2023);
const ALL = { start: '2020-01-01', end: '2023-12-31' };
/** 各二级学院 */
const COLLEGES = ['JDXY', 'HGXY'];

/** A measure of the opinion: runs from its issue date to the end of the programme. */
function measure(code: string, title: string, lead: string, coop: string[]): TaskRow {
  return task(code, title, { lead, coop: [...new Set(coop)].filter((c) => c !== lead), start: '2020-06-12', end: '2023-12-31' });
}

const budgets = [
  // 万元 per year 2019..2023 (assumed; total ≈ 6,750 万元). The two national groups are separate enrolments.
  ...k.budget('1', 'LOCAL', [20, 60, 60, 60, 40]),
  ...k.budget('1', 'SELF', [10, 30, 30, 30, 20]),
  ...k.budget('2', 'CENTRAL', [100, 220, 220, 220, 150]),
  ...k.budget('2', 'LOCAL', [60, 150, 150, 150, 100]),
  ...k.budget('3', 'CENTRAL', [80, 200, 200, 200, 120]),
  ...k.budget('3', 'INDUSTRY', [50, 120, 150, 150, 100]),
  ...k.budget('5', 'CENTRAL', [60, 150, 150, 150, 100]),
  ...k.budget('5', 'LOCAL', [40, 100, 100, 100, 60]),
  ...k.budget('6', 'INDUSTRY', [60, 150, 180, 180, 120]),
  ...k.budget('6', 'SELF', [20, 40, 40, 40, 30]),
  ...k.budget('7', 'LOCAL', [30, 80, 80, 80, 50]),
  ...k.budget('8', 'SELF', [20, 50, 50, 50, 30]),
  ...k.budget('9', 'CENTRAL', [50, 150, 150, 120, 60]),
  ...k.budget('9', 'LOCAL', [20, 60, 60, 50, 30]),
  ...k.budget('10', 'CENTRAL', [20, 60, 60, 60, 40]),
  ...k.budget('10', 'SELF', [10, 30, 30, 30, 20]),
];

export const nbptSchoolBook: DemoTaskBook = {
  institutionCode: 'NBPT',
  programmeCode: 'SG-2019',
  track: 'SCHOOL',
  specialtyGroup: null,
  approved: true,
  document: {
    title: '宁波职业技术学院 中国特色高水平高职学校建设 任务书',
    startYear: 2019,
    endYear: 2023,
    tasks: [
      task('1', '加强党的建设，以党建“三级联创”引领“双高”建设', { lead: 'ZZB', coop: ['DZB', 'XCB', 'JWB', 'ZKB'], ...ALL }),
      // 二、
      task('1.1', '打造政治强核，推进党建工作示范高校创建', { lead: 'ZZB', coop: ['DZB', 'XCB', 'ZKB'], start: '2020-06-12', end: '2023-12-31' }),
      measure('1.1.1', '实施政治“强核”行动计划，做到把方向过硬', 'ZZB', ['XCB', 'MKS']),
      measure('1.1.2', '落实全面从严治党主体责任，做到管大局过硬', 'DZB', ['ZZB', 'XCB', 'JWB']),
      measure('1.1.3', '加强学校治理体系和治理能力建设，做到做决策过硬', 'DZB', ['ZZB', 'KJC', 'ZKB', 'XXZX']),
      measure('1.1.4', '坚持和完善党委领导下的校长负责制，做到抓班子过硬', 'DZB', ['ZZB', 'ZKB']),
      measure('1.1.5', '推进干部人才梯队培育工程，做到带队伍过硬', 'ZZB', ['RSC', 'JWC']),
      measure('1.1.6', '全力推进“双高”建设任务书，做到保落实过硬', 'ZKB', ['ZZB', 'DZB']),
      // 三、
      task('1.2', '强化党建锋领，开展党建工作标杆院系创建', { lead: 'ZZB', coop: ['XCB', ...COLLEGES], start: '2020-06-12', end: '2023-12-31' }),
      measure('1.2.1', '全面建强二级学院党组织，确保党组织领导和运行机制到位', 'ZZB', COLLEGES),
      measure('1.2.2', '严格落实意识形态工作责任制，确保政治把关作用到位', 'XCB', COLLEGES),
      measure('1.2.3', '开展“学生成长护航工程”，确保思想政治工作到位', 'XCB', ['XGB', 'TW', 'RSC', ...COLLEGES]),
      measure('1.2.4', '实施组织力提升工程，确保基层组织制度执行到位', 'ZZB', COLLEGES),
      measure('1.2.5', '深化凝心聚力工程，确保推动改革发展到位', 'ZZB', ['XCB', 'ZKB', ...COLLEGES]),
      // 四、
      task('1.3', '推进提质强基，开展党建工作样板支部创建', { lead: 'ZZB', coop: ['XCB', 'JWB', ...COLLEGES], start: '2020-06-12', end: '2023-12-31' }),
      measure('1.3.1', '推行“主题党日+”模式，实现教育党员有力', 'ZZB', COLLEGES),
      measure('1.3.2', '构建“双培养”工作体系，实现管理党员有力', 'ZZB', COLLEGES),
      measure('1.3.3', '探索红线底线“双线”管理，实现监督党员有力', 'JWB', ['ZZB', ...COLLEGES]),
      measure('1.3.4', '培育创业创新攻坚团队，实现组织师生有力', 'ZKB', ['RSC', ...COLLEGES]),
      measure('1.3.5', '巩固舆论宣传工作阵地，实现宣传师生有力', 'XCB', COLLEGES),
      measure('1.3.6', '优化思想政治工作格局，实现凝聚师生有力', 'XCB', ['JWC', ...COLLEGES]),
      measure('1.3.7', '拓展服务帮扶工作平台，实现服务师生有力', 'XGB', COLLEGES),
      // 五、
      task('1.4', '强化创新驱动，拓展党建“三级联创”工作载体', { lead: 'ZZB', coop: ['XCB', 'TW', ...COLLEGES], start: '2020-06-12', end: '2023-12-31' }),
      measure('1.4.1', '全面开展校地党建共同体建设', 'ZZB', ['DZB', 'XCB', 'XGB', 'JWC', 'KJC', 'RSC', 'TW', 'MKS', ...COLLEGES]),
      measure('1.4.2', '实施党建“1+1+1+N”标准建设工程', 'ZZB', COLLEGES),
      measure('1.4.3', '深入实施党建“五个+”工程', 'ZZB', COLLEGES),
      measure('1.4.4', '拓展提升党建“四微”平台', 'ZZB', ['XCB', ...COLLEGES]),
      measure('1.4.5', '构建党建带群团建设工作格局', 'ZZB', ['TW', ...COLLEGES]),
      // 六、
      task('1.5', '加强机制保障，确保党建“三级联创”取得实效', { lead: 'ZZB', coop: ['XCB', ...COLLEGES], start: '2020-06-12', end: '2023-12-31' }),
      measure('1.5.1', '强化党建工作责任落实机制', 'ZZB', COLLEGES),
      measure('1.5.2', '持续开展党建工作创新项目试点', 'ZZB', COLLEGES),
      measure('1.5.3', '加大及时总结宣传力度', 'ZZB', ['XCB']),
      // national headings (assumed)
      task('2', '打造技术技能人才培养高地', { lead: 'JWC', coop: ['XGB', 'TW', ...COLLEGES], ...ALL }),
      task('3', '打造技术技能创新服务平台', { lead: 'KJC', coop: COLLEGES, ...ALL }),
      task('4', '打造高水平专业群（模具设计与制造、应用化工技术，另立任务书）', { lead: 'JWC', coop: COLLEGES, projectLeader: 'nbpt.lead', ...ALL }),
      task('5', '打造高水平双师队伍', { lead: 'RSC', coop: ['ZZB', 'JWC'], ...ALL }),
      task('6', '提升校企合作水平，推进二级学院混合所有制办学', { lead: 'KJC', coop: ['DZB', ...COLLEGES], projectLeader: 'nbpt.lead', ...ALL }),
      task('7', '提升服务发展水平', { lead: 'KJC', coop: ['JWC'], ...ALL }),
      task('8', '提升学校治理水平', { lead: 'DZB', coop: ['ZKB', 'XXZX'], ...ALL }),
      task('9', '提升信息化水平，建设智慧校园', { lead: 'XXZX', coop: ['DZB', 'JWC'], ...ALL }),
      task('10', '提升国际化水平', { lead: 'JWC', coop: ['DZB'], ...ALL }), // lead assumed: no international office in the demo
    ],
    milestones: [
      milestone('1.1.6', '2020-09-30', '制定“双高”建设项目实施管理办法和专业群建设考核方案', '管理办法、考核方案', 'DONE'),
      milestone('1.2.1', '2020-12-31', '出台二级学院党组织会议和党政联席会议制度', '制度文件', 'DONE'),
      milestone('1', '2023-12-31', '通过全国党建工作示范高校创建验收', '验收意见', 'PENDING'),
      milestone('2', '2021-09-30', '“第二课堂成绩单”覆盖全体学生', '实施办法、系统截图', 'DONE'),
      milestone('3', '2022-12-31', '建成市级以上技术技能创新平台3个', '认定文件', 'DONE'),
      milestone('4', '2022-06-30', '两个国家级专业群完成中期绩效自评', '自评报告', 'DONE'),
      milestone('5', '2023-12-31', '“双师型”教师比例达到90%', '教师队伍统计表', 'DONE'),
      milestone('6', '2022-12-31', '建成混合所有制二级学院1个', '合作协议、章程', 'PENDING'),
      milestone('7', '2021-12-31', '建成区域社区教育与职业培训中心', '挂牌文件', 'DONE'),
      milestone('8', '2020-12-31', '建立党委会、校长办公会议事决策清单', '议事决策清单', 'DONE'),
      milestone('8', '2021-06-30', '完成学校章程修订并报核准', '章程核准书', 'DONE'),
      milestone('9', '2021-12-31', '建成“最多跑一次”网上办事大厅', '上线通知', 'DONE'),
      milestone('10', '2022-12-31', '境外办学点挂牌运行', '合作协议、揭牌报道', 'PENDING'),
    ],
    indicators: [
      k.qual('1-01', '争创全国党建工作示范高校', 'OUTPUT_QUALITY'),
      k.flow('1.1-01', '党委听取“双高”建设专题工作汇报（每半年至少1次）', { category: 'OUTPUT_TIMELINESS', unit: '次', baseline: null, targets: [1, 2, 2, 2, 2] }),
      k.stock('1.1-02', '“双带头人”教师党支部书记比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 55, targets: [60, 80, 90, 100, 100] }),
      k.stock('1.2-01', '全国党建工作标杆院系', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 0, 0, 1, 1] }),
      // seed: “创建省级党建工作标杆院系、样板支部3-4个” — the book commits to the lower bound.
      k.stock('1.2-02', '省级党建工作标杆院系、样板支部（累计）', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 1, 2, 3, 3] }),
      k.stock('1.2-03', '三星级及以下基层党组织', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 8, targets: [8, 6, 4, 2, 0], direction: 'LOWER_BETTER' }),
      k.stock('1.3-01', '全国党建工作样板支部', { category: 'OUTPUT_QUALITY', unit: '个', baseline: 0, targets: [0, 0, 1, 1, 1] }),
      k.stock('1.3-02', '党员教师参加“双高”项目攻坚团队比例', { category: 'OUTPUT_QUANTITY', unit: '%', baseline: 40, targets: [40, 60, 80, 100, 100] }),
      k.stock('1.4-01', '四星级以上基层党组织比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 50, targets: [55, 60, 70, 80, 85] }),
      k.stock('1.4-02', '省级以上党建和思政工作品牌（累计）', { category: 'BENEFIT_SUSTAINABLE', unit: '项', baseline: 1, targets: [1, 3, 5, 8, 10] }),
      k.stock('1.5-01', '党建工作创新项目（累计立项）', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 0, targets: [0, 10, 10, 20, 20] }),
      k.stock('2-01', '毕业生就业率', { category: 'BENEFIT_SOCIAL', unit: '%', baseline: 96.5, targets: [96.5, 96.5, 97, 97, 97.5] }),
      k.flow('3-01', '技术服务到款额', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 1000, targets: [1200, 1500, 1800, 2000, 2200] }),
      k.stock('5-01', '“双师型”教师占专业课教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 78, targets: [80, 83, 86, 88, 90] }),
      k.qual('8-01', '修订学校章程，建立议事决策清单', 'OUTPUT_QUALITY'),
      k.stock('9-01', '网上办事大厅“最多跑一次”事项', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 40, targets: [50, 80, 120, 150, 160] }),
      k.flow('10-01', '境外人员培训（含援外培训）', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 280, targets: [300, 400, 500, 600, 700] }),
    ],
    budgets,
  },
  flowIndicatorCodes: ['1.1-01', '3-01', '10-01'],
  // Assumed figures. Lagging on purpose: 1.1-01 in 2023, 1.2-01 in 2022, 1.2-03 in 2022–2023,
  // 1.4-02 in 2022, 3-01 in 2022, 10-01 in 2021–2022.
  actuals: [
    narrative('1-01', '2023-Q4', '全国党建工作样板支部、省级标杆院系和样板支部均已建成，全国党建工作示范高校创建尚待验收。'),
    ...quarterly('1.1-01', { 2021: [_, 1, _, 1], 2022: [_, 1, _, 1], 2023: [_, 1, _, 0] }),
    ...annual('1.1-02', { 2021: 92, 2022: 100, 2023: 100 }),
    ...annual('1.2-01', { 2021: 0, 2022: 0, 2023: 1 }),
    ...annual('1.2-02', { 2021: 2, 2022: 3, 2023: 4 }),
    ...annual('1.2-03', { 2021: 4, 2022: 3, 2023: 1 }),
    ...annual('1.3-01', { 2021: 1, 2022: 1, 2023: 1 }),
    ...annual('1.3-02', { 2021: 82, 2022: 95, 2023: 100 }),
    ...quarterly('1.4-01', { 2021: [_, 64, _, 68], 2022: [_, 72, _, 76], 2023: [_, 81, _, 86] }),
    ...quarterly('1.4-02', { 2021: [3, 4, 4, 5], 2022: [5, 5, 6, 6], 2023: [7, 8, 8, 9] }),
    ...annual('1.5-01', { 2021: 10, 2022: 10, 2023: 18 }),
    ...annual('2-01', { 2021: 97.8, 2022: 96.2, 2023: 98.1 }),
    ...quarterly('3-01', { 2021: [280.6, 410.2, 455.9, 652.3], 2022: [230.5, 362.8, 390.4, 520.1], 2023: [350.2, 498.7, 560.3, 790.8] }),
    ...annual('5-01', { 2021: 86.4, 2022: 88.1, 2023: 90.6 }),
    narrative('8-01', '2021-Q2', '学校章程修订完成并报核准；建立党委会、校长办公会议事决策清单，健全“三重一大”决策制度。'),
    ...quarterly('9-01', { 2021: [95, 104, 112, 121], 2022: [128, 135, 141, 149], 2023: [152, 156, 160, 163] }),
    ...quarterly('10-01', { 2021: [0, 35, 60, 85], 2022: [40, 80, 95, 130], 2023: [110, 160, 180, 230] }),
  ],
  fundMovements: fundMovements(budgets, {
    from: '2019-Q4',
    until: '2023-Q4',
    slow: [
      { task: '10', from: 2020, spent: 0.6 }, // overseas training and the overseas campus delayed
      { task: '6', source: 'INDUSTRY', from: 2022, arrived: 0.7 }, // mixed-ownership partner not signed
    ],
  }),
  progress: progressOf([
    ['1', 'IN_PROGRESS', 92],
    ['1.1', 'COMPLETED', 100], ['1.1.1', 'COMPLETED', 100], ['1.1.2', 'COMPLETED', 100], ['1.1.3', 'COMPLETED', 100],
    ['1.1.4', 'COMPLETED', 100], ['1.1.5', 'COMPLETED', 100], ['1.1.6', 'COMPLETED', 100],
    ['1.2', 'LAGGING', 85], ['1.2.1', 'COMPLETED', 100], ['1.2.2', 'COMPLETED', 100], ['1.2.3', 'IN_PROGRESS', 90],
    ['1.2.4', 'LAGGING', 80], ['1.2.5', 'IN_PROGRESS', 92],
    ['1.3', 'IN_PROGRESS', 95], ['1.3.1', 'COMPLETED', 100], ['1.3.2', 'COMPLETED', 100], ['1.3.3', 'COMPLETED', 100],
    ['1.3.4', 'COMPLETED', 100], ['1.3.5', 'COMPLETED', 100], ['1.3.6', 'IN_PROGRESS', 90], ['1.3.7', 'COMPLETED', 100],
    ['1.4', 'IN_PROGRESS', 93], ['1.4.1', 'COMPLETED', 100], ['1.4.2', 'IN_PROGRESS', 90], ['1.4.3', 'COMPLETED', 100],
    ['1.4.4', 'COMPLETED', 100], ['1.4.5', 'IN_PROGRESS', 85],
    ['1.5', 'COMPLETED', 100], ['1.5.1', 'COMPLETED', 100], ['1.5.2', 'COMPLETED', 100], ['1.5.3', 'COMPLETED', 100],
    ['2', 'COMPLETED', 100], ['3', 'IN_PROGRESS', 95], ['4', 'IN_PROGRESS', 96], ['5', 'COMPLETED', 100],
    ['6', 'LAGGING', 76], ['7', 'COMPLETED', 100], ['8', 'COMPLETED', 100], ['9', 'COMPLETED', 100], ['10', 'LAGGING', 70],
  ]),
};
