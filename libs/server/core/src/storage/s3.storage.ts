import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, type PutObjectCommandInput, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertValidKey, assertValidMaxBytes, StorageError, type EvidenceStorage, type StoredObject } from './evidence-storage.js';
import { HashingLimiter } from './hashing-limiter.js';

/** S3's minimum multipart part size, and the part size used here. */
export const S3_PART_SIZE = 5 * 1024 * 1024;

export interface S3StorageOptions {
  bucket: string;
  /** An existing client (tests, shared connection pools); otherwise one is built from the fields below. */
  client?: S3Client;
  /** e.g. `http://127.0.0.1:9000` for MinIO/s3rver; omitted for AWS S3 itself. */
  endpoint?: string;
  /** Default `us-east-1`. */
  region?: string;
  /** Path-style URLs (`endpoint/bucket/key`); needed by most S3-compatible servers. Default: true when `endpoint` is set. */
  forcePathStyle?: boolean;
  /** Omitted: the SDK's default credential chain (env, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /**
   * Further S3Client settings when the client is built here, e.g.
   * `{ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }`
   * for S3-compatible services that reject the SDK's default CRC32 checksum headers.
   */
  clientConfig?: Omit<S3ClientConfig, 'endpoint' | 'region' | 'forcePathStyle' | 'credentials'>;
  /**
   * Send `If-None-Match: *` with the write (PutObject / CompleteMultipartUpload), so that a key
   * written by someone else between our HeadObject check and our write is not replaced: AWS S3
   * (since 2024-08), MinIO, Ceph RGW and Cloudflare R2 answer 412 and we report 'EXISTS'. Servers
   * that do not know the header ignore it (s3rver does — see the spec); a server that rejects it
   * (501) needs `false`. Default true.
   */
  conditionalWrites?: boolean;
  /**
   * Multipart parts uploaded concurrently per upload. Default 1: measured ~25 MiB held per upload
   * (5 MiB parts being assembled, copied and sent), whatever the file size; 2 adds ~10 MiB and
   * overlaps reading the body with sending a part (worth it only when S3 is slower than the client).
   */
  queueSize?: number;
  /** Multipart part size, at least 5 MiB. Default 5 MiB. */
  partSize?: number;
}

/**
 * Evidence files in an S3-compatible bucket (AWS S3, MinIO, …), one object per key.
 *
 * `put` first checks that the key is free (HeadObject), then streams the body through a counting,
 * hashing, size-limiting Transform into `@aws-sdk/lib-storage`'s Upload: bodies up to 5 MiB become
 * one PutObject sent only after the whole body was read (an over-limit body sends nothing); larger
 * ones a multipart upload of 5 MiB parts, which is aborted (AbortMultipartUpload) when the body
 * turns out to be over the limit or fails, so no object appears. Only a few parts are held in
 * memory at a time (see `queueSize`), never the whole file.
 *
 * Needs s3:GetObject, s3:PutObject, s3:DeleteObject, s3:AbortMultipartUpload and s3:ListBucket
 * (without ListBucket, HeadObject of a missing key answers 403 instead of 404 and `exists`/`put` fail).
 */
export class S3Storage implements EvidenceStorage {
  readonly kind = 's3' as const;
  readonly bucket: string;
  readonly client: S3Client;
  private readonly ownsClient: boolean;
  private readonly conditionalWrites: boolean;
  private readonly queueSize: number;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    if (!options.bucket) throw new TypeError('S3Storage: bucket is required');
    this.bucket = options.bucket;
    this.ownsClient = !options.client;
    this.client =
      options.client ??
      new S3Client({
        ...options.clientConfig,
        endpoint: options.endpoint,
        region: options.region ?? 'us-east-1',
        forcePathStyle: options.forcePathStyle ?? Boolean(options.endpoint),
        credentials: options.credentials,
      });
    this.conditionalWrites = options.conditionalWrites ?? true;
    this.queueSize = options.queueSize ?? 1;
    this.partSize = options.partSize ?? S3_PART_SIZE;
  }

  async put(key: string, body: Readable, opts: { maxBytes: number; contentType: string }): Promise<StoredObject> {
    try {
      assertValidMaxBytes(opts.maxBytes);
      assertValidKey(key);
      if (await this.exists(key)) throw existsError(key);
    } catch (error) {
      body.destroy();
      throw error;
    }

    const limiter = new HashingLimiter(opts.maxBytes);
    const params: PutObjectCommandInput = { Bucket: this.bucket, Key: key, Body: limiter, ContentType: opts.contentType };
    if (this.conditionalWrites) params.IfNoneMatch = '*';
    const upload = new Upload({ client: this.client, params, queueSize: this.queueSize, partSize: this.partSize, leavePartsOnError: false });

    let uploadError: unknown;
    const uploading = upload.done().then(
      () => undefined,
      (error: unknown) => {
        uploadError = error;
        // The upload stopped reading: unblock (and fail) the body pipeline.
        limiter.destroy(error instanceof Error ? error : new Error(String(error)));
      },
    );
    const bodyError = await pipeline(body, limiter).then(
      () => undefined,
      (error: unknown) => error ?? new Error('Upload body failed'),
    );
    await uploading;

    if (limiter.tooLarge) {
      // The abort of a multipart upload may itself have failed (s3rver has no AbortMultipartUpload):
      // the refusal is still TOO_LARGE, and no object was completed.
      throw new StorageError('TOO_LARGE', `The file exceeds the limit of ${opts.maxBytes} bytes`, { cause: uploadError });
    }
    if (bodyError !== undefined && bodyError !== uploadError) throw bodyError; // the client's stream failed
    if (uploadError !== undefined) {
      if (isPreconditionFailed(uploadError)) throw existsError(key, uploadError);
      throw uploadError;
    }
    return { key, size: limiter.bytes, sha256: limiter.sha256, contentType: opts.contentType };
  }

  async get(key: string): Promise<Readable> {
    assertValidKey(key);
    try {
      const { Body } = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (Body instanceof Readable) return Body;
      throw new Error(`S3Storage: unexpected GetObject body type ${Object.prototype.toString.call(Body)}`);
    } catch (error) {
      if (isNotFound(error)) throw new StorageError('NOT_FOUND', `No object under ${JSON.stringify(key)}`, { cause: error });
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the HTTP connections of a client this instance created (not of one passed in). */
  destroy(): void {
    if (this.ownsClient) this.client.destroy();
  }
}

interface SdkErrorShape {
  name?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

function sdkError(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? (error as SdkErrorShape) : {};
}

function isNotFound(error: unknown): boolean {
  const e = sdkError(error);
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}

/** 412 from `If-None-Match: *` (the key was written meanwhile); 409 from a concurrent conditional write. */
function isPreconditionFailed(error: unknown): boolean {
  const e = sdkError(error);
  const status = e.$metadata?.httpStatusCode;
  return e.name === 'PreconditionFailed' || e.name === 'ConditionalRequestConflict' || status === 412;
}

function existsError(key: string, cause?: unknown): StorageError {
  return new StorageError('EXISTS', `An object already exists under ${JSON.stringify(key)}; evidence is never replaced`, { cause });
}
