import { pino, type Logger, type DestinationStream } from 'pino';
import { RequestContext } from '../context/request-context.js';

/**
 * Structured JSON logs. Every line carries the request id, user id and tenant id from the request
 * context; secrets are redacted by path and never passed to the logger by value in the first place.
 */
const REDACT = [
  'password',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  'token',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'variables.input.password',
  'variables.input.currentPassword',
  'variables.input.newPassword',
];

let destination: DestinationStream | undefined;
let instance: Logger | undefined;

function build(): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
      base: { service: process.env.DSG_SERVICE ?? 'gateway' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const ctx = RequestContext.currentOrNull();
        if (!ctx) return {};
        return { requestId: ctx.requestId, userId: ctx.actor?.userId, tenantId: ctx.actor?.tenantId ?? undefined };
      },
    },
    destination,
  );
}

export function logger(): Logger {
  instance ??= build();
  return instance;
}

/** Tests capture log output to assert that no secret is ever written. */
export function setLogDestination(stream: DestinationStream | undefined, level?: string): void {
  destination = stream;
  instance = build();
  if (level) instance.level = level;
}
