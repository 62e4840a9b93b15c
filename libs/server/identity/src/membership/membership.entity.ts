import { EntitySchema } from '@mikro-orm/postgresql';
import type { OrganisationKind, Role } from '@dsg/contracts';

/** user × organisation × role. Exactly one of tenantId / agencyId is set, or neither for the platform. */
export class Membership {
  id!: string;
  userId!: string;
  organisationKind!: OrganisationKind;
  tenantId: string | null = null;
  agencyId: string | null = null;
  role!: Role;
  departmentId: string | null = null;
  active = true;
  createdAt: Date = new Date();
  revokedAt: Date | null = null;
}

export const MembershipSchema = new EntitySchema<Membership>({
  class: Membership,
  tableName: 'membership',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid', index: true },
    organisationKind: { type: 'string', length: 20 },
    tenantId: { type: 'uuid', nullable: true, index: true },
    agencyId: { type: 'uuid', nullable: true, index: true },
    role: { type: 'string', length: 40 },
    departmentId: { type: 'uuid', nullable: true },
    active: { type: 'boolean' },
    createdAt: { type: 'datetime', length: 6 },
    revokedAt: { type: 'datetime', length: 6, nullable: true },
  },
  rowLevelSecurity: 'force',
  policies: [
    {
      name: 'membership_read',
      command: 'select',
      using: 'user_id = app_user_id() or tenant_id = app_tenant_id() or agency_id = app_agency_id()',
    },
    { name: 'membership_tenant', using: 'tenant_id = app_tenant_id()', check: 'tenant_id = app_tenant_id()' },
    { name: 'membership_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
