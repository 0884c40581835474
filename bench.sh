#!/usr/bin/env bash
# The benchmark command (see bench/run.sh): PromoMonth next to its peers on this machine, in one run.
exec "$(dirname "$0")/bench/run.sh" "$@"
