#!/usr/bin/env bash
# Runs one Debian-packaged Redis Sentinel in the foreground on 127.0.0.1, watching the primary named by the second
# argument. Sentinel rewrites its own file (the primary it has found, the other sentinels), so the file is written
# once and kept: a restarted sentinel remembers a failover it saw.
set -euo pipefail
state_dir="$1"
port="$2"
service="$3"
primary_port="$4"
quorum="${5:-2}"
command -v redis-sentinel >/dev/null || { echo "Redis Sentinel is not installed (apt-get install -y redis-sentinel)" >&2; exit 1; }
mkdir -p "$state_dir"
config="$state_dir/sentinel.conf"
if [ ! -s "$config" ]; then
  cat > "$config" <<CONF
port $port
bind 127.0.0.1
dir $state_dir
sentinel monitor $service 127.0.0.1 $primary_port $quorum
sentinel down-after-milliseconds $service 5000
sentinel failover-timeout $service 15000
sentinel parallel-syncs $service 1
CONF
fi
exec redis-sentinel "$config"
