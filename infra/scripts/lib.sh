# Shared helpers for the infra scripts. Sourced, not run.
set -euo pipefail
SEVA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SEVA_DATA="${SEVA_DATA:-$SEVA_ROOT/.data}"
PNPM_VERSION="$(node -p "require('$SEVA_ROOT/package.json').packageManager.split('@')[1]")"
mkdir -p "$SEVA_DATA"

log() { printf '[seva] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# port_open HOST PORT: true when something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_for SECONDS DESCRIPTION COMMAND...: polls the command every half second.
wait_for() {
  local seconds=$1 what=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.5
  done
}

# prepare_platform: installs and builds, then makes sure Postgres and a Kafka broker answer, and exports
# DATABASE_URL and KAFKA_BROKERS for what runs next (existing values name servers to use instead).
prepare_platform() {
  bash "$SEVA_ROOT/infra/scripts/bootstrap.sh"
  export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
  bash "$SEVA_ROOT/infra/scripts/postgres.sh"
  if [ -z "${KAFKA_BROKERS:-}" ]; then
    bash "$SEVA_ROOT/infra/scripts/kafka.sh" start
    export KAFKA_BROKERS="127.0.0.1:${SEVA_KAFKA_PORT:-9092}"
  fi
}
