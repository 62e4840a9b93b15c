#!/usr/bin/env bash
# The README's start command: gateway, worker and admin with demo data, on whatever answers
# (configured servers, local PostgreSQL/Redis, or an embedded PostgreSQL and in-process jobs).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
bash tools/scripts/with-node.sh bash tools/scripts/ensure-deps.sh
exec bash tools/scripts/with-node.sh node tools/scripts/start.mjs "$@"
