import { describe, expect, it } from 'vitest';
import { effectiveWeights, gradeFor, leafKeys, validateRubric, type GradeBand, type Rubric, type RubricItem, type RubricProblemCode } from './rubric.js';

const BANDS: GradeBand[] = [
  { grade: 'EXCELLENT', label: '优', minTotal: 90 },
  { grade: 'GOOD', label: '良', minTotal: 75 },
  { grade: 'FAIR', label: '中', minTotal: 60 },
  { grade: 'POOR', label: '差', minTotal: 0 },
];

const item = (key: string, weight: number, parentKey: string | null = null, minScore = 0, maxScore = 100): RubricItem => ({
  key,
  title: `标题 ${key}`,
  weight,
  minScore,
  maxScore,
  parentKey,
});

/** Two levels: P (40) with children P1 (50), P2 (50); Q (60) a top-level leaf. */
const VALID_ITEMS: RubricItem[] = [item('P', 40), item('P1', 50, 'P'), item('P2', 50, 'P'), item('Q', 60)];

const codes = (rubric: Rubric): RubricProblemCode[] => validateRubric(rubric).map((p) => p.code);
const only = (rubric: Rubric) => {
  const problems = validateRubric(rubric);
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('validateRubric: a valid rubric', () => {
  it('has no problems, flat or two-level, with bands in any order', () => {
    expect(validateRubric({ items: VALID_ITEMS, bands: BANDS })).toEqual([]);
    expect(validateRubric({ items: [item('A', 70), item('B', 30)], bands: [...BANDS].reverse() })).toEqual([]);
  });

  it('accepts decimal weights whose binary sum misses 100 by float noise', () => {
    const items = [item('A', 16.4), item('B', 47.8), item('C', 35.8)];
    expect(items.reduce((s, i) => s + i.weight, 0)).not.toBe(100); // the noise is real
    expect(validateRubric({ items, bands: BANDS })).toEqual([]);
  });

  it('accepts an absent parentKey as top level, and negative score ranges', () => {
    const items: RubricItem[] = [{ key: 'A', title: 'A', weight: 100, minScore: -5, maxScore: 5 }];
    expect(validateRubric({ items, bands: BANDS })).toEqual([]);
  });

  it('does not check the score range of a parent (its result comes from its children)', () => {
    const items = [item('P', 100, null, 10, 10), item('P1', 100, 'P')];
    expect(validateRubric({ items, bands: BANDS })).toEqual([]);
  });
});

describe('validateRubric: item problems', () => {
  it('NO_ITEMS', () => {
    expect(only({ items: [], bands: BANDS })).toMatchObject({ code: 'NO_ITEMS', scope: 'RUBRIC', key: null });
  });

  it('BLANK_KEY', () => {
    const p = only({ items: [item('  ', 100)], bands: BANDS });
    expect(p).toMatchObject({ code: 'BLANK_KEY', scope: 'ITEM', key: '  ' });
    expect(p.message['zh-CN']).toContain('缺少编码');
  });

  it('DUPLICATE_KEY, reported once per key', () => {
    const p = only({ items: [item('A', 50), item('A', 25), item('A', 25)], bands: BANDS });
    expect(p).toMatchObject({ code: 'DUPLICATE_KEY', key: 'A' });
    expect(p.message.en).toBe('Item key A is used more than once');
  });

  it('INVALID_WEIGHT for zero, negative and non-finite weights (and no extra WEIGHT_SUM for that level)', () => {
    for (const bad of [0, -10, Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = only({ items: [item('A', bad), item('B', 100)], bands: BANDS });
      expect(p, String(bad)).toMatchObject({ code: 'INVALID_WEIGHT', scope: 'ITEM', key: 'A' });
    }
    const child = only({ items: [item('P', 100), item('P1', 0, 'P'), item('P2', 100, 'P')], bands: BANDS });
    expect(child).toMatchObject({ code: 'INVALID_WEIGHT', key: 'P1' });
  });

  it('WEIGHT_SUM at the top level', () => {
    const p = only({ items: [item('A', 60), item('B', 30)], bands: BANDS });
    expect(p).toMatchObject({ code: 'WEIGHT_SUM', scope: 'RUBRIC', key: null });
    expect(p.message).toEqual({ 'zh-CN': '一级指标权重之和应为 100，当前为 90', en: 'Top-level weights must sum to 100, got 90' });
    expect(only({ items: [item('A', 60), item('B', 40.01)], bands: BANDS }).code).toBe('WEIGHT_SUM');
  });

  it('WEIGHT_SUM of the children of a parent (weights are relative within the parent)', () => {
    // Children given as points of the total (20 + 20) instead of shares of the parent: refused.
    const p = only({ items: [item('P', 40), item('P1', 20, 'P'), item('P2', 20, 'P'), item('Q', 60)], bands: BANDS });
    expect(p).toMatchObject({ code: 'WEIGHT_SUM', scope: 'ITEM', key: 'P' });
    expect(p.message.en).toBe('Weights of the children of P must sum to 100, got 40');
  });

  it('INVALID_RANGE for min ≥ max or non-finite bounds, on leaves only', () => {
    for (const [min, max] of [
      [10, 10],
      [10, 5],
      [0, Number.NaN],
      [Number.NEGATIVE_INFINITY, 10],
    ] as const) {
      const p = only({ items: [item('A', 100, null, min, max)], bands: BANDS });
      expect(p, `${min}..${max}`).toMatchObject({ code: 'INVALID_RANGE', scope: 'ITEM', key: 'A' });
    }
    expect(only({ items: [item('P', 100), item('P1', 100, 'P', 5, 1)], bands: BANDS })).toMatchObject({ code: 'INVALID_RANGE', key: 'P1' });
  });

  it('UNKNOWN_PARENT', () => {
    const p = only({ items: [item('A', 100), item('A1', 100, 'X')], bands: BANDS });
    expect(p).toMatchObject({ code: 'UNKNOWN_PARENT', key: 'A1' });
    expect(p.message['zh-CN']).toBe('指标 A1 的上级指标 X 不存在');
  });

  it('CYCLE for an item that is its own parent or ancestor', () => {
    expect(codes({ items: [item('A', 100), item('S', 100, 'S')], bands: BANDS })).toEqual(['CYCLE']);
    const loop = validateRubric({ items: [item('A', 100), item('B', 100, 'C'), item('C', 100, 'B')], bands: BANDS });
    expect(loop.map((p) => [p.code, p.key])).toEqual([
      ['CYCLE', 'B'],
      ['CYCLE', 'C'],
    ]);
  });

  it('TOO_DEEP for a third level (and for an item hanging under a cycle)', () => {
    const p = only({ items: [item('A', 100), item('A1', 100, 'A'), item('A1a', 100, 'A1')], bands: BANDS });
    expect(p).toMatchObject({ code: 'TOO_DEEP', key: 'A1a' });
    const underLoop = validateRubric({ items: [item('A', 100), item('B', 100, 'C'), item('C', 100, 'B'), item('D', 100, 'B')], bands: BANDS });
    expect(underLoop.map((q) => [q.code, q.key])).toEqual([
      ['CYCLE', 'B'],
      ['CYCLE', 'C'],
      ['TOO_DEEP', 'D'],
    ]);
  });

  it('reports every problem at once, items in order then bands', () => {
    const problems = validateRubric({ items: [item('A', 0), item('A', 50), item('B', 50, null, 3, 1)], bands: BANDS.slice(0, 3) });
    expect(problems.map((p) => [p.code, p.key])).toEqual([
      ['DUPLICATE_KEY', 'A'],
      ['INVALID_WEIGHT', 'A'],
      ['INVALID_RANGE', 'B'],
      ['MISSING_GRADE', 'POOR'],
      ['NO_ZERO_BAND', null],
    ]);
  });
});

describe('validateRubric: band problems', () => {
  const withBands = (bands: GradeBand[]): Rubric => ({ items: [item('A', 100)], bands });

  it('INVALID_THRESHOLD outside 0..100 or not finite', () => {
    for (const bad of [101, -1, Number.NaN]) {
      const problems = validateRubric(withBands([{ ...BANDS[0]!, minTotal: bad }, ...BANDS.slice(1)]));
      expect(problems.map((p) => [p.code, p.key]), String(bad)).toEqual([['INVALID_THRESHOLD', 'EXCELLENT']]);
    }
  });

  it('UNKNOWN_GRADE (data from storage may carry anything)', () => {
    const stray = { grade: 'PASS', label: '合格', minTotal: 50 } as unknown as GradeBand;
    const p = only(withBands([...BANDS, stray]));
    expect(p).toMatchObject({ code: 'UNKNOWN_GRADE', scope: 'BAND', key: 'PASS' });
  });

  it('DUPLICATE_GRADE', () => {
    expect(only(withBands([...BANDS, { grade: 'GOOD', label: '良', minTotal: 80 }]))).toMatchObject({ code: 'DUPLICATE_GRADE', key: 'GOOD' });
  });

  it('MISSING_GRADE for each absent grade', () => {
    const problems = validateRubric(withBands([BANDS[0]!, BANDS[3]!]));
    expect(problems.map((p) => [p.code, p.key])).toEqual([
      ['MISSING_GRADE', 'GOOD'],
      ['MISSING_GRADE', 'FAIR'],
    ]);
  });

  it('LABEL_MISMATCH', () => {
    const bands = BANDS.map((b) => (b.grade === 'FAIR' ? { ...b, label: '良' as const } : b));
    const p = only(withBands(bands));
    expect(p).toMatchObject({ code: 'LABEL_MISMATCH', key: 'FAIR' });
    expect(p.message['zh-CN']).toBe('等级 FAIR 的名称应为“中”，当前为“良”');
  });

  it('BANDS_NOT_DESCENDING for equal or inverted thresholds', () => {
    const equal = BANDS.map((b) => (b.grade === 'GOOD' ? { ...b, minTotal: 90 } : b));
    expect(only(withBands(equal))).toMatchObject({ code: 'BANDS_NOT_DESCENDING', key: 'GOOD' });
    const inverted = BANDS.map((b) => (b.grade === 'FAIR' ? { ...b, minTotal: 80 } : b));
    expect(only(withBands(inverted))).toMatchObject({ code: 'BANDS_NOT_DESCENDING', key: 'FAIR' });
  });

  it('NO_ZERO_BAND when the lowest band starts above 0 (and when there are no bands)', () => {
    const raised = BANDS.map((b) => (b.grade === 'POOR' ? { ...b, minTotal: 10 } : b));
    const p = only(withBands(raised));
    expect(p).toMatchObject({ code: 'NO_ZERO_BAND', scope: 'RUBRIC', key: null });
    expect(p.message.en).toContain('got 10');
    expect(codes(withBands([]))).toEqual(['MISSING_GRADE', 'MISSING_GRADE', 'MISSING_GRADE', 'MISSING_GRADE', 'NO_ZERO_BAND']);
  });
});

describe('helpers', () => {
  it('leafKeys: items without children, in order', () => {
    expect(leafKeys(VALID_ITEMS)).toEqual(['P1', 'P2', 'Q']);
  });

  it('effectiveWeights: a child gets parent × share / 100, a top-level leaf its own weight; they sum to 100', () => {
    const weights = effectiveWeights([item('P', 40), item('P1', 25, 'P'), item('P2', 75, 'P'), item('Q', 60)]);
    expect([...weights]).toEqual([
      ['P1', 10],
      ['P2', 30],
      ['Q', 60],
    ]);
  });

  it('gradeFor: the highest band whose threshold is at or below the total; a threshold total gets the higher band', () => {
    const grade = (total: number) => gradeFor(BANDS, total)?.grade;
    expect([grade(100), grade(90), grade(89.99), grade(75), grade(74.99), grade(60), grade(59.99), grade(0)]).toEqual([
      'EXCELLENT',
      'EXCELLENT',
      'GOOD',
      'GOOD',
      'FAIR',
      'FAIR',
      'POOR',
      'POOR',
    ]);
    expect(gradeFor([...BANDS].reverse(), 75)?.grade).toBe('GOOD');
    expect(gradeFor(BANDS.slice(0, 3), 10)).toBeNull();
  });
});
