#!/usr/bin/env bash
# Runs the Debian-packaged Redis in the foreground on 127.0.0.1 with an append-only file under the state folder.
set -euo pipefail
data_dir="$1"
port="$2"
command -v redis-server >/dev/null || { echo "Redis is not installed (apt-get install -y redis-server)" >&2; exit 1; }
mkdir -p "$data_dir"
exec redis-server --port "$port" --bind 127.0.0.1 --dir "$data_dir" --appendonly yes --save "" --protected-mode yes
