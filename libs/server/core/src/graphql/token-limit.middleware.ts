import type { NextFunction, Request, Response } from 'express';
import { Lexer, Source, TokenKind } from 'graphql';
import { localize } from '../errors/messages.js';
import { RequestContext } from '../context/request-context.js';

/** Counts the document's tokens; a lexing error stops counting and is left to the parser to report. */
export function countTokens(query: string, limit: number): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > limit) break;
  } catch {
    // malformed input: the GraphQL parser answers it with a typed BAD_USER_INPUT
  }
  return n;
}

/**
 * Refuses documents over `limit` tokens before they are parsed (the parse itself is the cost this
 * guards). Done here rather than in an Apollo parsing hook, which would turn errors into HTTP 500.
 */
export function tokenLimitMiddleware(limit: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || countTokens(query, limit) <= limit) return next();
    const locale = RequestContext.currentOrNull()?.locale ?? 'zh-CN';
    const text = localize('queryTooComplex', { detail: `more than ${limit} tokens` });
    res.status(400).json({ errors: [{ message: text[locale], extensions: { code: 'BAD_USER_INPUT', i18n: text } }] });
  };
}
