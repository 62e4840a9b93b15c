import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { MyIndicatorRowFragment } from '@dsg/admin-data-access';
import { authPayloadFixture, type MockGraphQLHandler } from '@dsg/admin-data-access/testing';
import { EVIDENCE_ACCEPT } from '../../composables/evidence';
import { evidenceFixture as evidence, myIndicatorFixture as indicator } from '../../testing/fixtures';
import { captureDownloads, fileOf, formFields, pickFile, type HttpHandler } from '../../testing/mock-http';
import { byTestId, mountFeature, typeInto } from '../../testing/mount-feature';
import MyIndicatorsView from './index.vue';

// 佐证材料 on 我的指标: evidence hangs off the actual of the chosen period (2026-Q2 here).

const contributorRules = [
  { action: 'read' as const, subject: ['TaskBook' as const, 'ConstructionTask' as const, 'IndicatorActual' as const, 'Evidence' as const] },
  { action: ['create' as const, 'update' as const], subject: 'IndicatorActual' as const },
  { action: 'create' as const, subject: 'Evidence' as const },
];

const books = {
  data: { taskBooks: { edges: [{ node: { id: 'book-1', title: '任务书', startYear: 2025, endYear: 2029, tasks: [{ id: 't-1', code: '1', title: '加强党的建设' }] } }] } },
};

const actual = (id: string, value: number) => ({ id, period: '2026-Q2', value, text: null, note: null, enteredBy: 'u-1', enteredAt: '2026-05-02T08:00:00Z' });

function rows(withB = false): MyIndicatorRowFragment[] {
  return [
    indicator('A', { name: '样板支部数', actuals: [actual('x-1', 3)] }),
    indicator('B', { name: '企业培训人次', actuals: withB ? [actual('x-new', 7)] : [] }),
    indicator('C', { name: '横向课题数' }),
  ];
}
const answer = (list: MyIndicatorRowFragment[]) => ({ data: { myIndicators: list } });
const files = (list: ReturnType<typeof evidence>[]) => ({ data: { evidence: list } });

