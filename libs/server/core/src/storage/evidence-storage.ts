import type { Readable } from 'node:stream';

/** What `put` reports about an object it stored: the caller records these (size, SHA-256 hex) in the database. */
export interface StoredObject {
  key: string;
  size: number;
  /** Lower-case hex SHA-256 of the stored bytes, computed while streaming. */
  sha256: string;
  contentType: string;
}

/**
 * Where evidence files (佐证材料) live. Objects are write-once: every upload is a new version with
 * its own key (the key scheme is the caller's), an existing key is never overwritten.
 *
 * On any failed or refused `put`, `body` has been destroyed or left unread: a caller that feeds it
 * from a multipart parser (busboy) must then abandon the request (answer with an error and drop
 * the rest of the request body) — a destroyed busboy file stream does not let the parser continue.
 */
export interface EvidenceStorage {
  readonly kind: 'local' | 's3';
  /** Streams `body` to `key`, hashing on the way; refuses (and leaves nothing behind) when over maxBytes or when the key exists. */
  put(key: string, body: Readable, opts: { maxBytes: number; contentType: string }): Promise<StoredObject>;
  /** A stream of the object; the caller verifies the hash while streaming (see verifyingStream). */
  get(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** For cleanup of rejected uploads only. Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export type StorageErrorCode =
  /** More than `maxBytes` bytes were sent. */
  | 'TOO_LARGE'
  /** The key already holds an object (objects are never replaced). */
  | 'EXISTS'
  /** No object under the key. */
  | 'NOT_FOUND'
  /** The key is not acceptable (see `assertValidKey`). */
  | 'BAD_KEY'
  /** The bytes read back do not hash to the recorded SHA-256 (or have the wrong length). */
  | 'INTEGRITY'
  /** The file's extension is not an allowed evidence type, or its content does not match it (file-types.ts). */
  | 'TYPE_NOT_ALLOWED';

/** The one error type of the storage layer; callers map `code` to their own (AppError) errors. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}

/** Longest key accepted (S3's own limit is 1024 bytes; the keys are ASCII). */
export const MAX_KEY_LENGTH = 1024;

const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

/**
 * Whether `key` is acceptable for every backend: characters `[A-Za-z0-9/_.-]` only, `/`-separated
 * non-empty segments (so no leading or trailing `/`, no `//`, no absolute path), no segment that
 * starts with a dot (so no `.` / `..` and no hidden names — the local backend keeps its temp
 * files under `.tmp/`), at most MAX_KEY_LENGTH characters.
 */
export function isValidKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => KEY_SEGMENT.test(segment));
}

/** Throws StorageError 'BAD_KEY' unless `isValidKey(key)`. */
export function assertValidKey(key: string): void {
  if (!isValidKey(key)) {
    const shown = typeof key === 'string' ? JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key) : String(key);
    throw new StorageError('BAD_KEY', `Invalid storage key ${shown}: use /-separated segments of [A-Za-z0-9_.-], not starting with a dot`);
  }
}

/** Throws unless `maxBytes` is a positive safe integer (a programming error, not a user error). */
export function assertValidMaxBytes(maxBytes: number): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);
  }
}
