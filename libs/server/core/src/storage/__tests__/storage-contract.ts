import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { StorageError, type EvidenceStorage, type StorageErrorCode } from '../evidence-storage.js';
import { getVerified, verifyingStream } from '../verifying-stream.js';
import { GeneratedStream, readAll, sha256Hex, sha256Of, streamOf } from './streams.js';

export interface ContractHarness {
  storage: EvidenceStorage;
  /** Replaces the stored bytes of `key` behind the storage's back (an attacker or a broken disk). */
  tamper(key: string, bytes: Buffer): Promise<void>;
  /** Every name the backend holds whose key starts with `prefix`, plus anything in temp areas: must be empty after a refused put. */
  leftovers(prefix: string): Promise<string[]>;
  /** Whether two concurrent puts of one key are guaranteed to end with exactly one winner. */
  atomicCreate: boolean;
}

const MiB = 1024 * 1024;
const BAD_KEYS = ['', '/abs/olute.pdf', '../escape.pdf', 'a/../b.pdf', 'a/./b.pdf', 'a//b.pdf', 'a/b/', '.hidden', 'a/.tmp/x', 'sp ace.pdf', 'a\\b.pdf', '中文.pdf', 'a?b', 'x'.repeat(1025)];

async function expectStorageError(promise: Promise<unknown>, code: StorageErrorCode): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected StorageError ${code}`).toBeInstanceOf(StorageError);
  expect((error as StorageError).code).toBe(code);
  return error as StorageError;
}

/**
 * The behaviour every EvidenceStorage must have. Call inside a `describe`, with a harness that the
 * caller's beforeAll fills in.
 */
/** `atomicCreate`: whether the backend itself refuses a second create of a key (declared up front, so no test is skipped). */
export function storageContract(harness: () => ContractHarness, atomicCreate = true): void {
  const h = () => harness();
  let prefix = '';
  const key = (name: string) => `${prefix}${name}`;

  describe('contract', () => {
    it('round-trips bytes with the right size and SHA-256', async () => {
      prefix = `t/${randomUUID()}/`;
      const parts = [Buffer.from('%PDF-1.7\n'), Buffer.alloc(70_000, 0x41), Buffer.from('\n%%EOF\n')];
      const whole = Buffer.concat(parts);
      const stored = await h().storage.put(key('v1/report.pdf'), streamOf(...parts), { maxBytes: 1 * MiB, contentType: 'application/pdf' });
      expect(stored).toEqual({ key: key('v1/report.pdf'), size: whole.length, sha256: sha256Hex(whole), contentType: 'application/pdf' });
      expect(await h().storage.exists(key('v1/report.pdf'))).toBe(true);
      expect((await readAll(await h().storage.get(key('v1/report.pdf')))).equals(whole)).toBe(true);
      const verified = await getVerified(h().storage, key('v1/report.pdf'), { sha256: stored.sha256, size: stored.size });
      expect((await readAll(verified)).equals(whole)).toBe(true);
    });

    it('round-trips a body larger than one multipart part (12 MiB)', async () => {
      const size = 12 * MiB + 123;
      const expected = await sha256Of(new GeneratedStream(size, 7));
      const stored = await h().storage.put(key('big.bin'), new GeneratedStream(size, 7), { maxBytes: 20 * MiB, contentType: 'application/octet-stream' });
      expect(stored.size).toBe(size);
      expect(stored.sha256).toBe(expected);
      expect(await sha256Of(await h().storage.get(key('big.bin')))).toBe(expected);
    });

    it('stores an empty body (type checks are the caller’s) and a body of exactly maxBytes', async () => {
      const empty = await h().storage.put(key('empty.bin'), streamOf(), { maxBytes: 10, contentType: 'application/octet-stream' });
      expect(empty).toMatchObject({ size: 0, sha256: sha256Hex('') });
      expect((await readAll(await h().storage.get(key('empty.bin')))).length).toBe(0);
      const exact = await h().storage.put(key('exact.bin'), streamOf(Buffer.alloc(600, 1), Buffer.alloc(400, 2)), { maxBytes: 1000, contentType: 'application/octet-stream' });
      expect(exact.size).toBe(1000);
    });

    it('refuses a body over maxBytes and leaves nothing behind', async () => {
      const body = streamOf(Buffer.alloc(600, 1), Buffer.alloc(401, 2));
      await expectStorageError(h().storage.put(key('over/small.bin'), body, { maxBytes: 1000, contentType: 'application/octet-stream' }), 'TOO_LARGE');
      expect(body.destroyed).toBe(true);
      expect(await h().storage.exists(key('over/small.bin'))).toBe(false);
      expect(await h().leftovers(key('over/'))).toEqual([]);
    });

    it('refuses a body over maxBytes found only after several MiB (multipart started) and leaves no object', async () => {
      const body = new GeneratedStream(12 * MiB, 3);
      await expectStorageError(h().storage.put(key('over/large.bin'), body, { maxBytes: 6 * MiB, contentType: 'application/octet-stream' }), 'TOO_LARGE');
      expect(await h().storage.exists(key('over/large.bin'))).toBe(false);
      await expectStorageError(h().storage.get(key('over/large.bin')), 'NOT_FOUND');
      expect(await h().leftovers(key('over/'))).toEqual([]);
    });

    it('fails with the body’s own error when the upload stream breaks, leaving nothing behind', async () => {
      const body = new PassThrough();
      const putting = h().storage.put(key('broken/x.bin'), body, { maxBytes: 1 * MiB, contentType: 'application/octet-stream' });
      body.write(Buffer.alloc(1000, 1));
      setTimeout(() => body.destroy(new Error('client went away')), 20);
      await expect(putting).rejects.toThrow('client went away');
      expect(await h().storage.exists(key('broken/x.bin'))).toBe(false);
      expect(await h().leftovers(key('broken/'))).toEqual([]);
    });

    it('refuses an existing key and leaves the original untouched', async () => {
      const original = Buffer.from('original evidence');
      const first = await h().storage.put(key('dup.txt'), streamOf(original), { maxBytes: 1000, contentType: 'text/plain' });
      const second = streamOf(Buffer.from('a replacement attempt'));
      const error = await expectStorageError(h().storage.put(key('dup.txt'), second, { maxBytes: 1000, contentType: 'text/plain' }), 'EXISTS');
      expect(error.message).toContain(key('dup.txt'));
      expect(second.destroyed).toBe(true);
      const now = await readAll(await h().storage.get(key('dup.txt')));
      expect(now.equals(original)).toBe(true);
      expect(sha256Hex(now)).toBe(first.sha256);
    });

    // Only for backends that refuse a second create themselves (plain s3rver does not: see s3.storage.spec).
    if (atomicCreate) it('gives exactly one winner when two uploads race for one key', async () => {
      // Both puts pass their "does the key exist?" check before either has written anything.
      const slowBody = new PassThrough();
      const racing = h().storage.put(key('race.txt'), slowBody, { maxBytes: 1000, contentType: 'text/plain' });
      await new Promise((resolve) => slowBody.once('resume', resolve)); // its existence check is done, it is streaming
      const winner = await h().storage.put(key('race.txt'), streamOf(Buffer.from('first')), { maxBytes: 1000, contentType: 'text/plain' });
      slowBody.end(Buffer.from('second'));
      await expectStorageError(racing, 'EXISTS');
      expect(sha256Hex(await readAll(await h().storage.get(key('race.txt'))))).toBe(winner.sha256);
    });

    it('refuses bad keys everywhere', async () => {
      for (const bad of BAD_KEYS) {
        const body = streamOf(Buffer.from('x'));
        await expectStorageError(h().storage.put(bad, body, { maxBytes: 10, contentType: 'text/plain' }), 'BAD_KEY');
        expect(body.destroyed).toBe(true);
        await expectStorageError(h().storage.get(bad), 'BAD_KEY');
        await expectStorageError(h().storage.exists(bad), 'BAD_KEY');
        await expectStorageError(h().storage.delete(bad), 'BAD_KEY');
      }
    });

    it('answers NOT_FOUND for a missing key, and for a "folder" of keys', async () => {
      await expectStorageError(h().storage.get(key('missing.pdf')), 'NOT_FOUND');
      expect(await h().storage.exists(key('missing.pdf'))).toBe(false);
      await h().storage.put(key('folder/inner.txt'), streamOf(Buffer.from('x')), { maxBytes: 10, contentType: 'text/plain' });
      await expectStorageError(h().storage.get(key('folder')), 'NOT_FOUND');
      expect(await h().storage.exists(key('folder'))).toBe(false);
    });

    it('deletes (for cleanup of rejected uploads); deleting a missing key is fine', async () => {
      await h().storage.put(key('rejected.png'), streamOf(Buffer.from('not really a png')), { maxBytes: 100, contentType: 'image/png' });
      await h().storage.delete(key('rejected.png'));
      expect(await h().storage.exists(key('rejected.png'))).toBe(false);
      await h().storage.delete(key('rejected.png'));
      await h().storage.delete(key('never-there.png'));
    });

    it('detects an object changed behind its back while streaming it (INTEGRITY), same or other length', async () => {
      const original = Buffer.from('score: 87 — signed by the reviewer');
      const stored = await h().storage.put(key('tamper.txt'), streamOf(original), { maxBytes: 1000, contentType: 'text/plain' });

      const sameLength = Buffer.from(original);
      sameLength[7] = 0x39; // "score: 97"
      await h().tamper(key('tamper.txt'), sameLength);
      const received: Buffer[] = [];
      const sink = new PassThrough().on('data', (c: Buffer) => received.push(c));
      const error = await pipeline(await h().storage.get(key('tamper.txt')), verifyingStream(stored.sha256), sink).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).code).toBe('INTEGRITY');
      // The tampered content is never delivered whole: the last chunk is held back until verified.
      expect(Buffer.concat(received).length).toBeLessThan(sameLength.length);

      await h().tamper(key('tamper.txt'), Buffer.concat([original, Buffer.from(' (edited)')]));
      const verified = await getVerified(h().storage, key('tamper.txt'), { sha256: stored.sha256, size: stored.size });
      await expectStorageError(readAll(verified), 'INTEGRITY');
      const unsized = await getVerified(h().storage, key('tamper.txt'), { sha256: stored.sha256 });
      await expectStorageError(readAll(unsized), 'INTEGRITY');
    });

    it('keeps serving a stream that is read slowly while other writes happen', async () => {
      const size = 3 * MiB;
      const stored = await h().storage.put(key('slow.bin'), new GeneratedStream(size, 11), { maxBytes: size, contentType: 'application/octet-stream' });
      const stream = await h().storage.get(key('slow.bin'));
      await h().storage.put(key('other.bin'), streamOf(Buffer.from('y')), { maxBytes: 10, contentType: 'application/octet-stream' });
      expect(await sha256Of(stream)).toBe(stored.sha256);
    });

    it('accepts a destroyed-early download without leaking (destroy mid-stream)', async () => {
      const stored = await h().storage.put(key('early.bin'), new GeneratedStream(2 * MiB, 5), { maxBytes: 4 * MiB, contentType: 'application/octet-stream' });
      const stream = await getVerified(h().storage, key('early.bin'), { sha256: stored.sha256 });
      const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve));
      expect(first.length).toBeGreaterThan(0);
      stream.destroy();
      await new Promise((resolve) => stream.once('close', resolve));
      expect(stream.destroyed).toBe(true);
    });
  });
}
