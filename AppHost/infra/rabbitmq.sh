#!/usr/bin/env bash
# Runs the Debian-packaged RabbitMQ in the foreground as the calling user, everything kept under one folder.
# /usr/lib/rabbitmq/bin/rabbitmq-server (not /usr/sbin's wrapper) keeps the caller's user, so it can write there.
set -euo pipefail
state_dir="$1"
port="$2"
node_name="$3"
dist_port="$4"

[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || { echo "RabbitMQ is not installed (apt-get install -y rabbitmq-server)" >&2; exit 1; }
mkdir -p "$state_dir/mnesia" "$state_dir/log" "$state_dir/home"
[ -f "$state_dir/enabled_plugins" ] || echo '[].' > "$state_dir/enabled_plugins"

export HOME="$state_dir/home"
export RABBITMQ_NODENAME="$node_name"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$port"
export RABBITMQ_DIST_PORT="$dist_port"
export RABBITMQ_MNESIA_BASE="$state_dir/mnesia"
export RABBITMQ_LOG_BASE="$state_dir/log"
export RABBITMQ_LOGS=-
export RABBITMQ_ENABLED_PLUGINS_FILE="$state_dir/enabled_plugins"
exec /usr/lib/rabbitmq/bin/rabbitmq-server
