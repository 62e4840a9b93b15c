import type { PolicyDef } from '@mikro-orm/core';
import { TENANT_FILTER, type TenantScope } from './tenant-scope.js';

/**
 * Building blocks every tenant-owned entity uses: the `tenant_id` column, the ORM filter and the
 * three row-level-security policies. RLS is FORCEd so even the table owner is subject to it.
 *
 *  - `<t>_tenant`: read and write rows of the session's own institution;
 *  - `<t>_oversight`: read-only, rows of institutions the session's agency oversees (hand-written
 *    over the entitled set, via `app_readable_tenant_ids()`);
 *  - `<t>_platform`: the named platform escape hatch (`app.bypass = on`), logged by the app.
 */
export function tenantPolicies(table: string, column = 'tenant_id'): PolicyDef[] {
  return [
    { name: `${table}_tenant`, using: `${column} = app_tenant_id()`, check: `${column} = app_tenant_id()` },
    { name: `${table}_oversight`, command: 'select', using: `${column} in (select app_readable_tenant_ids())` },
    { name: `${table}_platform`, using: 'app_bypass()', check: 'app_bypass()' },
  ];
}

/** The ORM half of isolation: every find on a tenant-owned entity is narrowed to the scope. */
export function tenantFilter(property = 'tenantId') {
  return {
    [TENANT_FILTER]: {
      name: TENANT_FILTER,
      default: true,
      cond: async (scope: TenantScope) => {
        if (scope.kind === 'bypass') return {};
        if (scope.kind === 'tenant') return { [property]: scope.tenantId };
        return { [property]: { $in: await scope.tenantIds() } };
      },
    },
  };
}
