import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AppError, Db, InputValidator, RequestContext, assertCan, requireUuid } from '@dsg/server-core';
import { Membership } from './membership.entity.js';
import { UserAccount } from '../user/user-account.entity.js';
import { memberUserIds, newMembership, ownOrgMemberships, targetOrganisation } from './membership-scope.js';
import type { GrantMembershipInput } from '../user/dto/user.inputs.js';

@Injectable()
export class MembershipService {
  constructor(private readonly db: Db) {}

  /** Memberships of many users at once (DataLoader batch), limited to the actor's organisation. */
  async forUsers(userIds: readonly string[]): Promise<Membership[]> {
    const actor = RequestContext.current().requireActor();
    return this.db.directory('platform user directory', (em) =>
      em.find(Membership, { userId: { $in: [...userIds] }, active: true, ...ownOrgMemberships(actor) }, { orderBy: { createdAt: 'asc' } }),
    );
  }

  /** The signed-in user's own active memberships (organisation switcher). */
  async mine(): Promise<Membership[]> {
    const actor = RequestContext.current().requireActor();
    return this.db.em().find(Membership, { userId: actor.userId, active: true }, { orderBy: { createdAt: 'asc' } });
  }

  async grant(input: GrantMembershipInput): Promise<Membership> {
    const actor = RequestContext.current().requireActor();
    const v = new InputValidator().uuid('userId', input.userId);
    if (input.organisationId) v.uuid('organisationId', input.organisationId);
    if (input.departmentId) v.uuid('departmentId', input.departmentId);
    v.throwIfInvalid();
    const org = targetOrganisation(actor, input.role, input.organisationId);
    return this.db.directory('platform grants a membership', async (em) => {
      const ids = await memberUserIds(em, actor);
      const user = await em.findOne(UserAccount, { id: input.userId });
      if (!user || (ids && !ids.includes(user.id))) throw AppError.notFound();
      const m = em.create(Membership, newMembership(user.id, input.role, org, input.departmentId));
      assertCan('create', 'Membership', m);
      try {
        await em.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw AppError.conflict('duplicate', { what: 'membership' });
        throw e;
      }
      return m;
    });
  }

  async revoke(id: string): Promise<Membership> {
    const actor = RequestContext.current().requireActor();
    requireUuid(id);
    return this.db.directory('platform revokes a membership', async (em) => {
      const m = await em.findOne(Membership, { id, active: true, ...ownOrgMemberships(actor) });
      if (!m) throw AppError.notFound();
      assertCan('delete', 'Membership', m);
      if (m.role === 'INSTITUTION_ADMIN') {
        const admins = await em.count(Membership, { tenantId: m.tenantId, role: 'INSTITUTION_ADMIN', active: true });
        if (admins <= 1) throw AppError.conflict('lastAdmin');
      }
      m.active = false;
      m.revokedAt = new Date();
      await em.flush();
      return m;
    });
  }
}
