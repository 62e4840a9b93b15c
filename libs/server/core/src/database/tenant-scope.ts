import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../context/actor.js';

/** Name of the ORM filter that every tenant-owned entity declares (on by default). */
export const TENANT_FILTER = 'tenant';

/**
 * What the tenant filter restricts a query to. There is deliberately no "nothing set" variant:
 * an EntityManager without filter params throws on the first tenant-owned query (fail closed).
 */
export type TenantScope =
  | { kind: 'tenant'; tenantId: string }
  | { kind: 'agency'; agencyId: string; tenantIds: () => Promise<string[]> }
  | { kind: 'bypass' };

/** PostgreSQL session settings read by the row-level-security policies (see migration 0001). */
export function sessionVariables(actor: Actor | null, bypass = false): Record<string, string> {
  return {
    'app.user_id': actor?.userId ?? '',
    'app.tenant_id': actor?.tenantId ?? '',
    'app.agency_id': actor?.agencyId ?? '',
    'app.bypass': bypass ? 'on' : 'off',
  };
}

/**
 * Institutions an agency is entitled to read: those enrolled in a programme it oversees.
 * Runs through RLS (the enrolment policy lets an agency see only its own programmes' enrolments).
 */
export async function agencyTenantIds(em: EntityManager, agencyId: string): Promise<string[]> {
  const rows = await em.execute<{ tenant_id: string }[]>(
    `select distinct tenant_id from enrolment where agency_id = ? and status = 'ACTIVE'`,
    [agencyId],
  );
  return rows.map((r) => r.tenant_id);
}

export function scopeFor(actor: Actor | null, em: EntityManager): TenantScope | null {
  if (!actor) return null;
  if (actor.tenantId) return { kind: 'tenant', tenantId: actor.tenantId };
  if (actor.agencyId) {
    const agencyId = actor.agencyId;
    let cached: Promise<string[]> | undefined;
    return { kind: 'agency', agencyId, tenantIds: () => (cached ??= agencyTenantIds(em, agencyId)) };
  }
  // Platform operators read no tenant content without the named bypass.
  return { kind: 'tenant', tenantId: '00000000-0000-0000-0000-000000000000' };
}
