#!/usr/bin/env bash
# Sets up everything and runs every test: unit, integration (real PostgreSQL and RabbitMQ) and end to end (the whole
# AppHost through the gateway). The servers the tests need are started by the tests themselves on free ports.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# One test assembly at a time: the machine has two cores and the end-to-end tests start the whole system.
dotnet test PromoMonth.sln --no-build -m:1 --nologo 2>&1 | tee "$log" || status=$?

awk '/^(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  failed  += $(i+1)
         if ($i == "Passed:")  passed  += $(i+1)
         if ($i == "Skipped:") skipped += $(i+1)
       }
     }
     END { gsub(",", "", passed); printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }' "$log"

# The benchmark on small data: it asserts nothing about speed, only that every row still produces a figure.
bench_log=$(mktemp)
if ./bench.sh --quick >"$bench_log" 2>&1; then
  echo "bench --quick: every row produced a figure"
else
  status=1
  tail -40 "$bench_log"
  echo "bench --quick: FAILED"
fi
rm -f "$bench_log"
exit "$status"
