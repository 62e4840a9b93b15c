import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorCode } from '@dsg/contracts';
import { AppError } from './app-error.js';
import { RequestContext } from '../context/request-context.js';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  INTERNAL: 500,
};

/**
 * For the few plain HTTP endpoints (file upload and download): AppErrors answer with their HTTP
 * status and the same typed body GraphQL errors have. GraphQL errors are left to the formatter.
 */
@Catch(AppError)
export class AppErrorHttpFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
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
