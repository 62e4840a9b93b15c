import type { WorkbookImportJobFragment } from '@dsg/admin-data-access';

// What a finished workbook import job means. The job's `result` is JSON: counts for a draft book,
// the drafted change request for an approved one, or the problem report when it FAILED (nothing
// is imported then). Parsed defensively: a result of another shape is shown as "no details".

export const WORKBOOK_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const WORKBOOK_EXTENSIONS = ['xlsx'] as const;
/** The import's own limit (the gateway refuses larger uploads). */
export const WORKBOOK_MAX_BYTES = 20 * 1024 * 1024;

export const workbookUrl = (bookId: string) => `/task-books/${encodeURIComponent(bookId)}/workbook.xlsx`;
export const templateUrl = (bookId: string) => `/task-books/${encodeURIComponent(bookId)}/template.xlsx`;
export const importUrl = (bookId: string) => `/task-books/${encodeURIComponent(bookId)}/import`;

export interface WorkbookProblem {
  sheet: string;
  /** Excel's 1-based row; 0 for the file or a whole sheet. */
  row: number;
  /** Column letter; '' when the problem is not about one column. */
  column: string;
  /** The message per language, e.g. { 'zh-CN': '…', en: '…' }. */
  message: Record<string, string>;
}

export interface ChangeSummary {
  added: number;
  removed: number;
  changed: number;
}

export type ImportOutcome =
  | { kind: 'running' }
  | { kind: 'replaced'; tasks: number; indicators: number; milestones: number; budgets: number }
  | { kind: 'changeRequest'; changeRequestId: string; number: number | null; summary: ChangeSummary }
  | { kind: 'failed'; problems: WorkbookProblem[]; error: string | null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function problemsOf(result: unknown): WorkbookProblem[] {
  const list = isObject(result) ? result['problems'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((item) => {
    const message = item['message'];
    return {
      sheet: typeof item['sheet'] === 'string' ? item['sheet'] : '',
      row: count(item['row']),
      column: typeof item['column'] === 'string' ? item['column'] : '',
      message: isObject(message)
        ? Object.fromEntries(Object.entries(message).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
        : typeof message === 'string'
          ? { 'zh-CN': message, en: message }
          : {},
    };
  });
}

export function summaryOf(value: unknown): ChangeSummary {
  const summary = isObject(value) ? value : {};
  return { added: count(summary['added']), removed: count(summary['removed']), changed: count(summary['changed']) };
}

export function importOutcome(job: Pick<WorkbookImportJobFragment, 'status' | 'result' | 'error'>): ImportOutcome {
  if (job.status === 'FAILED') return { kind: 'failed', problems: problemsOf(job.result), error: job.error };
  if (job.status !== 'SUCCEEDED') return { kind: 'running' };
  const result = isObject(job.result) ? job.result : {};
  if (typeof result['changeRequestId'] === 'string') {
    return {
      kind: 'changeRequest',
      changeRequestId: result['changeRequestId'],
      number: typeof result['number'] === 'number' ? result['number'] : null,
      summary: summaryOf(result['summary']),
    };
  }
  return {
    kind: 'replaced',
    tasks: count(result['tasks']),
    indicators: count(result['indicators']),
    milestones: count(result['milestones']),
    budgets: count(result['budgets']),
  };
}

/** The message in the UI language, else in the other one. */
export function problemMessage(problem: WorkbookProblem, locale: string): string {
  return problem.message[locale] ?? problem.message['zh-CN'] ?? problem.message['en'] ?? Object.values(problem.message)[0] ?? '';
}
