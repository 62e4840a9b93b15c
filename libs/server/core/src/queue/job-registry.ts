import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobEnvelope } from '@dsg/contracts';

export interface JobContext<P> {
  envelope: JobEnvelope<P>;
  payload: P;
  /** The tenant-scoped EntityManager of the job (same isolation as the request that enqueued it). */
  em: EntityManager;
  /** Reports progress 0–100; stored on the JobRun the UI polls. */
  progress(percent: number): Promise<void>;
  attempt: number;
}

export type JobHandler<P = unknown> = (ctx: JobContext<P>) => Promise<unknown>;

/** Job name → handler. Feature modules register theirs on init; gateway and worker share them. */
@Injectable()
export class JobRegistry {
  private readonly handlers = new Map<string, JobHandler<any>>();

  register<P>(name: string, handler: JobHandler<P>): void {
    this.handlers.set(name, handler as JobHandler<any>);
  }

  get(name: string): JobHandler<unknown> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler registered for job ${name}`);
    return handler;
  }

  names(): string[] {
    return [...this.handlers.keys()];
  }
}
