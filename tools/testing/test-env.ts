/**
 * Where the tests' services are. The defaults are this repository's CI machine: PostgreSQL with
 * trust auth on 127.0.0.1:5432 and Redis on 127.0.0.1:6379; override with TEST_* variables.
 */
export const TEST_DB = process.env.TEST_DATABASE_NAME ?? 'dsg_test';
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const host = new URL(ADMIN_URL);
export const APP_URL = `postgres://dsg_app:dsg_app@${host.host}/${TEST_DB}`;
export const OWNER_URL = `postgres://dsg_owner:dsg_owner@${host.host}/${TEST_DB}`;
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
