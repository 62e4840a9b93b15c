import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { StorageError } from './evidence-storage.js';

/**
 * A pass-through that counts and SHA-256-hashes the bytes on their way to a backend and fails with
 * StorageError 'TOO_LARGE' as soon as more than `maxBytes` have come through (the offending chunk
 * is not forwarded). `sha256` and `bytes` are final once the stream has ended.
 */
export class HashingLimiter extends Transform {
  bytes = 0;
  tooLarge = false;
  private readonly hash: Hash = createHash('sha256');
  private digest: string | undefined;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      this.tooLarge = true;
      callback(new StorageError('TOO_LARGE', `The file exceeds the limit of ${this.maxBytes} bytes`));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    callback();
  }

  /** Lower-case hex SHA-256 of everything that passed; only once the stream has ended. */
  get sha256(): string {
    if (this.digest === undefined) throw new Error('HashingLimiter: the stream has not ended yet');
    return this.digest;
  }
}
