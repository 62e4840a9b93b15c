import { computed, onScopeDispose, shallowRef } from 'vue';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { toApiError, type ApiError } from '../client/api-error';
import { useGraphQL } from './use-graphql';

export const JOB_POLL_INTERVAL_MS = 1000;

/** What polling needs of a job run; each feature asks for the other fields it shows. */
export interface PolledJob {
  id: string;
  status: string;
}

export function isJobFinished(job: Pick<PolledJob, 'status'> | null | undefined): boolean {
  return job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
}

/**
 * Follows one job run: asks `document` (a `jobRun(id)` query) every second until the job
 * SUCCEEDED or FAILED. Stops on a request error (the UI offers a retry) and when the owning
 * component unmounts.
 */
export function useJobPolling<TJob extends PolledJob>(
  document: DocumentTypeDecoration<{ jobRun: TJob }, { id: string }>,
  options: { intervalMs?: number; onFinished?: (job: TJob) => void } = {},
) {
  const { request } = useGraphQL();
  const interval = options.intervalMs ?? JOB_POLL_INTERVAL_MS;
  const job = shallowRef<TJob | null>(null);
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
      const data = await request(document, { id: current.id });
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

  /** Starts following a job, e.g. the JobRun a mutation or an upload just returned. */
  function start(initial: TJob): void {
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
