#!/usr/bin/env bash
# Runs the Debian-packaged HAProxy in the foreground (-db) with the configuration the AppHost wrote.
set -euo pipefail
config="$1"
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || { echo "HAProxy is not installed (apt-get install -y haproxy)" >&2; exit 1; }
exec /usr/sbin/haproxy -db -W -f "$config"
