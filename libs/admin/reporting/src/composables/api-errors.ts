import { describeApiError, isApiError, toApiError } from '@dsg/admin-data-access';

// How this feature reads the gateway's refusals. The server's message is already in the UI
// language; a code without one (a transport failure) falls back to a generic text.

type Translate = (key: string) => string;

/** The text to show: the server's message, else a generic one for the code (PERIOD_FROZEN included). */
export function errorText(error: unknown, t: Translate): string {
  const apiError = toApiError(error);
  if (apiError.message) return apiError.message;
  // The core fallback table of data-access does not name PERIOD_FROZEN yet; the key is the core one.
  if (apiError.code === 'PERIOD_FROZEN') return t('errors.periodFrozen');
  return describeApiError(apiError, t);
}

/** Someone acted first (optimistic version) or the object moved on: the page must reload. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.code === 'CONFLICT';
}

/** The server's message about one input field (BAD_USER_INPUT `extensions.fields`), e.g. `reason`. */
export function fieldMessage(error: unknown, field: string): string | null {
  if (!isApiError(error) || error.code !== 'BAD_USER_INPUT') return null;
  const messages = error.fields.filter((item) => item.field === field || item.field.endsWith(`.${field}`)).map((item) => item.message);
  return messages.length ? messages.join('; ') : null;
}
