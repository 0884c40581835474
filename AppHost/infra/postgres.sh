#!/usr/bin/env bash
# Runs the Debian-packaged PostgreSQL in the foreground on 127.0.0.1, creating the cluster on first start.
# PostgreSQL refuses to run as root, so as root the server runs as the postgres user; `exec setpriv` makes the
# process the AppHost starts and stops the server itself.
set -euo pipefail
data_dir="$1"
port="$2"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin_dir/postgres" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

as_server_user=()
if [ "$(id -u)" = 0 ]; then
  as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi

mkdir -p "$data_dir"
if [ ! -s "$data_dir/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s' "$POSTGRES_PASSWORD" > "$pwfile"
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$data_dir" "$pwfile"
    runuser -u postgres -- test -w "$data_dir" || {
      echo "The postgres user cannot write $data_dir: every folder above it must be searchable (chmod o+x), or set Infrastructure:StateDirectory elsewhere." >&2
      exit 1
    }
  fi
  chmod 700 "$data_dir"
  "${as_server_user[@]}" "$bin_dir/initdb" -D "$data_dir" -U postgres --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
fi

exec "${as_server_user[@]}" "$bin_dir/postgres" -D "$data_dir" -p "$port" -k /tmp \
  -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB
