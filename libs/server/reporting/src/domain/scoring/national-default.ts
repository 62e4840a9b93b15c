/**
 * The default rubric an agency starts from, after the national rules (中国特色高水平高职学校和专业
 * 建设计划绩效管理暂行办法, 教职成〔2020〕8号, and the evaluation notices that apply it). They judge
 * three things:
 *   - 建设绩效: 绩效目标达成度 (goal attainment) and 建设任务完成度 (task completion);
 *   - 资金: 到位率 (arrival rate), 预算执行率 (budget execution) and 资金使用合规性 (compliance);
 *   - 建设水平: the construction level, in 10 aspects for a school (the ten tasks of the 双高
 *     plan) and 9 for a specialty group (the group's construction tasks).
 * The grades are 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, 差 below.
 *
 * The WEIGHTS below are this platform's default, not figures from the rules: the rules name the
 * dimensions, the agency decides how much each counts and edits the rubric before scoring. Every
 * leaf is scored 0..100 (a percentage-style mark per item) so that rates such as 预算执行率 can be
 * entered as they are read.
 */
import { GRADE_LABELS, type GradeBand, type Rubric, type RubricItem } from './rubric.js';

export type EvaluatedUnit = 'SCHOOL' | 'SPECIALTY_GROUP';

/** 建设水平 of a school: the ten construction tasks of the 双高 plan. */
const SCHOOL_LEVEL_ASPECTS: readonly [string, string][] = [
  ['partyBuilding', '加强党的建设'],
  ['talentTraining', '打造技术技能人才培养高地'],
  ['innovationPlatform', '打造技术技能创新服务平台'],
  ['specialtyGroups', '打造高水平专业群'],
  ['teachingStaff', '打造高水平双师队伍'],
  ['schoolEnterprise', '提升校企合作水平'],
  ['socialService', '提升服务发展水平'],
  ['governance', '提升学校治理水平'],
  ['informatisation', '提升信息化水平'],
  ['internationalisation', '提升国际化水平'],
];

/** 建设水平 of a specialty group: its nine construction tasks. */
const GROUP_LEVEL_ASPECTS: readonly [string, string][] = [
  ['trainingModel', '人才培养模式创新'],
  ['courseResources', '课程教学资源建设'],
  ['textbooksAndMethods', '教材与教法改革'],
  ['teachingTeam', '教师教学创新团队'],
  ['practiceBase', '实践教学基地'],
  ['skillsPlatform', '技术技能平台'],
  ['socialService', '社会服务'],
  ['international', '国际交流与合作'],
  ['sustainability', '可持续发展保障机制'],
];

export const NATIONAL_GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'EXCELLENT', label: GRADE_LABELS.EXCELLENT, minTotal: 90 },
  { grade: 'GOOD', label: GRADE_LABELS.GOOD, minTotal: 75 },
  { grade: 'FAIR', label: GRADE_LABELS.FAIR, minTotal: 60 },
  { grade: 'POOR', label: GRADE_LABELS.POOR, minTotal: 0 },
];

/**
 * A fresh, editable copy on every call. Default weights: 建设绩效 40 (达成度 50 %, 完成度 50 %),
 * 资金 20 (到位率 30 %, 执行率 40 %, 合规性 30 %), 建设水平 40 spread evenly over its aspects
 * (10 × 10 % for a school; for a group 人才培养模式创新 12 % — the core of a group's plan — and
 * 8 × 11 %, since 100 does not divide by 9 in whole numbers).
 */
export function nationalDefaultRubric(unit: EvaluatedUnit = 'SCHOOL'): Rubric {
  const aspects = unit === 'SCHOOL' ? SCHOOL_LEVEL_ASPECTS : GROUP_LEVEL_ASPECTS;
  const aspectWeight = (index: number): number => (unit === 'SCHOOL' ? 10 : index === 0 ? 12 : 11);
  const items: RubricItem[] = [
    dimension('performance', '建设绩效', 40),
    leaf('performance.goalAttainment', '绩效目标达成度', 50, 'performance'),
    leaf('performance.taskCompletion', '建设任务完成度', 50, 'performance'),
    dimension('funds', '资金', 20),
    leaf('funds.arrivalRate', '资金到位率', 30, 'funds'),
    leaf('funds.executionRate', '预算执行率', 40, 'funds'),
    leaf('funds.compliance', '资金使用合规性', 30, 'funds'),
    dimension('level', '建设水平', 40),
    ...aspects.map(([key, title], i) => leaf(`level.${key}`, title, aspectWeight(i), 'level')),
  ];
  return { items, bands: NATIONAL_GRADE_BANDS.map((b) => ({ ...b })) };
}

function dimension(key: string, title: string, weight: number): RubricItem {
  return { key, title, weight, minScore: 0, maxScore: 100, parentKey: null };
}

function leaf(key: string, title: string, weight: number, parentKey: string): RubricItem {
  return { key, title, weight, minScore: 0, maxScore: 100, parentKey };
}
