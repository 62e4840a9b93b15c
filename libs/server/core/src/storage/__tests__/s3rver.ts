import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';

/** s3rver's built-in account. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface S3rverInstance {
  endpoint: string;
  bucket: string;
  /** s3rver's data folder (objects are `<dir>/<bucket>/<key>._S3rver_object`). */
  dir: string;
  /** A client of its own, for reaching behind the storage's back. */
  client: S3Client;
  /** The s3rver process's memory usage. */
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL('./s3rver-process.mjs', import.meta.url));

/** Starts a real s3rver in a child process on a free port, over a fresh temp folder, with `bucket` created. */
export async function startS3rver(options: { bucket?: string; enforceIfNoneMatch?: boolean } = {}): Promise<S3rverInstance> {
  const bucket = options.bucket ?? 'evidence-test';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dsg-s3rver-'));
  const args = [dir, bucket, ...(options.enforceIfNoneMatch ? ['enforce-if-none-match'] : [])];
  const child: ChildProcess = fork(SCRIPT, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`s3rver did not start in time: ${stderr}`)), 20_000);
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}: ${stderr}`)));
    child.on('message', (m: { type?: string; port?: number }) => {
      if (m.type === 'ready' && m.port) {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
  return {
    endpoint,
    bucket,
    dir,
    client,
    memory: () =>
      new Promise((resolve) => {
        const onMessage = (m: { type?: string; usage?: NodeJS.MemoryUsage }) => {
          if (m.type !== 'memory' || !m.usage) return;
          child.off('message', onMessage);
          resolve(m.usage);
        };
        child.on('message', onMessage);
        child.send({ type: 'memory' });
      }),
    async stop() {
      client.destroy();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
