#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than the lockfile.
# `npm install` (not `npm ci`): the lockfile lists other platforms' optional binaries the registry
# here lacks (stack-notes). Must run under Node 22 (call through with-node.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
STAMP="node_modules/.dsg-install-stamp"
WANT="$(sha256sum package-lock.json package.json | sha256sum | cut -c1-16)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "[deps] installing npm dependencies…" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
  echo "$WANT" > "$STAMP"
fi
