import { describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { AppRawRule, EvidenceFileFieldsFragment } from '@dsg/admin-data-access';
import type { MockGraphQLHandler, RecordedGraphQLCall } from '@dsg/admin-data-access/testing';
import { bookFixture, evidenceFixture, taskFixture as task } from '../../testing/fixtures';
import { captureDownloads, fileOf, formFields, pickFile, type HttpHandler } from '../../testing/mock-http';
import { byTestId, fieldError, mountFeature, typeInto } from '../../testing/mount-feature';
import { openDrawerTab } from '../../testing/task-drawer';
import TaskBookDetailView from './index.vue';

// 任务佐证材料: the task drawer's 佐证材料 tab lists, takes and reviews the evidence of the task itself
// (objectType "ConstructionTask", objectId = the task's id).

const subjects = ['TaskBook' as const, 'ConstructionTask' as const, 'Evidence' as const];
const adminRules: AppRawRule[] = [{ action: 'manage', subject: subjects }];
// A department contributor: reads, and uploads evidence, but does not review it.
const contributorRules: AppRawRule[] = [
  { action: 'read', subject: subjects },
  { action: 'create', subject: 'Evidence' },
];
// An agency officer or a leadership viewer: reads only.
const readerRules: AppRawRule[] = [{ action: 'read', subject: subjects }];
const noEvidenceRules: AppRawRule[] = [{ action: 'read', subject: ['TaskBook', 'ConstructionTask'] }];

const empty = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
const detail = { data: { taskBook: { ...bookFixture(), tasks: [task('1', { title: '加强党的建设' })] } } };

const taskFile = (id: string, overrides: Partial<EvidenceFileFieldsFragment> = {}) =>
  evidenceFixture(id, { objectType: 'ConstructionTask', objectId: 't-1', ...overrides });
const files = (list: EvidenceFileFieldsFragment[]) => ({ data: { evidence: list } });

async function openDrawer(rules: AppRawRule[], handlers: Record<string, MockGraphQLHandler | MockGraphQLHandler[]> = {}, http: Record<string, HttpHandler | HttpHandler[]> = {}) {
  const mounted = await mountFeature(TaskBookDetailView, {
    props: { id: 'book-1' },
    session: { rules },
    handlers: {
      TaskBookDetail: detail,
      TaskBookDepartments: { data: { departments: empty } },
      TaskBookPeople: { data: { users: empty } },
      ActualEvidence: files([]),
      ...handlers,
    },
    http,
  });
  await flushPromises();
  byTestId('task-row-1')!.click();
  await flushPromises();
  await flushPromises();
  return mounted;
}

/** The drawer on its 佐证材料 tab. */
async function openEvidence(...args: Parameters<typeof openDrawer>) {
  const mounted = await openDrawer(...args);
  await openDrawerTab('evidence');
  return mounted;
}

const panel = () => byTestId('task-evidence');
const items = () => Array.from(panel()?.querySelectorAll<HTMLElement>('[data-testid="evidence-file"]') ?? []);
const text = (id: string, root: ParentNode | null | undefined = panel()) => root?.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
const taskEvidenceCalls = (calls: RecordedGraphQLCall[]) => calls.filter((call) => call.variables['objectType'] === 'ConstructionTask');

describe('task drawer: task evidence', () => {
  it('lists the task’s own evidence files with every version and the review status', async () => {
    const { gateway } = await openEvidence(readerRules, {
      ActualEvidence: files([
        taskFile('e-2', { seriesId: 's-1', version: 2, fileName: '实施方案.pdf', reviewStatus: 'RETURNED', reviewNote: '缺少校长签字' }),
        taskFile('e-1', { seriesId: 's-1', version: 1, fileName: '实施方案.pdf', reviewStatus: 'RETURNED' }),
        taskFile('e-3', { seriesId: 's-2', fileName: '年度总结.docx', reviewStatus: 'APPROVED' }),
      ]),
    });

    expect(text('task-evidence', document)).toContain('任务佐证材料');
    expect(gateway.callsOf('ActualEvidence').map((call) => call.variables)).toEqual([{ objectType: 'ConstructionTask', objectId: 't-1' }]);
    const [first, second] = items();
    expect(items()).toHaveLength(2);
    expect(text('evidence-download', first)).toBe('实施方案.pdf');
    expect(first!.querySelector('[data-testid="evidence-download"]')?.getAttribute('href')).toBe('/evidence/e-2');
    expect(text('evidence-version', first)).toBe('v2');
    expect(text('evidence-status', first)).toBe('退回');
    expect(text('evidence-note', first)).toBe('退回原因：缺少校长签字');
    expect(Array.from(first!.querySelectorAll('[data-testid="evidence-older-version"]')).map((node) => node.getAttribute('href'))).toEqual(['/evidence/e-1']);
    expect(text('evidence-download', second)).toBe('年度总结.docx');
    expect(text('evidence-status', second)).toBe('通过');
  });

  it('says so when the task has no evidence yet', async () => {
    await openEvidence(readerRules);

    expect(items()).toHaveLength(0);
    expect(text('evidence-empty')).toBe('该任务暂无佐证材料');
  });

  it('downloads a file with the session’s token under the name the server gives', async () => {
    const saved = captureDownloads();
    const { http } = await openEvidence(
      readerRules,
      { ActualEvidence: files([taskFile('e-3', { fileName: '年度总结.docx' })]) },
      {
        'GET /evidence/e-3': {
          blob: new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
          headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('年度总结.docx')}` },
        },
      },
    );

    panel()!.querySelector<HTMLElement>('[data-testid="evidence-download"]')!.click();

    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('年度总结.docx');
    expect(http.callsOf('GET /evidence/e-3')[0]?.headers).toMatchObject({ authorization: 'Bearer token-1' });
  });

  it('uploads a file for the task, then a new version of it, and lists the result', async () => {
    const { gateway, http } = await openEvidence(
      contributorRules,
      {
        ActualEvidence: [
          files([]),
          files([taskFile('e-5', { seriesId: 's-5', fileName: '实施方案.pdf' })]),
          files([taskFile('e-6', { seriesId: 's-5', version: 2, fileName: '实施方案.pdf' }), taskFile('e-5', { seriesId: 's-5', fileName: '实施方案.pdf' })]),
        ],
      },
      {
        'POST /evidence': [
          { status: 201, body: { data: taskFile('e-5', { seriesId: 's-5', fileName: '实施方案.pdf' }) } },
          { status: 201, body: { data: taskFile('e-6', { seriesId: 's-5', version: 2, fileName: '实施方案.pdf' }) } },
        ],
      },
    );

    pickFile('evidence-upload', fileOf('实施方案.pdf', '%PDF-1.7'), panel()!);

    await vi.waitFor(() => expect(items().map((item) => text('evidence-download', item))).toEqual(['实施方案.pdf']));
    const upload = http.callsOf('POST /evidence')[0]!;
    expect(upload.form.map(([name]) => name)).toEqual(['objectType', 'objectId', 'file']);
    expect(formFields(upload)).toMatchObject({ objectType: 'ConstructionTask', objectId: 't-1' });
    expect((formFields(upload)['file'] as File).name).toBe('实施方案.pdf');

    pickFile('evidence-replace', fileOf('实施方案（修订）.pdf', '%PDF-1.7'), items()[0]!);

    await vi.waitFor(() => expect(text('evidence-version', items()[0])).toBe('v2'));
    expect(formFields(http.callsOf('POST /evidence')[1])).toMatchObject({ objectType: 'ConstructionTask', objectId: 't-1', replaces: 'e-5' });
    expect(taskEvidenceCalls(gateway.callsOf('ActualEvidence'))).toHaveLength(3);
    // A contributor uploads but does not review.
    expect(panel()!.querySelector('[data-testid="review-evidence-approve"]')).toBeNull();
    expect(panel()!.querySelector('[data-testid="review-evidence-return"]')).toBeNull();
  });

  it('refuses a file type the gateway does not accept before uploading', async () => {
    const { http } = await openEvidence(contributorRules);

    pickFile('evidence-upload', fileOf('setup.exe'), panel()!);
    await flushPromises();

    expect(text('evidence-error')).toBe('不支持该文件类型，仅支持 pdf, png, jpg, jpeg, gif, webp, doc, docx, xls, xlsx, ppt, pptx');
    expect(http.callsOf('POST /evidence')).toHaveLength(0);
  });

  it('approves a file, and returns one only with a reason, which it sends', async () => {
    const { gateway } = await openEvidence(adminRules, {
      ActualEvidence: files([taskFile('e-3', { fileName: '年度总结.docx' })]),
      ReviewEvidence: [
        { data: { reviewEvidence: taskFile('e-3', { reviewStatus: 'APPROVED' }) } },
        { data: { reviewEvidence: taskFile('e-3', { reviewStatus: 'RETURNED', reviewNote: '请补充经费执行情况' }) } },
      ],
    });

    panel()!.querySelector<HTMLElement>('[data-testid="review-evidence-approve"]')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ReviewEvidence')).toHaveLength(1));
    expect(gateway.callsOf('ReviewEvidence')[0]?.variables).toEqual({ input: { id: 'e-3', approve: true, note: null } });
    await vi.waitFor(() => expect(taskEvidenceCalls(gateway.callsOf('ActualEvidence'))).toHaveLength(2));

    panel()!.querySelector<HTMLElement>('[data-testid="review-evidence-return"]')!.click();
    await flushPromises();
    expect(document.querySelector('.el-dialog__title')?.textContent).toBe('退回佐证材料 · 年度总结.docx');
    byTestId('evidence-return-submit')!.click();
    await vi.waitFor(() => expect(fieldError('evidence-return-input')).toBe('请输入退回原因'));
    expect(gateway.callsOf('ReviewEvidence')).toHaveLength(1);

    typeInto('evidence-return-input', '请补充经费执行情况');
    byTestId('evidence-return-submit')!.click();
    await vi.waitFor(() => expect(gateway.callsOf('ReviewEvidence')).toHaveLength(2));
    expect(gateway.callsOf('ReviewEvidence')[1]?.variables).toEqual({ input: { id: 'e-3', approve: false, note: '请补充经费执行情况' } });
  });

  it('shows a read-only role the files without upload, new-version or review buttons', async () => {
    await openEvidence(readerRules, { ActualEvidence: files([taskFile('e-3', { fileName: '年度总结.docx' })]) });

    expect(items()).toHaveLength(1);
    expect(text('evidence-download', items()[0])).toBe('年度总结.docx');
    for (const id of ['evidence-upload', 'evidence-replace', 'review-evidence-approve', 'review-evidence-return']) {
      expect(panel()!.querySelector(`[data-testid="${id}"]`)).toBeNull();
    }
  });

  it('shows no task evidence, and asks for none, to someone who may not read evidence', async () => {
    const { gateway } = await openDrawer(noEvidenceRules);

    expect(byTestId('task-drawer')).not.toBeNull();
    expect(byTestId('task-drawer-tabs')).not.toBeNull();
    expect(byTestId('task-drawer-tab-evidence')).toBeNull();
    for (const tab of ['indicators', 'milestones', 'funds'] as const) await openDrawerTab(tab);
    expect(panel()).toBeNull();
    expect(gateway.callsOf('ActualEvidence')).toHaveLength(0);
  });
});
