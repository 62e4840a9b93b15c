// Child processes of the global setup: free ports, commands, long-running servers in their own
// process group (so that stopping one also stops whatever it started), readiness polling.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** A port nobody listens on right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a Node script to completion; rejects with its output when it fails. */
export function runNode(label: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`[e2e] ${label} failed (${error.message.split('\n')[0]})\n${stdout}\n${stderr}`.trim()));
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** Set once the process has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  readonly exited: Promise<void>;
}

const running = new Set<Service>();
let exitHookInstalled = false;

/** Last resort when the Vitest process goes away without running the teardown (Ctrl-C, crash). */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const service of running) killGroup(service, 'SIGKILL');
  });
}

function killGroup(service: Service, signal: NodeJS.Signals): void {
  const pid = service.child.pid;
  if (pid === undefined || service.exit) return;
  try {
    process.kill(-pid, signal); // the whole process group (spawned with detached: true)
  } catch {
    try {
      service.child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/** Starts a Node server in its own process group, with stdout and stderr going to `<logDir>/<name>.log`. */
export function startService(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string }): Service {
  installExitHook();
  fs.mkdirSync(options.logDir, { recursive: true });
  const logFile = path.join(options.logDir, `${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', fd, fd] });
  } finally {
    fs.closeSync(fd);
  }
  let markExited!: () => void;
  const exited = new Promise<void>((resolve) => (markExited = resolve));
  const service: Service = { name, child, logFile, exit: null, exited };
  child.once('exit', (code, signal) => {
    service.exit = { code, signal };
    running.delete(service);
    markExited();
  });
  child.once('error', (error) => {
    service.exit = { code: null, signal: null };
    running.delete(service);
    fs.appendFileSync(logFile, `\n[e2e] could not start: ${error.message}\n`);
    markExited();
  });
  running.add(service);
  return service;
}

/** SIGTERM to the process group, SIGKILL if it is still there after `graceMs`. */
export async function stopService(service: Service, graceMs = 5_000): Promise<void> {
  if (service.exit) return;
  killGroup(service, 'SIGTERM');
  const stopped = await Promise.race([service.exited.then(() => true), delay(graceMs, false)]);
  if (!stopped) {
    killGroup(service, 'SIGKILL');
    await Promise.race([service.exited, delay(2_000)]);
  }
  // The leader may be gone while a child of its group lingers: make sure the group is empty.
  const pid = service.child.pid;
  if (pid !== undefined) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // no process left in the group
    }
  }
}

export function logTail(service: Service, lines = 40): string {
  try {
    return fs.readFileSync(service.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Polls `url` until `accept(response, body)` holds. Fails early when the service exits, and after
 * `timeoutMs` with the last answer and the end of the service's log.
 */
export async function waitForHttp(
  service: Service,
  url: string,
  options: { timeoutMs: number; accept?: (status: number, body: string) => boolean },
): Promise<void> {
  const accept = options.accept ?? ((status) => status === 200);
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (service.exit) {
      throw new Error(
        `[e2e] ${service.name} exited (code ${service.exit.code}, signal ${service.exit.signal}) before ${url} answered.\n` +
          `--- ${service.logFile} ---\n${logTail(service)}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const body = await response.text();
      if (accept(response.status, body)) return;
      last = `HTTP ${response.status}: ${body.slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
    }
    await delay(250);
  }
  throw new Error(
    `[e2e] ${service.name} did not get ready within ${options.timeoutMs / 1000} s: ${url} → ${last}\n` +
      `--- ${service.logFile} ---\n${logTail(service)}`,
  );
}
