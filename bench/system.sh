# Stopping a system the benchmark started; sourced by bench/run.sh and bench/cluster.sh, which start each system with
# setsid, so its process id leads a process group of its own.
# The public port and the engines' ports, local and cluster (AppHost/appsettings.json): the next system needs them.
system_ports=':(5080|5081|5082|54320|56720|63790|54330|54331|54332|56730|56731|56732|56733|63791|63792) '

# stop_system PID: SIGTERM to the whole group (dotnet run and the AppHost, which then stops its resources), and back
# once every port of the system is free. A system still answering on the public port would be measured again.
stop_system() {
  local pid="$1"
  [ -z "$pid" ] && return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  wait_ports_free
}

wait_ports_free() {
  for _ in $(seq 1 120); do
    ss -ltnH | grep -qE "$system_ports" || return 0
    sleep 1
  done
  echo "bench: ports still taken two minutes after the system was stopped:" >&2
  ss -ltnpH | grep -E "$system_ports" >&2
  return 1
}
