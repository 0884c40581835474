#!/usr/bin/env bash
# Fills a running PromoMonth system (./run.sh) with a 2020-style Consumption Promotion Month, through the gateway.
# Options are passed through; ./generate.sh --help lists them.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project tools/DataGenerator -c Release -- "$@"
