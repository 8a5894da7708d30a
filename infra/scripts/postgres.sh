#!/usr/bin/env bash
# Makes sure the Postgres server the services use is accepting connections.
# Each service creates and migrates its own database when it starts.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
host="$(node -e "const u=new URL(process.argv[1]);console.log(u.hostname)" "$url")"
port="$(node -e "const u=new URL(process.argv[1]);console.log(u.port||5432)" "$url")"

if port_open "$host" "$port"; then exit 0; fi
case "$host" in
  127.0.0.1|localhost) ;;
  *) die "Postgres at $host:$port does not answer" ;;
esac
if ! command -v pg_ctlcluster >/dev/null; then
  [ "$(id -u)" = 0 ] || die "Postgres is not installed; install the postgresql package"
  log "installing Postgres from Debian's packages"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  version="$(ls /etc/postgresql | sort -n | tail -1)"
  # Local development server: trust connections from this machine only.
  sed -i 's/^\(host.*127.0.0.1\/32\s*\)\S*$/\1trust/; s/^\(local\s*all\s*postgres\s*\)\S*$/\1trust/' \
    "/etc/postgresql/$version/main/pg_hba.conf"
fi
version="$(ls /etc/postgresql | sort -n | tail -1)"
log "starting Postgres $version"
pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
wait_for 60 "Postgres" port_open "$host" "$port" || die "Postgres did not start on $host:$port"
