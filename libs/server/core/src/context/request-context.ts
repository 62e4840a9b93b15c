import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@dsg/contracts';
import type { Actor } from './actor.js';
import { AppError } from '../errors/app-error.js';

/**
 * Everything a request (or a job) carries: id, language, the acting user, and per-request caches.
 * Lives in AsyncLocalStorage; `RequestContext.current()` throws when code runs outside one,
 * so data access without a context fails closed instead of reading unscoped.
 */
export class RequestContext {
  private static readonly storage = new AsyncLocalStorage<RequestContext>();

  /** Per-request caches (entity manager, dataloaders, ability). Keyed by owner module. */
  readonly cache = new Map<string | symbol, unknown>();

  constructor(
    readonly requestId: string,
    readonly locale: Locale,
    public actor: Actor | null,
    /** Express response, when the context comes from HTTP (used to set cookies). */
    readonly http?: { req: unknown; res: unknown },
  ) {}

  static run<T>(ctx: RequestContext, fn: () => T): T {
    return RequestContext.storage.run(ctx, fn);
  }

  static current(): RequestContext {
    const ctx = RequestContext.storage.getStore();
    if (!ctx) throw new Error('No request context: data access outside a request or job is refused');
    return ctx;
  }

  static currentOrNull(): RequestContext | null {
    return RequestContext.storage.getStore() ?? null;
  }

  requireActor(): Actor {
    if (!this.actor) throw AppError.unauthenticated();
    return this.actor;
  }

  memo<T>(key: string | symbol, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }
}
