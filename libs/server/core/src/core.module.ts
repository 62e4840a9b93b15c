import { Global, Module, type DynamicModule, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EvidenceTargets } from './evidence/evidence-targets.js';
import { PeriodData } from './reporting/period-data.js';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntitySchema } from '@mikro-orm/core';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { ormOptions } from './database/orm-config.js';
import { Db } from './database/db.service.js';
import { TokenService } from './auth/token.service.js';
import { PolicyGuard } from './authz/policy.guard.js';
import { JobRegistry } from './queue/job-registry.js';
import { JobRunner } from './queue/job-runner.js';
import { QueueModule } from './queue/queue.module.js';
import { JobRunResolver } from './queue/job-run.resolver.js';
import { AuditLogResolver } from './audit/audit-log.resolver.js';

/** Core's own GraphQL resolvers (jobs, audit log). */
export const coreResolvers = [JobRunResolver, AuditLogResolver];

@Injectable()
class OrmLifecycle implements OnApplicationShutdown {
  constructor(private readonly orm: MikroORM) {}
  async onApplicationShutdown(): Promise<void> {
    await this.orm.close();
  }
}

export interface CoreModuleOptions {
  config: AppConfig;
  entities: EntitySchema<any>[];
  /** The worker consumes the queue; the gateway only produces (or runs inline without Redis). */
  consumeQueue: boolean;
  /** The gateway serves core's GraphQL resolvers (jobs, audit log); the worker does not. */
  graphql: boolean;
}

/** Tenancy, database, auth tokens, the policy guard and the queue: what every feature builds on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(opts: CoreModuleOptions): DynamicModule {
    const core = {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: opts.config },
        { provide: MikroORM, useFactory: () => MikroORM.init(ormOptions(opts.config.databaseUrl, opts.entities)) },
        OrmLifecycle,
        Db,
        TokenService,
        JobRegistry,
        JobRunner,
        EvidenceTargets,
        PeriodData,
        { provide: APP_GUARD, useClass: PolicyGuard },
        ...(opts.graphql ? coreResolvers : []),
      ],
      exports: [APP_CONFIG, MikroORM, Db, TokenService, JobRegistry, JobRunner, EvidenceTargets, PeriodData],
    };
    return {
      ...core,
      imports: [QueueModule.forRoot({ redisUrl: opts.config.redisUrl, queuePrefix: opts.config.queuePrefix, consume: opts.consumeQueue })],
      exports: [...core.exports, QueueModule],
    };
  }
}
