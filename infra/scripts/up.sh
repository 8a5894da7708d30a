#!/usr/bin/env bash
# Starts the whole platform on this machine: Kafka, Postgres, the five services and the WhatsApp
# Cloud API simulator with its chat page. Logs go to .data/logs/; `npm run down` stops everything.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SEVA_ROOT"

prepare_platform

set -a
# shellcheck source=../dev.env
source infra/dev.env
set +a
mkdir -p "$SEVA_DATA/logs" "$SEVA_DATA/pids"

# name, folder, port, CPU niceness: the consumers yield the cores to the gateway, which must answer
# every webhook at once even while they work through a backlog (Kafka keeps it)
processes=(
  "gateway services/gateway 3000 0"
  "conversation services/conversation 3001 10"
  "grievance services/grievance 3002 10"
  "bill-payment services/bill-payment 3003 10"
  "notification services/notification 3004 10"
)
[ -d tools/wa-simulator ] && processes+=("wa-simulator tools/wa-simulator 3100 0")
[ -d tools/payment-simulator ] && processes+=("payment-simulator tools/payment-simulator 3200 0")

for entry in "${processes[@]}"; do
  read -r name folder port niceness <<<"$entry"
  pid_file="$SEVA_DATA/pids/$name.pid"
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    log "$name already running"
    continue
  fi
  PORT="$port" PROCESS_NICENESS="$niceness" nohup node "$folder/dist/server.js" >"$SEVA_DATA/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$pid_file"
done

for entry in "${processes[@]}"; do
  read -r name folder port _ <<<"$entry"
  ready() { curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; }
  wait_for 90 "$name" ready || { tail -20 "$SEVA_DATA/logs/$name.log" >&2; die "$name did not become ready"; }
  log "$name ready on http://127.0.0.1:$port"
done

echo
echo "Seva is running."
[ -d tools/wa-simulator ] && echo "  Chat with it:        http://127.0.0.1:3100/"
[ -d tools/payment-simulator ] && echo "  Payment gateway:     http://127.0.0.1:3200/ (links open a page to pay or fail)"
echo "  WhatsApp webhook:    http://127.0.0.1:3000/webhooks/whatsapp"
echo "  Grievance API docs:  http://127.0.0.1:3002/docs"
echo "  Logs:                $SEVA_DATA/logs/"
echo "  Stop:                npm run down"
