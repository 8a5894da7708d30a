#!/usr/bin/env bash
# Runs every test against a real Kafka broker and a real Postgres server.
# KAFKA_BROKERS and DATABASE_URL name existing ones; otherwise the local broker and server are started.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SEVA_ROOT"

prepare_platform
log "lint and format check"
pnpm exec biome check . --diagnostic-level=error >&2

results="$SEVA_DATA/test-results.json"
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile="$results" "$@" || status=$?
if [ -f "$results" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
  ' "$results"
fi
exit $status
