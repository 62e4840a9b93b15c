import { Injectable } from '@nestjs/common';
import type { JobEnvelope, OrganisationKind, Role } from '@dsg/contracts';
import { RequestContext } from '../context/request-context.js';
import type { Actor } from '../context/actor.js';
import { Db } from '../database/db.service.js';
import { logger } from '../logging/logger.js';
import { JobRun } from './job-run.entity.js';
import { JobRegistry } from './job-registry.js';
import { JobRejected } from './job-rejected.js';

export function actorOf(envelope: JobEnvelope): Actor {
  const kind: OrganisationKind = envelope.tenantId ? 'INSTITUTION' : envelope.agencyId ? 'AGENCY' : 'PLATFORM';
  return {
    userId: envelope.actorId,
    membershipId: envelope.membershipId ?? '',
    role: envelope.role as Role,
    organisationKind: kind,
    tenantId: envelope.tenantId,
    agencyId: envelope.agencyId,
    departmentId: null,
  };
}

/**
 * Runs one attempt of a job inside the same kind of request context a request has, rebuilt from
 * the job's `{tenantId, actorId}`: the handler sees only its tenant, through the ORM filter and RLS.
 */
@Injectable()
export class JobRunner {
  constructor(
    private readonly db: Db,
    private readonly registry: JobRegistry,
  ) {}

  async run(envelope: JobEnvelope, name: string, attempt: number, finalAttempt: boolean): Promise<unknown> {
    const ctx = new RequestContext(envelope.requestId, 'zh-CN', actorOf(envelope));
    return RequestContext.run(ctx, async () => {
      const em = this.db.em();
      const run = await em.findOneOrFail(JobRun, { id: envelope.jobRunId });
      if (run.status === 'SUCCEEDED') return run.result; // a redelivered job that already finished
      run.status = 'RUNNING';
      run.attempts = attempt;
      run.startedAt ??= new Date();
      await em.flush();
      const progress = async (percent: number) => {
        run.progress = Math.max(0, Math.min(100, Math.round(percent)));
        await em.flush();
      };
      try {
        const result = await this.registry.get(name)({ envelope, payload: envelope.payload, em, progress, attempt });
        run.status = 'SUCCEEDED';
        run.progress = 100;
        run.result = result ?? null;
        run.error = null;
        run.finishedAt = new Date();
        await em.flush();
        return result;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const rejected = e instanceof JobRejected;
        const ends = finalAttempt || rejected;
        logger().warn({ job: name, jobRunId: run.id, attempt, finalAttempt: ends, err: message }, 'job attempt failed');
        em.clear();
        const fresh = await em.findOneOrFail(JobRun, { id: envelope.jobRunId });
        fresh.error = message;
        fresh.attempts = attempt;
        fresh.status = ends ? 'FAILED' : 'QUEUED';
        if (rejected) fresh.result = e.report;
        if (ends) fresh.finishedAt = new Date();
        await em.flush();
        throw e;
      }
    });
  }
}
