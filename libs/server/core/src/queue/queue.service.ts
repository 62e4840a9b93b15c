import { Inject, Injectable } from '@nestjs/common';
import type { JobEnvelope } from '@dsg/contracts';
import { RequestContext } from '../context/request-context.js';
import { Db } from '../database/db.service.js';
import { newId } from '../database/uuid.js';
import { JobRun } from './job-run.entity.js';
import { QUEUE_DRIVER, type QueueDriver } from './queue-driver.js';

export interface EnqueueRequest<P> {
  name: string;
  payload: P;
  /** Same key from the same actor in the same tenant returns the existing run instead of a new job. */
  idempotencyKey: string;
  attempts?: number;
  backoffMs?: number;
}

/** The one door to background work: records a JobRun, then hands the job to the driver. */
@Injectable()
export class QueueService {
  constructor(
    private readonly db: Db,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  get driverKind(): QueueDriver['kind'] {
    return this.driver.kind;
  }

  async enqueue<P>(req: EnqueueRequest<P>): Promise<JobRun> {
    const ctx = RequestContext.current();
    const actor = ctx.requireActor();
    const em = this.db.em();
    const existing = await em.findOne(JobRun, { tenantId: actor.tenantId, actorId: actor.userId, idempotencyKey: req.idempotencyKey });
    if (existing) return existing;
    const run = em.create(JobRun, {
      id: newId(),
      tenantId: actor.tenantId,
      agencyId: actor.agencyId,
      actorId: actor.userId,
      name: req.name,
      idempotencyKey: req.idempotencyKey,
      maxAttempts: req.attempts ?? 3,
      payload: req.payload,
    } as JobRun);
    await em.flush();
    const envelope: JobEnvelope<P> = {
      jobRunId: run.id,
      tenantId: actor.tenantId,
      agencyId: actor.agencyId,
      actorId: actor.userId,
      membershipId: actor.membershipId,
      role: actor.role,
      requestId: ctx.requestId,
      payload: req.payload,
    };
    await this.driver.add(req.name, envelope, { attempts: run.maxAttempts, backoffMs: req.backoffMs ?? 1000 });
    return run;
  }
}
