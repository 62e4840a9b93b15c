import { EntitySchema } from '@mikro-orm/postgresql';
import type { JobStatus } from '@dsg/contracts';

/**
 * The durable record of one background job: what the UI polls for progress, status and error.
 * Written in the same transaction as the mutation that asked for it; the queue only carries its id.
 */
export class JobRun {
  id!: string;
  tenantId: string | null = null;
  agencyId: string | null = null;
  actorId!: string;
  name!: string;
  status: JobStatus = 'QUEUED';
  progress = 0;
  attempts = 0;
  maxAttempts = 3;
  idempotencyKey!: string;
  payload: unknown = null;
  result: unknown = null;
  error: string | null = null;
  createdAt: Date = new Date();
  startedAt: Date | null = null;
  finishedAt: Date | null = null;
}

export const JobRunSchema = new EntitySchema<JobRun>({
  class: JobRun,
  tableName: 'job_run',
  properties: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', nullable: true, index: true },
    agencyId: { type: 'uuid', nullable: true },
    actorId: { type: 'uuid' },
    name: { type: 'string', length: 100 },
    status: { type: 'string', length: 20 },
    progress: { type: 'int' },
    attempts: { type: 'int' },
    maxAttempts: { type: 'int' },
    idempotencyKey: { type: 'string', length: 200 },
    payload: { type: 'json', nullable: true, lazy: true },
    result: { type: 'json', nullable: true },
    error: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    startedAt: { type: 'datetime', length: 6, nullable: true },
    finishedAt: { type: 'datetime', length: 6, nullable: true },
  },
  uniques: [{ properties: ['tenantId', 'id'] }, { properties: ['tenantId', 'actorId', 'idempotencyKey'] }],
  rowLevelSecurity: 'force',
  policies: [
    { name: 'job_run_tenant', using: 'tenant_id = app_tenant_id()', check: 'tenant_id = app_tenant_id()' },
    {
      name: 'job_run_own_untenanted',
      using: 'tenant_id is null and actor_id = app_user_id()',
      check: 'tenant_id is null and actor_id = app_user_id()',
    },
    { name: 'job_run_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
