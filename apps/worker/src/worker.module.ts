import { Module, type DynamicModule } from '@nestjs/common';
import { CoreModule, type AppConfig } from '@dsg/server-core';
import { OrganisationsModule, organisationEntities } from '@dsg/server-organisations';
import { IdentityModule, identityEntities } from '@dsg/server-identity';
import { TaskBookModule, taskBookEntities } from '@dsg/server-task-book';
import { ReportingModule, reportingEntities } from '@dsg/server-reporting';
import { evidenceEntities } from '@dsg/server-evidence';

/**
 * The worker: the same feature modules as the gateway without HTTP or GraphQL. Each feature
 * registers its job handlers; core's processor consumes the main queue and runs every job in the
 * tenant context rebuilt from the job's `{tenantId, actorId}`.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot({ config, entities: [...organisationEntities, ...identityEntities, ...taskBookEntities, ...evidenceEntities, ...reportingEntities], consumeQueue: true, graphql: false }),
        OrganisationsModule.forRoot({ graphql: false }),
        IdentityModule,
        TaskBookModule.forRoot({ graphql: false }),
        ReportingModule.forRoot({ graphql: false, schedule: 'bullmq' }),
      ],
    };
  }
}
