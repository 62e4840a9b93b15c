/**
 * Membership facts for features that reference people by id (task leaders, responsible persons)
 * without importing the identity feature. Implemented by identity.
 */
export interface MemberDirectory {
  /** True when every id is an active member of the institution (as the caller may see it). */
  areMembersOf(tenantId: string, userIds: readonly string[]): Promise<boolean>;
  /** User id → username, for the given ids the caller may see. */
  usernames(userIds: readonly string[]): Promise<Map<string, string>>;
  /** Username → user id of the institution's active members. */
  membersByUsername(tenantId: string): Promise<Map<string, string>>;
}

export const MEMBER_DIRECTORY = Symbol('MEMBER_DIRECTORY');
