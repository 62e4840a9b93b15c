/**
 * Runtime configuration, read once from the environment. Defaults are the local development
 * set-up (roles created by `tools/scripts/db-bootstrap.mjs`); production must set every secret.
 */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  gatewayPort: number;
  /** App role: not the owner of any table, no BYPASSRLS. */
  databaseUrl: string;
  /** Owner role: runs migrations only. */
  databaseOwnerUrl: string;
  /** Empty means: use the in-process queue driver (start command without Redis). */
  redisUrl: string;
  /** BullMQ key prefix: lets test runs and deployments share a Redis without sharing queues. */
  queuePrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  cookieSecure: boolean;
  logLevel: string;
  adminOrigin: string;
  /** Consecutive failed sign-ins that lock an account, and for how long. */
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** From the third consecutive failure on, wait base × 2^(n−3) ms before the next attempt counts. */
  loginBackoffBaseMs: number;
}

const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

function num(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const jwtSecret = env.JWT_SECRET ?? (mode === 'production' ? '' : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) throw new Error('JWT_SECRET must be set to at least 32 characters');
  return {
    env: mode,
    gatewayPort: num(env.GATEWAY_PORT, 3000),
    databaseUrl: env.DATABASE_URL ?? 'postgres://dsg_app:dsg_app@127.0.0.1:5432/dsg',
    databaseOwnerUrl: env.DATABASE_OWNER_URL ?? 'postgres://dsg_owner:dsg_owner@127.0.0.1:5432/dsg',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    queuePrefix: env.QUEUE_PREFIX ?? 'dsg',
    jwtSecret,
    accessTokenTtlSeconds: num(env.ACCESS_TOKEN_TTL_SECONDS, 900),
    refreshTokenTtlSeconds: num(env.REFRESH_TOKEN_TTL_SECONDS, 14 * 24 * 3600),
    cookieSecure: env.COOKIE_SECURE === 'true',
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    adminOrigin: env.ADMIN_ORIGIN ?? 'http://127.0.0.1:5173',
    loginMaxFailures: num(env.LOGIN_MAX_FAILURES, 5),
    loginLockMinutes: num(env.LOGIN_LOCK_MINUTES, 15),
    loginBackoffBaseMs: num(env.LOGIN_BACKOFF_BASE_MS, 1000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
