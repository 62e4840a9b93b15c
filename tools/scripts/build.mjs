// Builds every server project (tsc -b, incremental) and the admin SPA (vite build).
// `--if-stale` skips the admin build when its dist is newer than every admin source file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => join('node_modules', '.bin', name);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

run(bin('tsc'), ['-b']);
const adminIndex = 'apps/admin/dist/index.html';
const stale = !existsSync(adminIndex) || Math.max(newest('apps/admin'), newest('libs/admin')) > statSync(adminIndex).mtimeMs;
if (!process.argv.includes('--if-stale') || stale) run(bin('vite'), ['build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn']);
