import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  AppError, Db, InputValidator, RequestContext, assertCan, emptyConnection, newId, paginate, requireUuid, toQuery, type Connection,
} from '@dsg/server-core';
import { UserAccount } from './user-account.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { checkNewPassword, hashPassword } from '../auth/passwords.js';
import { memberUserIds, newMembership, targetOrganisation } from '../membership/membership-scope.js';
import type { CreateUserInput, ResetPasswordInput } from './dto/user.inputs.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** People of the actor's organisation: listing, creation, password reset and unlock. */
@Injectable()
export class UserService {
  constructor(private readonly db: Db) {}

  private actor() {
    return RequestContext.current().requireActor();
  }

  async list(args: { first?: number | null; after?: string | null; search?: string | null }): Promise<Connection<UserAccount>> {
    const actor = this.actor();
    new InputValidator().text('search', args.search, { max: 100 }).throwIfInvalid();
    return this.db.directory('platform user directory', async (em) => {
      const rules = toQuery('read', 'User');
      if (!rules) return emptyConnection<UserAccount>();
      const ids = await memberUserIds(em, actor);
      const where: FilterQuery<UserAccount>[] = [rules as FilterQuery<UserAccount>];
      if (ids) where.push({ id: { $in: ids } });
      if (args.search?.trim()) {
        const like = `%${args.search.trim().replace(/[%_\\]/g, '\\$&')}%`;
        where.push({ $or: [{ username: { $ilike: like } }, { displayName: { $ilike: like } }] });
      }
      return paginate(em, UserAccount, { $and: where }, args, 'username');
    });
  }

  /** One user of the actor's organisation; anyone else is NOT_FOUND. */
  async get(id: string): Promise<UserAccount> {
    requireUuid(id);
    return this.db.directory('platform user directory', (em) => this.findInScope(em, id));
  }

  private async findInScope(em: EntityManager, id: string): Promise<UserAccount> {
    const actor = this.actor();
    const ids = await memberUserIds(em, actor);
    if (ids && !ids.includes(id)) throw AppError.notFound();
    const user = await em.findOne(UserAccount, { id });
    if (!user) throw AppError.notFound();
    assertCan('read', 'User', user);
    return user;
  }

  async create(input: CreateUserInput): Promise<UserAccount> {
    const actor = this.actor();
    const username = (input.username ?? '').trim().toLowerCase();
    const v = new InputValidator()
      .text('username', username, { required: true, max: 64, pattern: USERNAME })
      .text('displayName', input.displayName, { required: true, max: 100 })
      .text('email', input.email, { max: 200, pattern: EMAIL });
    if (input.organisationId) v.uuid('organisationId', input.organisationId);
    if (input.departmentId) v.uuid('departmentId', input.departmentId);
    checkNewPassword(v, 'password', input.password).throwIfInvalid();
    const org = targetOrganisation(actor, input.role, input.organisationId);
    const passwordHash = await hashPassword(input.password);
    return this.db.directory('platform creates a user', (outer) =>
      outer.transactional(async (em) => {
        // Two flushes in one transaction: the account must exist before its membership references it.
        const user = em.create(UserAccount, {
          id: newId(),
          username,
          displayName: input.displayName.trim(),
          email: input.email?.trim() || null,
          passwordHash,
          passwordChangedAt: new Date(),
        } as UserAccount);
        try {
          await em.flush();
        } catch (e) {
          if (e instanceof UniqueConstraintViolationException) throw AppError.field('username', 'duplicate');
          throw e;
        }
        em.create(Membership, newMembership(user.id, input.role, org, input.departmentId));
        await em.flush();
        return user;
      }),
    );
  }

  async resetPassword(input: ResetPasswordInput): Promise<boolean> {
    const v = new InputValidator().uuid('userId', input.userId);
    checkNewPassword(v, 'newPassword', input.newPassword).throwIfInvalid();
    const hash = await hashPassword(input.newPassword);
    await this.db.directory('platform resets a password', async (em) => {
      const user = await this.findManageable(em, input.userId);
      user.passwordHash = hash;
      user.passwordChangedAt = new Date();
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      await em.flush();
    });
    return true;
  }

  async unlock(userId: string): Promise<UserAccount> {
    requireUuid(userId);
    return this.db.directory('platform unlocks an account', async (em) => {
      const user = await this.findManageable(em, userId);
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      await em.flush();
      return user;
    });
  }

  /**
   * An institution admin may change only accounts that belong to their institution alone: a person
   * who is also a member elsewhere is managed by the platform (RLS enforces the same rule).
   */
  private async findManageable(em: EntityManager, id: string): Promise<UserAccount> {
    const actor = this.actor();
    const user = await this.findInScope(em, id);
    assertCan('update', 'User', user);
    if (actor.role !== 'PLATFORM_OPERATOR') {
      const elsewhere = await this.db.asPlatform('check the account belongs to one institution only', (all) =>
        all.count(Membership, { userId: id, active: true, tenantId: { $ne: actor.tenantId } }),
      );
      if (elsewhere > 0) throw AppError.forbidden();
    }
    return user;
  }
}
