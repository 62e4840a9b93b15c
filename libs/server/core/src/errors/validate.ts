import type { FieldError } from '@dsg/contracts';
import { AppError } from './app-error.js';
import { localize } from './messages.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Collects per-field problems of one input and throws them together as BAD_USER_INPUT,
 * so a form shows every wrong field at once and nothing is written.
 */
export class InputValidator {
  private readonly errors: FieldError[] = [];

  text(field: string, value: string | null | undefined, opts: { required?: boolean; min?: number; max: number; pattern?: RegExp }): this {
    const v = value ?? '';
    if (opts.required && v.trim() === '') return this.add(field, 'required');
    if (v === '') return this;
    if (v.length > opts.max) return this.add(field, 'tooLong', { max: opts.max });
    if (opts.min !== undefined && v.length < opts.min) return this.add(field, 'tooShort', { min: opts.min });
    if (opts.pattern && !opts.pattern.test(v)) return this.add(field, 'invalidFormat');
    return this;
  }

  uuid(field: string, value: string | null | undefined, required = true): this {
    if (value === null || value === undefined || value === '') return required ? this.add(field, 'required') : this;
    if (!UUID.test(value)) return this.add(field, 'invalidId');
    return this;
  }

  int(field: string, value: number | null | undefined, min: number, max: number): this {
    if (value === null || value === undefined) return this;
    if (!Number.isInteger(value) || value < min || value > max) return this.add(field, 'outOfRange', { min, max });
    return this;
  }

  check(field: string, ok: boolean, key: Parameters<typeof localize>[0], params?: Record<string, string | number>): this {
    return ok ? this : this.add(field, key, params);
  }

  add(field: string, key: Parameters<typeof localize>[0], params?: Record<string, string | number>): this {
    if (!this.errors.some((e) => e.field === field)) this.errors.push({ field, message: localize(key, params) });
    return this;
  }

  throwIfInvalid(): void {
    if (this.errors.length > 0) throw AppError.badInput(this.errors);
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id argument that is not a UUID cannot name anything: NOT_FOUND, same as another tenant's id. */
export function requireUuid(value: string): string {
  if (!UUID.test(value)) throw AppError.notFound();
  return value;
}
