#!/usr/bin/env bash
# The benchmark: brings PromoMonth up (with rate limits raised far above the load, so they are measured but never
# trip), loads 2020-sized data once, and measures each row next to its peer on this machine, seconds apart.
# Prints a Markdown table and writes bench/results/<timestamp>.json.
set -euo pipefail
# A failing step names itself: with set -e a silent exit would leave only "FAILED".
trap 'echo "bench: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${BENCH_DURATION:-8}
warmup=${BENCH_WARMUP:-5}
connections=${BENCH_CONNECTIONS:-16}
# --quick: every row on small data in about two minutes, in a throw-away state folder; the test command runs it so
# the benchmark never rots. It checks that every row produced a figure, not how fast.
if [ "${1:-}" = "--quick" ]; then
  export BENCH_QUICK=1
  duration=2
  warmup=2
  export Infrastructure__StateDirectory="$(mktemp -d)"
  chmod 755 "$Infrastructure__StateDirectory"
fi
# --cluster: only the cluster's row (bench/cluster.sh): local and cluster brought up in turn, the same load on each.
if [ "${1:-}" = "--cluster" ]; then
  export BENCH_CLUSTER=1
fi
# --growth: only the growth curves (bench/growth.py), on a database of their own that they fill to a campaign's sizes.
if [ "${1:-}" = "--growth" ]; then
  export BENCH_GROWTH=1
  export Infrastructure__StateDirectory="$(mktemp -d)"
  chmod 755 "$Infrastructure__StateDirectory"
fi

scripts/setup.sh
# Waits for a quiet machine before a measurement; --quick asserts no figure, so it waits a short while only.
settle() { python3 bench/settle.py "$([ -n "${BENCH_QUICK:-}" ] && echo 10 || echo "$1")"; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx-light)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if curl -sf -m 2 http://localhost:5080/health >/dev/null 2>&1; then
  echo "bench: stop the running system first (the benchmark starts its own, with rate limits raised above the load)" >&2
  exit 1
fi

state=$(mktemp -d)
apphost_log="$state/apphost.log"
source bench/system.sh
stop_apphost() {
  stop_system "${apphost_pid:-}" || true
  apphost_pid=""
}
cleanup() {
  [ -n "${bare_intake:-}" ] && kill "$bare_intake" 2>/dev/null || true
  [ -f "$state/nginx.pid" ] && kill "$(cat "$state/nginx.pid")" 2>/dev/null || true
  [ -f "$state/licensing/nginx.pid" ] && kill "$(cat "$state/licensing/nginx.pid")" 2>/dev/null || true
  stop_apphost
  if [ -n "${BENCH_QUICK:-}${BENCH_GROWTH:-}" ]; then rm -rf "$Infrastructure__StateDirectory"; fi
}
trap cleanup EXIT

# Measured as it would run in production: the Release build (a Debug build leaves our own code unoptimised).
echo "bench: building (Release)"
for project in AppHost/PromoMonth.AppHost.csproj tools/BareYarp/PromoMonth.BareYarp.csproj tools/BrokerRoundTrip/PromoMonth.BrokerRoundTrip.csproj \
  tools/CredentialCheck/PromoMonth.CredentialCheck.csproj tools/BareIntake/PromoMonth.BareIntake.csproj; do
  # BenchmarkPeer: the licensing service's constant-answer peer is compiled into this build only.
  dotnet build -c Release -p:BenchmarkPeer=true --nologo -v q "$project" >"$state/build.log" 2>&1 || { tail -30 "$state/build.log" >&2; exit 1; }
done

