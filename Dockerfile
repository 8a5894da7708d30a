# syntax=docker/dockerfile:1
# One recipe for every service and the WhatsApp simulator, so they all build and run the same way.
# Pick the package with the SERVICE build argument, a folder of the workspace:
#   docker build --build-arg SERVICE=services/gateway -t seva-gateway .

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
ARG SERVICE
RUN test -n "$SERVICE" || { echo "build argument SERVICE is required, e.g. services/gateway" >&2; exit 1; }
ENV CI=true \
    TURBO_TELEMETRY_DISABLED=1 \
    PNPM_STORE=/pnpm/store
WORKDIR /workspace

# The same pnpm as on developer machines: another major version may read the lockfile differently.
COPY package.json ./
RUN npm install --global --no-fund --no-audit \
      "pnpm@$(node -p "require('./package.json').packageManager.split('@')[1].split('+')[0]")"

# Dependencies depend only on the lockfile and the patches to them, so this layer survives source edits.
COPY pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY patches ./patches
RUN --mount=type=cache,id=seva-pnpm-store,target=/pnpm/store \
    pnpm fetch --frozen-lockfile --store-dir "$PNPM_STORE"

COPY . .
RUN --mount=type=cache,id=seva-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --offline --store-dir "$PNPM_STORE"

# Builds the package and the workspace packages it uses, nothing else. The Prisma client is generated
# here; it needs no engine binary, and migrations run when the service starts.
RUN pnpm exec turbo run build --filter="{./${SERVICE}}..." --output-logs=errors-only

# A self-contained copy of the package: its files (dist, prisma/migrations) and production dependencies
# only, workspace packages copied in rather than linked.
RUN --mount=type=cache,id=seva-pnpm-store,target=/pnpm/store \
    pnpm --filter="./${SERVICE}" deploy --prod --offline --store-dir "$PNPM_STORE" /out \
 && rm -rf /out/.turbo

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="seva ${SERVICE}"
# Every image listens on 3000 unless PORT says otherwise (whatever the service's own default), so the
# health check always asks the port the server listens on.
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# Code stays owned by root, read-only to the process; services keep their files under .data
# (e.g. the gateway's inbound media), the one folder it may write.
COPY --from=build /out ./
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server.js"]
