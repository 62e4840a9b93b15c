import { MikroORM } from '@mikro-orm/postgresql';
import type { EntitySchema } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { ormOptions } from './orm-config.js';

/** Applies pending migrations as the owner role. Never called on application start. */
export async function runMigrations(ownerUrl: string, entities: EntitySchema<any>[]): Promise<string[]> {
  const orm = await MikroORM.init(ormOptions(ownerUrl, entities, { pool: { min: 0, max: 1 }, extensions: [Migrator] }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await orm.close(true);
  }
}
