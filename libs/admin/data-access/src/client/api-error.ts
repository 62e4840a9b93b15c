/** Error codes the gateway puts in `errors[].extensions.code`, plus NETWORK for transport failures. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  /** A write to data of a reporting period the agency has accepted (冻结). */
  'PERIOD_FROZEN',
  'INTERNAL',
  'NETWORK',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One invalid input field; `field` may be a path such as `input.username`. */
export interface FieldError {
  field: string;
  message: string;
}

/** The GraphQL error shape this client relies on. */
export interface GraphQLErrorPayload {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; fields?: unknown; [key: string]: unknown };
}

/**
 * The only error type the data layer throws. `message` is the server's text, already in the
 * requested language; it is empty for transport failures, where the UI supplies its own text.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: readonly FieldError[] = [],
    /** The code as received, kept for diagnostics when it is not one of ours. */
    readonly rawCode?: string,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function normaliseCode(code: unknown): ApiErrorCode {
  return typeof code === 'string' && (API_ERROR_CODES as readonly string[]).includes(code)
    ? (code as ApiErrorCode)
    : 'INTERNAL';
}

function parseFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { field, message } = item as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

export function apiErrorFromGraphQL(error: GraphQLErrorPayload): ApiError {
  const rawCode = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  return new ApiError(normaliseCode(rawCode), error.message ?? '', parseFields(error.extensions?.fields), rawCode);
}

/**
 * Anything thrown as an ApiError, so callers handle one type. A programming error's message is
 * technical English, so it is dropped (and logged) rather than shown to users.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  console.error(error);
  return new ApiError('INTERNAL', '');
}

const FALLBACK_KEYS: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: 'errors.sessionExpired',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  BAD_USER_INPUT: 'errors.badInput',
  CONFLICT: 'errors.conflict',
  PERIOD_FROZEN: 'errors.periodFrozen',
  INTERNAL: 'errors.unknown',
  NETWORK: 'errors.network',
};

/** The text to show for an error: the server's localised message, or a generic one for its code. */
export function describeApiError(error: unknown, t: (key: string) => string): string {
  const apiError = toApiError(error);
  return apiError.message || t(FALLBACK_KEYS[apiError.code]);
}
