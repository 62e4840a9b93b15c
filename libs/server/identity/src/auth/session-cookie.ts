import type { Request, Response } from 'express';
import { RequestContext, type AppConfig } from '@dsg/server-core';
import { REFRESH_COOKIE } from './refresh-tokens.js';

function http(): { req: Request; res: Response } | null {
  const h = RequestContext.current().http;
  return h ? (h as { req: Request; res: Response }) : null;
}

export function readRefreshCookie(): string | undefined {
  const req = http()?.req as (Request & { cookies?: Record<string, string> }) | undefined;
  return req?.cookies?.[REFRESH_COOKIE];
}

/** httpOnly + SameSite=Strict: scripts cannot read it and other sites cannot send it. */
export function setRefreshCookie(config: AppConfig, value: string): void {
  http()?.res.cookie(REFRESH_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.cookieSecure,
    path: '/',
    maxAge: config.refreshTokenTtlSeconds * 1000,
  });
}

export function clearRefreshCookie(config: AppConfig): void {
  http()?.res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: '/' });
}

export function userAgent(): string | null {
  return http()?.req.header('user-agent')?.slice(0, 300) ?? null;
}
