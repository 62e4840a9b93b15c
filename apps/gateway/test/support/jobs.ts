import type { JobEnvelope } from '@dsg/contracts';
import type { TestGateway } from './test-gateway.js';
import { asPlatform } from './fixtures.js';
import { JobRun } from '@dsg/server-core';

/** Rebuilds the envelope the queue carried for a JobRun (for running a job without a worker). */
export async function envelopeOf(gw: TestGateway, jobRunId: string): Promise<JobEnvelope> {
  const run = await asPlatform(gw.db, (em) => em.findOneOrFail(JobRun, { id: jobRunId }, { populate: ['payload'] as never }));
  return {
    jobRunId: run.id, tenantId: run.tenantId, agencyId: run.agencyId, actorId: run.actorId, membershipId: null,
    role: 'INSTITUTION_ADMIN', requestId: `test-${run.id}`, payload: run.payload,
  };
}
