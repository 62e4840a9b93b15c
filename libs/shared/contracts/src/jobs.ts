/** Every job carries who asked and for which tenant, so the worker can rebuild the request context. */
export interface JobEnvelope<P = unknown> {
  jobRunId: string;
  tenantId: string | null;
  agencyId: string | null;
  actorId: string;
  membershipId: string | null;
  role: string;
  requestId: string;
  payload: P;
}

/** The one queue of the platform; job names route to handlers. */
export const MAIN_QUEUE = 'dsg-main';

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_NAMES = { importDepartments: 'organisations.import-departments' } as const;

export interface ImportDepartmentsPayload {
  csv: string;
}
