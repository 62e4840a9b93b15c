import type { OrganisationKind, Role } from '@dsg/contracts';

/** Who is acting: one user through one active membership. Built from the verified access token. */
export interface Actor {
  userId: string;
  membershipId: string;
  role: Role;
  organisationKind: OrganisationKind;
  /** The institution (tenant) of an institution membership, else null. */
  tenantId: string | null;
  /** The agency of an agency membership, else null. */
  agencyId: string | null;
  departmentId: string | null;
}
