#!/usr/bin/env bash
# Runs one pg_auto_failover process in the foreground: the monitor (`monitor DIR PORT`) or a PostgreSQL node it
# manages (`node DIR PORT NAME MONITOR_URI`). The first start creates it and later ones run it, so a killed node that
# is started again rejoins as a standby of whichever node was promoted meanwhile.
# Loopback only, with pg_auto_failover's --auth trust for its replication and monitor users: a topology for one
# machine. pg_autoctl refuses root, so as root it runs as the postgres user; its own configuration and state live
# under the node's folder (XDG_*), not in the postgres user's home.
set -euo pipefail
role="$1"
data_dir="$2"
port="$3"

bin_dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
command -v pg_autoctl >/dev/null || {
  echo "pg_auto_failover is not installed (apt-get install -y pg-auto-failover-cli postgresql-15-auto-failover)" >&2; exit 1; }

base_dir=$(dirname "$data_dir")
mkdir -p "$base_dir/xdg"
as_server_user=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$base_dir" "$base_dir/xdg"
  as_server_user=(setpriv --reuid=postgres --regid=postgres --init-groups)
fi
export PATH="$bin_dir:$PATH" XDG_CONFIG_HOME="$base_dir/xdg" XDG_DATA_HOME="$base_dir/xdg"
common=(--pgdata "$data_dir" --pgport "$port" --hostname 127.0.0.1 --listen 127.0.0.1 --auth trust --no-ssl --pgctl "$bin_dir/pg_ctl")

case "$role" in
  monitor)
    if [ ! -s "$data_dir/PG_VERSION" ]; then
      "${as_server_user[@]}" pg_autoctl create monitor "${common[@]}"
      # A killed primary is replaced within about 20 s instead of the defaults' 50 s: a node is unhealthy after 10 s
      # without an answer, and a primary that does not answer is not waited for longer than 10 s to demote itself.
      printf '%s\n' "pgautofailover.node_considered_unhealthy_timeout = 10000" \
        "pgautofailover.primary_demote_timeout = 10000" >> "$data_dir/postgresql.conf"
    fi
    exec "${as_server_user[@]}" pg_autoctl run --pgdata "$data_dir"
    ;;
  node)
    name="$4"
    monitor="$5"
    if [ ! -s "$data_dir/PG_VERSION" ]; then
      "${as_server_user[@]}" pg_autoctl create postgres "${common[@]}" --name "$name" --monitor "$monitor"
      # Two replicas of six services, each with its own pool: the default 100 connections is not enough.
      printf '%s\n' "max_connections = 400" "shared_buffers = 256MB" >> "$data_dir/postgresql.conf"
    fi
    exec "${as_server_user[@]}" pg_autoctl run --pgdata "$data_dir"
    ;;
  *)
    echo "usage: pg-autoctl.sh monitor DIR PORT | node DIR PORT NAME MONITOR_URI" >&2; exit 2 ;;
esac
