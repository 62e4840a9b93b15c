import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppLocale } from '@dsg/admin-i18n';
import type { MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { bookFixture, jobFixture as job, taskFixture as task } from '../../testing/fixtures';
import { captureDownloads, fileOf, formFields, pickFile, type HttpHandler } from '../../testing/mock-http';
import { byTestId, mountFeature } from '../../testing/mount-feature';
import TaskBookDetailView from './index.vue';

// Excel on the task-book page: export, template, and the import that runs as a worker job.

const adminRules = [
  { action: 'manage' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const] },
  { action: ['read' as const, 'create' as const], subject: 'TaskBookVersion' as const },
];
const readerRules = [{ action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const] }];

const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
const detail = (currentVersionId: string | null = null) => ({
  data: { taskBook: { ...bookFixture({ currentVersionId, title: '天津职业大学 双高计划 任务书' }), tasks: [task('1', { title: '加强党的建设' })] } },
});
const versions = (currentVersionId: string | null = null) => ({ data: { taskBook: { id: 'book-1', currentVersionId, versions: [] } } });
const jobRun = (overrides: Parameters<typeof job>[0]) => ({ data: { jobRun: job(overrides) } });

async function mountDetail(options: {
  handlers?: Record<string, MockGraphQLHandler | MockGraphQLHandler[]>;
  http?: Record<string, HttpHandler | HttpHandler[]>;
  rules?: typeof adminRules | typeof readerRules;
  approved?: boolean;
  locale?: AppLocale;
}) {
  const current = options.approved ? 'v-1' : null;
  const mounted = await mountFeature(TaskBookDetailView, {
    props: { id: 'book-1' },
    locale: options.locale,
    session: { rules: options.rules ?? adminRules },
    handlers: {
      TaskBookDetail: detail(current),
      TaskBookVersions: versions(current),
      TaskBookDepartments: { data: { departments: empty } },
      TaskBookPeople: { data: { users: empty } },
      ...options.handlers,
    },
    http: options.http,
  });
  await flushPromises();
  return mounted;
}

async function openImport(file = fileOf('任务书.xlsx', 'PK\u0003\u0004')): Promise<void> {
  byTestId('import-workbook')!.click();
  await flushPromises();
  pickFile('import-file', file);
  await flushPromises();
}

/** Starts the import with only the timers faked, so each poll can be stepped through. */
async function submitImport(): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  byTestId('import-submit')!.click();
  await flushPromises();
}

async function nextPoll(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1000);
  await flushPromises();
}

const text = (id: string) => byTestId(id)?.textContent?.trim();
const status = () => byTestId('import-status')?.dataset['status'];
const started = { 'POST /task-books/book-1/import': { status: 202, body: { data: job({ status: 'QUEUED' }) } } };

afterEach(() => vi.useRealTimers());

