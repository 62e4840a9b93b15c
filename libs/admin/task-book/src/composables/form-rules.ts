import type { FormItemRule } from '@dsg/admin-ui';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function requiredRule(t: Translate, fieldKey: string, select = false): FormItemRule {
  return {
    required: true,
    whitespace: true,
    message: t(select ? 'validation.requiredSelect' : 'validation.required', { field: t(fieldKey) }),
    trigger: select ? 'change' : 'blur',
  };
}

export function maxLengthRule(t: Translate, fieldKey: string, max: number): FormItemRule {
  return { max, message: t('validation.maxLength', { field: t(fieldKey), max }), trigger: 'blur' };
}
