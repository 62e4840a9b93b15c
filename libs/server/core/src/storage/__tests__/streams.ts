import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A deterministic byte stream of `size` bytes, produced chunk by chunk on demand (never more than
 * one chunk allocated per read): chunk i is an 8-byte pattern of (i, seed) repeated, so two
 * generators with the same arguments yield the same bytes.
 */
export class GeneratedStream extends Readable {
  private produced = 0;
  private index = 0;

  constructor(
    private readonly size: number,
    private readonly seed = 1,
    private readonly chunkSize = 64 * 1024,
  ) {
    super();
  }

  override _read(): void {
    if (this.produced >= this.size) {
      this.push(null);
      return;
    }
    const length = Math.min(this.chunkSize, this.size - this.produced);
    const pattern = Buffer.alloc(8);
    pattern.writeUInt32LE(this.index, 0);
    pattern.writeUInt32LE(this.seed, 4);
    const chunk = Buffer.allocUnsafe(length).fill(pattern);
    this.produced += length;
    this.index += 1;
    this.push(chunk);
  }
}

/** SHA-256 (hex) of everything a stream yields. */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stream of the given chunks (Buffers), like a request body arriving in pieces. */
export const streamOf = (...chunks: Buffer[]): Readable => Readable.from(chunks, { objectMode: false });

let gcFn: (() => void) | undefined;
/** A full garbage collection (the test workers are not started with --expose-gc). */
export function collectGarbage(): void {
  if (!gcFn) {
    v8.setFlagsFromString('--expose-gc');
    gcFn = vm.runInNewContext('gc') as () => void;
  }
  gcFn();
}

export interface MemoryReport {
  /** heapUsed + arrayBuffers after a full GC, before the work. */
  baselineMiB: number;
  /** Highest heapUsed + arrayBuffers sampled during the work, minus the baseline. */
  peakGrowthMiB: number;
  peakHeapGrowthMiB: number;
  peakArrayBuffersGrowthMiB: number;
  /** With `gcEveryMs`: the highest heapUsed + arrayBuffers right after a full GC, minus the baseline (what is really retained). */
  livePeakGrowthMiB?: number;
  samples: number;
  seconds: number;
}

const MiB = 1024 * 1024;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Runs `work`, sampling process.memoryUsage() every `intervalMs` (and at the end) to find the peak.
 * The raw peak includes garbage not yet collected (V8 collects dead Buffers lazily); with
 * `gcEveryMs`, a full GC also runs that often and the highest post-GC figure is reported as
 * `livePeakGrowthMiB` (the GCs lower the raw peak too, so measure the two in separate runs).
 */
export async function measurePeakMemory<T>(
  work: () => Promise<T>,
  options: { intervalMs?: number; gcEveryMs?: number } = {},
): Promise<{ result: T; report: MemoryReport }> {
  const intervalMs = options.intervalMs ?? 5;
  // Dead ArrayBuffers are released by a background sweeper after the GC: collect, let it run, collect again.
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const base = process.memoryUsage();
  const baseline = base.heapUsed + base.arrayBuffers;
  let peak = baseline;
  let peakHeap = base.heapUsed;
  let peakArrayBuffers = base.arrayBuffers;
  let samples = 0;
  const sample = () => {
    const m = process.memoryUsage();
    samples += 1;
    peak = Math.max(peak, m.heapUsed + m.arrayBuffers);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakArrayBuffers = Math.max(peakArrayBuffers, m.arrayBuffers);
  };
  let livePeak = baseline;
  const timer = setInterval(sample, intervalMs);
  const gcTimer = options.gcEveryMs
    ? setInterval(() => {
        collectGarbage();
        const m = process.memoryUsage();
        livePeak = Math.max(livePeak, m.heapUsed + m.arrayBuffers);
      }, options.gcEveryMs)
    : undefined;
  const started = performance.now();
  try {
    const result = await work();
    sample();
    return {
      result,
      report: {
        baselineMiB: round(baseline / MiB),
        peakGrowthMiB: round((peak - baseline) / MiB),
        peakHeapGrowthMiB: round((peakHeap - base.heapUsed) / MiB),
        peakArrayBuffersGrowthMiB: round((peakArrayBuffers - base.arrayBuffers) / MiB),
        ...(gcTimer ? { livePeakGrowthMiB: round((livePeak - baseline) / MiB) } : {}),
        samples,
        seconds: round((performance.now() - started) / 1000),
      },
    };
  } finally {
    clearInterval(timer);
    if (gcTimer) clearInterval(gcTimer);
  }
}
