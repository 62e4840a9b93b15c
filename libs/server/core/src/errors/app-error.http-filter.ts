import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@dsg/contracts';
import { AppError } from './app-error.js';
import { RequestContext } from '../context/request-context.js';
import { localize } from './messages.js';
import { logger } from '../logging/logger.js';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  PERIOD_FROZEN: 409,
  INTERNAL: 500,
};

/**
 * For the few plain HTTP endpoints (file upload and download): errors answer with their HTTP status
 * and the same typed body GraphQL errors have (unknown errors as INTERNAL, never a stack trace).
 * GraphQL errors are left to the formatter.
 */
@Catch()
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(raw: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return raw;
    const thrown = AppError.fromDatabase(raw);
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return undefined;
    let error: AppError;
    if (thrown instanceof AppError) error = thrown;
    else if (thrown instanceof HttpException && thrown.getStatus() === 404) error = AppError.notFound();
    else {
      // Anything else is a server fault: logged with its stack, answered as a typed INTERNAL.
      logger().error({ err: thrown }, 'unhandled error in an HTTP endpoint');
      error = new AppError('INTERNAL', localize('internal'));
    }
    const lang = RequestContext.currentOrNull()?.locale ?? 'zh-CN';
    res.status(STATUS[error.code]).json({
      errors: [{
        message: error.text[lang],
        extensions: { code: error.code, i18n: error.text, ...(error.fields.length ? { fields: error.fields.map((f) => ({ field: f.field, message: f.message[lang], i18n: f.message })) } : {}) },
      }],
    });
    return undefined;
  }
}
