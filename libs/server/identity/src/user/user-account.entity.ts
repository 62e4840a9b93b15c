import { EntitySchema } from '@mikro-orm/postgresql';

export type UserStatus = 'ACTIVE' | 'DISABLED';

/**
 * A person. Global (one person may hold memberships in several organisations); what they may do
 * comes from memberships. Credentials stay optional so that a user who signs in through an agency's
 * OIDC provider (see ExternalIdentity) needs no password.
 */
export class UserAccount {
  id!: string;
  username!: string;
  displayName!: string;
  email: string | null = null;
  passwordHash: string | null = null;
  status: UserStatus = 'ACTIVE';
  failedLoginCount = 0;
  lastFailedLoginAt: Date | null = null;
  lockedUntil: Date | null = null;
  lastLoginAt: Date | null = null;
  passwordChangedAt: Date | null = null;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const UserAccountSchema = new EntitySchema<UserAccount>({
  class: UserAccount,
  tableName: 'user_account',
  properties: {
    id: { type: 'uuid', primary: true },
    username: { type: 'string', length: 64, unique: true },
    displayName: { type: 'string', length: 100 },
    email: { type: 'string', length: 200, nullable: true },
    passwordHash: { type: 'string', length: 200, nullable: true, hidden: true },
    status: { type: 'string', length: 20 },
    failedLoginCount: { type: 'int' },
    lastFailedLoginAt: { type: 'datetime', length: 6, nullable: true },
    lockedUntil: { type: 'datetime', length: 6, nullable: true },
    lastLoginAt: { type: 'datetime', length: 6, nullable: true },
    passwordChangedAt: { type: 'datetime', length: 6, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    updatedAt: { type: 'datetime', length: 6, onUpdate: () => new Date() },
  },
  rowLevelSecurity: 'force',
  policies: [
    // Yourself, and people who share an organisation with you (membership RLS decides which).
    {
      name: 'user_account_visible',
      command: 'select',
      using: 'id = app_user_id() or id in (select app_visible_user_ids())',
    },
    { name: 'user_account_self_update', command: 'update', using: 'id = app_user_id()', check: 'id = app_user_id()' },
    // Institution admins create accounts and manage those of their own institution (CASL says who).
    { name: 'user_account_insert', command: 'insert', check: 'app_tenant_id() is not null' },
    {
      name: 'user_account_tenant_admin',
      command: 'update',
      using: 'app_tenant_id() is not null and id in (select app_visible_user_ids())',
      check: 'app_tenant_id() is not null and id in (select app_visible_user_ids())',
    },
    { name: 'user_account_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
