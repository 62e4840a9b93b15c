import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, assertValidMaxBytes, StorageError, type EvidenceStorage, type StoredObject } from './evidence-storage.js';
import { HashingLimiter } from './hashing-limiter.js';

/** Default root of the local backend, relative to the working directory (git-ignored `.data/`). */
export const DEFAULT_EVIDENCE_DIR = '.data/evidence';

/** Folder under the root holding uploads in progress; keys cannot reach it (no segment starts with a dot). */
export const LOCAL_TEMP_DIR = '.tmp';

export interface LocalDiskStorageOptions {
  /** Root folder; default DEFAULT_EVIDENCE_DIR, resolved against the working directory. */
  rootDir?: string;
}

/**
 * Evidence files on the local disk, one file per key under `rootDir` (key `a/b/c.pdf` →
 * `<rootDir>/a/b/c.pdf`).
 *
 * `put` streams into `<rootDir>/.tmp/<uuid>.part` (created with `wx`), hashing and counting on the
 * way, fsyncs it, and only when it is complete and within the limit publishes it with `link()` —
 * atomic, and failing with EEXIST instead of replacing an existing file (a plain `rename()` would
 * silently overwrite) — then removes the temp name. The temp file is removed on every path, so a
 * refused or failed upload leaves nothing behind. Only a crash mid-upload can leave a `.part` file:
 * `sweepTemp()` removes old ones.
 */
export class LocalDiskStorage implements EvidenceStorage {
  readonly kind = 'local' as const;
  readonly rootDir: string;

  constructor(options: LocalDiskStorageOptions = {}) {
    this.rootDir = path.resolve(options.rootDir ?? DEFAULT_EVIDENCE_DIR);
  }

  /** Where uploads in progress are written (same file system as the objects, for link()). */
  get tempDir(): string {
    return path.join(this.rootDir, LOCAL_TEMP_DIR);
  }

  /** The file of a key; validates the key. */
  pathOf(key: string): string {
    assertValidKey(key);
    const file = path.join(this.rootDir, ...key.split('/'));
    // Defence in depth: a valid key cannot escape the root, but never trust one check alone.
    if (!file.startsWith(this.rootDir + path.sep)) throw new StorageError('BAD_KEY', `Invalid storage key ${JSON.stringify(key)}`);
    return file;
  }

  async put(key: string, body: Readable, opts: { maxBytes: number; contentType: string }): Promise<StoredObject> {
    let target: string;
    try {
      assertValidMaxBytes(opts.maxBytes);
      target = this.pathOf(key);
      if (await isFile(target)) throw existsError(key);
      await mkdir(this.tempDir, { recursive: true });
    } catch (error) {
      body.destroy();
      throw error;
    }

    const temp = path.join(this.tempDir, `${randomUUID()}.part`);
    const limiter = new HashingLimiter(opts.maxBytes);
    try {
      // `flush: true`: the data is fsynced before the file is closed, so a published object is durable.
      await pipeline(body, limiter, createWriteStream(temp, { flags: 'wx', flush: true }));
      try {
        await mkdir(path.dirname(target), { recursive: true });
      } catch (error) {
        if (hasCode(error, 'EEXIST', 'ENOTDIR')) {
          throw new StorageError('BAD_KEY', `Storage key ${JSON.stringify(key)} runs through an existing object`, { cause: error });
        }
        throw error;
      }
      await publish(temp, target, key);
      await syncDirectory(path.dirname(target));
    } catch (error) {
      body.destroy();
      throw error;
    } finally {
      await rm(temp, { force: true });
    }
    return { key, size: limiter.bytes, sha256: limiter.sha256, contentType: opts.contentType };
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    let handle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      if (hasCode(error, 'ENOENT', 'ENOTDIR')) throw notFoundError(key);
      throw error;
    }
    try {
      if (!(await handle.stat()).isFile()) throw notFoundError(key);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return handle.createReadStream(); // closes the handle at end, on error and on destroy
  }

  async exists(key: string): Promise<boolean> {
    return isFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      await unlink(file);
    } catch (error) {
      if (!hasCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) throw error;
    }
  }

  /**
   * Removes temp files of uploads that were interrupted by a crash (older than `olderThanMs`,
   * default one day, so uploads in progress are not touched). Returns how many were removed.
   */
  async sweepTemp(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.tempDir);
    } catch (error) {
      if (hasCode(error, 'ENOENT')) return 0;
      throw error;
    }
    let removed = 0;
    const cutoff = Date.now() - olderThanMs;
    for (const name of names) {
      const file = path.join(this.tempDir, name);
      try {
        const info = await stat(file);
        if (info.isFile() && info.mtimeMs < cutoff) {
          await rm(file, { force: true });
          removed += 1;
        }
      } catch (error) {
        if (!hasCode(error, 'ENOENT')) throw error;
      }
    }
    return removed;
  }
}

/** Moves the complete temp file to `target` without ever replacing an existing file. */
async function publish(temp: string, target: string, key: string): Promise<void> {
  try {
    await link(temp, target);
    return;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) throw existsError(key, error);
    if (!hasCode(error, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK')) throw error;
  }
  // A file system without hard links: reserve the name with an exclusive create, then rename over
  // the reservation. Still never replaces an object, but a reader may briefly see an empty file
  // (which fails its hash check rather than passing silently).
  try {
    await (await open(target, 'wx')).close();
  } catch (error) {
    if (hasCode(error, 'EEXIST')) throw existsError(key, error);
    throw error;
  }
  await rename(temp, target);
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: some platforms cannot fsync a directory.
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (hasCode(error, 'ENOENT', 'ENOTDIR')) return false;
    throw error;
  }
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

function existsError(key: string, cause?: unknown): StorageError {
  return new StorageError('EXISTS', `An object already exists under ${JSON.stringify(key)}; evidence is never replaced`, { cause });
}

function notFoundError(key: string): StorageError {
  return new StorageError('NOT_FOUND', `No object under ${JSON.stringify(key)}`);
}
