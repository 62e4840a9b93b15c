import { Injectable } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { RequestContext } from '../context/request-context.js';
import type { Actor } from '../context/actor.js';
import { logger } from '../logging/logger.js';
import { TENANT_FILTER, scopeFor } from './tenant-scope.js';
import { runBypassed } from './db-session.js';

const EM_KEY = Symbol('em');

/**
 * The way services reach the database. `em()` is the request's EntityManager: forked once per
 * request with the actor's PostgreSQL session settings (for RLS) and tenant filter params (for the
 * ORM filter). Outside a request or job context it throws.
 */
@Injectable()
export class Db {
  constructor(readonly orm: MikroORM) {}

  em(): EntityManager {
    const ctx = RequestContext.current();
    return ctx.memo(EM_KEY, () => this.forkFor(ctx.actor));
  }

  /**
   * A fresh EntityManager whose tenant filter is scoped to `actor` (null: reads no tenant data).
   * The database side (RLS settings) follows the request context's actor on every connection
   * reservation (db-session.ts); callers fork for the actor the context holds.
   */
  forkFor(actor: Actor | null): EntityManager {
    const em = this.orm.em.fork({ clear: true });
    const scope = scopeFor(actor, em);
    if (scope) em.setFilterParams(TENANT_FILTER, scope);
    return em;
  }

  /**
   * For directory content that the platform operator administers (institutions, users, memberships):
   * the platform operator goes through the logged bypass, everyone else through their scoped EM.
   */
  async directory<T>(reason: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const actor = RequestContext.current().requireActor();
    return actor.role === 'PLATFORM_OPERATOR' ? this.asPlatform(reason, fn) : fn(this.em());
  }

  /**
   * The one escape hatch: platform operations that must cross tenants (creating an institution and
   * its first admin, seeding, sign-in look-ups before a tenant is known). Logged with its reason;
   * the writes it makes are audited like any other.
   */
  async asPlatform<T>(reason: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const actor = RequestContext.currentOrNull()?.actor ?? null;
    logger().warn({ event: 'platform_bypass', reason, actorId: actor?.userId ?? null }, `platform bypass: ${reason}`);
    const em = this.orm.em.fork({ clear: true });
    em.setFilterParams(TENANT_FILTER, { kind: 'bypass' });
    return runBypassed(() => fn(em));
  }
}
