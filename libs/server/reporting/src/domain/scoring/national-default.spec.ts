import { describe, expect, it } from 'vitest';
import { nationalDefaultRubric, NATIONAL_GRADE_BANDS } from './national-default.js';
import { effectiveWeights, leafKeys, validateRubric } from './rubric.js';
import { scoreEvaluation, type Scores } from './score.js';

describe('nationalDefaultRubric', () => {
  it.each(['SCHOOL', 'SPECIALTY_GROUP'] as const)('is valid for a %s', (unit) => {
    expect(validateRubric(nationalDefaultRubric(unit))).toEqual([]);
  });

  it('has the three national dimensions with their sub-items', () => {
    const rubric = nationalDefaultRubric();
    const top = rubric.items.filter((i) => !i.parentKey).map((i) => [i.key, i.title, i.weight]);
    expect(top).toEqual([
      ['performance', '建设绩效', 40],
      ['funds', '资金', 20],
      ['level', '建设水平', 40],
    ]);
    const children = (parent: string) => rubric.items.filter((i) => i.parentKey === parent).map((i) => i.title);
    expect(children('performance')).toEqual(['绩效目标达成度', '建设任务完成度']);
    expect(children('funds')).toEqual(['资金到位率', '预算执行率', '资金使用合规性']);
  });

  it('has 10 construction-level aspects for a school and 9 for a specialty group', () => {
    const aspects = (unit: 'SCHOOL' | 'SPECIALTY_GROUP') => nationalDefaultRubric(unit).items.filter((i) => i.parentKey === 'level');
    expect(aspects('SCHOOL')).toHaveLength(10);
    expect(aspects('SCHOOL')[0]!.title).toBe('加强党的建设');
    expect(aspects('SPECIALTY_GROUP')).toHaveLength(9);
    expect(aspects('SPECIALTY_GROUP').map((i) => i.weight)).toEqual([12, 11, 11, 11, 11, 11, 11, 11, 11]);
    expect(nationalDefaultRubric()).toEqual(nationalDefaultRubric('SCHOOL'));
  });

  it('leaf points add up to 100', () => {
    for (const unit of ['SCHOOL', 'SPECIALTY_GROUP'] as const) {
      const sum = [...effectiveWeights(nationalDefaultRubric(unit).items).values()].reduce((s, w) => s + w, 0);
      expect(sum, unit).toBeCloseTo(100, 9);
    }
  });

  it('grades 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, 差 below', () => {
    expect(nationalDefaultRubric().bands.map((b) => [b.label, b.minTotal])).toEqual([
      ['优', 90],
      ['良', 75],
      ['中', 60],
      ['差', 0],
    ]);
  });

  it('scores end to end: every leaf at s gives a total of s', () => {
    const rubric = nationalDefaultRubric('SPECIALTY_GROUP');
    const all = (s: number): Scores => Object.fromEntries(leafKeys(rubric.items).map((k) => [k, s]));
    for (const [s, grade] of [
      [100, 'EXCELLENT'],
      [90, 'EXCELLENT'],
      [80, 'GOOD'],
      [60, 'FAIR'],
      [30, 'POOR'],
    ] as const) {
      const result = scoreEvaluation(rubric, all(s));
      expect([result.total, result.grade], String(s)).toEqual([s, grade]);
    }
  });

  it('scores by hand: funds weigh 20 points split 30/40/30', () => {
    const rubric = nationalDefaultRubric();
    const scores: Scores = Object.fromEntries(leafKeys(rubric.items).map((k) => [k, 100]));
    // Budget execution at 50: loses half of its 20 × 40 % = 8 points → 96
    const result = scoreEvaluation(rubric, { ...scores, 'funds.executionRate': 50 });
    expect([result.total, result.grade]).toEqual([96, 'EXCELLENT']);
  });

  it('returns a fresh copy every time (editing one does not change the default)', () => {
    const edited = nationalDefaultRubric();
    edited.items[0]!.weight = 50;
    edited.bands[0]!.minTotal = 85;
    expect(nationalDefaultRubric().items[0]!.weight).toBe(40);
    expect(NATIONAL_GRADE_BANDS[0]!.minTotal).toBe(90);
  });
});
