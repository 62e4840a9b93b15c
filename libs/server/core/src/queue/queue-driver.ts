import type { JobEnvelope } from '@dsg/contracts';

export interface EnqueueOptions {
  attempts: number;
  backoffMs: number;
}

/** Where jobs go: BullMQ on Redis in deployments and tests, in-process when no Redis answers. */
export interface QueueDriver {
  readonly kind: 'bullmq' | 'inline';
  add(name: string, envelope: JobEnvelope, opts: EnqueueOptions): Promise<void>;
  close(): Promise<void>;
}

export const QUEUE_DRIVER = Symbol('QUEUE_DRIVER');
