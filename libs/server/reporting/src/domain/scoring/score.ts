/**
 * Scoring one evaluation against a rubric (see rubric.ts for the two-level weights). Each leaf's
 * score is normalised to 0..1 over its range, times its effective weight in points; the points
 * add up to a total out of 100.
 *
 * - A missing score (null, undefined or no entry) counts as 0 points and is listed in
 *   `missingKeys`. Weights are never re-normalised over the items that were scored: leaving an
 *   item blank must not be a way to raise a total.
 * - A score outside its item's [minScore, maxScore] (or not a finite number) is refused, not
 *   clamped: 12 of 10 is a typo for 1.2 or a wrong scale, and a clamped total would hide it. So
 *   is a score for a key that is not a leaf of the rubric. Refused scores come back as typed
 *   problems (`ok: false`, no total), for the scoring form to mark; nothing is thrown for them.
 * - An invalid rubric (validateRubric finds problems) is a ScoringError: rubrics are validated
 *   when saved, so meeting one here is a bug, not the scorer's input.
 * - Rounding: only the total is rounded, once, at the end: to 2 decimals, half up (totals are
 *   never negative). Binary noise is cut first at 12 significant digits, so a sum that is 89.995
 *   in decimal but 89.99499999999999 in floating point rounds to 90 as a person would. Item and
 *   dimension points are returned unrounded; rounded for display they may differ from the
 *   rounded total by a cent, which is why per-item rounding is not used to build the total.
 * - The grade is taken from the rounded total, the figure that is published: a total shown as
 *   90.00 is always 优. A total exactly on a threshold gets the higher band (see gradeFor).
 */
import type { LocalizedText } from '@dsg/contracts';
import { effectiveWeights, gradeFor, leafKeys, validateRubric, type Grade, type GradeLabel, type Rubric, type RubricProblem } from './rubric.js';

/** Scores by leaf key, in each leaf's own range; null, undefined or absent = not scored. */
export type Scores = Readonly<Record<string, number | null | undefined>>;

export interface ScoredItem {
  key: string;
  title: string;
  /** The top-level item this leaf belongs to; null for a top-level leaf. */
  parentKey: string | null;
  /** Effective weight: the points the item gives at its maximum score. */
  points: number;
  /** As entered; null when missing. */
  score: number | null;
  /** (score − min) / (max − min), in 0..1; 0 when missing. */
  normalised: number;
  /** normalised × points, unrounded. */
  weighted: number;
  missing: boolean;
}

/** A top-level item with the points its leaves earned (for a top-level leaf: its own). */
export interface ScoredDimension {
  key: string;
  title: string;
  points: number;
  /** Unrounded. */
  weighted: number;
}

export type ScoreProblemCode = 'OUT_OF_RANGE' | 'NOT_FINITE' | 'UNKNOWN_ITEM' | 'NOT_A_LEAF';

export interface ScoreProblem {
  code: ScoreProblemCode;
  key: string;
  /** The value that was refused. */
  score: number | null | undefined;
  /** The item's range; null for a key that is not a leaf. */
  minScore: number | null;
  maxScore: number | null;
  message: LocalizedText;
}

export interface ScoreSheet {
  ok: true;
  /** 0..100, rounded to 2 decimals (half up). */
  total: number;
  grade: Grade;
  label: GradeLabel;
  /** Every leaf, in rubric order. */
  items: ScoredItem[];
  /** Every top-level item, in rubric order. */
  dimensions: ScoredDimension[];
  /** Leaves without a score, in rubric order; they counted as 0. */
  missingKeys: string[];
  /** Always empty here. */
  outOfRange: ScoreProblem[];
  /** Always empty here. */
  unknownKeys: ScoreProblem[];
}

/** Nothing is totalled from refused input: total, grade and items are empty until it is fixed. */
export interface RejectedScores {
  ok: false;
  total: null;
  grade: null;
  label: null;
  items: [];
  dimensions: [];
  missingKeys: string[];
  /** OUT_OF_RANGE and NOT_FINITE, in rubric order. */
  outOfRange: ScoreProblem[];
  /** UNKNOWN_ITEM and NOT_A_LEAF, in the order of the scores' keys. */
  unknownKeys: ScoreProblem[];
}

export type ScoreResult = ScoreSheet | RejectedScores;

export type ScoringErrorCode = 'INVALID_RUBRIC';

