import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { StorageError, type EvidenceStorage } from './evidence-storage.js';
import { getVerified, verifyingStream, VerifyingStream } from './verifying-stream.js';
import { readAll, sha256Hex, streamOf } from './__tests__/streams.js';

const chunks = [Buffer.from('first chunk|'), Buffer.from('second chunk|'), Buffer.from('third chunk')];
const whole = Buffer.concat(chunks);

async function run(source: Readable, verifier: VerifyingStream): Promise<{ received: Buffer; error: unknown }> {
  const got: Buffer[] = [];
  const sink = new PassThrough().on('data', (c: Buffer) => got.push(c));
  const error = await pipeline(source, verifier, sink).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { received: Buffer.concat(got), error };
}

describe('verifyingStream', () => {
  it('passes every byte through when the SHA-256 (any case) and size match', async () => {
    const { received, error } = await run(streamOf(...chunks), verifyingStream(sha256Hex(whole).toUpperCase(), { size: whole.length }));
    expect(error).toBeUndefined();
    expect(received.equals(whole)).toBe(true);
  });

  it('verifies empty content', async () => {
    const { received, error } = await run(streamOf(), verifyingStream(sha256Hex(''), { size: 0 }));
    expect(error).toBeUndefined();
    expect(received.length).toBe(0);
  });

  it('fails with INTEGRITY at the end on a different hash, never delivering the content whole', async () => {
    const tampered = [chunks[0], Buffer.from('SECOND chunk|'), chunks[2]];
    const { received, error } = await run(streamOf(...tampered), verifyingStream(sha256Hex(whole), { label: 'k/v1.pdf' }));
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('INTEGRITY');
    expect((error as StorageError).message).toContain('k/v1.pdf');
    expect(received.equals(Buffer.concat(tampered.slice(0, 2)))).toBe(true); // the last chunk was held back
  });

  it('fails at once when longer than the recorded size, and at the end when shorter', async () => {
    const longer = await run(streamOf(...chunks, Buffer.from('extra')), verifyingStream(sha256Hex(whole), { size: whole.length }));
    expect((longer.error as StorageError).code).toBe('INTEGRITY');
    expect((longer.error as StorageError).message).toContain('longer');
    const shorter = await run(streamOf(...chunks.slice(0, 2)), verifyingStream(sha256Hex(whole), { size: whole.length }));
    expect((shorter.error as StorageError).code).toBe('INTEGRITY');
    expect((shorter.error as StorageError).message).toContain(`${whole.length} were recorded`);
  });

  it('refuses a malformed expected hash', () => {
    expect(() => verifyingStream('abc')).toThrow(TypeError);
    expect(() => verifyingStream('g'.repeat(64))).toThrow(TypeError);
  });

  it('getVerified wraps storage.get and passes the source’s own errors on', async () => {
    const fake = (make: () => Readable): EvidenceStorage => ({
      kind: 'local',
      put: () => Promise.reject(new Error('unused')),
      get: () => Promise.resolve(make()),
      exists: () => Promise.resolve(true),
      delete: () => Promise.resolve(),
    });
    expect((await readAll(await getVerified(fake(() => streamOf(...chunks)), 'k', { sha256: sha256Hex(whole) }))).equals(whole)).toBe(true);
    const failing = fake(
      () =>
        new Readable({
          read() {
            this.destroy(new Error('disk read error'));
          },
        }),
    );
    await expect(readAll(await getVerified(failing, 'k', { sha256: sha256Hex(whole) }))).rejects.toThrow('disk read error');
  });
});
