import { EntitySchema } from '@mikro-orm/postgresql';

/**
 * One refresh token of a sign-in session (family). Only the SHA-256 of the secret is stored.
 * Rotation marks the presented token used and issues a successor in the same family; presenting a
 * used token again revokes the whole family (token theft detection).
 */
export class RefreshToken {
  id!: string;
  userId!: string;
  membershipId!: string;
  familyId!: string;
  tokenHash!: string;
  expiresAt!: Date;
  usedAt: Date | null = null;
  revokedAt: Date | null = null;
  createdAt: Date = new Date();
  userAgent: string | null = null;
}

export const RefreshTokenSchema = new EntitySchema<RefreshToken>({
  class: RefreshToken,
  tableName: 'refresh_token',
  properties: {
    id: { type: 'uuid', primary: true },
    userId: { type: 'uuid', index: true },
    membershipId: { type: 'uuid' },
    familyId: { type: 'uuid', index: true },
    tokenHash: { type: 'string', length: 64, hidden: true },
    expiresAt: { type: 'datetime', length: 6 },
    usedAt: { type: 'datetime', length: 6, nullable: true },
    revokedAt: { type: 'datetime', length: 6, nullable: true },
    createdAt: { type: 'datetime', length: 6 },
    userAgent: { type: 'string', length: 300, nullable: true },
  },
  rowLevelSecurity: 'force',
  policies: [
    { name: 'refresh_token_own', using: 'user_id = app_user_id()', check: 'user_id = app_user_id()' },
    { name: 'refresh_token_platform', using: 'app_bypass()', check: 'app_bypass()' },
  ],
});
