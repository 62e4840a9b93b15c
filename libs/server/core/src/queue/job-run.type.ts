import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JOB_STATUSES, type JobStatus } from '@dsg/contracts';
import { JSONScalar } from '../graphql/json.scalar.js';
import { connectionOf } from '../graphql/pagination.js';
import type { JobRun } from './job-run.entity.js';

export const JobStatusEnum = Object.fromEntries(JOB_STATUSES.map((s) => [s, s])) as Record<JobStatus, JobStatus>;
registerEnumType(JobStatusEnum, { name: 'JobStatus' });

@ObjectType('JobRun')
export class JobRunType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => Int) progress!: number;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => JSONScalar, { nullable: true }) result!: unknown;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export const JobRunConnection = connectionOf(JobRunType, 'JobRun');

export function toJobRunType(r: JobRun): JobRunType {
  return {
    id: r.id, name: r.name, status: r.status, progress: r.progress, attempts: r.attempts,
    error: r.error, result: r.result, createdAt: r.createdAt, finishedAt: r.finishedAt,
  };
}
