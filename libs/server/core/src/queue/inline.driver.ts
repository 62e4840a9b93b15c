import type { JobEnvelope } from '@dsg/contracts';
import { logger } from '../logging/logger.js';
import type { JobRunner } from './job-runner.js';
import { JobRejected } from './job-rejected.js';
import type { EnqueueOptions, QueueDriver } from './queue-driver.js';

/**
 * Runs jobs in the gateway process, with the same retries and back-off, for the start command on
 * a machine without Redis. Jobs in flight are lost on a crash (the JobRun stays visible as RUNNING).
 */
export class InlineDriver implements QueueDriver {
  readonly kind = 'inline' as const;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly seen = new Set<string>();

  constructor(private readonly runner: JobRunner) {}

  async add(name: string, envelope: JobEnvelope, opts: EnqueueOptions): Promise<void> {
    if (this.seen.has(envelope.jobRunId)) return;
    this.seen.add(envelope.jobRunId);
    this.schedule(name, envelope, opts, 1, 0);
  }

  private schedule(name: string, envelope: JobEnvelope, opts: EnqueueOptions, attempt: number, delay: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const final = attempt >= opts.attempts;
      this.runner.run(envelope, name, attempt, final).catch((e: unknown) => {
        if (!final && !(e instanceof JobRejected)) this.schedule(name, envelope, opts, attempt + 1, opts.backoffMs * 2 ** (attempt - 1));
        else logger().warn({ job: name, jobRunId: envelope.jobRunId }, 'job failed after final attempt');
      });
    }, delay);
    this.timers.add(timer);
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
