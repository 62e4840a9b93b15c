import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { runMigrations } from '@dsg/server-core';
import { organisationEntities } from '@dsg/server-organisations';
import { identityEntities } from '@dsg/server-identity';
import { taskBookEntities } from '@dsg/server-task-book';
import { evidenceEntities } from '@dsg/server-evidence';
import { reportingEntities } from '@dsg/server-reporting';
import { ADMIN_URL, OWNER_URL, TEST_DB } from './test-env.js';

/** A fresh test database per run: roles ensured, database recreated, migrations applied as the owner. */
export default async function setup(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${TEST_DB} with (force)`);
  await admin.end();
  execFileSync(process.execPath, ['tools/scripts/db-bootstrap.mjs', TEST_DB], { env: { ...process.env, DATABASE_ADMIN_URL: ADMIN_URL }, stdio: 'pipe' });
  await runMigrations(OWNER_URL, [...organisationEntities, ...identityEntities, ...taskBookEntities, ...evidenceEntities, ...reportingEntities]);
}
