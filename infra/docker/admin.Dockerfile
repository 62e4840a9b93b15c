# syntax=docker/dockerfile:1
#
# Admin SPA image: the Vite build of apps/admin served by nginx, which also reverse-proxies
# /graphql, /health/ and /admin/queues to the gateway. Build from the repository root:
#
#   docker build -f infra/docker/admin.Dockerfile -t dsg/admin .
#
# The stages toolchain, manifests, deps and build are copied verbatim from node.Dockerfile, so
# BuildKit reuses their cache when both images are built (docker compose build). Keep them in sync.
# `npm install` (never `npm ci`): the lockfile lacks other platforms' optional binaries.
#
# Runtime configuration (environment of the admin container):
#   DSG_GATEWAY_UPSTREAM  host:port of the gateway (default gateway:3000). Re-resolved through DNS
#                         every 10 s, so a recreated or scaled gateway is picked up without a reload.

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

# ---------------------------------------------------------------------------------------------
FROM nginx:1.27-alpine AS runtime
# nginx >= 1.27.3 is required for `server ... resolve` in an upstream (open-source nginx).
# The image entrypoint renders /etc/nginx/templates/*.template into /etc/nginx/conf.d/ with
# envsubst; the filter limits substitution to ${DSG_*} and ${NGINX_LOCAL_RESOLVERS} so nginx's own
# $variables are never touched. NGINX_ENTRYPOINT_LOCAL_RESOLVERS makes the entrypoint export the
# container's DNS servers (127.0.0.11 under Docker) as NGINX_LOCAL_RESOLVERS.
ENV NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER="^(DSG_|NGINX_LOCAL_RESOLVERS)" \
    DSG_GATEWAY_UPSTREAM=gateway:3000
RUN rm -f /etc/nginx/conf.d/default.conf \
 && rm -rf /usr/share/nginx/html \
 && mkdir -p /usr/share/nginx/html
COPY infra/nginx/admin.conf /etc/nginx/templates/admin.conf.template
COPY --from=build /app/apps/admin/dist/ /usr/share/nginx/html/
EXPOSE 80
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1/nginx-health || exit 1
