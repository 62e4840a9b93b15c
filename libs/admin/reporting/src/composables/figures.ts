// The period's computed figures (`ReportRevision.figures`, JSON). The server computes them (rates
// are fractions, null when the denominator is 0; money in 万元); nothing here recomputes them.
// The JSON is parsed defensively: a missing or malformed part becomes empty or null, never a crash.

export const ACHIEVEMENT_LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'SCHOOL'] as const;
export type AchievementLevel = (typeof ACHIEVEMENT_LEVELS)[number];

export const FUNDING_SOURCES = ['CENTRAL', 'LOCAL', 'SPONSOR', 'INDUSTRY', 'SELF'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export interface IndicatorFigure {
  indicatorId: string;
  taskCode: string;
  code: string;
  name: string;
  unit: string | null;
  target: number | null;
  actual: number | null;
  attainment: number | null;
}

export interface SourceFigure {
  source: FundingSource;
  budget: number;
  arrived: number;
  spent: number;
}

export interface ReportFigures {
  tasks: {
    total: number;
    completed: number;
    inProgress: number;
    notStarted: number;
    overdueMilestones: number;
    completionRate: number | null;
  };
  indicators: { total: number; reported: number; attained: number; attainmentRate: number | null; rows: IndicatorFigure[] };
  achievementsByLevel: { level: AchievementLevel; count: number }[];
  funds: {
    budget: number;
    arrived: number;
    spent: number;
    arrivalRate: number | null;
    executionRate: number | null;
    bySource: SourceFigure[];
  };
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const objectOf = (value: unknown): Json => (isObject(value) ? value : {});
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A finite number, else null. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
const count = (value: unknown): number => numberOrNull(value) ?? 0;
const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));
const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function isMember<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function parseIndicator(value: unknown): IndicatorFigure | null {
  if (!isObject(value)) return null;
  return {
    indicatorId: text(value['indicatorId']),
    taskCode: text(value['taskCode']),
    code: text(value['code']),
    name: text(value['name']),
    unit: textOrNull(value['unit']),
    target: numberOrNull(value['target']),
    actual: numberOrNull(value['actual']),
    attainment: numberOrNull(value['attainment']),
  };
}

/** The figures, or null when the value is not figures at all (nothing to show). */
export function parseFigures(value: unknown): ReportFigures | null {
  if (!isObject(value)) return null;
  const tasks = objectOf(value['tasks']);
  const indicators = objectOf(value['indicators']);
  const funds = objectOf(value['funds']);
  const levels = new Map<AchievementLevel, number>();
  for (const item of listOf(value['achievementsByLevel'])) {
    const entry = objectOf(item);
    if (isMember(ACHIEVEMENT_LEVELS, entry['level'])) levels.set(entry['level'], (levels.get(entry['level']) ?? 0) + count(entry['count']));
  }
  const sources = listOf(funds['bySource']).flatMap((item): SourceFigure[] => {
    const entry = objectOf(item);
    if (!isMember(FUNDING_SOURCES, entry['source'])) return [];
    return [{ source: entry['source'], budget: count(entry['budget']), arrived: count(entry['arrived']), spent: count(entry['spent']) }];
  });
  sources.sort((a, b) => FUNDING_SOURCES.indexOf(a.source) - FUNDING_SOURCES.indexOf(b.source));
  return {
    tasks: {
      total: count(tasks['total']),
      completed: count(tasks['completed']),
      inProgress: count(tasks['inProgress']),
      notStarted: count(tasks['notStarted']),
      overdueMilestones: count(tasks['overdueMilestones']),
      completionRate: numberOrNull(tasks['completionRate']),
    },
    indicators: {
      total: count(indicators['total']),
      reported: count(indicators['reported']),
      attained: count(indicators['attained']),
      attainmentRate: numberOrNull(indicators['attainmentRate']),
      rows: listOf(indicators['rows']).flatMap((row) => parseIndicator(row) ?? []),
    },
    // Every level, in order, so the panel always shows the four of them.
    achievementsByLevel: ACHIEVEMENT_LEVELS.map((level) => ({ level, count: levels.get(level) ?? 0 })),
    funds: {
      budget: count(funds['budget']),
      arrived: count(funds['arrived']),
      spent: count(funds['spent']),
      arrivalRate: numberOrNull(funds['arrivalRate']),
      executionRate: numberOrNull(funds['executionRate']),
      bySource: sources,
    },
  };
}

/** 0.8 → "80%", 1.2345 → "123.5%" (one decimal at most); null → the placeholder. */
export function formatPercent(ratio: number | null | undefined, none = '—'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return none;
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** 1234.5 → "1,234.5" (two decimals at most); null → the placeholder. */
export function formatNumber(value: number | null | undefined, locale: string, none = '—'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return none;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export type AttainmentLevel = 'MET' | 'ON_TRACK' | 'LAGGING' | 'NO_DATA';

/** ≥ 100 % met (达成), ≥ 80 % on track (正常), below lagging (滞后): the thresholds the server applies. */
export function attainmentLevel(ratio: number | null | undefined): AttainmentLevel {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return 'NO_DATA';
  // 2.4 / 3 is 0.7999999999999999 in floating point and must still count as 80 %.
  if (ratio >= 1 - 1e-9) return 'MET';
  if (ratio >= 0.8 - 1e-9) return 'ON_TRACK';
  return 'LAGGING';
}
