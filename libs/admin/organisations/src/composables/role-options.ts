import { ROLES, ROLE_ORGANISATION } from '@dsg/contracts';
import type { OrganisationKind, Role } from '@dsg/admin-data-access';

/** Roles a membership in an organisation of this kind can have (a role belongs to one kind). */
export function rolesFor(kind: OrganisationKind): Role[] {
  return ROLES.filter((role) => ROLE_ORGANISATION[role] === kind);
}

/** Organisation kinds a platform operator may create users in, in display order. */
export const TARGET_KINDS: readonly OrganisationKind[] = ['INSTITUTION', 'AGENCY', 'PLATFORM'];
