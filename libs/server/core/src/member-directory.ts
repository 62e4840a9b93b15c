/**
 * Membership facts for features that reference people by id (task leaders, responsible persons)
 * without importing the identity feature. Implemented by identity.
 */
export interface MemberDirectory {
  /** True when every id is an active member of the institution (as the caller may see it). */
  areMembersOf(tenantId: string, userIds: readonly string[]): Promise<boolean>;
}

export const MEMBER_DIRECTORY = Symbol('MEMBER_DIRECTORY');
