# Ports and stopping for the systems the benchmark starts; sourced by bench/run.sh and bench/cluster.sh, which start
# each system with setsid, so its process id leads a process group of its own.

# A free port below the kernel's ephemeral range: one from that range can become an outgoing connection's local end
# before its server binds it.
free_port() {
  python3 - <<'PY'
import random, socket
low = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
while True:
    port = random.randrange(20000, low)
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
PY
}

# The public port and the engines' ports, local (as bench/run.sh chose them) and cluster (AppHost/appsettings.json):
# the next system needs them free.
system_ports() {
  echo ":(5080|5081|5082|${Infrastructure__Local__PostgresPort:-54320}|${Infrastructure__Local__RabbitMqPort:-56720}|\
${Infrastructure__Local__RedisPort:-63790}|54330|54331|54332|56730|56731|56732|56733|63791|63792) "
}

# What holds the system's ports, for the message of a system that did not start or stop.
port_holders() {
  ss -tanpH | grep -E "$(system_ports)" | head -20 >&2 || true
}

# wait_healthy LOG SECONDS: until the public port answers /health; past the limit, the end of the system's log and
# what holds its ports.
wait_healthy() {
  local started
  started=$(date +%s)
  until curl -sf -m 2 http://localhost:5080/health >/dev/null 2>&1; do
    sleep 1
    if [ $(( $(date +%s) - started )) -gt "$2" ]; then
      echo "bench: the system did not become healthy within $2 s" >&2; tail -20 "$1" >&2; port_holders; return 1
    fi
  done
}

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
    ss -ltnH | grep -qE "$(system_ports)" || return 0
    sleep 1
  done
  echo "bench: ports still taken two minutes after the system was stopped:" >&2
  port_holders
  return 1
}
