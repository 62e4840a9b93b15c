import type { FormItemRule } from '@dsg/admin-ui';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Mirrors the server's rules so most mistakes are caught before a round trip; the server stays authoritative. */
export const MIN_PASSWORD_LENGTH = 10;
export const USERNAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredRule(t: Translate, fieldKey: string, select = false): FormItemRule {
  return {
    required: true,
    whitespace: true,
    message: t(select ? 'validation.requiredSelect' : 'validation.required', { field: t(fieldKey) }),
    trigger: select ? 'change' : 'blur',
  };
}

export function passwordRules(t: Translate, fieldKey: string): FormItemRule[] {
  return [
    requiredRule(t, fieldKey),
    {
      min: MIN_PASSWORD_LENGTH,
      message: t('validation.minLength', { field: t(fieldKey), min: MIN_PASSWORD_LENGTH }),
      trigger: 'blur',
    },
    {
      validator: (_rule, value: string, callback) =>
        callback(!value || (/[A-Za-z]/.test(value) && /\d/.test(value)) ? undefined : new Error(t('organisations.userForm.passwordWeak'))),
      trigger: 'blur',
    },
  ];
}

export function usernameRules(t: Translate): FormItemRule[] {
  return [
    requiredRule(t, 'organisations.userForm.username'),
    { pattern: USERNAME_PATTERN, message: t('organisations.userForm.usernameInvalid'), trigger: 'blur' },
  ];
}

export function emailRules(t: Translate): FormItemRule[] {
  return [{ pattern: EMAIL_PATTERN, message: t('validation.email'), trigger: 'blur' }];
}
