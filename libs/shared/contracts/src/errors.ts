/** Typed error codes every GraphQL error carries in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  /** A write to data of a reporting period the agency has accepted (冻结). */
  'PERIOD_FROZEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Record<Locale, string>;

/** One invalid input field, with its message in both languages. */
export interface FieldError {
  field: string;
  message: LocalizedText;
}
