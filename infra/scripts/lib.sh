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
