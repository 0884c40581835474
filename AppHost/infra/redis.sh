#!/usr/bin/env bash
# Runs the Debian-packaged Redis in the foreground on 127.0.0.1 with an append-only file under the state folder.
# Memory is capped (third argument, e.g. 256mb). Past the cap Redis evicts the least recently used key among those
# with a time to live (volatile-lru): every cache entry has one; the rate limiter's token buckets have one too, but a
# bucket in use is touched at every request, so the idle ones go first, and a bucket idle that long has refilled.
# (volatile-ttl would evict the buckets first: their lives are seconds, a cached answer's a day of fail-safe.)
# Keys without a time to live are never evicted.
set -euo pipefail
data_dir="$1"
port="$2"
max_memory="${3:-256mb}"
shift $(( $# < 3 ? $# : 3 ))
# Anything after the first three (e.g. --replicaof 127.0.0.1 PORT for the cluster's replica) goes to the server.
command -v redis-server >/dev/null || { echo "Redis is not installed (apt-get install -y redis-server)" >&2; exit 1; }
mkdir -p "$data_dir"
exec redis-server --port "$port" --bind 127.0.0.1 --dir "$data_dir" --appendonly yes --save "" --protected-mode yes \
  --maxmemory "$max_memory" --maxmemory-policy volatile-lru --maxmemory-samples 10 "$@"
