import { Inject, Injectable } from '@nestjs/common';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { packRules } from '@casl/ability/extra';
import {
  APP_CONFIG, AppError, Db, InputValidator, RequestContext, TokenService, defineAbilityFor, newId,
  type Actor, type AppConfig,
} from '@dsg/server-core';
import { UserAccount } from '../user/user-account.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import { burnVerification, checkNewPassword, hashPassword, verifyPassword } from './passwords.js';
import { newRefreshSecret, parseRefreshCookie, secretMatches } from './refresh-tokens.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie, userAgent } from './session-cookie.js';

export interface Session {
  accessToken: string;
  expiresAt: Date;
  actor: Actor;
}

export function actorOf(m: Membership): Actor {
  return {
    userId: m.userId,
    membershipId: m.id,
    role: m.role,
    organisationKind: m.organisationKind,
    tenantId: m.tenantId,
    agencyId: m.agencyId,
    departmentId: m.departmentId,
  };
}

/**
 * Sign-in, refresh-token rotation, sign-out, membership switch and password changes.
 * Look-ups that happen before anyone is known (sign-in, refresh) use the named platform bypass.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(usernameRaw: string, password: string): Promise<Session> {
    new InputValidator()
      .text('username', usernameRaw, { required: true, max: 64 })
      .text('password', password, { required: true, max: 200 })
      .throwIfInvalid();
    const username = usernameRaw.trim().toLowerCase();
    return this.db.asPlatform('sign-in look-up', async (em) => {
      const user = await em.findOne(UserAccount, { username });
      if (!user) {
        await burnVerification(password);
        throw AppError.unauthenticated('badCredentials');
      }
      const now = new Date();
      this.refuseIfBlocked(user, now);
      if (!(await verifyPassword(user.passwordHash, password))) {
        await this.recordFailure(em, user, now);
      }
      const membership = await em.findOne(Membership, { userId: user.id, active: true }, { orderBy: { createdAt: 'asc' } });
      if (!membership) throw AppError.forbidden();
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      user.lastLoginAt = now;
      RequestContext.current().actor = actorOf(membership);
      return this.startSession(em, membership, newId());
    });
  }

  private refuseIfBlocked(user: UserAccount, now: Date): void {
    if (user.status !== 'ACTIVE') throw AppError.unauthenticated('accountDisabled');
    if (user.lockedUntil && user.lockedUntil > now) {
      const minutes = Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 60_000);
      throw AppError.of('UNAUTHENTICATED', 'accountLocked', { minutes });
    }
    const n = user.failedLoginCount;
    if (n >= 3 && user.lastFailedLoginAt) {
      const wait = this.config.loginBackoffBaseMs * 2 ** (n - 3);
      const left = user.lastFailedLoginAt.getTime() + wait - now.getTime();
      if (left > 0) throw AppError.of('UNAUTHENTICATED', 'tooManyAttempts', { seconds: Math.ceil(left / 1000) });
    }
  }

  private async recordFailure(em: EntityManager, user: UserAccount, now: Date): Promise<never> {
    user.failedLoginCount += 1;
    user.lastFailedLoginAt = now;
    const locked = user.failedLoginCount >= this.config.loginMaxFailures;
    if (locked) user.lockedUntil = new Date(now.getTime() + this.config.loginLockMinutes * 60_000);
    await em.flush();
    if (locked) throw AppError.of('UNAUTHENTICATED', 'accountLocked', { minutes: this.config.loginLockMinutes });
    throw AppError.unauthenticated('badCredentials');
  }

  /** Issues an access token and a refresh token (new or continued family) and sets the cookie. */
  private async startSession(em: EntityManager, membership: Membership, familyId: string): Promise<Session> {
    const id = newId();
    const secret = newRefreshSecret(id);
    em.create(RefreshToken, {
      id,
      userId: membership.userId,
      membershipId: membership.id,
      familyId,
      tokenHash: secret.hash,
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      userAgent: userAgent(),
    } as RefreshToken);
    await em.flush();
    setRefreshCookie(this.config, secret.cookie);
    const actor = actorOf(membership);
    const { token, expiresAt } = await this.tokens.sign(actor);
    return { accessToken: token, expiresAt, actor };
  }

  async refresh(): Promise<Session> {
    const parsed = parseRefreshCookie(readRefreshCookie());
    if (!parsed) throw AppError.unauthenticated();
    const outcome = await this.db.asPlatform('session refresh', (outer) =>
      outer.transactional(async (em): Promise<Session | 'reused'> => {
        const token = await em.findOne(RefreshToken, { id: parsed.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!token || !secretMatches(parsed.secret, token.tokenHash) || token.revokedAt) throw AppError.unauthenticated('sessionExpired');
        if (token.usedAt) {
          // A rotated token came back: someone holds a copy. Revoke the whole family (committed below).
          await this.revokeFamily(em, token.familyId);
          return 'reused';
        }
        if (token.expiresAt <= new Date()) throw AppError.unauthenticated('sessionExpired');
        const membership = await em.findOne(Membership, { id: token.membershipId, active: true });
        const user = membership && (await em.findOne(UserAccount, { id: membership.userId, status: 'ACTIVE' }));
        if (!membership || !user) throw AppError.unauthenticated('sessionExpired');
        token.usedAt = new Date();
        RequestContext.current().actor = actorOf(membership);
        return this.startSession(em, membership, token.familyId);
      }),
    );
    if (outcome === 'reused') {
      clearRefreshCookie(this.config);
      throw AppError.unauthenticated('refreshReused');
    }
    return outcome;
  }

  /** The role behind a refresh cookie, without rotating it (queue dashboard access). */
  async roleOfRefreshCookie(value: string): Promise<Membership['role'] | null> {
    const parsed = parseRefreshCookie(value);
    if (!parsed) return null;
    return this.db.asPlatform('queue dashboard session check', async (em) => {
      const token = await em.findOne(RefreshToken, { id: parsed.id });
      if (!token || !secretMatches(parsed.secret, token.tokenHash) || token.revokedAt || token.usedAt || token.expiresAt <= new Date()) return null;
      const membership = await em.findOne(Membership, { id: token.membershipId, active: true });
      return membership?.role ?? null;
    });
  }

  async logout(): Promise<boolean> {
    const parsed = parseRefreshCookie(readRefreshCookie());
    clearRefreshCookie(this.config);
    if (!parsed) return true;
    await this.db.asPlatform('sign-out', async (em) => {
      const token = await em.findOne(RefreshToken, { id: parsed.id });
      if (token && secretMatches(parsed.secret, token.tokenHash)) await this.revokeFamily(em, token.familyId);
    });
    return true;
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    const family = await em.find(RefreshToken, { familyId, revokedAt: null });
    const now = new Date();
    for (const t of family) t.revokedAt = now;
    await em.flush();
  }

  /** Continues the session under another of the user's own memberships. */
  async switchMembership(membershipId: string): Promise<Session> {
    const actor = RequestContext.current().requireActor();
    const em = this.db.em();
    const membership = await em.findOne(Membership, { id: membershipId, userId: actor.userId, active: true });
    if (!membership) throw AppError.notFound();
    const parsed = parseRefreshCookie(readRefreshCookie());
    if (parsed) {
      const current = await em.findOne(RefreshToken, { id: parsed.id, userId: actor.userId });
      if (current && secretMatches(parsed.secret, current.tokenHash)) await this.revokeFamily(em, current.familyId);
    }
    RequestContext.current().actor = actorOf(membership);
    return this.startSession(em, membership, newId());
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const actor = RequestContext.current().requireActor();
    const v = new InputValidator().text('currentPassword', currentPassword, { required: true, max: 200 });
    checkNewPassword(v, 'newPassword', newPassword).throwIfInvalid();
    const em = this.db.em();
    const user = await em.findOneOrFail(UserAccount, { id: actor.userId });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw AppError.field('currentPassword', 'wrongCurrentPassword');
    user.passwordHash = await hashPassword(newPassword);
    user.passwordChangedAt = new Date();
    await em.flush();
    return true;
  }

  permissionsOf(actor: Actor): unknown {
    return packRules(defineAbilityFor(actor).rules);
  }
}
