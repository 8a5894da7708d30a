#!/usr/bin/env bash
# Installs what a fresh machine lacks (pnpm, dependencies, Chromium, Kafka broker jars) and builds the workspace.
# Needs Node 20.19+ and, for Kafka, Java 17 and Maven. Safe to run again: each step is skipped when done.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SEVA_ROOT"

node -e 'const [major, minor] = process.versions.node.split(".").map(Number); process.exit(major > 20 || (major === 20 && minor >= 19) ? 0 : 1)' \
  || die "Node 20.19 or newer is needed (found $(node --version))"

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  log "installing pnpm $PNPM_VERSION"
  npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >&2
fi

if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile >&2
else
  pnpm install >&2
fi

# The chat page test of tools/wa-simulator drives Debian's Chromium (playwright-core downloads no browser).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    log "installing chromium for the simulator's browser test"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    log "/usr/bin/chromium is missing and installing it needs root: the simulator's browser test will be skipped"
  fi
fi

bash infra/scripts/kafka.sh fetch
log "building"
pnpm exec turbo run build --output-logs=errors-only >&2
