import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { ApiError } from '../client/api-error';
import { useFormSubmit } from './use-form-submit';

const t = (key: string) => `t:${key}`;

function setup(valid: boolean | 'rejects' = true) {
  const validate = vi.fn(() => (valid === 'rejects' ? Promise.reject(new Error('invalid')) : Promise.resolve(valid)));
  return useFormSubmit(ref({ validate }), t);
}

describe('useFormSubmit', () => {
  it('does not save an invalid form', async () => {
    const form = setup('rejects');
    const save = vi.fn(async () => undefined);

    await expect(form.submit(save)).resolves.toBe(false);

    expect(save).not.toHaveBeenCalled();
    expect(form.errorMessage.value).toBeNull();
  });

  it('shows field errors under their fields, without a message', async () => {
    const form = setup();
    form.errorMessage.value = 'old';

    const saved = await form.submit(async () => {
      throw new ApiError('BAD_USER_INPUT', '输入有误', [{ field: 'input.username', message: '用户名已存在' }]);
    });

    expect(saved).toBe(false);
    expect(form.fieldErrors.username).toBe('用户名已存在');
    expect(form.errorMessage.value).toBeNull();
  });

  it('shows any other error as the message', async () => {
    const form = setup();

    const saved = await form.submit(async () => {
      throw new ApiError('NETWORK', '');
    });

    expect(saved).toBe(false);
    expect(form.errorMessage.value).toBe('t:errors.network');
    expect(Object.keys(form.fieldErrors)).toEqual([]);
  });

  it('saves a valid form and clears the previous errors', async () => {
    const form = setup();
    form.fieldErrors.username = 'old';
    form.errorMessage.value = 'old';
    const save = vi.fn(async () => undefined);

    await expect(form.submit(save)).resolves.toBe(true);

    expect(save).toHaveBeenCalledTimes(1);
    expect(form.fieldErrors.username).toBeUndefined();
    expect(form.errorMessage.value).toBeNull();
  });

  it('resets the errors on demand', () => {
    const form = setup();
    form.fieldErrors.username = 'old';
    form.errorMessage.value = 'old';

    form.reset();

    expect(form.fieldErrors).toEqual({});
    expect(form.errorMessage.value).toBeNull();
  });
});
