#!/usr/bin/env bash
# Stops what `npm run up` started: the services, the simulator and the local Kafka broker.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for pid_file in "$SEVA_DATA"/pids/*.pid; do
  [ -f "$pid_file" ] || continue
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait_for 20 "$(basename "$pid_file" .pid)" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid"
  fi
  rm -f "$pid_file"
done
bash "$SEVA_ROOT/infra/scripts/kafka.sh" stop
