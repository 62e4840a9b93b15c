import { describe, expect, it } from 'vitest';
import type { GradeBand, Rubric, RubricItem } from './rubric.js';
import { roundTotal, scoreEvaluation, ScoringError, type ScoreResult, type ScoreSheet, type Scores } from './score.js';

const BANDS: GradeBand[] = [
  { grade: 'EXCELLENT', label: '优', minTotal: 90 },
  { grade: 'GOOD', label: '良', minTotal: 75 },
  { grade: 'FAIR', label: '中', minTotal: 60 },
  { grade: 'POOR', label: '差', minTotal: 0 },
];

const item = (key: string, weight: number, minScore: number, maxScore: number, parentKey: string | null = null): RubricItem => ({
  key,
  title: `指标 ${key}`,
  weight,
  minScore,
  maxScore,
  parentKey,
});

/** Flat: A 50 points scored 0..10, B 30 points scored 0..100, C 20 points scored 60..100. */
const FLAT: Rubric = { items: [item('A', 50, 0, 10), item('B', 30, 0, 100), item('C', 20, 60, 100)], bands: BANDS };

/**
 * Two levels: P 40 points with P1 (50 % → 20 points, 0..100) and P2 (50 % → 20 points, 0..100);
 * Q 60 points with Q1 (25 % → 15 points, 0..5) and Q2 (75 % → 45 points, 0..20).
 */
const TWO_LEVEL: Rubric = {
  items: [item('P', 40, 0, 100), item('P1', 50, 0, 100, 'P'), item('P2', 50, 0, 100, 'P'), item('Q', 60, 0, 100), item('Q1', 25, 0, 5, 'Q'), item('Q2', 75, 0, 20, 'Q')],
  bands: BANDS,
};

/** One item worth all 100 points, scored 0..100: the score is the total. */
const SINGLE: Rubric = { items: [item('X', 100, 0, 100)], bands: BANDS };

function sheet(result: ScoreResult): ScoreSheet {
  if (!result.ok) throw new Error(`expected a score sheet, got ${JSON.stringify(result.outOfRange.concat(result.unknownKeys))}`);
  return result;
}

const total = (rubric: Rubric, scores: Scores) => sheet(scoreEvaluation(rubric, scores)).total;

describe('scoreEvaluation: weighted totals', () => {
  it('normalises each score over its range and weights it (flat rubric, by hand)', () => {
    // A: 8/10 = 0.8 × 50 = 40; B: 75/100 = 0.75 × 30 = 22.5; C: (80−60)/40 = 0.5 × 20 = 10 → 72.5 (中)
    const result = sheet(scoreEvaluation(FLAT, { A: 8, B: 75, C: 80 }));
    expect(result.total).toBe(72.5);
    expect([result.grade, result.label]).toEqual(['FAIR', '中']);
    expect(result.items).toEqual([
      { key: 'A', title: '指标 A', parentKey: null, points: 50, score: 8, normalised: 0.8, weighted: 40, missing: false },
      { key: 'B', title: '指标 B', parentKey: null, points: 30, score: 75, normalised: 0.75, weighted: 22.5, missing: false },
      { key: 'C', title: '指标 C', parentKey: null, points: 20, score: 80, normalised: 0.5, weighted: 10, missing: false },
    ]);
    expect(result.missingKeys).toEqual([]);
    expect(result.outOfRange).toEqual([]);
  });

  it('maps a range minimum to 0 and its maximum to full points', () => {
    expect(total(FLAT, { A: 0, B: 0, C: 60 })).toBe(0);
    expect(total(FLAT, { A: 10, B: 100, C: 100 })).toBe(100);
    expect(total(FLAT, { A: 10, B: 100, C: 60 })).toBe(80); // C at its minimum of 60 gives 0, not 60 %
  });

  it('applies child weights relative to the parent (two levels, by hand)', () => {
    // P1 0.9 × 20 = 18; P2 0.7 × 20 = 14; Q1 4/5 = 0.8 × 15 = 12; Q2 15/20 = 0.75 × 45 = 33.75 → 77.75 (良)
    const result = sheet(scoreEvaluation(TWO_LEVEL, { P1: 90, P2: 70, Q1: 4, Q2: 15 }));
    expect(result.total).toBe(77.75);
    expect(result.grade).toBe('GOOD');
    expect(result.items.map((i) => [i.key, i.parentKey, i.points, i.weighted])).toEqual([
      ['P1', 'P', 20, 18],
      ['P2', 'P', 20, 14],
      ['Q1', 'Q', 15, 12],
      ['Q2', 'Q', 45, 33.75],
    ]);
    expect(result.dimensions).toEqual([
      { key: 'P', title: '指标 P', points: 40, weighted: 32 },
      { key: 'Q', title: '指标 Q', points: 60, weighted: 45.75 },
    ]);
  });

  it('re-weighting a dimension changes its children\'s points without editing them', () => {
    const heavierP: Rubric = { ...TWO_LEVEL, items: TWO_LEVEL.items.map((i) => (i.key === 'P' ? { ...i, weight: 60 } : i.key === 'Q' ? { ...i, weight: 40 } : i)) };
    // P1 0.9 × 30 = 27; P2 0.7 × 30 = 21; Q1 0.8 × 10 = 8; Q2 0.75 × 30 = 22.5 → 78.5
    expect(total(heavierP, { P1: 90, P2: 70, Q1: 4, Q2: 15 })).toBe(78.5);
  });

  it('mixes top-level leaves and dimensions', () => {
    const mixed: Rubric = { items: [item('P', 70, 0, 100), item('P1', 40, 0, 100, 'P'), item('P2', 60, 0, 100, 'P'), item('L', 30, 0, 10)], bands: BANDS };
    // P1 0.5 × 28 = 14; P2 1 × 42 = 42; L 0.5 × 30 = 15 → 71
    const result = sheet(scoreEvaluation(mixed, { P1: 50, P2: 100, L: 5 }));
    expect(result.total).toBe(71);
    expect(result.dimensions.map((d) => [d.key, d.points, d.weighted])).toEqual([
      ['P', 70, 56],
      ['L', 30, 15],
    ]);
  });
});

