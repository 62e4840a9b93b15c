import { defineConfig, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import type { EntitySchema } from '@mikro-orm/core';
import { AuditSubscriber } from '../audit/audit.subscriber.js';
import { AuditLogEntrySchema } from '../audit/audit-log-entry.entity.js';
import { JobRunSchema } from '../queue/job-run.entity.js';
import { migrationsList } from './migrations/index.js';
import { applySessionOnReserve } from './db-session.js';

// The Migrator extension is added by runMigrations only: the apps never load migration code (~35 MB RSS).

/** Entities that core itself owns; features add theirs and the app passes the union. */
export const coreEntities: EntitySchema<any>[] = [AuditLogEntrySchema, JobRunSchema];

export function ormOptions(clientUrl: string, entities: EntitySchema<any>[], extra: Partial<Options> = {}): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: [...coreEntities, ...entities],
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    onReserveConnection: applySessionOnReserve,
    debug: process.env.DB_DEBUG === '1' ? ['query', 'query-params'] : false,
    allowGlobalContext: false,
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    schemaGenerator: { ignoreTriggers: true, ignoreRoutines: true },
    ...extra,
  });
}