# The licensing service's constant-answer peer ("constant answer, same service"): in the build above only, mapped only
# with this switch (which the AppHost passes on in Development only), at /_benchmark/…, a path the gateway never forwards.
export Benchmark__ConstantPeer=true
export Gateway__RateLimits__PerClient__TokenLimit=100000000 Gateway__RateLimits__PerClient__TokensPerPeriod=100000000
export Gateway__RateLimits__PerAddress__TokenLimit=100000000 Gateway__RateLimits__PerAddress__TokensPerPeriod=100000000
# Traced as a ministry would run it: a sampled share of requests (every span exported to a dashboard on the same two
# cores measured the dashboard). BENCH_TRACE_RATIO=1 measures the development setting.
export Telemetry__Tracing__SampleRatio=${BENCH_TRACE_RATIO:-0.05}
# And its metrics taken every 30 s, as a collector would, not every second as the dashboard asks for its charts (every
# process exporting every series each second is a cost of its own). BENCH_METRIC_INTERVAL=00:00:01 measures that.
export Telemetry__Metrics__ExportInterval=${BENCH_METRIC_INTERVAL:-00:00:30}
# The intake's second peer (tools/BareIntake) is reached through the gateway: it learns the peer's address at start.
intake_peer_port=$(free_port)
export Benchmark__IntakePeer="http://127.0.0.1:$intake_peer_port"
if [ -n "${BENCH_CLUSTER:-}" ]; then
  rows="$state/rows.jsonl"
  bench/cluster.sh "$rows"
  mkdir -p bench/results
  out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-cluster.json"
  python3 -c 'import json, sys; json.dump([json.loads(l) for l in open(sys.argv[1])], open(sys.argv[2], "w"), ensure_ascii=False, indent=2)' \
    "$rows" "$out"
  echo "JSON: $out"
  exit 0
fi
# Cold start is timed on a quiet machine: the build's compiler servers wind down first.
settle 60
# The engines listen on ports chosen as the tests choose theirs, below the ephemeral range: a fixed port inside it
# (54320, 56720) can be held by an outgoing connection at the moment the engine binds it.
Infrastructure__Local__PostgresPort=$(free_port); Infrastructure__Local__RabbitMqPort=$(free_port)
Infrastructure__Local__RabbitMqDistPort=$(free_port); Infrastructure__Local__RedisPort=$(free_port)
export Infrastructure__Local__PostgresPort Infrastructure__Local__RabbitMqPort Infrastructure__Local__RabbitMqDistPort \
  Infrastructure__Local__RedisPort
echo "bench: starting the system"
setsid dotnet run --project AppHost -c Release --no-build --launch-profile http >"$apphost_log" 2>&1 &
apphost_pid=$!
started=$(date +%s)
wait_healthy "$apphost_log" 240 || exit 1
cold_start=$(( $(date +%s) - started ))
echo "bench: healthy after $cold_start s"
pg_password=$(python3 -c 'import json; print(json.load(open("AppHost/appsettings.Development.json"))["Parameters"]["postgres-password"])')
export PGPASSWORD="$pg_password"
pg="host=localhost port=${Infrastructure__Local__PostgresPort:-54320} user=postgres"
results="$state/rows.jsonl"
if [ -n "${BENCH_GROWTH:-}" ]; then
  settle 60
  python3 bench/growth.py http://localhost:5080 "$pg" "$results"
  mkdir -p bench/results
  out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-growth.json"
  python3 -c 'import json, sys; json.dump([json.loads(l) for l in open(sys.argv[1])], open(sys.argv[2], "w"), ensure_ascii=False, indent=2)' \
    "$results" "$out"
  echo "JSON: $out"
  exit 0
fi

