import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Db } from '../database/db.service.js';
import { AppError } from '../errors/app-error.js';
import { requireUuid } from '../errors/validate.js';
import { Policy } from '../authz/policy.decorator.js';
import { assertCan, toQuery } from '../authz/ability.js';
import { PageArgs, emptyConnection, paginate, type Connection } from '../graphql/pagination.js';
import { JobRun } from './job-run.entity.js';
import { JobRunConnection, JobRunType, toJobRunType } from './job-run.type.js';

/** Background jobs (newest first) the actor may see (own, or the institution's for its admins): status and progress. */
@Resolver(() => JobRunType)
export class JobRunResolver {
  constructor(private readonly db: Db) {}

  @Policy('read', 'JobRun')
  @Query(() => JobRunConnection)
  async jobRuns(@Args() args: PageArgs): Promise<Connection<JobRunType>> {
    const where = toQuery('read', 'JobRun');
    if (!where) return emptyConnection();
    const page = await paginate(this.db.em(), JobRun, where, args, 'createdAt', 'desc');
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toJobRunType(e.node) })) };
  }

  @Policy('read', 'JobRun')
  @Query(() => JobRunType)
  async jobRun(@Args('id', { type: () => ID }) id: string): Promise<JobRunType> {
    const run = await this.db.em().findOne(JobRun, { id: requireUuid(id) });
    if (!run) throw AppError.notFound();
    assertCan('read', 'JobRun', run);
    return toJobRunType(run);
  }
}