describe('scoreEvaluation: missing scores', () => {
  it('count as 0 points and are listed; weights are not re-normalised over the scored items', () => {
    const result = sheet(scoreEvaluation(FLAT, { A: 8, C: 80 }));
    // 40 + 0 + 10 = 50 — re-normalising over A and C would have given 50 / 70 × 100 ≈ 71.43
    expect(result.total).toBe(50);
    expect(result.grade).toBe('POOR');
    expect(result.missingKeys).toEqual(['B']);
    expect(result.items.find((i) => i.key === 'B')).toEqual({ key: 'B', title: '指标 B', parentKey: null, points: 30, score: null, normalised: 0, weighted: 0, missing: true });
  });

  it('treat null, undefined and an absent entry alike, listed in rubric order', () => {
    const result = sheet(scoreEvaluation(TWO_LEVEL, { Q2: undefined, P1: 90, P2: null }));
    expect(result.missingKeys).toEqual(['P2', 'Q1', 'Q2']);
    expect(result.total).toBe(18);
    expect(result.items.filter((i) => i.missing).map((i) => i.key)).toEqual(['P2', 'Q1', 'Q2']);
  });

  it('count as 0 even when the range starts above 0 (a missing C is not worth its minimum)', () => {
    expect(total(FLAT, { A: 10, B: 100 })).toBe(80);
  });

  it('with nothing scored give 0 and 差, every leaf listed', () => {
    const result = sheet(scoreEvaluation(TWO_LEVEL, {}));
    expect([result.total, result.grade, result.label]).toEqual([0, 'POOR', '差']);
    expect(result.missingKeys).toEqual(['P1', 'P2', 'Q1', 'Q2']);
  });
});

describe('scoreEvaluation: refused scores', () => {
  it('refuses (does not clamp) a score above or below its range, with the range in the problem', () => {
    const result = scoreEvaluation(FLAT, { A: 12, B: 75, C: 59 });
    expect(result.ok).toBe(false);
    expect([result.total, result.grade, result.label]).toEqual([null, null, null]);
    expect(result.items).toEqual([]);
    expect(result.outOfRange.map((p) => [p.code, p.key, p.score, p.minScore, p.maxScore])).toEqual([
      ['OUT_OF_RANGE', 'A', 12, 0, 10],
      ['OUT_OF_RANGE', 'C', 59, 60, 100],
    ]);
    expect(result.outOfRange[0]!.message).toEqual({ 'zh-CN': '指标 A 的得分应在 0 到 10 之间，当前为 12', en: 'Score of A must be between 0 and 10, got 12' });
  });

  it('refuses a negative score in a 0-based range and a score just past the maximum', () => {
    expect(scoreEvaluation(SINGLE, { X: -0.01 }).outOfRange.map((p) => p.code)).toEqual(['OUT_OF_RANGE']);
    expect(scoreEvaluation(SINGLE, { X: 100.001 }).outOfRange.map((p) => p.code)).toEqual(['OUT_OF_RANGE']);
  });

  it('refuses NaN and infinities as NOT_FINITE', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const result = scoreEvaluation(SINGLE, { X: bad });
      expect(result.ok, String(bad)).toBe(false);
      expect(result.outOfRange.map((p) => [p.code, p.key])).toEqual([['NOT_FINITE', 'X']]);
    }
  });

  it('still lists the missing keys of a refused sheet', () => {
    const result = scoreEvaluation(FLAT, { A: 11 });
    expect(result.missingKeys).toEqual(['B', 'C']);
  });

  it('refuses scores for keys that are not in the rubric, and for parents (scored through their children)', () => {
    const result = scoreEvaluation(TWO_LEVEL, { P1: 90, P: 80, Z: 1, Y: null });
    expect(result.ok).toBe(false);
    expect(result.outOfRange).toEqual([]);
    expect(result.unknownKeys.map((p) => [p.code, p.key, p.score, p.minScore])).toEqual([
      ['NOT_A_LEAF', 'P', 80, null],
      ['UNKNOWN_ITEM', 'Z', 1, null],
      ['UNKNOWN_ITEM', 'Y', null, null],
    ]);
    expect(result.unknownKeys[1]!.message['zh-CN']).toBe('评分指标体系中没有指标 Z');
  });

  it('does not mistake inherited object properties for scores', () => {
    const result = sheet(scoreEvaluation({ items: [item('toString', 100, 0, 100)], bands: BANDS }, {}));
    expect(result.missingKeys).toEqual(['toString']);
    expect(result.total).toBe(0);
  });

  it('throws ScoringError with the problems for an invalid rubric', () => {
    const invalid: Rubric = { items: [item('A', 60, 0, 10)], bands: BANDS };
    let thrown: unknown;
    try {
      scoreEvaluation(invalid, { A: 5 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScoringError);
    expect((thrown as ScoringError).code).toBe('INVALID_RUBRIC');
    expect((thrown as ScoringError).problems.map((p) => p.code)).toEqual(['WEIGHT_SUM']);
    expect((thrown as ScoringError).message).toContain('Top-level weights must sum to 100, got 60');
  });
});