count=$(curl -s "http://localhost:5080/api/catalog/activities?pageSize=1" | python3 -c 'import sys,json
try: print(json.load(sys.stdin)["total"])
except Exception: print(0)')
if [ -n "${BENCH_QUICK:-}" ]; then
  ./generate.sh --enterprises 100 --activities 60 --releases 1 | tail -3
elif [ "$count" -lt 1000 ]; then
  echo "bench: loading the 2020-sized campaign (catalog has $count activities)"
  ./generate.sh --enterprises 5000 --activities 2000 --releases 3 | tail -12
fi

# The registry's own port (the gateway reaches it through service discovery; nginx needs the address).
registry_port=$(ss -ltnpH | awk '/PromoMonth.Even/ {split($4, a, ":"); print a[length(a)]; exit}')
# nginx's workers run as www-data: they must reach the state folder and write their cache.
chmod 755 "$state"
mkdir -p "$state/cache" && chown www-data "$state/cache" 2>/dev/null || true
# The peers listen on ports free at this moment: a fixed port may be taken by one the AppHost handed out.
plain_port=$(free_port); cache_port=$(free_port); plain_verify_port=$(free_port); cache_verify_port=$(free_port); bare_yarp_port=$(free_port)
sed -e "s#__STATE__#$state#g; s#__REGISTRY_PORT__#$registry_port#; s#__PLAIN_PORT__#$plain_port#; s#__CACHE_PORT__#$cache_port#" bench/nginx.conf.template > "$state/nginx.conf"
nginx -c "$state/nginx.conf"

ministry=$(curl -s -X POST http://localhost:5080/connect/token -d grant_type=client_credentials -d client_id=ministry -d client_secret=ministry-secret \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')

# One licence to verify, on a fresh approved activity.
license_no=$(python3 bench/licence.py)
licensing_port=$(ss -ltnpH | awk '/PromoMonth.Lice/ {split($4, a, ":"); print a[length(a)]; exit}')
echo "bench: verifying licence $license_no"
mkdir -p "$state/licensing" "$state/licensing/cache" && chmod 755 "$state/licensing" && chown www-data "$state/licensing/cache" 2>/dev/null || true
sed -e "s#__STATE__#$state/licensing#g; s#__REGISTRY_PORT__#$licensing_port#; s#__PLAIN_PORT__#$plain_verify_port#; s#__CACHE_PORT__#$cache_verify_port#" bench/nginx.conf.template > "$state/licensing/nginx.conf"
nginx -c "$state/licensing/nginx.conf"

# The load's events still travel through the services for a while: measure once the machine is quiet.
settle 300

echo "{\"row\":\"AppHost cold start\",\"subject\":\"./run.sh to the gateway healthy (it waits for every resource)\",\"figures\":{\"seconds\":$cold_start}}" >> "$results"
rss() { # one JSON object: resident memory of each PromoMonth process, in MB
  local out="" name pid
  for name in Gateway EventRegistry Licensing Statistics Complaints Identity; do
    pid=$(pgrep -f "PromoMonth.$name\$" | head -1 || true)
    [ -n "$pid" ] && out="$out\"$name\":$(( $(ps -o rss= -p "$pid") / 1024 )),"
  done
  echo "{${out%,}}"
}
idle_memory=$(rss)
measure() { # row, subject, url, [token]
  BENCH_TOKEN="${4:-}" wrk -t1 -c"$connections" -d"$warmup"s -s bench/report.lua "$3" >/dev/null 2>&1 || true  # warm-up (JIT tiers, caches)
  local figures
  figures=$(BENCH_TOKEN="${4:-}" wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/report.lua "$3" | tail -1)
  echo "{\"row\":\"$1\",\"subject\":\"$2\",\"figures\":$figures}" >> "$results"
  echo "  $1 / $2: $figures"
}

catalog="/api/catalog/activities?pageSize=50"
echo "bench: measuring (${duration} s per subject, ${connections} connections, one wrk thread)"
measure "public catalog read (cached)" "PromoMonth through the gateway" "http://localhost:5080$catalog"
measure "public catalog read (cached)" "nginx, plain reverse proxy" "http://127.0.0.1:$plain_port$catalog"
measure "public catalog read (cached)" "nginx, 5 s micro-cache" "http://127.0.0.1:$cache_port$catalog"
measure "public catalog read (cached)" "registry service directly" "http://127.0.0.1:$registry_port$catalog"
measure "catalog data uncached (PostgreSQL every request)" "registry list, authenticated, directly" "http://127.0.0.1:$registry_port/api/registry/activities?status=approved&pageSize=50" "$ministry"

# Authenticated read: the full gateway (token check, rate limits on but high) next to a bare YARP to the same service.
dotnet tools/BareYarp/bin/Release/net10.0/PromoMonth.BareYarp.dll "http://127.0.0.1:$registry_port" "http://127.0.0.1:$bare_yarp_port" >/dev/null 2>&1 &
bare_yarp=$!
until curl -s -o /dev/null -m 1 "http://127.0.0.1:$bare_yarp_port/health"; do sleep 0.5; done
measure "authenticated read" "PromoMonth through the gateway" "http://localhost:5080/api/registry/campaigns" "$ministry"
measure "authenticated read" "bare YARP, same service" "http://127.0.0.1:$bare_yarp_port/api/registry/campaigns" "$ministry"
kill "$bare_yarp" 2>/dev/null || true

measure "licence verification" "PromoMonth through the gateway" "http://localhost:5080/api/verify/$license_no"
measure "licence verification" "nginx, 5 s micro-cache" "http://127.0.0.1:$cache_verify_port/api/verify/$license_no"
measure "verification inside the service" "licensing service directly" "http://127.0.0.1:$licensing_port/api/verify/$license_no"
constant_peer="http://127.0.0.1:$licensing_port/_benchmark/constant/$license_no"
if ! curl -sf -m 5 -o /dev/null "$constant_peer"; then
  echo "bench: the licensing service did not map its constant peer ($constant_peer)" >&2; exit 1
fi
measure "verification inside the service" "constant answer, same service" "$constant_peer"
# The same licence as a signed credential, checked where it is held: signature and status bits, one core, no server.
credential_check=$(dotnet tools/CredentialCheck/bin/Release/net10.0/PromoMonth.CredentialCheck.dll http://localhost:5080 "$license_no" "$duration")
echo "{\"row\":\"credential verification\",\"subject\":\"signature + status bit, one core (tools/CredentialCheck)\",\"figures\":$credential_check}" >> "$results"
echo "  credential verification / one core: $credential_check"

# Durable complaint intake through the gateway, next to pgbench's single-row inserts into an equivalent table.
# Event propagation: intake commit → statistics count, next to a raw RabbitMQ publish (persistent, confirmed) → consume.
# Before the intake load, so a backlog of that load's events does not stand in its way.
settle 60
python3 bench/propagation.py http://localhost:5080 "$pg" "$results" ${BENCH_QUICK:+--quick}
rabbit_port=${Infrastructure__Local__RabbitMqPort:-56720}
broker=$(dotnet tools/BrokerRoundTrip/bin/Release/net10.0/PromoMonth.BrokerRoundTrip.dll "amqp://guest:guest@localhost:$rabbit_port/" "$([ -n "${BENCH_QUICK:-}" ] && echo 50 || echo 300)")
echo "{\"row\":\"event propagation\",\"subject\":\"raw RabbitMQ publish (persistent, confirmed) → consume\",\"figures\":$broker}" >> "$results"
echo "  event propagation / raw broker: $broker"
# The floor beside it: single-client commits on the same server, each a transaction of its own, logged one by one.
floor_logs=$(mktemp -d)
psql "$pg dbname=complaints" -qAt -c "DROP TABLE IF EXISTS bench_commits; CREATE TABLE bench_commits (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now());"
(cd "$floor_logs" && pgbench -n -c 1 -j 1 -T "$duration" -l -f "$root/bench/pgbench-commit.sql" "$pg dbname=complaints" \
  >"$floor_logs/pgbench.out" 2>&1) || { cat "$floor_logs/pgbench.out" >&2; exit 1; }
python3 bench/floor.py "$floor_logs"/pgbench_log.* --broker "$broker" --rows "$results"
psql "$pg dbname=complaints" -qAt -c "DROP TABLE bench_commits"
rm -rf "$floor_logs"

hotline=$(curl -s -X POST http://localhost:5080/connect/token -d grant_type=client_credentials -d client_id=hotline-12315 -d client_secret=hotline-12315-secret \
  | python3 -c 'import sys,json; print(json.load(sys.stdin)["access_token"])')
# Warmed to its steady state, with cases of its own: the intake's path crosses the gateway, the service, the relay and
# two consumers, and on two cores their JIT tiers settle after about 40 s of load (a cold system's first 10 s ran
# at a third of the rate it settles at). The peer below is warmed as long. BENCH_INTAKE_WARMUP sets it; --quick keeps the short warm-up.
intake_warmup=${BENCH_INTAKE_WARMUP:-$([ -n "${BENCH_QUICK:-}" ] && echo "$warmup" || echo 45)}
BENCH_TOKEN="$hotline" BENCH_RUN="$(( $(date +%s) - 1 ))" wrk -t1 -c"$connections" -d"$intake_warmup"s -s bench/intake.lua http://localhost:5080/api/complaints/cases >/dev/null 2>&1 || true
settle 60
python3 bench/cpu_share.py snap "$state/cpu.json"
figures=$(BENCH_TOKEN="$hotline" BENCH_RUN="$(date +%s)" wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/intake.lua http://localhost:5080/api/complaints/cases | tail -1)
echo "{\"row\":\"complaint intake, durable\",\"subject\":\"PromoMonth through the gateway\",\"figures\":$figures}" >> "$results"
echo "  complaint intake / gateway: $figures"
# The profile as it runs: CPU ms per case of each process while the load ran (the events' consumers included).
cpu=$(python3 bench/cpu_share.py diff "$state/cpu.json" "$(echo "$figures" | python3 -c 'import sys, json; print(json.load(sys.stdin)["requests"])')")
echo "{\"row\":\"complaint intake, CPU per case\",\"subject\":\"ms of CPU per case by process, during the load\",\"figures\":$cpu}" >> "$results"
echo "  complaint intake / CPU ms per case: $cpu"
# The second peer: a bare ASP.NET Core endpoint through the same gateway, the same token check, the same row (in a
# copy of the cases table, every index included) and an outbox row, one transaction with Npgsql.
psql "$pg dbname=complaints" -qAt -c "DROP TABLE IF EXISTS bench_intake_cases, bench_intake_outbox;
  CREATE TABLE bench_intake_cases (LIKE cases INCLUDING ALL); CREATE TABLE bench_intake_outbox (LIKE outbox_messages INCLUDING ALL);"
dotnet tools/BareIntake/bin/Release/net10.0/PromoMonth.BareIntake.dll "http://127.0.0.1:$intake_peer_port" http://localhost:5080 \
  "Host=localhost;Port=${Infrastructure__Local__PostgresPort:-54320};Username=postgres;Password=$pg_password;Database=complaints" >/dev/null 2>&1 &
bare_intake=$!
for _ in $(seq 1 60); do curl -s -o /dev/null -m 1 "http://127.0.0.1:$intake_peer_port/" && break; sleep 0.5; done
BENCH_PATH=/_benchmark/intake/cases BENCH_TOKEN="$hotline" BENCH_RUN="$(( $(date +%s) - 1 ))" wrk -t1 -c"$connections" -d"$intake_warmup"s \
  -s bench/intake.lua http://localhost:5080/_benchmark/intake/cases >/dev/null 2>&1 || true
settle 30
figures=$(BENCH_PATH=/_benchmark/intake/cases BENCH_TOKEN="$hotline" BENCH_RUN="$(date +%s)" wrk -t1 -c"$connections" -d"${duration}s" --latency \
  -s bench/intake.lua http://localhost:5080/_benchmark/intake/cases | tail -1)
echo "{\"row\":\"complaint intake, durable\",\"subject\":\"bare ASP.NET Core + Npgsql through the gateway\",\"figures\":$figures}" >> "$results"
echo "  complaint intake / bare peer: $figures"
kill "$bare_intake" 2>/dev/null || true
psql "$pg dbname=complaints" -qAt -c "DROP TABLE bench_intake_cases, bench_intake_outbox"
psql "$pg dbname=complaints" -qAt -c "DROP TABLE IF EXISTS bench_cases; CREATE TABLE bench_cases (id uuid PRIMARY KEY, hotline text NOT NULL, reference text NOT NULL, kind text NOT NULL, category text NOT NULL, complainant jsonb NOT NULL, respondent jsonb NOT NULL, description text NOT NULL, received_at timestamptz NOT NULL, created_at timestamptz NOT NULL, UNIQUE (hotline, reference));"
pgbench_out=$(pgbench -n -c "$connections" -j 1 -T "$duration" -f bench/pgbench-insert.sql "$pg dbname=complaints" 2>&1)
tps=$(echo "$pgbench_out" | awk '/^tps/ {print $3; exit}')
latency=$(echo "$pgbench_out" | awk '/latency average/ {print $4; exit}')
echo "{\"row\":\"complaint intake, durable\",\"subject\":\"pgbench single-row insert, same server\",\"figures\":{\"rps\":$tps,\"avg_ms\":$latency}}" >> "$results"
echo "  complaint intake / pgbench: $tps tps, $latency ms average"
psql "$pg dbname=complaints" -qAt -c "DROP TABLE bench_cases"

# Statistics: bulk import next to COPY, and the national roll-up next to plain SQL over the raw values.
# The intake load's events are still being counted by statistics: let them land before timing statistics' import.
settle 120
python3 bench/statistics_intake.py http://localhost:5080 "$pg dbname=statistics" "$results" ${BENCH_QUICK:+--quick}

# One small step of the growth curves, so they never rot either (the figures of --growth are measured at full size).
if [ -n "${BENCH_QUICK:-}" ]; then
  python3 bench/growth.py http://localhost:5080 "$pg" "$results" --quick
fi

echo "{\"row\":\"memory\",\"subject\":\"resident MB per service\",\"figures\":{\"idle\":$idle_memory,\"after_load\":$(rss)}}" >> "$results"

# The cluster beside local (bench/cluster.sh) brings each system up in turn on the public port: this one stops first.
stop_system "$apphost_pid"
apphost_pid=""
BENCH_DURATION=$duration BENCH_WARMUP=$warmup BENCH_INTAKE_WARMUP=$intake_warmup bench/cluster.sh "$results"

mkdir -p bench/results
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ).json"
python3 bench/report.py "$results" "$out"
