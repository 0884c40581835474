"""Where a load's CPU goes: each process's user + system CPU seconds between two snapshots, grouped by what it is
(each PromoMonth service, PostgreSQL, RabbitMQ, Redis, the dashboard, the load generator). The profile of the
intake as it runs, with every process of the system on the same cores.

Usage: cpu_share.py snap <file>            remember the CPU seconds spent so far
       cpu_share.py diff <file> <per>      print the CPU since, in ms per unit of work (<per> units were done), as JSON
"""
import json
import os
import sys

GROUPS = ["PromoMonth.Gateway", "PromoMonth.Complaints", "PromoMonth.Statistics", "PromoMonth.Webhooks",
          "PromoMonth.Licensing", "PromoMonth.EventRegistry", "PromoMonth.Identity", "Aspire.Dashboard", "beam.smp",
          "redis-server", "postgres", "wrk"]


def snapshot():
    spent = {}
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            command = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            fields = open(f"/proc/{pid}/stat", encoding="ascii").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        group = next((g for g in GROUPS if g in command), "other")
        spent[group] = spent.get(group, 0) + (int(fields[11]) + int(fields[12])) / ticks
    return spent


if sys.argv[1] == "snap":
    json.dump(snapshot(), open(sys.argv[2], "w", encoding="utf-8"))
else:
    before, after, per = json.load(open(sys.argv[2], encoding="utf-8")), snapshot(), float(sys.argv[3])
    used = {g: round((after[g] - before.get(g, 0)) * 1000 / per, 2) for g in after if after[g] - before.get(g, 0) > 0.01}
    print(json.dumps(dict(sorted(used.items(), key=lambda item: -item[1]))))
