import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { JobRunFieldsFragment } from '@dsg/admin-data-access';
import { gqlError } from '@dsg/admin-data-access/testing';
import { byTestId, mountFeature, typeInto } from '../testing/mount-feature';
import DepartmentImportDialog from './department-import-dialog.vue';

const CSV = 'code,name,nameEn,kind\nJWC,教务处,Academic Affairs Office,ADMINISTRATIVE';

function job(overrides: Partial<JobRunFieldsFragment>): { data: { jobRun: JobRunFieldsFragment } } {
  return {
    data: {
      jobRun: {
        id: 'job-1',
        name: 'organisations.import-departments',
        status: 'RUNNING',
        progress: 0,
        attempts: 1,
        error: null,
        result: null,
        createdAt: '2026-11-22T08:00:00.000Z',
        finishedAt: null,
        ...overrides,
      },
    },
  };
}

async function openAndSubmit(jobRuns: ReturnType<typeof job>[] | { errors: ReturnType<typeof gqlError>[] }[]) {
  const mounted = await mountFeature(DepartmentImportDialog, {
    props: { modelValue: true },
    handlers: {
      ImportDepartments: { data: { importDepartments: job({ status: 'QUEUED' }).data.jobRun } },
      JobRun: jobRuns,
    },
  });
  await flushPromises();
  typeInto('import-csv', CSV);
  byTestId('import-submit')!.click();
  await flushPromises();
  return mounted;
}

/** Lets one poll interval pass and its request settle. */
async function nextPoll(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1000);
  await flushPromises();
}

const progressText = () => byTestId('import-progress')?.textContent?.trim();
const status = () => byTestId('import-status')?.dataset['status'];

afterEach(() => {
  vi.useRealTimers();
});

describe('DepartmentImportDialog', () => {
  it('submits the CSV and polls the job every second until it succeeds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { gateway, wrapper } = await openAndSubmit([
      job({ status: 'RUNNING', progress: 40 }),
      job({ status: 'RUNNING', progress: 80 }),
      job({ status: 'SUCCEEDED', progress: 100, result: { created: 12 } }),
    ]);

    expect(gateway.callsOf('ImportDepartments')[0]?.variables).toEqual({ input: { csv: CSV, requestKey: expect.any(String) } });
    expect(status()).toBe('QUEUED');
    expect(gateway.callsOf('JobRun')).toHaveLength(0);

    await nextPoll();
    expect(status()).toBe('RUNNING');
    expect(progressText()).toBe('40%');

    await nextPoll();
    expect(progressText()).toBe('80%');

    await nextPoll();
    expect(status()).toBe('SUCCEEDED');
    expect(byTestId('import-result')?.textContent).toContain('"created": 12');
    expect(wrapper.emitted('imported')).toHaveLength(1);

    await nextPoll();
    expect(gateway.callsOf('JobRun')).toHaveLength(3);
    expect(gateway.callsOf('JobRun')[0]?.variables).toEqual({ id: 'job-1' });
  });

  it('shows the job error when it fails and stops polling', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { gateway, wrapper } = await openAndSubmit([
      job({ status: 'FAILED', progress: 30, error: '第 3 行：部门代码 JWC 重复' }),
    ]);

    await nextPoll();
    await nextPoll();

    expect(byTestId('import-error')?.textContent).toContain('第 3 行：部门代码 JWC 重复');
    expect(gateway.callsOf('JobRun')).toHaveLength(1);
    expect(wrapper.emitted('imported')).toBeUndefined();
  });

  it('stops polling when the dialog goes away', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { gateway, wrapper } = await openAndSubmit([job({ status: 'RUNNING', progress: 10 })]);

    await nextPoll();
    wrapper.unmount();
    await nextPoll();
    await nextPoll();

    expect(gateway.callsOf('JobRun')).toHaveLength(1);
  });

  it('refuses an empty CSV without calling the server', async () => {
    const { gateway } = await mountFeature(DepartmentImportDialog, { props: { modelValue: true } });
    await flushPromises();

    byTestId('import-submit')!.click();
    await flushPromises();

    expect(gateway.callsOf('ImportDepartments')).toHaveLength(0);
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain('CSV 内容'));
  });
});
