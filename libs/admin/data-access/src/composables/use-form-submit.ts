import { ref, type Ref } from 'vue';
import { describeApiError } from '../client/api-error';
import { useFieldErrors } from './use-field-errors';

/** What the submit needs of a form: Element Plus' `FormInstance`, or a component exposing `validate()`. */
export interface ValidatableForm {
  validate(): Promise<unknown>;
}

/**
 * The submit of a form dialog: clear the previous errors, validate the form, save, and show a
 * failure either under the fields it names (BAD_USER_INPUT `extensions.fields`) or as one message.
 *
 * `t` is a parameter rather than `useI18n()` here: data-access does not depend on vue-i18n (the same
 * reason `describeApiError` takes it), and the component already has the translator of its scope.
 */
export function useFormSubmit(formRef: Readonly<Ref<ValidatableForm | undefined>>, t: (key: string) => string) {
  const { fieldErrors, clear: clearFieldErrors, apply: applyFieldErrors } = useFieldErrors();
  const errorMessage = ref<string | null>(null);

  /** Clears the field errors and the message, e.g. when the dialog opens again. */
  function reset(): void {
    clearFieldErrors();
    errorMessage.value = null;
  }

  /**
   * Resets, validates, then runs `save`. Returns true when it saved; false when the form is invalid
   * (`save` not called) or `save` threw (the error is then shown, not rethrown).
   */
  async function submit(save: () => Promise<void>): Promise<boolean> {
    reset();
    const valid = await formRef.value?.validate().catch(() => false);
    if (!valid) return false;
    try {
      await save();
      return true;
    } catch (error) {
      if (!applyFieldErrors(error)) errorMessage.value = describeApiError(error, t);
      return false;
    }
  }

  return { fieldErrors, errorMessage, reset, submit };
}
