import { computed, onScopeDispose, shallowRef } from 'vue';
import {
  WorkbookImportJobRunDocument,
  toApiError,
  useGraphQL,
  type ApiError,
  type WorkbookImportJobFragment,
} from '@dsg/admin-data-access';

// The pattern of the department CSV import (libs/admin/organisations): follow jobRun(id) every
// second until it ends. Feature libs do not import each other, hence this copy for the workbook job.

export const JOB_POLL_INTERVAL_MS = 1000;

export function isJobFinished(job: Pick<WorkbookImportJobFragment, 'status'> | null | undefined): boolean {
  return job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
}

/**
 * Follows one job run until it SUCCEEDED or FAILED. Stops on a request error (the UI offers a
 * retry) and when the owning component unmounts.
 */
export function useJobPolling(options: { intervalMs?: number; onFinished?: (job: WorkbookImportJobFragment) => void } = {}) {
  const { request } = useGraphQL();
  const interval = options.intervalMs ?? JOB_POLL_INTERVAL_MS;
  const job = shallowRef<WorkbookImportJobFragment | null>(null);
  const error = shallowRef<ApiError | null>(null);
  const finished = computed(() => isJobFinished(job.value));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = false;

  function stop(): void {
    active = false;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function schedule(): void {
    timer = setTimeout(() => void poll(), interval);
  }

  async function poll(): Promise<void> {
    const current = job.value;
    if (!active || !current) return;
    try {
      const data = await request(WorkbookImportJobRunDocument, { id: current.id });
      if (!active) return;
      job.value = data.jobRun;
    } catch (caught) {
      if (!active) return;
      error.value = toApiError(caught);
      stop();
      return;
    }
    if (isJobFinished(job.value)) {
      stop();
      options.onFinished?.(job.value!);
    } else {
      schedule();
    }
  }

  /** Starts following a job, e.g. the JobRun the upload answered. */
  function start(initial: WorkbookImportJobFragment): void {
    stop();
    job.value = initial;
    error.value = null;
    if (isJobFinished(initial)) {
      options.onFinished?.(initial);
      return;
    }
    active = true;
    schedule();
  }

  /** Resumes after a polling error. */
  function resume(): void {
    if (!job.value || isJobFinished(job.value)) return;
    stop();
    error.value = null;
    active = true;
    void poll();
  }

  function reset(): void {
    stop();
    job.value = null;
    error.value = null;
  }

  onScopeDispose(stop);

  return { job, error, finished, start, resume, stop, reset };
}
