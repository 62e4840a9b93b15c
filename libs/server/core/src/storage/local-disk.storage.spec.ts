import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageError } from './evidence-storage.js';
import { DEFAULT_EVIDENCE_DIR, LocalDiskStorage } from './local-disk.storage.js';
import { storageContract, type ContractHarness } from './__tests__/storage-contract.js';
import { GeneratedStream, measurePeakMemory, sha256Of, streamOf } from './__tests__/streams.js';

const MiB = 1024 * 1024;

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full, base)));
    else files.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return files;
}

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'dsg-evidence-local-'));
    storage = new LocalDiskStorage({ rootDir: root });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  storageContract(
    (): ContractHarness => ({
      storage,
      atomicCreate: true,
      tamper: (key, bytes) => writeFile(storage.pathOf(key), bytes),
      leftovers: async (prefix) => (await listFiles(root)).filter((f) => f.startsWith(prefix) || f.startsWith('.tmp/')),
    }),
  );

  it('defaults to .data/evidence under the working directory and stores a key as a path under the root', async () => {
    expect(new LocalDiskStorage().rootDir).toBe(path.resolve(DEFAULT_EVIDENCE_DIR));
    expect(storage.kind).toBe('local');
    await storage.put('tenant-1/evidence/abc/v1.pdf', streamOf(Buffer.from('%PDF-1.4')), { maxBytes: 100, contentType: 'application/pdf' });
    expect(await readFile(path.join(root, 'tenant-1', 'evidence', 'abc', 'v1.pdf'), 'utf8')).toBe('%PDF-1.4');
    expect(await readdir(storage.tempDir)).toEqual([]);
  });

  it('refuses a key that runs through an existing object (a file where a folder would be)', async () => {
    await storage.put('conflict/file', streamOf(Buffer.from('x')), { maxBytes: 10, contentType: 'text/plain' });
    await expect(storage.put('conflict/file/inner', streamOf(Buffer.from('y')), { maxBytes: 10, contentType: 'text/plain' })).rejects.toMatchObject({
      code: 'BAD_KEY',
    });
    expect(await readdir(storage.tempDir)).toEqual([]);
  });

  it('refuses a non-positive or fractional maxBytes as a programming error', async () => {
    await expect(storage.put('m/a', streamOf(Buffer.from('x')), { maxBytes: 0, contentType: 'text/plain' })).rejects.toThrow(RangeError);
    await expect(storage.put('m/b', streamOf(Buffer.from('x')), { maxBytes: 1.5, contentType: 'text/plain' })).rejects.toThrow(RangeError);
  });

  it('sweepTemp removes only old temp files left by a crash', async () => {
    await mkdir(storage.tempDir, { recursive: true });
    const old = path.join(storage.tempDir, 'crashed.part');
    const fresh = path.join(storage.tempDir, 'in-progress.part');
    await writeFile(old, 'x');
    await writeFile(fresh, 'y');
    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await utimes(old, dayAgo, dayAgo);
    expect(await storage.sweepTemp()).toBe(1);
    expect(await readdir(storage.tempDir)).toEqual(['in-progress.part']);
    await rm(fresh);
    expect(await new LocalDiskStorage({ rootDir: path.join(root, 'nowhere') }).sweepTemp()).toBe(0);
  });

  it('streams 100 MiB to disk with bounded memory and the right SHA-256', { timeout: 120_000 }, async () => {
    const size = 100 * MiB;
    const expected = await sha256Of(new GeneratedStream(size, 42));
    const { result, report } = await measurePeakMemory(() =>
      storage.put('big/100mib.bin', new GeneratedStream(size, 42), { maxBytes: size, contentType: 'application/octet-stream' }),
    );
    console.info(`[local 100 MiB put] ${JSON.stringify(report)}`);
    expect(result.size).toBe(size);
    expect(result.sha256).toBe(expected);
    expect(report.peakGrowthMiB).toBeLessThan(40);
    expect(await sha256Of(await storage.get('big/100mib.bin'))).toBe(expected);
    expect(await readdir(storage.tempDir)).toEqual([]);

    // The same upload with a full GC every 20 ms: what the upload really retains.
    const live = await measurePeakMemory(
      () => storage.put('big/100mib-again.bin', new GeneratedStream(size, 42), { maxBytes: size, contentType: 'application/octet-stream' }),
      { gcEveryMs: 20 },
    );
    console.info(`[local 100 MiB put, GC every 20 ms] ${JSON.stringify(live.report)}`);
    expect(live.result.sha256).toBe(expected);
    expect(live.report.livePeakGrowthMiB).toBeLessThan(10);
  });

  it('refuses 100 MiB + 1 byte, after streaming it all, with bounded memory and no temp file left', { timeout: 120_000 }, async () => {
    const size = 100 * MiB;
    const { report } = await measurePeakMemory(() =>
      storage
        .put('big/too-big.bin', new GeneratedStream(size + 1, 43), { maxBytes: size, contentType: 'application/octet-stream' })
        .then(
          () => undefined,
          (e: unknown) => e,
        ),
    );
    console.info(`[local 100 MiB + 1 refused] ${JSON.stringify(report)}`);
    expect(report.peakGrowthMiB).toBeLessThan(40);
    expect(await storage.exists('big/too-big.bin')).toBe(false);
    expect(await readdir(storage.tempDir)).toEqual([]);
    await expect(storage.get('big/too-big.bin')).rejects.toBeInstanceOf(StorageError);
  });
});
