# syntax=docker/dockerfile:1
#
# Server image for the Node apps (gateway, worker). Build from the repository root:
#
#   docker build -f infra/docker/node.Dockerfile --build-arg APP=gateway -t dsg/gateway .
#   docker build -f infra/docker/node.Dockerfile --build-arg APP=worker  -t dsg/worker  .
#
# APP only selects the default command; both images hold the same files, so the gateway image
# also runs the CLI:  node apps/gateway/dist/cli.js migrate|seed|audit:verify
#
# Stages:
#   toolchain  node:22-bookworm-slim + a C/C++ toolchain, only used if a native addon has no prebuild
#   manifests  root + every workspace package.json (cache key for npm install)
#   deps       full npm install (dev dependencies included: tsc, nx, vite)
#   build      npm run build  -> apps/*/dist, libs/*/*/dist
#   prod-deps  npm install --omit=dev  (runtime node_modules only)
#   runtime    prod node_modules + server dist folders, non-root, tini as PID 1
#
# The stages up to "build" are written identically in admin.Dockerfile so BuildKit shares them.
# `npm install` (never `npm ci`): the lockfile lacks other platforms' optional binaries.

ARG NODE_IMAGE=node:22-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false
WORKDIR /app

# ---------------------------------------------------------------------------------------------
# Copies the whole context, keeps only the manifests. The output only changes when a manifest
# changes, so the npm install layers below stay cached across source edits.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN set -eu; \
    mkdir -p /manifests; \
    cp package.json package-lock.json /manifests/; \
    if [ -f .npmrc ]; then cp .npmrc /manifests/; fi; \
    find apps libs -maxdepth 3 -name package.json -not -path '*/node_modules/*' \
      -exec cp --parents '{}' /manifests/ ';'

# ---------------------------------------------------------------------------------------------
FROM toolchain AS deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --no-audit --no-fund --loglevel=warn

# ---------------------------------------------------------------------------------------------
FROM deps AS build
COPY . .
RUN npm run build
# Fail the build early if an entry point is missing.
RUN set -eu; \
    for f in apps/gateway/dist/main.js apps/gateway/dist/cli.js apps/worker/dist/main.js apps/admin/dist/index.html; do \
      test -f "$f" || { echo "missing build output: $f" >&2; exit 1; }; \
    done
# Stage the runtime payload of every server workspace (apps/gateway, apps/worker, libs/shared/*,
# libs/server/*): everything except sources, tests and compiler state. Admin workspaces are
# source-only for the SPA and are served by the admin (nginx) image instead.
RUN set -eu; \
    mkdir -p /runtime; \
    for pj in $(find apps libs -maxdepth 3 -name package.json -not -path '*/node_modules/*'); do \
      d="$(dirname "$pj")"; \
      case "$d" in apps/admin|libs/admin/*) continue ;; esac; \
      mkdir -p "/runtime/$d"; \
      tar -C "$d" \
        --exclude=./src --exclude=./test --exclude=./tests --exclude=./e2e --exclude=./node_modules \
        --exclude='./tsconfig*.json' --exclude='./vite*.config.*' --exclude='./vitest*.config.*' \
        --exclude='./eslint.config.*' --exclude='*.tsbuildinfo' --exclude='*.spec.*' --exclude='*.test.*' \
        -cf - . | tar -C "/runtime/$d" -xf -; \
    done

# ---------------------------------------------------------------------------------------------
FROM toolchain AS prod-deps
COPY --from=manifests /manifests/ ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --omit=dev --no-audit --no-fund --loglevel=warn

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app

# Manifests + production node_modules (workspace symlinks node_modules/@dsg/* -> apps/, libs/).
COPY --from=prod-deps /app/ ./
# Compiled server workspaces (dist/ + package.json + any non-source runtime asset).
COPY --from=build /runtime/ ./

# Everything above is shared by the gateway and worker images; APP only changes what follows.
ARG APP=gateway
ENV NODE_ENV=production \
    DSG_APP=${APP} \
    GATEWAY_PORT=3000 \
    NODE_OPTIONS="--enable-source-maps --max-old-space-size=256"
# Validate APP. Then make apps/gateway (the directory and schema.gql, if present) the only place
# inside /app the non-root user may write: the code-first GraphQL schema file
# apps/gateway/schema.gql may be (re)generated at start-up. Everything else stays root-owned.
RUN set -eu; \
    case "$DSG_APP" in gateway|worker) ;; *) echo "APP must be gateway or worker (got '$DSG_APP')" >&2; exit 1 ;; esac; \
    test -f "apps/$DSG_APP/dist/main.js"; \
    chown node:node apps/gateway; \
    if [ -f apps/gateway/schema.gql ]; then chown node:node apps/gateway/schema.gql; fi

LABEL org.opencontainers.image.title="dsg-${APP}" \
      org.opencontainers.image.description="Double High-Level Plan (双高) oversight platform: ${APP}"

USER node
# tini is PID 1: forwards SIGTERM/SIGINT to node and reaps zombies (compose `init: true` is not needed).
ENTRYPOINT ["/usr/bin/tini", "--"]
# Working directory must stay /app (the repository root layout): the CLI and the apps resolve
# paths such as apps/gateway/schema.gql relative to it.
CMD ["/bin/sh", "-c", "exec node \"apps/${DSG_APP}/dist/main.js\""]
