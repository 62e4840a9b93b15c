/**
 * 广东工程职业技术学院 — Guangdong's provincial programme (GD-SG-2022, 2022–2026, annual reporting).
 *
 * Seed 002 (news item of 2024-10-02 on the 2024-09-29 progress meeting) gives: the key tasks named by
 * the chairing vice-president — 横向项目, 社会服务, 企业捐赠 (tasks 3.1, 7, 6.1) — and landmark
 * achievements (4-01); the 双高办's annual task-completion report; 人力资源部 and 学生工作部 reporting
 * their tasks (5, 2.1); the two campuses linked by video (task 9); the “上下贯通、层层负责”
 * responsibility chain against “上热、中温、下冷” (task 8, indicators 8-01, 8-02). Titles of the
 * other tasks, all figures, dates and budgets are assumed. 2024 is the weak year the meeting reacts
 * to; actuals are annual (2022–2025; 2026 is not closed yet), money moves quarterly up to 2026-Q3.
 */
import type { DemoTaskBook } from './types.js';
import { annual, bookKit, fundMovements, milestone, narrative, progressOf, task } from './kit.js';

const k = bookKit(2022, 2026);
const ALL = { start: '2022-03-01', end: '2026-12-31' };

const budgets = [
  // 万元 per year 2022..2026 (assumed; total ≈ 6,600 万元). LOCAL = 省级财政专项.
  ...k.budget('1', 'LOCAL', [30, 40, 40, 40, 30]),
  ...k.budget('1', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('2', 'LOCAL', [150, 200, 200, 200, 150]),
  ...k.budget('2', 'SELF', [40, 60, 60, 60, 40]),
  ...k.budget('3', 'LOCAL', [120, 180, 180, 180, 140]),
  ...k.budget('3', 'INDUSTRY', [30, 60, 80, 80, 60]),
  ...k.budget('4', 'LOCAL', [200, 300, 300, 300, 200]),
  ...k.budget('4', 'INDUSTRY', [40, 80, 100, 100, 80]),
  ...k.budget('5', 'LOCAL', [80, 120, 120, 120, 80]),
  ...k.budget('5', 'SELF', [40, 60, 60, 60, 40]),
  ...k.budget('6', 'INDUSTRY', [50, 100, 120, 120, 100]),
  ...k.budget('6', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('7', 'LOCAL', [40, 60, 60, 60, 40]),
  ...k.budget('7', 'SELF', [20, 30, 30, 30, 20]),
  ...k.budget('8', 'SELF', [10, 20, 20, 20, 10]),
  ...k.budget('9', 'LOCAL', [60, 100, 100, 80, 60]),
  ...k.budget('9', 'SELF', [20, 40, 40, 30, 20]),
];

export const gdepSchoolBook: DemoTaskBook = {
  institutionCode: 'GDEP',
  programmeCode: 'GD-SG-2022',
  track: 'SCHOOL',
  specialtyGroup: null,
  approved: true,
  document: {
    title: '广东工程职业技术学院 省域高水平高职院校建设 任务书',
    startYear: 2022,
    endYear: 2026,
    tasks: [
      task('1', '加强党的建设，实现党建业务双融双促', { lead: 'ZZB', coop: ['DZB', 'XCB', 'SGB'], ...ALL }),
      task('2', '打造技术技能人才培养高地', { lead: 'JWC', coop: ['XGB', 'JDXY', 'DTXY', 'XXXY'], ...ALL }),
      task('2.1', '深化“三全育人”，打造学生工作品牌', { lead: 'XGB', coop: ['JWC'], ...ALL }),
      task('3', '打造技术技能创新服务平台', { lead: 'KYC', coop: ['JDXY', 'DTXY', 'XXXY', 'RGZN'], ...ALL }),
      task('3.1', '拓展横向科研与技术服务项目', { lead: 'KYC', coop: ['JDXY', 'DTXY', 'JZXY', 'XXXY'], projectLeader: 'gdep.lead', ...ALL }),
      task('4', '打造高水平专业群，培育标志性成果', { lead: 'JWC', coop: ['JDXY', 'DTXY', 'XXXY'], ...ALL }),
      task('5', '打造高水平双师队伍', { lead: 'RLZY', coop: ['JWC'], ...ALL }),
      task('5.1', '实施高层次人才引进与“双师”素质提升计划', { lead: 'RLZY', coop: ['JDXY', 'XXXY'], projectLeader: 'gdep.lead', ...ALL }),
      task('6', '深化产教融合，提升校企合作水平', { lead: 'KYC', coop: ['DZB', 'JDXY', 'DTXY'], ...ALL }),
      task('6.1', '争取企业捐赠（资金、设备），共建实训基地', { lead: 'DZB', coop: ['KYC', 'JDXY', 'DTXY'], ...ALL }),
      task('7', '提升社会服务水平', { lead: 'KYC', coop: ['JDXY', 'DTXY', 'JZXY', 'RGZN'], ...ALL }),
      task('7.1', '开展社会培训与职业技能等级认定', { lead: 'KYC', coop: ['JDXY', 'DTXY'], projectLeader: 'gdep.lead', ...ALL }),
      task('7.2', '服务乡村振兴与对口帮扶', { lead: 'KYC', coop: ['XGB'], start: '2022-03-01', end: '2025-12-31' }),
      task('8', '提升学校治理水平，压实“上下贯通、层层负责”责任链条', { lead: 'DZB', coop: ['SGB', 'RLZY'], ...ALL }),
      task('9', '推进广州校区与省职教城（清远）校区协同发展', { lead: 'DZB', coop: ['RGZN', 'JWC'], ...ALL }), // assumed
    ],
    milestones: [
      milestone('1', '2024-09-29', '召开省域双高建设工作推进会（两校区视频连线）', '会议纪要、新闻稿', 'DONE'),
      milestone('1', '2026-12-31', '形成党建业务双融双促典型案例汇编', '案例汇编', 'PENDING'),
      milestone('2.1', '2025-06-30', '建成学生工作“一院一品”品牌', '品牌清单、成效报告', 'DONE'),
      milestone('3.1', '2024-12-31', '年度横向项目到账经费达到1000万元', '到账凭证', 'PENDING'),
      milestone('4', '2024-12-31', '专业群中期建设成效评价', '评价报告', 'DONE'),
      milestone('5.1', '2024-12-31', '完成年度高层次人才引进计划', '引进名单', 'DONE'),
      milestone('5', '2025-12-31', '“双师型”教师比例达到75%', '教师队伍统计表', 'PENDING'),
      milestone('6.1', '2024-12-31', '企业捐赠年度到账500万元', '捐赠协议、到账凭证', 'PENDING'),
      milestone('7', '2026-12-31', '社会服务收入年度突破1500万元', '财务报表', 'PENDING'),
      milestone('8', '2024-06-30', '完成省域双高中期绩效自评', '自评报告', 'DONE'), // date assumed
      milestone('8', '2024-09-29', '双高办报告年度任务完成情况、分析问题并提出推进措施', '年度任务完成情况报告', 'DONE'),
      milestone('9', '2025-09-30', '省职教城（清远）校区在校生达到8000人', '在校生统计', 'DONE'),
    ],
    indicators: [
      k.qual('1-01', '党建引领双高建设，形成党建业务融合品牌', 'BENEFIT_SUSTAINABLE'),
      k.flow('2-01', '学生获省级以上技能竞赛奖项', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 28, targets: [30, 35, 40, 45, 50] }),
      k.stock('2.1-01', '学生满意度', { category: 'SATISFACTION', unit: '%', baseline: 87, targets: [88, 89, 90, 91, 92] }),
      k.flow('3-01', '授权发明专利', { category: 'OUTPUT_QUANTITY', unit: '件', baseline: 12, targets: [15, 20, 25, 30, 35] }),
      k.flow('3.1-01', '横向项目到账经费', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 520, targets: [600, 800, 1000, 1200, 1400] }),
      k.flow('3.1-02', '横向项目立项', { category: 'OUTPUT_QUANTITY', unit: '项', baseline: 55, targets: [60, 80, 100, 120, 140] }),
      k.flow('4-01', '新增省级以上标志性成果', { category: 'OUTPUT_QUALITY', unit: '项', baseline: 8, targets: [10, 15, 20, 20, 25] }),
      k.stock('5-01', '“双师型”教师占专业课教师比例', { category: 'OUTPUT_QUALITY', unit: '%', baseline: 56, targets: [60, 65, 70, 75, 80] }),
      k.stock('5.1-01', '具有博士学位的专任教师（累计）', { category: 'OUTPUT_QUALITY', unit: '人', baseline: 72, targets: [80, 95, 110, 125, 140] }),
      k.stock('6-01', '校企共建产业学院', { category: 'OUTPUT_QUANTITY', unit: '个', baseline: 3, targets: [4, 6, 8, 10, 12] }),
      k.flow('6.1-01', '企业捐赠到账价值（资金与设备）', { category: 'BENEFIT_SUSTAINABLE', unit: '万元', baseline: 260, targets: [300, 400, 500, 600, 700] }),
      k.flow('7-01', '社会服务收入（培训、认定、技术服务）', { category: 'BENEFIT_ECONOMIC', unit: '万元', baseline: 700, targets: [800, 1000, 1200, 1400, 1600] }),
      k.flow('7.1-01', '社会培训', { category: 'BENEFIT_SOCIAL', unit: '人次', baseline: 13000, targets: [15000, 18000, 22000, 26000, 30000] }),
      k.qual('7.2-01', '对口帮扶与服务乡村振兴成效', 'BENEFIT_SOCIAL'),
      k.qual('8-01', '建立“上下贯通、层层负责”的双高建设责任链条', 'OUTPUT_QUALITY'),
      k.stock('8-02', '年度重点任务逾期未完成', { category: 'OUTPUT_TIMELINESS', unit: '项', baseline: 8, targets: [6, 5, 4, 3, 2], direction: 'LOWER_BETTER' }),
      k.stock('9-01', '省职教城（清远）校区在校生', { category: 'OUTPUT_QUANTITY', unit: '人', baseline: 0, targets: [3000, 5000, 7000, 8000, 9000] }),
    ],
    budgets,
  },
  flowIndicatorCodes: ['2-01', '3-01', '3.1-01', '3.1-02', '4-01', '6.1-01', '7-01', '7.1-01'],
  // Assumed figures. 2024 lags (3-01, 3.1-01, 6.1-01, 7.1-01, 8-02); 2025 recovers except 6.1-01 and 4-01.
  actuals: [
    ...annual('2-01', { 2022: 33, 2023: 37, 2024: 41, 2025: 43 }),
    ...annual('2.1-01', { 2022: 89.5, 2023: 90.2, 2024: 90.8, 2025: 92.1 }),
    ...annual('3-01', { 2022: 16, 2023: 22, 2024: 19, 2025: 31 }),
    ...annual('3.1-01', { 2022: 612.4, 2023: 745.8, 2024: 786.2, 2025: 1105.6 }),
    ...annual('3.1-02', { 2022: 64, 2023: 82, 2024: 85, 2025: 118 }),
    ...annual('4-01', { 2022: 12, 2023: 17, 2024: 21, 2025: 15 }),
    ...annual('5-01', { 2022: 62, 2023: 66.5, 2024: 71.2, 2025: 74 }),
    ...annual('5.1-01', { 2022: 84, 2023: 97, 2024: 105, 2025: 121 }),
    ...annual('6-01', { 2022: 5, 2023: 7, 2024: 8, 2025: 9 }),
    ...annual('6.1-01', { 2022: 320, 2023: 350.5, 2024: 312.6, 2025: 455 }),
    ...annual('7-01', { 2022: 830, 2023: 1015, 2024: 968, 2025: 1452 }),
    ...annual('7.1-01', { 2022: 16280, 2023: 19650, 2024: 17400, 2025: 27150 }),
    narrative('7.2-01', '2025', '对口帮扶县职业学校完成师资培训和专业共建，派驻驻村工作队开展电商与技能培训。'),
    narrative('8-01', '2024', '推进会后建立校领导—职能部门—二级学院—双高联络员四级责任清单，重点任务按月调度、逾期通报。'),
    ...annual('8-02', { 2022: 5, 2023: 6, 2024: 7, 2025: 3 }),
    ...annual('9-01', { 2022: 3150, 2023: 5400, 2024: 7200, 2025: 8100 }),
    narrative('1-01', '2025', '各党总支围绕横向项目、社会服务等重点任务开展“党建+”攻坚，形成党建业务融合案例8个。'),
  ],
  fundMovements: fundMovements(budgets, {
    from: '2022-Q2',
    until: '2026-Q3',
    slow: [
      { task: '6', source: 'INDUSTRY', from: 2024, arrived: 0.6 }, // enterprise money short (企业捐赠 lagging)
      { task: '3', from: 2024, spent: 0.7 }, // platform equipment procurement late
    ],
  }),
  progress: progressOf([
    ['1', 'IN_PROGRESS', 85], ['2', 'IN_PROGRESS', 80], ['2.1', 'IN_PROGRESS', 82], ['3', 'LAGGING', 68],
    ['3.1', 'LAGGING', 65], ['4', 'IN_PROGRESS', 78], ['5', 'IN_PROGRESS', 84], ['5.1', 'COMPLETED', 100],
    ['6', 'LAGGING', 60], ['6.1', 'LAGGING', 55], ['7', 'IN_PROGRESS', 80], ['7.1', 'IN_PROGRESS', 82],
    ['7.2', 'COMPLETED', 100], ['8', 'IN_PROGRESS', 75], ['9', 'IN_PROGRESS', 70],
  ]),
};
