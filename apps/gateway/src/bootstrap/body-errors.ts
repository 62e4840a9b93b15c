import type { NextFunction, Request, Response } from 'express';
import { RequestContext, localize } from '@dsg/server-core';

/**
 * Body-parser failures (invalid JSON, body over the limit) answered as typed GraphQL errors with a
 * 4xx status, never an HTML page or a 5xx.
 */
export function bodyErrorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number } | undefined;
  if (!e?.type || !e.status || e.status >= 500) return next(err);
  const locale = RequestContext.currentOrNull()?.locale ?? 'zh-CN';
  const text = e.type === 'entity.too.large' ? localize('tooLong', { max: '2 MB' }) : localize('malformedQuery');
  res.status(e.status).json({ errors: [{ message: text[locale], extensions: { code: 'BAD_USER_INPUT', i18n: text } }] });
}
