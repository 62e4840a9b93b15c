import { createHash, type Hash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StorageError, type EvidenceStorage } from './evidence-storage.js';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

export interface VerifyOptions {
  /** The recorded size: more bytes fail at once, fewer fail at the end. */
  size?: number;
  /** Named in the error message (e.g. the storage key). */
  label?: string;
}

/**
 * A pass-through for downloads that hashes what flows through and fails with StorageError
 * 'INTEGRITY' at the end when the SHA-256 (or the size, when given) differs from the recorded one.
 *
 * The most recent chunk is held back until the hash is confirmed, so a consumer never receives the
 * complete content of a tampered object followed by a clean end: a mismatch always shows up as an
 * error and a short (truncated) body. Piped into an HTTP response with `pipeline`, the error
 * destroys the response, and the client sees an aborted transfer, never a "successful" download.
 */
export class VerifyingStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private readonly expected: string;
  private bytes = 0;
  private held: Buffer | undefined;

  constructor(
    expectedSha256: string,
    private readonly options: VerifyOptions = {},
  ) {
    super();
    if (!SHA256_HEX.test(expectedSha256)) throw new TypeError(`Not a hex SHA-256: ${JSON.stringify(expectedSha256)}`);
    this.expected = expectedSha256.toLowerCase();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    const { size } = this.options;
    if (size !== undefined && this.bytes > size) {
      callback(this.integrityError(`is longer than the recorded ${size} bytes`));
      return;
    }
    this.hash.update(chunk);
    const previous = this.held;
    this.held = chunk;
    if (previous) this.push(previous);
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const { size } = this.options;
    if (size !== undefined && this.bytes !== size) {
      callback(this.integrityError(`has ${this.bytes} bytes, ${size} were recorded`));
      return;
    }
    const actual = this.hash.digest('hex');
    if (actual !== this.expected) {
      callback(this.integrityError(`has SHA-256 ${actual}, ${this.expected} was recorded`));
      return;
    }
    if (this.held) this.push(this.held);
    this.held = undefined;
    callback();
  }

  private integrityError(detail: string): StorageError {
    const what = this.options.label ? `Object ${JSON.stringify(this.options.label)}` : 'The object';
    return new StorageError('INTEGRITY', `${what} ${detail}: it was changed after upload`);
  }
}

/** See VerifyingStream. Pipe the stored object through it: `pipeline(await storage.get(key), verifyingStream(sha256), res)`. */
export function verifyingStream(expectedSha256: string, options?: VerifyOptions): VerifyingStream {
  return new VerifyingStream(expectedSha256, options);
}

/**
 * `storage.get(key)` piped through a VerifyingStream: read it like any stream; it errors with
 * 'INTEGRITY' (or the storage's read error) instead of ending when the object is not the one
 * recorded. Destroying the returned stream also releases the underlying object stream.
 */
export async function getVerified(storage: EvidenceStorage, key: string, expected: { sha256: string; size?: number }): Promise<Readable> {
  const verifier = verifyingStream(expected.sha256, { size: expected.size, label: key });
  const source = await storage.get(key);
  // Errors reach the consumer through `verifier` itself; the promise only needs a handler.
  pipeline(source, verifier).catch(() => undefined);
  return verifier;
}
