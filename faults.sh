#!/usr/bin/env bash
# The fault-injection and fuzzing suite at full size: starts the whole AppHost (its own servers on free ports) and runs
# each scenario with a bounded stream of real requests through the gateway: RabbitMQ stopped for 30 s during 2,000
# intakes and registry writes, the complaints service killed with SIGKILL mid-stream, Redis stopped, one service's
# database unreachable, a poison message, two replicas of every service under the same stream, and every OpenAPI
# operation fuzzed. Prints what was sent, acknowledged, present, doubled and lost per scenario, and exits non-zero if
# anything was lost or doubled (or any test failed).
# The test command runs the same suite at a small size.
# --cluster runs only the node-loss scenarios, on the cluster topology (Infrastructure:Mode=cluster): the PostgreSQL
# primary's node killed while pg_auto_failover promotes its standby, the RabbitMQ node leading the queues killed, and
# the Redis primary killed while Sentinel promotes its replica, one of the two gateways killed behind HAProxy, and one
# replica of every service killed while it holds claimed outbox rows or a watch's claim.
set -euo pipefail
cd "$(dirname "$0")"
filter=()
expected_rows=20
if [ "${1:-}" = "--cluster" ]; then
  filter=(--filter "Topology=cluster")
  expected_rows=8
fi
scripts/setup.sh >/dev/null
report=$(mktemp)
fuzz=$(mktemp)
trap 'rm -f "$report" "$fuzz"' EXIT
status=0
FAULTS_SCALE=full FAULTS_REPORT="$report" FAULTS_FUZZ_REPORT="$fuzz" \
  dotnet test tests/PromoMonth.FaultTests --no-build --nologo "${filter[@]}" || status=$?
python3 - "$report" "$fuzz" "$expected_rows" <<'PY' || status=1
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
print()
print("| scenario | sent | acknowledged | present | doubled | lost | note |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print(f"| {r['scenario']} | {r['sent']} | {r['acknowledged']} | {r['present']} | {r['duplicates']} | {r['lost']} | {r['note']} |")
try:
    fuzz = json.load(open(sys.argv[2], encoding="utf-8"))
except (OSError, ValueError):
    fuzz = {}
if fuzz:
    ops = fuzz["operations"]
    print()
    print(f"fuzzing: {len(ops)} operations, {sum(fuzz['classes'].values())} requests: "
          + ", ".join(f"{n} {c}" for c, n in fuzz["classes"].items()) + f" ({fuzz['throttled']} throttled and retried)")
    print("callers: " + ", ".join(f"{c} {n}" for c, n in fuzz["callers"].items()))
    print("| type | distinct values tried |")
    print("|---|---|")
    for kind, n in fuzz["valuesPerType"].items():
        print(f"| {kind} | {n} |")
    print()
    print("| operation | requests | 2xx | 3xx | 4xx | 5xx |")
    print("|---|---|---|---|---|---|")
    for name, v in sorted(ops.items()):
        print(f"| {name} | {v['ok'] + v['redirected'] + v['rejected'] + v['failed']} | {v['ok']} | {v['redirected']} | {v['rejected']} | {v['failed']} |")
bad = [r for r in rows if r["duplicates"] or r["lost"]]
expected = int(sys.argv[3])
if bad or len(rows) < expected:
    print(f"\nfaults: {len(bad)} scenario(s) lost or doubled something; {len(rows)} of {expected} scenario rows reported",
          file=sys.stderr)
    sys.exit(1)
print("\nfaults: nothing lost, nothing doubled")
PY
exit "$status"
