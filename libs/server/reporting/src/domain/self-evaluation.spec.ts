import { describe, expect, it } from 'vitest';
import { CASE_WRITE_UP_MIN_CHARS, SELF_EVALUATION_SECTIONS, countChars, selfEvaluationProblems } from './self-evaluation.js';

const allSections = Object.fromEntries(SELF_EVALUATION_SECTIONS.map((s) => [s.key, `${s.title['zh-CN']}：已完成。`]));

describe('annual self-evaluation (年度绩效自评) rules', () => {
  it('counts characters without whitespace, one per CJK character or emoji', () => {
    expect(countChars(' 双高 计划\n 2025 ')).toBe(8);
    expect(countChars('👍🏽案例')).toBe(3); // the emoji with its skin-tone modifier is two code points but one character
    expect(countChars(null)).toBe(0);
  });

  it('accepts a complete self-evaluation whose provincial-or-higher achievements have full case write-ups', () => {
    const draft = {
      sections: allSections,
      achievements: [
        { id: 'a1', title: '国家级教学成果奖二等奖', level: 'NATIONAL', caseWriteUp: '案'.repeat(CASE_WRITE_UP_MIN_CHARS) },
        { id: 'a2', title: '市级技能大赛一等奖', level: 'MUNICIPAL', caseWriteUp: null },
      ],
    };
    expect(selfEvaluationProblems(draft)).toEqual([]);
  });

  it('names every empty section and every missing or short case write-up, in both languages', () => {
    const problems = selfEvaluationProblems({
      sections: { ...allSections, budgetExecution: '  \n ', problems: undefined },
      achievements: [
        { id: 'a1', title: '省级教学创新团队', level: 'PROVINCIAL', caseWriteUp: '' },
        { id: 'a2', title: '国家级资源库', level: 'NATIONAL', caseWriteUp: '案 例'.repeat(300) },
        { id: 'a3', title: '校级成果', level: 'SCHOOL', caseWriteUp: '' },
      ],
    });
    expect(problems.map((p) => [p.code, p.target])).toEqual([
      ['SECTION_EMPTY', 'budgetExecution'],
      ['SECTION_EMPTY', 'problems'],
      ['CASE_WRITE_UP_MISSING', 'a1'],
      ['CASE_WRITE_UP_TOO_SHORT', 'a2'],
    ]);
    expect(problems[3]!.message['zh-CN']).toBe('“国家级资源库”的典型案例仅 600 字，应不少于 1000 字');
    expect(problems[0]!.message.en).toBe('"Budget execution" is empty');
  });

  it('a write-up of exactly the minimum passes, one character less does not', () => {
    const one = (n: number) => selfEvaluationProblems({ sections: allSections, achievements: [{ id: 'a', title: 'x', level: 'PROVINCIAL', caseWriteUp: '字'.repeat(n) }] });
    expect(one(CASE_WRITE_UP_MIN_CHARS)).toEqual([]);
    expect(one(CASE_WRITE_UP_MIN_CHARS - 1).map((p) => p.code)).toEqual(['CASE_WRITE_UP_TOO_SHORT']);
  });
});
