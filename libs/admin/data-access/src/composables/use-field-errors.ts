import { reactive } from 'vue';
import { isApiError } from '../client/api-error';

/**
 * Server-side field errors (BAD_USER_INPUT `extensions.fields`) for a form, keyed by field name,
 * to bind as `<el-form-item :error="fieldErrors.username">`.
 */
export function useFieldErrors() {
  const fieldErrors = reactive<Record<string, string | undefined>>({});

  function clear(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key];
  }

  /**
   * Maps the error onto the form. Paths like `input.username` map to `username`.
   * Returns true when at least one field got a message, i.e. the form already shows what is wrong.
   */
  function apply(error: unknown): boolean {
    clear();
    if (!isApiError(error) || error.code !== 'BAD_USER_INPUT') return false;
    for (const { field, message } of error.fields) {
      const name = field.split('.').pop() ?? field;
      fieldErrors[name] = fieldErrors[name] ? `${fieldErrors[name]}; ${message}` : message;
    }
    return error.fields.length > 0;
  }

  return { fieldErrors, clear, apply };
}
