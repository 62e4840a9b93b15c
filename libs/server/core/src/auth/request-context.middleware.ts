import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Locale } from '@dsg/contracts';
import { RequestContext } from '../context/request-context.js';
import { logger } from '../logging/logger.js';
import { AUTH_ERROR_KEY, type TokenService } from './token.service.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function localeOf(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]!.trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/**
 * First middleware of every HTTP request: request id, language, and the actor from the bearer token,
 * placed in AsyncLocalStorage for everything downstream. Logs one line per request, without bodies.
 */
export function requestContextMiddleware(tokens: TokenService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const ctx = new RequestContext(requestId, localeOf(req.header('accept-language')), null, { req, res });
    const auth = req.header('authorization');
    const token = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
    const proceed = () =>
      RequestContext.run(ctx, () => {
        res.on('finish', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          RequestContext.run(ctx, () =>
            logger().info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request'),
          );
        });
        next();
      });
    if (!token) return proceed();
    tokens.verify(token).then((result) => {
      if ('actor' in result) ctx.actor = result.actor;
      else ctx.cache.set(AUTH_ERROR_KEY, result.error);
      proceed();
    }, next);
  };
}
