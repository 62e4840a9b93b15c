import type { Membership } from './membership.entity.js';
import type { MembershipType } from './membership.type.js';

export function toMembershipType(m: Membership): MembershipType {
  return {
    id: m.id,
    userId: m.userId,
    role: m.role,
    organisationKind: m.organisationKind,
    organisationId: m.tenantId ?? m.agencyId ?? null,
    departmentId: m.departmentId,
    active: m.active,
  };
}
