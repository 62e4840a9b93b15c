import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantScope } from './tenant-scope.js';

/**
 * The ORM tenant filter as a SQL condition, for the few hot read paths that bypass entity
 * hydration (raw SQL is not covered by ORM filters; row-level security still applies underneath).
 * Fails closed like the filter: no scope on the EntityManager → an error.
 */
export async function tenantCondition(em: EntityManager, column = 'tenant_id'): Promise<{ sql: string; params: unknown[] }> {
  const scope = (em.getFilterParams(TENANT_FILTER) as TenantScope | undefined);
  if (!scope) throw new Error('No tenant scope on this EntityManager: raw tenant reads are refused');
  if (scope.kind === 'bypass') return { sql: 'true', params: [] };
  if (scope.kind === 'tenant') return { sql: `${column} = ?`, params: [scope.tenantId] };
  return { sql: `${column} = any(?::uuid[])`, params: [uuidArray(await scope.tenantIds())] };
}

/**
 * A uuid[] parameter for raw SQL: MikroORM expands a JS array bound to `?` into a list, so arrays
 * travel as PostgreSQL array literals (ids are validated UUIDs, nothing to escape).
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
