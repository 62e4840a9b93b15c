/**
 * Scoring rubrics (评分指标体系) the agency scores performance evaluations against: the annual
 * self-evaluation it scores (年度绩效自评), the mid-term evaluation (中期绩效评价) and final
 * acceptance (终期验收).
 *
 * A rubric has at most two levels:
 * - top-level items (`parentKey` null or absent) are the dimensions (一级指标, e.g. 建设绩效 / 资金 /
 *   建设水平). Their weights are points of the 100-point total and must sum to 100;
 * - child items (二级指标) belong to one top-level item. Their weights are RELATIVE: shares of the
 *   parent, and the children of each parent sum to 100 as well. A child's effective weight is
 *   `parent.weight × child.weight / 100` points (see `effectiveWeights`).
 * Relative child weights let the agency re-weight a dimension (资金 20 → 25 points) without
 * recomputing every item under it, and the "sums to 100" check at each level points at the level
 * where a typo was made.
 *
 * Only leaves are scored: a top-level item without children, or a child. A parent's own
 * `minScore`/`maxScore` are not used (its result is the sum of its children) and not validated.
 */
import type { LocalizedText } from '@dsg/contracts';

/** 优 / 良 / 中 / 差, best first. */
export const GRADES = ['EXCELLENT', 'GOOD', 'FAIR', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS = { EXCELLENT: '优', GOOD: '良', FAIR: '中', POOR: '差' } as const satisfies Record<Grade, string>;
export type GradeLabel = (typeof GRADE_LABELS)[Grade];

export interface RubricItem {
  /** Stable identifier; scores are keyed by it. */
  key: string;
  title: string;
  /** Top level: points of the 100-point total. Child: share (of 100) of the parent's points. */
  weight: number;
  /** Range the scorer enters a leaf's score in; the score is normalised to 0..1 over it. */
  minScore: number;
  maxScore: number;
  parentKey?: string | null;
}

export interface GradeBand {
  grade: Grade;
  label: GradeLabel;
  /** Lowest total (inclusive) that earns the grade. */
  minTotal: number;
}

export interface Rubric {
  items: RubricItem[];
  /** In any order; see `validateRubric` for what makes a valid set. */
  bands: GradeBand[];
}

export type RubricProblemCode =
  | 'NO_ITEMS'
  | 'BLANK_KEY'
  | 'DUPLICATE_KEY'
  | 'INVALID_WEIGHT'
  | 'WEIGHT_SUM'
  | 'INVALID_RANGE'
  | 'UNKNOWN_PARENT'
  | 'CYCLE'
  | 'TOO_DEEP'
  | 'INVALID_THRESHOLD'
  | 'UNKNOWN_GRADE'
  | 'DUPLICATE_GRADE'
  | 'MISSING_GRADE'
  | 'LABEL_MISMATCH'
  | 'BANDS_NOT_DESCENDING'
  | 'NO_ZERO_BAND';

export interface RubricProblem {
  code: RubricProblemCode;
  /** What the problem is attached to, so an editor can mark the row. */
  scope: 'RUBRIC' | 'ITEM' | 'BAND';
  /** The item key (ITEM; for WEIGHT_SUM of children: the parent's key), the grade (BAND), or null (RUBRIC). */
  key: string | null;
  message: LocalizedText;
}

/**
 * Weights are entered with decimals (33.33 + 33.33 + 33.34); their binary sum may miss 100 by
 * ~1e-14. Anything closer than this counts as 100.
 */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

/** Every problem of the rubric, items first (in item order), then bands. Empty: the rubric is usable. */
export function validateRubric(rubric: Rubric): RubricProblem[] {
  return [...itemProblems(rubric.items), ...bandProblems(rubric.bands)];
}

/** Keys of the items without children (the ones scored directly), in item order. */
export function leafKeys(items: readonly RubricItem[]): string[] {
  const parents = new Set(items.map((i) => i.parentKey).filter(isKey));
  return items.filter((i) => !parents.has(i.key)).map((i) => i.key);
}

/**
 * Points (of 100) each leaf contributes at full score. Assumes a valid rubric: a top-level leaf
 * keeps its weight, a child gets `parent.weight × child.weight / 100`.
 */
export function effectiveWeights(items: readonly RubricItem[]): Map<string, number> {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const result = new Map<string, number>();
  for (const key of leafKeys(items)) {
    const item = byKey.get(key)!;
    const parent = isKey(item.parentKey) ? byKey.get(item.parentKey) : undefined;
    result.set(key, parent ? (parent.weight * item.weight) / 100 : item.weight);
  }
  return result;
}

/**
 * The band a total falls in: the highest band whose `minTotal` ≤ total. A total exactly on a
 * threshold gets the higher band (90 is 优, 89.99 is 良). Null only when no band starts at or
 * below the total, which a valid rubric (lowest band at 0) rules out for totals ≥ 0.
 */
export function gradeFor(bands: readonly GradeBand[], total: number): GradeBand | null {
  let best: GradeBand | null = null;
  for (const band of bands) {
    if (band.minTotal <= total && (best === null || band.minTotal > best.minTotal)) best = band;
  }
  return best;
}

function itemProblems(items: readonly RubricItem[]): RubricProblem[] {
  if (items.length === 0) return [problem('NO_ITEMS', 'RUBRIC', null, '评分指标体系没有任何指标', 'The rubric has no items')];
  const problems: RubricProblem[] = [];
  const byKey = new Map<string, RubricItem>();
  const reportedDuplicates = new Set<string>();
  for (const item of items) {
    if (item.key.trim() === '') {
      problems.push(problem('BLANK_KEY', 'ITEM', item.key, `指标“${item.title}”缺少编码`, `Item "${item.title}" has no key`));
    } else if (byKey.has(item.key)) {
      if (!reportedDuplicates.has(item.key)) {
        reportedDuplicates.add(item.key);
        problems.push(problem('DUPLICATE_KEY', 'ITEM', item.key, `指标编码 ${item.key} 重复`, `Item key ${item.key} is used more than once`));
      }
    } else {
      byKey.set(item.key, item);
    }
  }

  for (const item of items) {
    if (!Number.isFinite(item.weight) || item.weight <= 0) {
      problems.push(problem('INVALID_WEIGHT', 'ITEM', item.key, `指标 ${item.key} 的权重必须大于 0，当前为 ${item.weight}`, `Item ${item.key}: weight must be greater than 0, got ${item.weight}`));
    }
    problems.push(...structureProblems(item, byKey));
  }

  const leaves = new Set(leafKeys(items));
  for (const item of items) {
    if (!leaves.has(item.key)) continue;
    const { minScore: min, maxScore: max } = item;
    if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
      problems.push(problem('INVALID_RANGE', 'ITEM', item.key, `指标 ${item.key} 的分值范围无效：最低分 ${min} 必须小于最高分 ${max}`, `Item ${item.key}: minimum score ${min} must be below maximum score ${max}`));
    }
  }

  problems.push(...weightSumProblems(items, byKey));
  return problems;
}