describe('task book workbook', () => {
  it('exports the workbook and downloads the template with the session’s token', async () => {
    const saved = captureDownloads();
    const xlsx = (name: string) => ({
      blob: new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` },
    });
    const { http } = await mountDetail({
      http: {
        'GET /task-books/book-1/workbook.xlsx': [xlsx('天津职业大学 双高计划 任务书.xlsx'), { status: 404, body: { errors: [{ message: '任务书不存在', extensions: { code: 'NOT_FOUND' } }] } }],
        'GET /task-books/book-1/template.xlsx': xlsx('任务书导入模板.xlsx'),
      },
    });

    byTestId('export-workbook')!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    byTestId('download-template')!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(2));

    expect(saved.map((file) => file.name)).toEqual(['天津职业大学 双高计划 任务书.xlsx', '任务书导入模板.xlsx']);
    expect(http.calls.map((call) => call.headers['authorization'])).toEqual(['Bearer token-1', 'Bearer token-1']);

    byTestId('export-workbook')!.click();
    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain('任务书不存在'));
    expect(saved).toHaveLength(2);
  });

  it('does not save the SPA page as a workbook when a proxy does not route the file endpoints', async () => {
    const saved = captureDownloads();
    await mountDetail({
      http: { 'GET /task-books/book-1/workbook.xlsx': { blob: new Blob(['<!doctype html>'], { type: 'text/html' }), headers: { 'Content-Type': 'text/html' } } },
    });

    byTestId('export-workbook')!.click();

    await vi.waitFor(() => expect(document.querySelector('.el-message')?.textContent).toContain('文件服务暂不可用'));
    expect(saved).toHaveLength(0);
  });

  it('imports a workbook into a draft book: upload, job progress, summary; the tree and the versions reload', async () => {
    const { gateway, http } = await mountDetail({
      http: started,
      handlers: {
        WorkbookImportJobRun: [
          jobRun({ status: 'RUNNING', progress: 40 }),
          jobRun({ status: 'RUNNING', progress: 80 }),
          jobRun({ status: 'SUCCEEDED', progress: 100, result: { tasks: 12, indicators: 40, milestones: 8, budgets: 30 } }),
        ],
      },
    });

    byTestId('import-workbook')!.click();
    await flushPromises();
    expect(byTestId('import-mode-notice')?.dataset['mode']).toBe('replace');
    expect(text('import-mode-notice')).toContain('替换任务书草稿中的全部建设任务');
    expect(byTestId<HTMLButtonElement>('import-submit')!.disabled).toBe(true);
    expect(byTestId('import-file')!.querySelector('input')!.getAttribute('accept')).toContain('.xlsx');

    pickFile('import-file', fileOf('任务书.xlsx', 'PK\u0003\u0004'));
    await flushPromises();
    expect(text('import-file-name')).toBe('任务书.xlsx (4 B)');
    await submitImport();

    expect(http.callsOf('POST /task-books/book-1/import')).toHaveLength(1);
    const call = http.callsOf('POST /task-books/book-1/import')[0]!;
    expect(call.form.map(([name]) => name)).toEqual(['file']);
    expect((formFields(call)['file'] as File).name).toBe('任务书.xlsx');
    expect(call.headers['authorization']).toBe('Bearer token-1');
    expect(status()).toBe('QUEUED');

    await nextPoll();
    expect(status()).toBe('RUNNING');
    expect(text('import-progress')).toBe('40%');
    expect(gateway.callsOf('WorkbookImportJobRun')[0]?.variables).toEqual({ id: 'job-1' });
    await nextPoll();
    expect(text('import-progress')).toBe('80%');
    await nextPoll();
    expect(status()).toBe('SUCCEEDED');
    expect(text('import-result')).toBe('已导入建设任务 12 项、绩效指标 40 项、节点目标 8 个、预算 30 条');
    expect(gateway.callsOf('TaskBookDetail')).toHaveLength(2);
    expect(gateway.callsOf('TaskBookVersions')).toHaveLength(2);

    await nextPoll();
    expect(gateway.callsOf('WorkbookImportJobRun')).toHaveLength(3);
  });

  it('keeps following an import when the dialog is closed, and shows it again on reopening', async () => {
    const { gateway } = await mountDetail({
      http: started,
      handlers: {
        WorkbookImportJobRun: [jobRun({ status: 'RUNNING', progress: 30 }), jobRun({ status: 'SUCCEEDED', progress: 100, result: { tasks: 1, indicators: 0, milestones: 0, budgets: 0 } })],
      },
    });
    await openImport();
    await submitImport();
    await nextPoll();
    expect(status()).toBe('RUNNING');

    document.querySelector<HTMLElement>('.el-dialog__headerbtn')!.click();
    await flushPromises();
    await nextPoll();
    expect(gateway.callsOf('WorkbookImportJobRun')).toHaveLength(2);
    expect(gateway.callsOf('TaskBookDetail')).toHaveLength(2);

    byTestId('import-workbook')!.click();
    await flushPromises();
    expect(status()).toBe('SUCCEEDED');
    expect(text('import-result')).toContain('已导入建设任务 1 项');
  });

  it.each([
    ['zh-CN', '工作簿中有 2 处问题，未导入任何内容', ['建设任务', '5', 'C', '牵头部门代码 XXX 不存在'], ['整个文件', '—', '—', '缺少工作表“绩效指标”']],
    ['en', 'The workbook has 2 problems; nothing was imported', ['建设任务', '5', 'C', 'Department code XXX does not exist'], ['Whole file', '—', '—', 'The sheet "绩效指标" is missing']],
  ] as const)('lists the problems of a failed import (%s) and says that nothing was imported', async (locale, title, first, second) => {
    const { gateway } = await mountDetail({
      locale,
      http: started,
      handlers: {
        WorkbookImportJobRun: jobRun({
          status: 'FAILED',
          progress: 50,
          error: '2 problem(s) in the workbook; nothing was imported',
          result: {
            problems: [
              { sheet: '建设任务', row: 5, column: 'C', message: { 'zh-CN': '牵头部门代码 XXX 不存在', en: 'Department code XXX does not exist' } },
              { sheet: '', row: 0, column: '', message: { 'zh-CN': '缺少工作表“绩效指标”', en: 'The sheet "绩效指标" is missing' } },
            ],
          },
        }),
      },
    });
    await openImport();
    await submitImport();
    await nextPoll();

    expect(status()).toBe('FAILED');
    expect(text('import-error')).toContain(title);
    const rows = Array.from(byTestId('import-problems')!.querySelectorAll('tbody tr.el-table__row')).map((row) =>
      Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([first, second]);
    expect(byTestId('import-result')).toBeNull();
    // Nothing changed: no reload.
    expect(gateway.callsOf('TaskBookDetail')).toHaveLength(1);
  });

  it('explains that importing into an approved book drafts a change request, and reports the drafted request', async () => {
    const { gateway } = await mountDetail({
      approved: true,
      http: started,
      handlers: {
        WorkbookImportJobRun: jobRun({ status: 'SUCCEEDED', progress: 100, result: { changeRequestId: 'v-2', number: 2, summary: { added: 3, removed: 1, changed: 4 } } }),
      },
    });
    await openImport();

    expect(byTestId('import-mode-notice')?.dataset['mode']).toBe('change-request');
    expect(text('import-mode-notice')).toContain('生成一份任务书调整申请（草稿）');
    await submitImport();
    await nextPoll();

    expect(byTestId('import-result')?.dataset['kind']).toBe('change-request');
    expect(text('import-result')).toContain('已生成任务书调整申请（第 2 版草稿）：新增 3 项、删除 1 项、修改 4 项');
    expect(gateway.callsOf('TaskBookVersions')).toHaveLength(2);
  });

  it('shows a job failure without a report, e.g. a change request already awaiting the agency', async () => {
    await mountDetail({
      approved: true,
      http: started,
      handlers: { WorkbookImportJobRun: jobRun({ status: 'FAILED', error: 'a change request is awaiting the agency; wait for its decision', result: { problems: [] } }) },
    });
    await openImport();
    await submitImport();
    await nextPoll();

    expect(text('import-error')).toContain('导入失败');
    expect(text('import-error')).toContain('未导入任何内容: a change request is awaiting the agency');
    expect(byTestId('import-problems')).toBeNull();
  });

  it('shows the server’s refusal of the upload, and refuses other file types before uploading', async () => {
    const { http } = await mountDetail({
      http: {
        'POST /task-books/book-1/import': {
          status: 400,
          body: { errors: [{ message: '提交的数据有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: '文件超过 20 MB 上限' }] } }] },
        },
      },
    });
    await openImport();
    byTestId('import-submit')!.click();
    await vi.waitFor(() => expect(text('import-file-error')).toBe('文件超过 20 MB 上限'));
    expect(byTestId('import-status')).toBeNull();

    pickFile('import-file', fileOf('任务书.xls'));
    await flushPromises();
    expect(text('import-file-error')).toBe('不支持该文件类型，仅支持 xlsx');
    expect(byTestId<HTMLButtonElement>('import-submit')!.disabled).toBe(true);
    expect(http.callsOf('POST /task-books/book-1/import')).toHaveLength(1);
  });

  it('offers export and template to a reader, but not the import', async () => {
    await mountDetail({ rules: readerRules });

    expect(byTestId('export-workbook')).not.toBeNull();
    expect(byTestId('download-template')).not.toBeNull();
    expect(byTestId('import-workbook')).toBeNull();
    expect(byTestId('versions-panel')).toBeNull();
  });
});
