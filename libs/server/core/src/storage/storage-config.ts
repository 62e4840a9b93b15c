import { DEFAULT_EVIDENCE_DIR, LocalDiskStorage } from './local-disk.storage.js';
import { S3Storage } from './s3.storage.js';

/** 100 MiB: the default upload limit per evidence file. */
export const DEFAULT_EVIDENCE_MAX_BYTES = 104_857_600;

export type StorageConfig =
  | { kind: 'local'; dir: string; maxBytes: number }
  | {
      kind: 's3';
      endpoint: string | undefined;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
      maxBytes: number;
    };

/** A missing or malformed storage variable; the message names every offending variable. */
export class StorageConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageConfigError';
  }
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/**
 * Reads the evidence storage settings:
 * - `EVIDENCE_STORAGE` = `local` (default) | `s3`
 * - local: `EVIDENCE_DIR` (default `.data/evidence`)
 * - s3: `S3_BUCKET`, `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY` (required), `S3_ENDPOINT` (omit for
 *   AWS S3), `S3_REGION` (default us-east-1), `S3_FORCE_PATH_STYLE` (true/false; default true when
 *   an endpoint is set)
 * - `EVIDENCE_MAX_BYTES` (default 104857600 = 100 MiB)
 */
export function readStorageConfig(env: Env = process.env): StorageConfig {
  const problems: string[] = [];
  const maxBytes = parseMaxBytes(value(env, 'EVIDENCE_MAX_BYTES'), problems);
  const kind = (value(env, 'EVIDENCE_STORAGE') ?? 'local').toLowerCase();

  if (kind === 'local') {
    fail(problems);
    return { kind: 'local', dir: value(env, 'EVIDENCE_DIR') ?? DEFAULT_EVIDENCE_DIR, maxBytes };
  }
  if (kind !== 's3') {
    problems.push(`EVIDENCE_STORAGE must be "local" or "s3", got ${JSON.stringify(env['EVIDENCE_STORAGE'])}`);
    throw configError(problems);
  }

  const bucket = value(env, 'S3_BUCKET');
  const accessKeyId = value(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'S3_SECRET_ACCESS_KEY');
  const missing = Object.entries({ S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey })
    .filter(([, v]) => v === undefined)
    .map(([name]) => name);
  if (missing.length) problems.push(`EVIDENCE_STORAGE=s3 needs ${missing.join(', ')} (missing or empty)`);
  const endpoint = value(env, 'S3_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^/]/i.test(endpoint)) problems.push(`S3_ENDPOINT must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
  const forcePathStyle = parseBoolean('S3_FORCE_PATH_STYLE', value(env, 'S3_FORCE_PATH_STYLE'), Boolean(endpoint), problems);
  if (problems.length || bucket === undefined || accessKeyId === undefined || secretAccessKey === undefined) throw configError(problems);

  return { kind: 's3', endpoint, region: value(env, 'S3_REGION') ?? 'us-east-1', bucket, accessKeyId, secretAccessKey, forcePathStyle, maxBytes };
}

/** The storage backend a config describes. */
export function createStorage(config: StorageConfig): LocalDiskStorage | S3Storage {
  if (config.kind === 'local') return new LocalDiskStorage({ rootDir: config.dir });
  return new S3Storage({
    bucket: config.bucket,
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
}

/** LocalDiskStorage or S3Storage from the environment (see readStorageConfig); throws StorageConfigError. */
export function storageFromEnv(env: Env = process.env): LocalDiskStorage | S3Storage {
  return createStorage(readStorageConfig(env));
}

/** `EVIDENCE_MAX_BYTES`, default 100 MiB: the `maxBytes` to pass to `put`. */
export function evidenceMaxBytesFromEnv(env: Env = process.env): number {
  const problems: string[] = [];
  const maxBytes = parseMaxBytes(value(env, 'EVIDENCE_MAX_BYTES'), problems);
  fail(problems);
  return maxBytes;
}

function parseMaxBytes(raw: string | undefined, problems: string[]): number {
  if (raw === undefined) return DEFAULT_EVIDENCE_MAX_BYTES;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) {
    problems.push(`EVIDENCE_MAX_BYTES must be a positive whole number of bytes, got ${JSON.stringify(raw)}`);
    return DEFAULT_EVIDENCE_MAX_BYTES;
  }
  return n;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean, problems: string[]): boolean {
  if (raw === undefined) return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes'].includes(v)) return true;
  if (['false', '0', 'no'].includes(v)) return false;
  problems.push(`${name} must be true or false, got ${JSON.stringify(raw)}`);
  return fallback;
}

function fail(problems: string[]): void {
  if (problems.length) throw configError(problems);
}

function configError(problems: string[]): StorageConfigError {
  return new StorageConfigError(`Evidence storage configuration: ${problems.join('; ')}`);
}
