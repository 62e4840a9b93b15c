import { AsyncLocalStorage } from 'node:async_hooks';
import { CompiledQuery } from 'kysely';
import { RequestContext } from '../context/request-context.js';
import { sessionVariables } from './tenant-scope.js';

const bypass = new AsyncLocalStorage<true>();

/** Runs `fn` with the platform bypass on for every connection it reserves (see Db.asPlatform). */
export function runBypassed<T>(fn: () => T): T {
  return bypass.run(true, fn);
}

const SET_SESSION =
  "select set_config('app.user_id', $1, false), set_config('app.tenant_id', $2, false), " +
  "set_config('app.agency_id', $3, false), set_config('app.bypass', $4, false)";

/**
 * MikroORM `onReserveConnection`: every time a pooled connection is taken — for one query or a
 * whole transaction — all four RLS settings are written from the current request context: the
 * actor of the request or job, or empty values (no tenant row visible) outside of one. Writing all
 * four every time is what keeps a reused connection from carrying a previous request's identity.
 *
 * One statement per reservation, instead of MikroORM's transaction-scoped session context (which
 * wraps every query in BEGIN/set_config/COMMIT through the ORM: ~3× the CPU per query here).
 * Requires direct connections or session pooling, not pgBouncer transaction pooling
 * (docs/decisions/0007-rls-session-per-connection.md).
 */
export async function applySessionOnReserve(connection: unknown): Promise<void> {
  const v = sessionVariables(RequestContext.currentOrNull()?.actor ?? null, bypass.getStore() === true);
  const params = [v['app.user_id'], v['app.tenant_id'], v['app.agency_id'], v['app.bypass']];
  await (connection as { executeQuery(q: CompiledQuery): Promise<unknown> }).executeQuery(CompiledQuery.raw(SET_SESSION, params));
}