/** Parent exists, is not the item itself or its descendant, and is top-level (two levels at most). */
function structureProblems(item: RubricItem, byKey: ReadonlyMap<string, RubricItem>): RubricProblem[] {
  if (!isKey(item.parentKey)) return [];
  const parent = byKey.get(item.parentKey);
  if (!parent) {
    return [problem('UNKNOWN_PARENT', 'ITEM', item.key, `指标 ${item.key} 的上级指标 ${item.parentKey} 不存在`, `Item ${item.key}: parent ${item.parentKey} does not exist`)];
  }
  // Walk up at most byKey.size steps: coming back to the item is a cycle (a → a, a → b → a).
  const seen = new Set<string>();
  for (let current: RubricItem | undefined = parent; current; current = isKey(current.parentKey) ? byKey.get(current.parentKey) : undefined) {
    if (current.key === item.key) {
      return [problem('CYCLE', 'ITEM', item.key, `指标 ${item.key} 成了自己的上级（循环引用）`, `Item ${item.key} is its own ancestor`)];
    }
    if (seen.has(current.key)) break; // a cycle above the item, reported on the items in it
    seen.add(current.key);
  }
  if (isKey(parent.parentKey)) {
    return [problem('TOO_DEEP', 'ITEM', item.key, `指标 ${item.key} 超过两级：上级指标 ${parent.key} 本身不是一级指标`, `Item ${item.key} is more than two levels deep: its parent ${parent.key} is not a top-level item`)];
  }
  return [];
}

