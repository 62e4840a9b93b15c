import type { LocalizedText } from '@dsg/contracts';

/**
 * 年度绩效自评: the sections of the national outline (绩效管理暂行办法, 教职成〔2020〕8号) and the
 * rules a self-evaluation must meet before it is submitted. Pure; the feature that stores
 * self-evaluations and the agency's scoring builds on it.
 */
export const SELF_EVALUATION_SECTIONS = [
  { key: 'goalAttainment', title: { 'zh-CN': '绩效目标达成情况', en: 'Attainment of performance goals' } },
  { key: 'taskCompletion', title: { 'zh-CN': '建设任务和绩效指标完成情况（学校层面、专业群层面）', en: 'Completion of tasks and indicators (school and specialty-group level)' } },
  { key: 'budgetExecution', title: { 'zh-CN': '预算执行情况', en: 'Budget execution' } },
  { key: 'effectiveness', title: { 'zh-CN': '建设成效（附佐证）', en: 'Effectiveness, with evidence' } },
  { key: 'contribution', title: { 'zh-CN': '贡献度与标志性成果', en: 'Contribution and landmark achievements' } },
  { key: 'problems', title: { 'zh-CN': '存在问题及改进措施', en: 'Problems and improvements' } },
] as const satisfies readonly { key: string; title: LocalizedText }[];

export type SelfEvaluationSectionKey = (typeof SELF_EVALUATION_SECTIONS)[number]['key'];

/** A provincial-or-higher landmark achievement carries a case write-up of at least this many characters. */
export const CASE_WRITE_UP_MIN_CHARS = 1000;
const CASE_LEVELS = new Set(['NATIONAL', 'PROVINCIAL']);

export interface SelfEvaluationProblem {
  code: 'SECTION_EMPTY' | 'CASE_WRITE_UP_MISSING' | 'CASE_WRITE_UP_TOO_SHORT';
  /** The section key or the achievement's id. */
  target: string;
  message: LocalizedText;
}

export interface SelfEvaluationDraft {
  /** Section key → plain text (rich text already reduced to its characters). */
  sections: Partial<Record<SelfEvaluationSectionKey, string>>;
  achievements: readonly { id: string; title: string; level: string; caseWriteUp: string | null | undefined }[];
}

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** Characters as people count them: whitespace does not count, a CJK character or an emoji counts once. */
export function countChars(text: string | null | undefined): number {
  return [...graphemes.segment((text ?? '').replace(/\s+/g, ''))].length;
}

/** Everything that keeps a self-evaluation from being submitted; empty when it may be. */
export function selfEvaluationProblems(draft: SelfEvaluationDraft): SelfEvaluationProblem[] {
  const problems: SelfEvaluationProblem[] = [];
  for (const s of SELF_EVALUATION_SECTIONS) {
    if (countChars(draft.sections[s.key]) === 0) {
      problems.push({ code: 'SECTION_EMPTY', target: s.key, message: { 'zh-CN': `“${s.title['zh-CN']}”不能为空`, en: `"${s.title.en}" is empty` } });
    }
  }
  for (const a of draft.achievements) {
    if (!CASE_LEVELS.has(a.level)) continue;
    const n = countChars(a.caseWriteUp);
    if (n === 0) {
      problems.push({ code: 'CASE_WRITE_UP_MISSING', target: a.id, message: { 'zh-CN': `省级以上标志性成果“${a.title}”缺少典型案例`, en: `The provincial-or-higher achievement "${a.title}" has no case write-up` } });
    } else if (n < CASE_WRITE_UP_MIN_CHARS) {
      problems.push({
        code: 'CASE_WRITE_UP_TOO_SHORT', target: a.id,
        message: { 'zh-CN': `“${a.title}”的典型案例仅 ${n} 字，应不少于 ${CASE_WRITE_UP_MIN_CHARS} 字`, en: `The case write-up of "${a.title}" has ${n} characters; at least ${CASE_WRITE_UP_MIN_CHARS} are required` },
      });
    }
  }
  return problems;
}
