#!/usr/bin/env bash
# Everything PromoMonth needs on a fresh Debian machine: the PostgreSQL, RabbitMQ and Redis servers when missing,
# the repository's .NET tools, and a warning-free build. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || missing+=(rabbitmq-server)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# The cluster topology (Infrastructure:Mode=cluster, and its node-loss scenarios in the fault suite): pg_auto_failover
# for the PostgreSQL major version installed, Redis Sentinel and HAProxy.
pg_major=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 | cut -d/ -f5)
command -v pg_autoctl >/dev/null 2>&1 || missing+=(pg-auto-failover-cli "postgresql-${pg_major:-15}-auto-failover")
command -v redis-sentinel >/dev/null 2>&1 || missing+=(redis-sentinel)
[ -x /usr/sbin/haproxy ] || missing+=(haproxy)
# Node.js runs jsonld.js, the reference JSON-LD processor the catalog's end-to-end test expands its output with.
# It also runs the partners' API tools (tests/contract: Redocly, Spectral, a generated TypeScript client) and the
# campaign board's browser check (tests/board: playwright-core driving Debian's Chromium, with axe-core).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# Headless Chromium opens the licence verification page in the end-to-end tests, as a consumer's phone would.
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# …and a Chinese font, so that its screenshots show the page as a person reads it.
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)
# The bench and the fault table are Python scripts; the bench finds processes and ports with pgrep and ss.
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v ss >/dev/null 2>&1 || missing+=(iproute2)
command -v pgrep >/dev/null 2>&1 || missing+=(procps)
# LibreOffice (without its desktop) opens the XLSX exports in the end-to-end tests.
lean=()
command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-calc-nogui)
if [ "${#missing[@]}" -gt 0 ] || [ "${#lean[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]} ${lean[*]} from Debian's packages"
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  [ "${#missing[@]}" -eq 0 ] || DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  [ "${#lean[@]}" -eq 0 ] \
    || DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi

command -v dotnet >/dev/null 2>&1 || { echo "setup: the .NET 10 SDK (dotnet) is required" >&2; exit 1; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
for node_package in tests/jsonld tests/spreadsheets tests/contract tests/board tests/webhooks tests/credentials; do
  if [ ! -d "$node_package/node_modules" ]; then
    (cd "$node_package" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
done
echo "setup: building PromoMonth.sln"
dotnet build PromoMonth.sln -nologo -clp:"ErrorsOnly;Summary" -v:quiet