describe('scoreEvaluation: grade boundaries (优 ≥ 90, 良 ≥ 75, 中 ≥ 60)', () => {
  const graded = (x: number) => {
    const r = sheet(scoreEvaluation(SINGLE, { X: x }));
    return [r.total, r.grade, r.label];
  };

  it('a total exactly on a threshold gets the higher band', () => {
    expect(graded(90)).toEqual([90, 'EXCELLENT', '优']);
    expect(graded(75)).toEqual([75, 'GOOD', '良']);
    expect(graded(60)).toEqual([60, 'FAIR', '中']);
  });

  it('a cent below a threshold gets the lower band', () => {
    expect(graded(89.99)).toEqual([89.99, 'GOOD', '良']);
    expect(graded(74.99)).toEqual([74.99, 'FAIR', '中']);
    expect(graded(59.99)).toEqual([59.99, 'POOR', '差']);
  });

  it('the ends of the scale', () => {
    expect(graded(100)).toEqual([100, 'EXCELLENT', '优']);
    expect(graded(0)).toEqual([0, 'POOR', '差']);
  });

  it('a sum that is 60 in decimal but 59.999… in floating point is 60 and 中', () => {
    const rubric: Rubric = { items: [item('A', 40, 0, 100), item('B', 60, 0, 100)], bands: BANDS };
    const result = sheet(scoreEvaluation(rubric, { A: 6, B: 96 })); // 2.4 + 57.6
    expect(result.items.reduce((s, i) => s + i.weighted, 0)).toBeLessThan(60); // the noise is real
    expect([result.total, result.grade]).toEqual([60, 'FAIR']);
  });

  it('grades the rounded total: 89.995 is published as 90.00 and is 优', () => {
    expect(graded(89.995)).toEqual([90, 'EXCELLENT', '优']);
    expect(graded(74.995)).toEqual([75, 'GOOD', '良']);
    expect(graded(59.994)).toEqual([59.99, 'POOR', '差']);
  });
});

describe('rounding', () => {
  it('rounds the total once, at the end, to 2 decimals', () => {
    // Two items of 50 points scored 1 of 3: 16.666… each. Rounded at the end: 33.33; rounding each
    // item first would give 16.67 + 16.67 = 33.34.
    const thirds: Rubric = { items: [item('A', 50, 0, 3), item('B', 50, 0, 3)], bands: BANDS };
    const result = sheet(scoreEvaluation(thirds, { A: 1, B: 1 }));
    expect(result.total).toBe(33.33);
    expect(result.items[0]!.weighted).toBeCloseTo(50 / 3, 12); // items stay unrounded
    expect(total(thirds, { A: 2, B: 2 })).toBe(66.67);
  });

  it('rounds half up after cutting binary noise (1.005 → 1.01, where Math.round(x × 100) / 100 gives 1)', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the naive rule this guards against
    expect(roundTotal(1.005)).toBe(1.01);
    expect(total(SINGLE, { X: 1.005 })).toBe(1.01);
    expect(roundTotal(0.125)).toBe(0.13);
    expect(roundTotal(72.5)).toBe(72.5);
    expect(roundTotal(33.334999)).toBe(33.33);
    expect(roundTotal(0)).toBe(0);
  });
});
