#!/usr/bin/env bash
# The README's test command: every check CI runs, in order, failing fast.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
W="bash tools/scripts/with-node.sh"
step() { echo; echo "=== $* ==="; }

step "dependencies";  $W bash tools/scripts/ensure-deps.sh
step "services";      bash tools/scripts/ensure-services.sh
step "lint";          $W node node_modules/eslint/bin/eslint.js --max-warnings 0 .
step "module boundaries"; $W node tools/lint/check-boundaries.mjs
step "type check and build (server)"; $W node_modules/.bin/tsc -b
step "type check (admin, browser tests)"; $W node_modules/.bin/vue-tsc --noEmit -p apps/admin/tsconfig.json; $W node_modules/.bin/tsc --noEmit -p apps/admin-e2e/tsconfig.json
step "committed schema is current"; $W node apps/gateway/dist/schema/write-schema.js --check
step "generated client types are current"; $W node tools/codegen/generate.mjs --check
step "build (admin)"; $W node_modules/.bin/vite build --config apps/admin/vite.config.ts --logLevel warn
step "tests (unit, integration, browser)"
$W node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json
$W node -e '
  const r = require("./test-results/vitest.json");
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  process.exit(r.numFailedTests === 0 && r.numPassedTests > 0 ? 0 : 1);'