export class ScoringError extends Error {
  readonly code: ScoringErrorCode;
  readonly problems: readonly RubricProblem[];

  constructor(code: ScoringErrorCode, message: string, problems: readonly RubricProblem[]) {
    super(message);
    this.name = 'ScoringError';
    this.code = code;
    this.problems = problems;
  }
}

/** Significant digits kept before rounding: cuts the ~1e-14 noise of sums of decimal points. */
const NOISE_DIGITS = 12;

/** Half up to 2 decimals after cutting binary noise (see the module comment). */
export function roundTotal(value: number): number {
  return Math.round(Number((value * 100).toPrecision(NOISE_DIGITS))) / 100;
}

export function scoreEvaluation(rubric: Rubric, scores: Scores): ScoreResult {
  const rubricProblems = validateRubric(rubric);
  if (rubricProblems.length) {
    throw new ScoringError('INVALID_RUBRIC', `Cannot score against an invalid rubric: ${rubricProblems.map((p) => p.message.en).join('; ')}`, rubricProblems);
  }

  const byKey = new Map(rubric.items.map((i) => [i.key, i]));
  const leaves = leafKeys(rubric.items).map((k) => byKey.get(k)!);
  const points = effectiveWeights(rubric.items);

  const unknownKeys: ScoreProblem[] = [];
  for (const key of Object.keys(scores)) {
    if (!byKey.has(key)) {
      unknownKeys.push(scoreProblem('UNKNOWN_ITEM', key, scores[key], null, null, `评分指标体系中没有指标 ${key}`, `The rubric has no item ${key}`));
    } else if (!points.has(key)) {
      unknownKeys.push(scoreProblem('NOT_A_LEAF', key, scores[key], null, null, `指标 ${key} 的得分由其下级指标汇总，不能直接打分`, `Item ${key} is scored through its children, not directly`));
    }
  }

  const outOfRange: ScoreProblem[] = [];
  const missingKeys: string[] = [];
  const items: ScoredItem[] = [];
  for (const leaf of leaves) {
    const score = Object.hasOwn(scores, leaf.key) ? scores[leaf.key] : undefined;
    const { minScore: min, maxScore: max } = leaf;
    const itemPoints = points.get(leaf.key)!;
    const base = { key: leaf.key, title: leaf.title, parentKey: leaf.parentKey ?? null, points: itemPoints };
    if (score === null || score === undefined) {
      missingKeys.push(leaf.key);
      items.push({ ...base, score: null, normalised: 0, weighted: 0, missing: true });
    } else if (!Number.isFinite(score)) {
      outOfRange.push(scoreProblem('NOT_FINITE', leaf.key, score, min, max, `指标 ${leaf.key} 的得分不是有效数字`, `Score of ${leaf.key} is not a finite number`));
    } else if (score < min || score > max) {
      outOfRange.push(scoreProblem('OUT_OF_RANGE', leaf.key, score, min, max, `指标 ${leaf.key} 的得分应在 ${min} 到 ${max} 之间，当前为 ${score}`, `Score of ${leaf.key} must be between ${min} and ${max}, got ${score}`));
    } else {
      const normalised = (score - min) / (max - min);
      items.push({ ...base, score, normalised, weighted: normalised * itemPoints, missing: false });
    }
  }

  if (outOfRange.length || unknownKeys.length) {
    return { ok: false, total: null, grade: null, label: null, items: [], dimensions: [], missingKeys, outOfRange, unknownKeys };
  }

  const total = roundTotal(items.reduce((sum, i) => sum + i.weighted, 0));
  const band = gradeFor(rubric.bands, total);
  if (!band) throw new Error(`No grade band for total ${total} in a validated rubric`); // unreachable: validation requires a band at 0
  const dimensions = rubric.items
    .filter((i) => i.parentKey === null || i.parentKey === undefined)
    .map((d) => ({
      key: d.key,
      title: d.title,
      points: d.weight,
      weighted: items.filter((i) => i.key === d.key || i.parentKey === d.key).reduce((sum, i) => sum + i.weighted, 0),
    }));
  return { ok: true, total, grade: band.grade, label: band.label, items, dimensions, missingKeys, outOfRange: [], unknownKeys: [] };
}

function scoreProblem(code: ScoreProblemCode, key: string, score: number | null | undefined, minScore: number | null, maxScore: number | null, zh: string, en: string): ScoreProblem {
  return { code, key, score, minScore, maxScore, message: { 'zh-CN': zh, en } };
}
