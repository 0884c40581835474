#!/usr/bin/env bash
# The cost of the cluster: the same system brought up twice, on `local` and on `cluster`, one after the other, and the
# same load through the public port of each: the cached public catalog read and the durable complaint intake (on the
# cluster both cross HAProxy and one of two gateways, and the intake's commit waits for the synchronous standby).
# Beside them, pgbench's single-row insert on each primary, and on the cluster's primary once more with the standby's
# flush not awaited (synchronous_commit=local): what synchronous replication itself costs a commit.
# Run by ./bench.sh --cluster; --quick (the test command's bench) runs it briefly.
set -euo pipefail
trap 'echo "bench cluster: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
duration=${BENCH_DURATION:-8}
warmup=${BENCH_WARMUP:-5}
intake_warmup=${BENCH_INTAKE_WARMUP:-45}
connections=${BENCH_CONNECTIONS:-16}
results="$1"
state=$(mktemp -d)
chmod 755 "$state"
apphost_pid=""
source bench/system.sh
trap 'stop_system "$apphost_pid"; rm -rf "$state"' EXIT

pgbench_insert() { # label, conninfo, [PGOPTIONS]
  psql "$2" -qAt -c "DROP TABLE IF EXISTS bench_cases; CREATE TABLE bench_cases (id uuid PRIMARY KEY, hotline text NOT NULL,
    reference text NOT NULL, kind text NOT NULL, category text NOT NULL, complainant jsonb NOT NULL, respondent jsonb NOT NULL,
    description text NOT NULL, received_at timestamptz NOT NULL, created_at timestamptz NOT NULL, UNIQUE (hotline, reference));"
  local out tps latency
  out=$(PGOPTIONS="${3:-}" pgbench -n -c "$connections" -j 1 -T "$duration" -f bench/pgbench-insert.sql "$2" 2>&1)
  tps=$(echo "$out" | awk '/^tps/ {print $3; exit}')
  latency=$(echo "$out" | awk '/latency average/ {print $4; exit}')
  psql "$2" -qAt -c "DROP TABLE bench_cases"
  echo "{\"row\":\"cluster beside local\",\"subject\":\"$1\",\"figures\":{\"rps\":$tps,\"avg_ms\":$latency}}" >> "$results"
  echo "  cluster beside local / $1: $tps tps, $latency ms average"
}

measure() { # subject, url, lua script, [token]
  BENCH_TOKEN="${4:-}" BENCH_RUN="$(( $(date +%s) - 1 ))" wrk -t1 -c"$connections" -d"$5"s -s "$3" "$2" >/dev/null 2>&1 || true
  local figures
  figures=$(BENCH_TOKEN="${4:-}" BENCH_RUN="$(date +%s)" wrk -t1 -c"$connections" -d"${duration}s" --latency -s "$3" "$2" | tail -1)
  echo "{\"row\":\"cluster beside local\",\"subject\":\"$1\",\"figures\":$figures}" >> "$results"
  echo "  cluster beside local / $1: $figures"
}

for mode in local cluster; do
  wait_ports_free
  echo "bench cluster: starting the system on $mode"
  mkdir -p "$state/$mode"
  Infrastructure__Mode=$mode Infrastructure__StateDirectory="$state/$mode" \
    setsid dotnet run --project AppHost -c Release --no-build --launch-profile http >"$state/$mode.log" 2>&1 &
  apphost_pid=$!
  started=$(date +%s)
  wait_healthy "$state/$mode.log" 300 || exit 1
  echo "bench cluster: $mode healthy after $(( $(date +%s) - started )) s"
  ./generate.sh --enterprises 100 --activities 60 --releases 1 | tail -1
  hotline=$(curl -s -X POST http://localhost:5080/connect/token -d grant_type=client_credentials -d client_id=hotline-12315 \
    -d client_secret=hotline-12315-secret | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
  python3 bench/settle.py "$([ -n "${BENCH_QUICK:-}" ] && echo 10 || echo 60)"

  measure "public catalog read (cached), $mode" "http://localhost:5080/api/catalog/activities?pageSize=50" bench/report.lua "" "$warmup"
  measure "complaint intake, durable, $mode" http://localhost:5080/api/complaints/cases bench/intake.lua "$hotline" "$intake_warmup"
  if [ "$mode" = local ]; then
    password=$(python3 -c 'import json; print(json.load(open("AppHost/appsettings.Development.json"))["Parameters"]["postgres-password"])')
    PGPASSWORD="$password" pgbench_insert "pgbench single-row insert, local" \
      "host=localhost port=${Infrastructure__Local__PostgresPort:-54320} user=postgres dbname=complaints"
  else
    primary="host=127.0.0.1,127.0.0.1 port=54331,54332 user=postgres dbname=complaints target_session_attrs=read-write"
    echo "  the primary's standbys: $(psql "$primary" -qAt -c "SELECT string_agg(application_name || ' ' || sync_state, ', ')
      FROM pg_stat_replication")"
    pgbench_insert "pgbench single-row insert, cluster primary (synchronous_commit=on, standby flush awaited)" "$primary"
    pgbench_insert "pgbench single-row insert, cluster primary (synchronous_commit=local)" "$primary" "-c synchronous_commit=local"
  fi
  stop_system "$apphost_pid"
  apphost_pid=""
done
