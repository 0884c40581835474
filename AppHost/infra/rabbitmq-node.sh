#!/usr/bin/env bash
# One node of a RabbitMQ cluster on this machine. The nodes share one Erlang cookie and find each other by name
# (classic peer discovery), so a node started after the first joins its cluster; it then runs as rabbitmq.sh runs a
# single broker. Arguments: as rabbitmq.sh's, then the cluster's node names separated by commas.
set -euo pipefail
state_dir="$1"
port="$2"
node_name="$3"
dist_port="$4"
peers="$5"
: "${RABBITMQ_CLUSTER_COOKIE:?RABBITMQ_CLUSTER_COOKIE must be set}"

mkdir -p "$state_dir/home"
cookie="$state_dir/home/.erlang.cookie"
if [ ! -s "$cookie" ]; then
  printf '%s' "$RABBITMQ_CLUSTER_COOKIE" > "$cookie"
  chmod 400 "$cookie"
fi
config="$state_dir/rabbitmq.conf"
{
  echo "cluster_formation.peer_discovery_backend = classic_config"
  i=1
  for peer in ${peers//,/ }; do
    echo "cluster_formation.classic_config.nodes.$i = $peer"
    i=$((i + 1))
  done
} > "$config"
export RABBITMQ_CONFIG_FILE="$config"
exec "$(dirname "$0")/rabbitmq.sh" "$state_dir" "$port" "$node_name" "$dist_port"
