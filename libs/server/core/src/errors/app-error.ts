import type { ErrorCode, FieldError, LocalizedText } from '@dsg/contracts';
import { localize, type MessageKey } from './messages.js';

/**
 * The only error type resolvers and services throw on purpose. The GraphQL error formatter turns it
 * into `{ message (request language), extensions: { code, i18n, fields } }`; anything else becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly fields: FieldError[] = [],
  ) {
    super(text.en);
    this.name = 'AppError';
  }

  static of(code: ErrorCode, key: MessageKey, params?: Record<string, string | number>): AppError {
    return new AppError(code, localize(key, params));
  }

  static unauthenticated(key: MessageKey = 'unauthenticated'): AppError {
    return AppError.of('UNAUTHENTICATED', key);
  }

  static forbidden(): AppError {
    return AppError.of('FORBIDDEN', 'forbidden');
  }

  static notFound(): AppError {
    return AppError.of('NOT_FOUND', 'notFound');
  }

  static conflict(key: MessageKey = 'conflict', params?: Record<string, string | number>): AppError {
    return AppError.of('CONFLICT', key, params);
  }

  static periodFrozen(period: string): AppError {
    return AppError.of('PERIOD_FROZEN', 'periodFrozen', { period });
  }

  /**
   * The database's own refusal of a write into a frozen period (trigger `refuse_frozen_write`,
   * SQLSTATE DSG01, message `PERIOD_FROZEN:<period>`), as the typed error; anything else unchanged.
   */
  static fromDatabase(e: unknown): unknown {
    const err = e as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
    const source = err?.code === 'DSG01' ? err : err?.cause?.code === 'DSG01' ? err.cause : null;
    if (!source) return e;
    const period = /PERIOD_FROZEN:([\w-]+)/.exec(String(source.message))?.[1] ?? '';
    return AppError.periodFrozen(period);
  }

  static badInput(fields: FieldError[]): AppError {
    return new AppError('BAD_USER_INPUT', localize('badInput'), fields);
  }

  static field(field: string, key: MessageKey, params?: Record<string, string | number>): AppError {
    return AppError.badInput([{ field, message: localize(key, params) }]);
  }
}
