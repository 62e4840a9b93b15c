import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk.storage.js';
import { S3Storage } from './s3.storage.js';
import { DEFAULT_EVIDENCE_MAX_BYTES, evidenceMaxBytesFromEnv, readStorageConfig, StorageConfigError, storageFromEnv } from './storage-config.js';

const s3Env = { EVIDENCE_STORAGE: 's3', S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'AKIA', S3_SECRET_ACCESS_KEY: 'secret' };

describe('storageFromEnv', () => {
  it('defaults to local storage under .data/evidence with a 100 MiB limit', () => {
    expect(readStorageConfig({})).toEqual({ kind: 'local', dir: '.data/evidence', maxBytes: 104_857_600 });
    expect(DEFAULT_EVIDENCE_MAX_BYTES).toBe(100 * 1024 * 1024);
    const storage = storageFromEnv({});
    expect(storage).toBeInstanceOf(LocalDiskStorage);
    expect((storage as LocalDiskStorage).rootDir).toBe(path.resolve('.data/evidence'));
  });

  it('honours EVIDENCE_DIR and EVIDENCE_MAX_BYTES', () => {
    const storage = storageFromEnv({ EVIDENCE_STORAGE: 'local', EVIDENCE_DIR: '/srv/evidence', EVIDENCE_MAX_BYTES: '2048' });
    expect((storage as LocalDiskStorage).rootDir).toBe('/srv/evidence');
    expect(evidenceMaxBytesFromEnv({ EVIDENCE_MAX_BYTES: '2048' })).toBe(2048);
    expect(evidenceMaxBytesFromEnv({})).toBe(DEFAULT_EVIDENCE_MAX_BYTES);
  });

  it('builds S3 storage; path style defaults to true with an endpoint, false without', async () => {
    expect(readStorageConfig({ ...s3Env, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'evidence',
      accessKeyId: 'AKIA',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      maxBytes: DEFAULT_EVIDENCE_MAX_BYTES,
    });
    expect(readStorageConfig({ ...s3Env, S3_REGION: 'cn-north-1' })).toMatchObject({ endpoint: undefined, region: 'cn-north-1', forcePathStyle: false });
    expect(readStorageConfig({ ...s3Env, S3_ENDPOINT: 'https://oss.example.com', S3_FORCE_PATH_STYLE: 'false' })).toMatchObject({ forcePathStyle: false });
    expect(readStorageConfig({ ...s3Env, S3_FORCE_PATH_STYLE: 'true' })).toMatchObject({ forcePathStyle: true });

    const storage = storageFromEnv({ ...s3Env, S3_ENDPOINT: 'http://127.0.0.1:9000' }) as S3Storage;
    expect(storage).toBeInstanceOf(S3Storage);
    expect(storage.kind).toBe('s3');
    expect(storage.bucket).toBe('evidence');
    expect(storage.client.config.forcePathStyle).toBe(true);
    expect(await storage.client.config.region()).toBe('us-east-1');
    expect(await storage.client.config.credentials()).toMatchObject({ accessKeyId: 'AKIA', secretAccessKey: 'secret' });
    storage.destroy();
  });

  it('names every missing S3 variable in one clear error', () => {
    expect(() => storageFromEnv({ EVIDENCE_STORAGE: 's3' })).toThrow(StorageConfigError);
    expect(() => storageFromEnv({ EVIDENCE_STORAGE: 's3' })).toThrow('EVIDENCE_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY');
    expect(() => storageFromEnv({ ...s3Env, S3_SECRET_ACCESS_KEY: '  ' })).toThrow('needs S3_SECRET_ACCESS_KEY (missing or empty)');
  });

  it('refuses malformed values', () => {
    expect(() => readStorageConfig({ EVIDENCE_STORAGE: 'ftp' })).toThrow('EVIDENCE_STORAGE must be "local" or "s3", got "ftp"');
    for (const bad of ['0', '-1', '1.5', '10MB', '1e9']) {
      expect(() => readStorageConfig({ EVIDENCE_MAX_BYTES: bad }), bad).toThrow('EVIDENCE_MAX_BYTES must be a positive whole number');
    }
    expect(() => readStorageConfig({ ...s3Env, S3_FORCE_PATH_STYLE: 'maybe' })).toThrow('S3_FORCE_PATH_STYLE must be true or false');
    expect(() => readStorageConfig({ ...s3Env, S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT must be an http(s) URL');
    expect(() => evidenceMaxBytesFromEnv({ EVIDENCE_MAX_BYTES: 'lots' })).toThrow(StorageConfigError);
  });
});