async function mountPage(
  handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {},
  http: Record<string, HttpHandler | HttpHandler[]> = {},
  rules = contributorRules,
) {
  const mounted = await mountFeature(MyIndicatorsView, {
    session: { role: 'DEPARTMENT_CONTRIBUTOR', rules },
    handlers: { MyTaskBooks: books, MyIndicators: answer(rows()), ActualEvidence: files([]), ...handlers },
    http,
  });
  await flushPromises();
  await flushPromises();
  return mounted;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const text = (id: string, root: ParentNode = document) => root.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
const items = (code: string) => Array.from(byTestId(`evidence-list-${code}`)?.querySelectorAll<HTMLElement>('[data-testid="evidence-file"]') ?? []);

describe('my indicators: evidence', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 10));
  });
  afterEach(() => vi.useRealTimers());

  it('lists the evidence of the period’s actual with version, review status and the reason of a return', async () => {
    const { gateway } = await mountPage({
      ActualEvidence: files([
        evidence('e-1', { seriesId: 's-1', version: 2, fileName: '支部名单.pdf', reviewStatus: 'RETURNED', reviewNote: '缺少盖章页' }),
        evidence('e-0', { seriesId: 's-1', version: 1, fileName: '支部名单.pdf', reviewStatus: 'RETURNED' }),
        evidence('e-2', { seriesId: 's-2', fileName: '活动照片.jpg', reviewStatus: 'APPROVED' }),
      ]),
    });

    // Only A has an actual for 2026-Q2.
    expect(gateway.callsOf('ActualEvidence').map((call) => call.variables)).toEqual([{ objectType: 'IndicatorActual', objectId: 'x-1' }]);
    const [first, second] = items('A');
    expect(items('A')).toHaveLength(2);
    expect(text('evidence-download', first)).toBe('支部名单.pdf');
    expect(first!.querySelector('[data-testid="evidence-download"]')?.getAttribute('href')).toBe('/evidence/e-1');
    expect(text('evidence-version', first)).toBe('v2');
    expect(text('evidence-status', first)).toBe('退回');
    expect(first!.dataset['status']).toBe('RETURNED');
    expect(text('evidence-note', first)).toBe('退回原因：缺少盖章页');
    expect(text('evidence-older-version', first)).toBe('v1');
    expect(text('evidence-status', second)).toBe('通过');
    expect(second!.querySelector('[data-testid="evidence-note"]')).toBeNull();

    // The upload button takes exactly the accepted types.
    expect(byTestId('evidence-upload-A')!.querySelector('input[type="file"]')!.getAttribute('accept')).toBe(EVIDENCE_ACCEPT);
    // No actual and nothing typed: nothing to attach evidence to yet.
    expect(byTestId('evidence-upload-C')!.classList.contains('is-disabled')).toBe(true);
    expect(byTestId<HTMLInputElement>('evidence-upload-C')!.querySelector('input')!.disabled).toBe(true);
    expect(text('evidence-hint-C')).toBe('先填写本期完成值，再上传佐证');
    expect(byTestId('evidence-list-C')).toBeNull();
  });

  it('downloads a file with the session’s token under the name the server gives', async () => {
    const saved = captureDownloads();
    const { http } = await mountPage(
      { ActualEvidence: files([evidence('e-1', { fileName: '支部名单.pdf' })]) },
      {
        'GET /evidence/e-1': {
          blob: new Blob(['%PDF-1.7'], { type: 'application/pdf' }),
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('支部名单（盖章）.pdf')}` },
        },
      },
    );

    byTestId('evidence-download')!.click();

    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('支部名单（盖章）.pdf');
    expect(await saved[0]!.blob.text()).toBe('%PDF-1.7');
    expect(http.callsOf('GET /evidence/e-1')[0]?.headers).toMatchObject({ authorization: 'Bearer token-1', 'accept-language': 'zh-CN' });
  });

  it('uploads a file for the actual, showing the progress, then lists it', async () => {
    const held = deferred();
    const { gateway, http } = await mountPage(
      { ActualEvidence: [files([]), files([evidence('e-9', { fileName: '总结.docx' })])] },
      { 'POST /evidence': { status: 201, body: { data: evidence('e-9', { fileName: '总结.docx' }) }, progress: [0.4], hold: held.promise } },
    );

    pickFile('evidence-upload-A', fileOf('总结.docx', 'summary of the year'));

    await vi.waitFor(() => expect(byTestId('evidence-progress-A')?.textContent).toContain('40%'));
    expect(byTestId('evidence-upload-A')!.classList.contains('is-disabled')).toBe(true);
    held.resolve();
    await vi.waitFor(() => expect(items('A').map((item) => text('evidence-download', item))).toEqual(['总结.docx']));
    expect(byTestId('evidence-progress-A')).toBeNull();
    expect(gateway.callsOf('ActualEvidence')).toHaveLength(2);

    const call = http.callsOf('POST /evidence')[0]!;
    // The gateway reads the fields before it streams the file: the file goes last.
    expect(call.form.map(([name]) => name)).toEqual(['objectType', 'objectId', 'file']);
    const fields = formFields(call);
    expect(fields['objectType']).toBe('IndicatorActual');
    expect(fields['objectId']).toBe('x-1');
    expect((fields['file'] as File).name).toBe('总结.docx');
    expect(call.headers).toMatchObject({ authorization: 'Bearer token-1', 'accept-language': 'zh-CN' });
  });

  it('saves a value just typed for the row first, then attaches the evidence to its new actual', async () => {
    const record = vi.fn(() => ({ data: { recordActuals: [actual('x-new', 7)] } }));
    const { gateway, http } = await mountPage(
      { MyIndicators: [answer(rows()), answer(rows(true))], RecordActuals: record },
      { 'POST /evidence': { status: 201, body: { data: evidence('e-5', { objectId: 'x-new' }) } } },
    );

    typeInto('actual-input-B', '7');
    typeInto('actual-input-C', '12');
    await flushPromises();
    expect(byTestId('evidence-upload-B')!.classList.contains('is-disabled')).toBe(false);
    pickFile('evidence-upload-B', fileOf('培训签到表.xlsx'));

    await vi.waitFor(() => expect(http.callsOf('POST /evidence')).toHaveLength(1));
    // Only this row is saved; the other typed value stays a draft.
    expect(record.mock.calls).toHaveLength(1);
    expect(gateway.callsOf('RecordActuals')[0]?.variables).toEqual({ input: { period: '2026-Q2', entries: [{ indicatorId: 'i-B', value: 7, note: null }] } });
    expect(formFields(http.callsOf('POST /evidence')[0])['objectId']).toBe('x-new');
    await flushPromises();
    expect(byTestId<HTMLInputElement>('actual-input-C')!.value).toBe('12');
    expect(byTestId<HTMLInputElement>('actual-input-B')!.value).toBe('');
    expect(text('existing-B')).toBe('7');
  });

  it('does not upload when the typed value is refused', async () => {
    const { gateway, http } = await mountPage({ RecordActuals: { data: { recordActuals: [] } } });

    typeInto('actual-input-B', '七');
    await flushPromises();
    pickFile('evidence-upload-B', fileOf('签到表.pdf'));
    await flushPromises();

    expect(text('actual-error-B')).toBe('请输入不小于 0 的数字');
    expect(gateway.callsOf('RecordActuals')).toHaveLength(0);
    expect(http.callsOf('POST /evidence')).toHaveLength(0);
  });

  it('shows the server’s refusal of a file, and refuses unknown types and oversized files before uploading', async () => {
    const { http } = await mountPage(
      {},
      {
        'POST /evidence': {
          status: 400,
          body: {
            errors: [
              {
                message: '提交的数据有误',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: '文件内容与扩展名不符，或不是允许的类型' }] },
              },
            ],
          },
        },
      },
    );

    pickFile('evidence-upload-A', fileOf('伪装.pdf', 'MZ'));
    await vi.waitFor(() => expect(text('evidence-error-A')).toBe('文件内容与扩展名不符，或不是允许的类型'));

    pickFile('evidence-upload-A', fileOf('setup.exe'));
    await flushPromises();
    expect(text('evidence-error-A')).toBe('不支持该文件类型，仅支持 pdf, png, jpg, jpeg, gif, webp, doc, docx, xls, xlsx, ppt, pptx');

    const big = fileOf('扫描件.pdf');
    Object.defineProperty(big, 'size', { value: 101 * 1024 * 1024 });
    pickFile('evidence-upload-A', big);
    await flushPromises();
    expect(text('evidence-error-A')).toBe('文件不能超过 100 MB');
    expect(http.callsOf('POST /evidence')).toHaveLength(1);
  });

  it('uploads a new version of a returned file, refreshing an expired session once', async () => {
    const { gateway, http } = await mountPage(
      {
        RefreshSession: [
          { data: { refreshSession: authPayloadFixture({ rules: contributorRules }) } },
          { data: { refreshSession: authPayloadFixture({ rules: contributorRules, accessToken: 'token-2' }) } },
        ],
        ActualEvidence: files([evidence('e-1', { seriesId: 's-1', fileName: '支部名单.pdf', reviewStatus: 'RETURNED', reviewNote: '缺少盖章页' })]),
      },
      {
        'POST /evidence': [
          { status: 401, body: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] } },
          { status: 201, body: { data: evidence('e-3', { seriesId: 's-1', version: 2 }) } },
        ],
      },
    );

    pickFile('evidence-replace', fileOf('支部名单（盖章）.pdf'), items('A')[0]);

    await vi.waitFor(() => expect(http.callsOf('POST /evidence')).toHaveLength(2));
    const [first, second] = http.callsOf('POST /evidence');
    expect(first!.headers['authorization']).toBe('Bearer token-1');
    expect(second!.headers['authorization']).toBe('Bearer token-2');
    expect(gateway.callsOf('RefreshSession')).toHaveLength(2);
    expect(formFields(second)).toMatchObject({ objectType: 'IndicatorActual', objectId: 'x-1', replaces: 'e-1' });
    await flushPromises();
    expect(byTestId('evidence-error-A')).toBeNull();
  });

  it('shows the evidence read-only to someone who may not upload', async () => {
    await mountPage({ ActualEvidence: files([evidence('e-1')]) }, {}, [contributorRules[0]!, contributorRules[1]!]);

    expect(byTestId('evidence-upload-A')).toBeNull();
    expect(items('A')).toHaveLength(1);
    expect(byTestId('evidence-replace')).toBeNull();
  });
});
