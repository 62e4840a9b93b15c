import { describe, expect, it } from 'vitest';
import { importOutcome, problemMessage } from './workbook-import';

const job = (status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED', result: unknown, error: string | null = null) => ({ status, result, error });

describe('workbook import outcome', () => {
  it('is still running until the job ends', () => {
    expect(importOutcome(job('QUEUED', null))).toEqual({ kind: 'running' });
    expect(importOutcome(job('RUNNING', null))).toEqual({ kind: 'running' });
  });

  it('reads the counts of a replaced draft plan', () => {
    expect(importOutcome(job('SUCCEEDED', { tasks: 12, indicators: 40, milestones: 8, budgets: 30 }))).toEqual({
      kind: 'replaced',
      tasks: 12,
      indicators: 40,
      milestones: 8,
      budgets: 30,
    });
  });

  it('reads the change request drafted for an approved book', () => {
    expect(importOutcome(job('SUCCEEDED', { changeRequestId: 'v-2', number: 2, summary: { added: 3, removed: 1, changed: 4 } }))).toEqual({
      kind: 'changeRequest',
      changeRequestId: 'v-2',
      number: 2,
      summary: { added: 3, removed: 1, changed: 4 },
    });
  });

  it('reads the problem report of a failed import, messages per language', () => {
    const outcome = importOutcome(
      job(
        'FAILED',
        {
          problems: [
            { sheet: '建设任务', row: 5, column: 'C', message: { 'zh-CN': '牵头部门代码 XXX 不存在', en: 'Department code XXX does not exist' } },
            { sheet: '', row: 0, column: '', message: { 'zh-CN': '文件无法读取', en: 'The file cannot be read' } },
            'garbage',
          ],
        },
        '2 problem(s) in the workbook; nothing was imported',
      ),
    );
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.problems).toHaveLength(2);
    expect(problemMessage(outcome.problems[0]!, 'zh-CN')).toBe('牵头部门代码 XXX 不存在');
    expect(problemMessage(outcome.problems[0]!, 'en')).toBe('Department code XXX does not exist');
    expect(outcome.problems[1]).toMatchObject({ sheet: '', row: 0, column: '' });
    // Only one language: shown whatever the UI language.
    expect(problemMessage({ sheet: 'x', row: 1, column: 'A', message: { 'zh-CN': '仅中文' } }, 'en')).toBe('仅中文');
  });

  it('keeps the job error when a failure has no report', () => {
    expect(importOutcome(job('FAILED', { problems: [] }, 'a change request is awaiting the agency'))).toEqual({
      kind: 'failed',
      problems: [],
      error: 'a change request is awaiting the agency',
    });
  });
});
