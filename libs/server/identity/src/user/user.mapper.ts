import type { UserAccount } from './user-account.entity.js';
import type { UserType } from './user.type.js';

export function toUserType(u: UserAccount, now = new Date()): UserType {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    locked: !!u.lockedUntil && u.lockedUntil > now,
  };
}
