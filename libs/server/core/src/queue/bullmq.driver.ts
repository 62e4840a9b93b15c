import type { Queue } from 'bullmq';
import type { JobEnvelope } from '@dsg/contracts';
import type { EnqueueOptions, QueueDriver } from './queue-driver.js';

export function redisConnection(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    password: u.password || undefined,
    username: u.username || undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    maxRetriesPerRequest: null,
  };
}

/** Producer side of BullMQ. The job id is the JobRun id, so a re-add of the same run is a no-op. */
export class BullMqDriver implements QueueDriver {
  readonly kind = 'bullmq' as const;
  constructor(readonly queue: Queue) {}

  async add(name: string, envelope: JobEnvelope, opts: EnqueueOptions): Promise<void> {
    await this.queue.add(name, envelope, {
      jobId: envelope.jobRunId,
      attempts: opts.attempts,
      backoff: { type: 'exponential', delay: opts.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
    });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
