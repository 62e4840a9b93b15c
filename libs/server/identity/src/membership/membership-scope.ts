import type { EntityManager } from '@mikro-orm/postgresql';
import { INSTITUTION_ROLES, ROLE_ORGANISATION, type Role } from '@dsg/contracts';
import { AppError, newId, type Actor } from '@dsg/server-core';
import { Membership } from './membership.entity.js';

/** ORM condition on Membership for the actor's own organisation (the ORM half; RLS is the other). */
export function ownOrgMemberships(actor: Actor): Record<string, unknown> {
  if (actor.role === 'PLATFORM_OPERATOR') return {};
  if (actor.tenantId) return { tenantId: actor.tenantId };
  if (actor.agencyId) return { agencyId: actor.agencyId };
  return { userId: actor.userId };
}

export async function memberUserIds(em: EntityManager, actor: Actor): Promise<string[] | null> {
  if (actor.role === 'PLATFORM_OPERATOR') return null;
  const rows = await em.find(Membership, { ...ownOrgMemberships(actor), active: true }, { fields: ['userId'] });
  return [...new Set([actor.userId, ...rows.map((r) => r.userId)])];
}

/** Resolves the organisation of a new membership: institution admins only inside their own tenant. */
export function targetOrganisation(actor: Actor, role: Role, organisationId: string | null | undefined) {
  const kind = ROLE_ORGANISATION[role];
  if (actor.role !== 'PLATFORM_OPERATOR') {
    if (!actor.tenantId || !INSTITUTION_ROLES.includes(role)) throw AppError.field('role', 'roleOrganisationMismatch');
    if (organisationId && organisationId !== actor.tenantId) throw AppError.notFound();
    return { kind, tenantId: actor.tenantId, agencyId: null };
  }
  if (kind === 'PLATFORM') return { kind, tenantId: null, agencyId: null };
  if (!organisationId) throw AppError.field('organisationId', 'required');
  return kind === 'INSTITUTION' ? { kind, tenantId: organisationId, agencyId: null } : { kind, tenantId: null, agencyId: organisationId };
}

/** The fields of a new active membership (shared by user creation and membership grants). */
export function newMembership(userId: string, role: Role, org: ReturnType<typeof targetOrganisation>, departmentId: string | null | undefined) {
  return {
    id: newId(),
    userId,
    organisationKind: org.kind,
    tenantId: org.tenantId,
    agencyId: org.agencyId,
    role,
    departmentId: departmentId ?? null,
  } as Membership;
}
