import type { LocationQueryValue } from 'vue-router';

export const DEFAULT_HOME = '/';

/**
 * The `?redirect=` target after login, accepted only as an in-app path: an absolute or
 * protocol-relative URL would turn the login page into an open redirect.
 */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return DEFAULT_HOME;
  }
  // Going back to the login page after logging in would look like a failed login.
  return candidate.startsWith('/login') ? DEFAULT_HOME : candidate;
}
