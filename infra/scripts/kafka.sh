#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft) from the official jars on Maven Central.
# Usage: kafka.sh fetch|start|stop|status|restart. Every action is idempotent.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KAFKA_PORT="${SEVA_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${SEVA_KAFKA_CONTROLLER_PORT:-9093}"
HOME_DIR="$SEVA_DATA/kafka"
LIB="$HOME_DIR/lib"
PID_FILE="$HOME_DIR/broker.pid"
VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$SEVA_ROOT/infra/kafka/pom.xml")"

fetch() {
  [ -f "$LIB/.complete-$VERSION" ] && return 0
  command -v java >/dev/null || die "Java 17 is needed to run the Kafka broker"
  command -v mvn >/dev/null || die "Maven is needed to fetch the Kafka broker jars"
  log "fetching Apache Kafka $VERSION broker jars from Maven Central"
  rm -rf "$LIB" && mkdir -p "$LIB"
  mvn -q -B -f "$SEVA_ROOT/infra/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$LIB" -DincludeScope=runtime >&2
  touch "$LIB/.complete-$VERSION"
}

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

ready() { running && port_open 127.0.0.1 "$KAFKA_PORT"; }

start() {
  fetch
  mkdir -p "$HOME_DIR"
  # Several test runs may start the broker at once: one does, the others wait for it. The broker must not
  # inherit the lock (9>&- below), or every later start would wait for the broker to exit.
  exec 9>"$HOME_DIR/start.lock"
  flock 9
  if ready; then log "Kafka already running on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  if port_open 127.0.0.1 "$KAFKA_PORT"; then
    # Another checkout's broker (or one started by hand) already serves this port: share it.
    log "a broker already listens on 127.0.0.1:$KAFKA_PORT; using it (set SEVA_KAFKA_PORT for a separate one)"
    return 0
  fi
  sed -e "s:@PORT@:$KAFKA_PORT:g" -e "s:@CONTROLLER_PORT@:$CONTROLLER_PORT:g" -e "s:@DATA@:$HOME_DIR:g" \
    "$SEVA_ROOT/infra/kafka/server.properties.template" > "$HOME_DIR/server.properties"
  local java=(java -Dlog4j.configuration="file:$SEVA_ROOT/infra/kafka/log4j.properties" -cp "$LIB/*")
  if [ ! -f "$HOME_DIR/logs/meta.properties" ]; then
    local cluster_id
    cluster_id="$("${java[@]}" kafka.tools.StorageTool random-uuid)"
    "${java[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$HOME_DIR/server.properties" >&2
  fi
  log "starting Kafka $VERSION on 127.0.0.1:$KAFKA_PORT (log: $HOME_DIR/broker.log)"
  nohup "${java[@]}" -Xms256m -Xmx${SEVA_KAFKA_HEAP:-1g} -XX:+UseG1GC -Djava.awt.headless=true \
    kafka.Kafka "$HOME_DIR/server.properties" > "$HOME_DIR/broker.log" 2>&1 < /dev/null 9>&- &
  echo $! > "$PID_FILE"
  if ! wait_for 90 "Kafka" ready; then
    tail -20 "$HOME_DIR/broker.log" >&2
    die "Kafka did not start within 90 s"
  fi
  log "Kafka is up"
}

stop() {
  if ! running; then rm -f "$PID_FILE"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill "$pid"
  wait_for 60 "Kafka to stop" bash -c "! kill -0 $pid 2>/dev/null" || kill -9 "$pid"
  rm -f "$PID_FILE"
  log "Kafka stopped"
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if ready; then echo "running on 127.0.0.1:$KAFKA_PORT"; else echo "stopped"; exit 3; fi ;;
  *) die "usage: kafka.sh fetch|start|stop|status|restart" ;;
esac
