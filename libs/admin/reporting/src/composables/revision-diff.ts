import { numberOrNull } from './figures';

// What a correction revision (更正) changes against the accepted one (`ReportRevision.diff`, JSON):
// sections (sanitised HTML before and after), figures by path, indicator actuals.

export interface SectionChange {
  key: string;
  before: string;
  after: string;
}

export interface FigureChange {
  path: string;
  before: number | null;
  after: number | null;
}

export interface ActualChange {
  indicatorId: string;
  code: string;
  name: string;
  period: string;
  before: number | null;
  after: number | null;
}

export interface RevisionDiff {
  sections: SectionChange[];
  figures: FigureChange[];
  actuals: ActualChange[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const rows = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The diff, or null when there is none (an original revision, or a malformed value). */
export function parseDiff(value: unknown): RevisionDiff | null {
  if (!isObject(value)) return null;
  return {
    sections: rows(value['sections'])
      .filter((row) => text(row['key']) !== '')
      .map((row) => ({ key: text(row['key']), before: text(row['before']), after: text(row['after']) })),
    figures: rows(value['figures'])
      .filter((row) => text(row['path']) !== '')
      .map((row) => ({ path: text(row['path']), before: numberOrNull(row['before']), after: numberOrNull(row['after']) })),
    actuals: rows(value['actuals']).map((row) => ({
      indicatorId: text(row['indicatorId']),
      code: text(row['code']),
      name: text(row['name']),
      period: text(row['period']),
      before: numberOrNull(row['before']),
      after: numberOrNull(row['after']),
    })),
  };
}

export function isEmptyDiff(diff: RevisionDiff): boolean {
  return diff.sections.length === 0 && diff.figures.length === 0 && diff.actuals.length === 0;
}

/** Figure paths that hold a fraction (shown as a percentage), e.g. `funds.arrivalRate`, `indicators.1.1.attainment`. */
export function isRatePath(path: string): boolean {
  return /Rate$/.test(path) || path.endsWith('.attainment');
}
