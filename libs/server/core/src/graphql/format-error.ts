import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Locale } from '@dsg/contracts';
import { AppError } from '../errors/app-error.js';
import { localize } from '../errors/messages.js';
import { RequestContext } from '../context/request-context.js';
import { logger } from '../logging/logger.js';

const LIMIT_HINT = /depth|alias|cost|token|directive/i;

function locale(): Locale {
  return RequestContext.currentOrNull()?.locale ?? 'zh-CN';
}

function fromAppError(e: AppError, formatted: GraphQLFormattedError, lang: Locale): GraphQLFormattedError {
  return {
    message: e.text[lang],
    path: formatted.path,
    extensions: {
      code: e.code,
      i18n: e.text,
      ...(e.fields.length ? { fields: e.fields.map((f) => ({ field: f.field, message: f.message[lang], i18n: f.message })) } : {}),
    },
  };
}

/**
 * Every error leaves the gateway typed: `extensions.code` is one of the platform's codes, the
 * message is in the request's language (both languages in `extensions.i18n`), and no stack trace
 * or internal message ever reaches the client. Unknown errors are logged with their stack and
 * answered as INTERNAL.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const lang = locale();
  const original = AppError.fromDatabase(unwrapResolverError(error));
  if (original instanceof AppError) return fromAppError(original, formatted, lang);
  const apolloCode = formatted.extensions?.code as string | undefined;
  if (apolloCode === 'GRAPHQL_PARSE_FAILED' || apolloCode === 'GRAPHQL_VALIDATION_FAILED' || apolloCode === 'BAD_USER_INPUT' || apolloCode === 'BAD_REQUEST') {
    const text = LIMIT_HINT.test(formatted.message) && /limit|exceed/i.test(formatted.message)
      ? localize('queryTooComplex', { detail: formatted.message })
      : localize('malformedQuery');
    return { message: text[lang], locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT', i18n: text, detail: formatted.message } };
  }
  if (apolloCode === 'PERSISTED_QUERY_NOT_FOUND' || apolloCode === 'PERSISTED_QUERY_NOT_SUPPORTED' || apolloCode === 'OPERATION_RESOLUTION_FAILURE') {
    const text = localize('malformedQuery');
    return { message: text[lang], extensions: { code: 'BAD_USER_INPUT', i18n: text, detail: formatted.message } };
  }
  logger().error({ err: original, path: formatted.path }, 'unhandled error in GraphQL operation');
  const text = localize('internal');
  return { message: text[lang], path: formatted.path, extensions: { code: 'INTERNAL', i18n: text } };
}