/** Top-level weights sum to 100; the children of each (top-level) parent sum to 100. */
function weightSumProblems(items: readonly RubricItem[], byKey: ReadonlyMap<string, RubricItem>): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const groups = new Map<string | null, RubricItem[]>();
  for (const item of items) {
    const parent = isKey(item.parentKey) ? byKey.get(item.parentKey) : undefined;
    if (isKey(item.parentKey) && (!parent || isKey(parent.parentKey))) continue; // structure already reported
    const groupKey = parent ? parent.key : null;
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), item]);
  }
  if (!groups.has(null)) groups.set(null, []);
  for (const [parentKey, members] of groups) {
    // A sum over an invalid weight says nothing new; INVALID_WEIGHT is already reported.
    if (members.some((m) => !Number.isFinite(m.weight) || m.weight <= 0)) continue;
    const sum = members.reduce((s, m) => s + m.weight, 0);
    if (Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE) continue;
    const shown = Number(sum.toPrecision(12));
    problems.push(
      parentKey === null
        ? problem('WEIGHT_SUM', 'RUBRIC', null, `一级指标权重之和应为 100，当前为 ${shown}`, `Top-level weights must sum to 100, got ${shown}`)
        : problem('WEIGHT_SUM', 'ITEM', parentKey, `指标 ${parentKey} 的下级指标权重之和应为 100，当前为 ${shown}`, `Weights of the children of ${parentKey} must sum to 100, got ${shown}`),
    );
  }
  return problems;
}

function bandProblems(bands: readonly GradeBand[]): RubricProblem[] {
  const problems: RubricProblem[] = [];
  const byGrade = new Map<Grade, GradeBand>();
  for (const band of bands) {
    if (!(GRADES as readonly string[]).includes(band.grade)) {
      problems.push(problem('UNKNOWN_GRADE', 'BAND', String(band.grade), `未知的等级 ${String(band.grade)}，只能是 优/良/中/差`, `Unknown grade ${String(band.grade)}; must be one of ${GRADES.join(', ')}`));
      continue;
    }
    if (byGrade.has(band.grade)) {
      problems.push(problem('DUPLICATE_GRADE', 'BAND', band.grade, `等级“${GRADE_LABELS[band.grade]}”出现了多次`, `Grade ${band.grade} appears more than once`));
      continue;
    }
    byGrade.set(band.grade, band);
    if (band.label !== GRADE_LABELS[band.grade]) {
      problems.push(problem('LABEL_MISMATCH', 'BAND', band.grade, `等级 ${band.grade} 的名称应为“${GRADE_LABELS[band.grade]}”，当前为“${band.label}”`, `Grade ${band.grade} must be labelled ${GRADE_LABELS[band.grade]}, got ${band.label}`));
    }
    if (!validThreshold(band.minTotal)) {
      problems.push(problem('INVALID_THRESHOLD', 'BAND', band.grade, `等级“${GRADE_LABELS[band.grade]}”的分数线应在 0 到 100 之间，当前为 ${band.minTotal}`, `Threshold of ${band.grade} must be between 0 and 100, got ${band.minTotal}`));
    }
  }
  for (const grade of GRADES) {
    if (!byGrade.has(grade)) {
      problems.push(problem('MISSING_GRADE', 'BAND', grade, `缺少等级“${GRADE_LABELS[grade]}”的分数线`, `No band for grade ${grade}`));
    }
  }

  // Thresholds strictly descend from 优 to 差 (the order in the array does not matter).
  const ordered = GRADES.map((g) => byGrade.get(g)).filter((b): b is GradeBand => b !== undefined && validThreshold(b.minTotal));
  for (let i = 1; i < ordered.length; i++) {
    const above = ordered[i - 1]!;
    const band = ordered[i]!;
    if (band.minTotal >= above.minTotal) {
      problems.push(problem('BANDS_NOT_DESCENDING', 'BAND', band.grade, `等级“${band.label}”的分数线 ${band.minTotal} 应低于“${above.label}”的 ${above.minTotal}`, `Threshold of ${band.grade} (${band.minTotal}) must be below that of ${above.grade} (${above.minTotal})`));
    }
  }

  const thresholds = bands.map((b) => b.minTotal).filter(validThreshold);
  const lowest = thresholds.length ? Math.min(...thresholds) : null;
  if (lowest !== 0) {
    const shown = lowest === null ? '无' : String(lowest);
    problems.push(problem('NO_ZERO_BAND', 'RUBRIC', null, `最低等级的分数线应为 0，否则低分没有等级（当前为 ${shown}）`, `The lowest band must start at 0, or low totals get no grade (got ${lowest ?? 'none'})`));
  }
  return problems;
}

function validThreshold(minTotal: number): boolean {
  return Number.isFinite(minTotal) && minTotal >= 0 && minTotal <= 100;
}

function isKey(parentKey: string | null | undefined): parentKey is string {
  return parentKey !== null && parentKey !== undefined;
}

function problem(code: RubricProblemCode, scope: RubricProblem['scope'], key: string | null, zh: string, en: string): RubricProblem {
  return { code, scope, key, message: { 'zh-CN': zh, en } };
}
