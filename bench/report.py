"""Prints the benchmark's Markdown table (each subject next to its peer, with the ratio and the goal) and saves JSON."""
import json
import math
import os
import platform
import sys

rows_file, out_file = sys.argv[1], sys.argv[2]
rows = [json.loads(line) for line in open(rows_file, encoding="utf-8")]

def figures(row, subject):
    return next(r["figures"] for r in rows if r["row"] == row and r["subject"] == subject)

CACHED = "public catalog read (cached)"
ours = figures(CACHED, "PromoMonth through the gateway")
micro = figures(CACHED, "nginx, 5 s micro-cache")
plain = figures(CACHED, "nginx, plain reverse proxy")
direct = figures(CACHED, "registry service directly")
uncached = figures("catalog data uncached (PostgreSQL every request)", "registry list, authenticated, directly")

verify_ours = figures("licence verification", "PromoMonth through the gateway")
verify_micro = figures("licence verification", "nginx, 5 s micro-cache")
verify_service = figures("verification inside the service", "licensing service directly")
verify_constant = figures("verification inside the service", "constant answer, same service")

comparisons = [
    ("public catalog read (cached), vs micro-caching nginx", ours, micro, "≥ 1.0× req/s, p99 no worse"),
    ("public catalog read (cached), vs plain nginx proxy", ours, plain, "≥ 1.0× req/s"),
    ("catalog inside the service (cached) vs through the gateway", direct, ours, "(gateway overhead)"),
    ("catalog from cache vs from PostgreSQL (same service, direct)", direct, uncached, "(what the cache buys)"),
    ("licence verification, vs micro-caching nginx", verify_ours, verify_micro, "≥ 1.0× req/s"),
    ("verification inside the service vs a constant answer there", verify_service, verify_constant, "≥ 0.7×"),
]

print()
print(f"PromoMonth benchmark on {platform.node()} ({os.cpu_count()} cores)")
print()
print("| row | ours req/s | ours p50 / p99 ms | peer req/s | peer p50 / p99 ms | ratio (req/s) | goal |")
print("|---|---|---|---|---|---|---|")
table = []
for name, a, b, goal in comparisons:
    ratio = a["rps"] / b["rps"] if b["rps"] else float("nan")
    print(f"| {name} | {a['rps']:.0f} | {a['p50_ms']:.2f} / {a['p99_ms']:.2f} | {b['rps']:.0f} | {b['p50_ms']:.2f} / {b['p99_ms']:.2f} | {ratio:.2f}× | {goal} |")
    table.append({"row": name, "ours": a, "peer": b, "ratio": ratio, "goal": goal})
def optional(row, subject):
    return next((r["figures"] for r in rows if r["row"] == row and r["subject"] == subject), None)

extra = []
intake, pgbench = optional("complaint intake, durable", "PromoMonth through the gateway"), optional("complaint intake, durable", "pgbench single-row insert, same server")
if intake and pgbench:
    extra.append(("complaint intake, durable (cases/s vs pgbench tps)", f"{intake['rps']:.0f}/s, p99 {intake['p99_ms']:.1f} ms", f"{pgbench['rps']:.0f}/s, avg {pgbench['avg_ms']} ms",
                  intake["rps"] / pgbench["rps"], "≥ 0.25×, p99 ≤ 50 ms"))
bare_intake = optional("complaint intake, durable", "bare ASP.NET Core + Npgsql through the gateway")
if intake and bare_intake:
    extra.append(("complaint intake, durable (cases/s vs a bare ASP.NET Core + Npgsql intake, same gateway)", f"{intake['rps']:.0f}/s, p99 {intake['p99_ms']:.1f} ms",
                  f"{bare_intake['rps']:.0f}/s, p99 {bare_intake['p99_ms']:.1f} ms", intake["rps"] / bare_intake["rps"], "≥ 0.8×"))
ours_import, copy = optional("statistics bulk import", "PromoMonth through the gateway"), optional("statistics bulk import", "PostgreSQL COPY, same rows, indexed table")
if ours_import and copy:
    extra.append(("statistics bulk import (values/s vs COPY)", f"{ours_import['values_per_s']:,}/s ({ours_import['values']:,} values, {ours_import['seconds']} s; warm-ups {', '.join(f'{s} s' for s in ours_import.get('warm_up_seconds', []))})",
                  f"{copy['values_per_s']:,}/s ({copy['seconds']} s)", ours_import["values_per_s"] / copy["values_per_s"], "≥ 0.5×"))
rollup, sql = optional("national roll-up over the daily dataset", "PromoMonth API (kept totals)"), optional("national roll-up over the daily dataset", "plain SQL over the raw values")
if rollup and sql:
    extra.append(("national roll-up, daily dataset (latency, lower is better)", f"p50 {rollup['p50_ms']} / p99 {rollup['p99_ms']} ms, totals identical: {rollup['totals_identical']}",
                  f"p50 {sql['p50_ms']} / p99 {sql['p99_ms']} ms over {sql['rows']:,} rows", rollup["p50_ms"] / sql["p50_ms"], "≤ 0.1× latency, totals to the cent"))
propagation, broker = optional("event propagation", "intake's event row written → statistics' inbox row written"), optional("event propagation", "raw RabbitMQ publish (persistent, confirmed) → consume")
if propagation and broker:
    extra.append(("event propagation, intake → statistics (p99 vs raw broker p99)", f"p50 {propagation['p50_ms']} / p99 {propagation['p99_ms']} ms ({propagation['events']} events)",
                  f"p50 {broker['p50_ms']} / p99 {broker['p99_ms']} ms", propagation["p99_ms"] / broker["p99_ms"], "(the broker alone)"))
floor = optional("event propagation", "floor: two single-client commits + raw broker round trip")
if propagation and floor:
    extra.append(("event propagation, intake → statistics (p99 vs its floor: 2 commits + broker)", f"p50 {propagation['p50_ms']} / p99 {propagation['p99_ms']} ms",
                  f"p50 {floor['p50_ms']} / p99 {floor['p99_ms']} ms (commit p99 {floor['commit_p99_ms']} ms × 2 + broker p99 {floor['broker_p99_ms']} ms)",
                  propagation["p99_ms"] / floor["p99_ms"], "p99 ≤ 3×"))
auth_ours, auth_yarp = optional("authenticated read", "PromoMonth through the gateway"), optional("authenticated read", "bare YARP, same service")
if auth_ours and auth_yarp:
    extra.append(("authenticated read (req/s vs bare YARP to the same service)", f"{auth_ours['rps']:.0f}/s, p99 {auth_ours['p99_ms']:.1f} ms",
                  f"{auth_yarp['rps']:.0f}/s, p99 {auth_yarp['p99_ms']:.1f} ms", auth_ours["rps"] / auth_yarp["rps"], "≥ 0.8×"))
credential = optional("credential verification", "signature + status bit, one core (tools/CredentialCheck)")
if credential:
    extra.append(("credential verification (signature + status bit) per second in one core, vs online verification",
                  f"{credential['checks_per_s']:.0f}/s ({credential['us_per_check']} µs each)",
                  f"{verify_ours['rps']:.0f}/s online through the gateway, p99 {verify_ours['p99_ms']:.1f} ms", credential["checks_per_s"] / verify_ours["rps"],
                  "(needs no server)"))
cold = optional("AppHost cold start", "./run.sh to the gateway healthy (it waits for every resource)")
if cold:
    extra.append(("AppHost cold start (to all resources healthy)", f"{cold['seconds']} s", "—", cold["seconds"] / 30, "≤ 30 s"))
memory = optional("memory", "resident MB per service")
if memory:
    extra.append(("memory, resident MB (idle → after the load)", ", ".join(f"{k} {v} → {memory['after_load'].get(k, '?')}" for k, v in memory["idle"].items()), "—", float("nan"), "reported"))
# The cluster beside local: the same load through each system's public port, one after the other (bench/cluster.sh).
cluster_row = "cluster beside local"
for what, unit in (("public catalog read (cached)", "req/s"), ("complaint intake, durable", "cases/s")):
    on_cluster, on_local = optional(cluster_row, f"{what}, cluster"), optional(cluster_row, f"{what}, local")
    if on_cluster and on_local:
        extra.append((f"{what} through the cluster's HAProxy and 2 gateways ({unit} vs the same on local)",
                      f"{on_cluster['rps']:.0f}/s, p99 {on_cluster['p99_ms']:.1f} ms", f"{on_local['rps']:.0f}/s, p99 {on_local['p99_ms']:.1f} ms",
                      on_cluster["rps"] / on_local["rps"], "(the cost of the cluster)"))
synchronous = optional(cluster_row, "pgbench single-row insert, cluster primary (synchronous_commit=on, standby flush awaited)")
local_commit = optional(cluster_row, "pgbench single-row insert, cluster primary (synchronous_commit=local)")
single = optional(cluster_row, "pgbench single-row insert, local")
if synchronous and single:
    extra.append(("a commit on the cluster's primary (tps vs the local server's)",
                  f"{synchronous['rps']:.0f}/s, avg {synchronous['avg_ms']} ms", f"{single['rps']:.0f}/s, avg {single['avg_ms']} ms",
                  synchronous["rps"] / single["rps"], "(replication and failover's price per commit)"))
if synchronous and local_commit:
    extra.append(("a commit on the cluster's primary, awaiting the synchronous standby (tps vs not awaiting it)",
                  f"{synchronous['rps']:.0f}/s, avg {synchronous['avg_ms']} ms", f"{local_commit['rps']:.0f}/s, avg {local_commit['avg_ms']} ms",
                  synchronous["rps"] / local_commit["rps"], "(the cost of synchronous replication)"))
if extra:
    print()
    print("| row | ours | limit or peer | ratio | goal |")
    print("|---|---|---|---|---|")
    for name, a, b, ratio, goal in extra:
        # A row without a peer (memory) has no ratio: a dash in the table, null in the JSON (NaN is not JSON).
        print(f"| {name} | {a} | {b} | {'—' if math.isnan(ratio) else f'{ratio:.2f}×'} | {goal} |")
        table.append({"row": name, "ours": a, "peer": b, "ratio": None if math.isnan(ratio) else ratio, "goal": goal})

errors = [r for r in rows if "errors" in r["figures"] and r["figures"]["errors"] > 0]
for r in errors:
    print(f"\nwarning: {r['row']} / {r['subject']} had {r['figures']['errors']} errors ({r['figures']['non2xx']} non-2xx)")
json.dump({"rows": rows, "comparisons": table}, open(out_file, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(f"\nJSON: {out_file}")

# Every row must have produced a figure (bench --quick runs in the test command for exactly this).
required = [
    ("public catalog read (cached)", "PromoMonth through the gateway"), ("public catalog read (cached)", "nginx, 5 s micro-cache"),
    ("licence verification", "PromoMonth through the gateway"), ("verification inside the service", "constant answer, same service"),
    ("complaint intake, durable", "PromoMonth through the gateway"), ("complaint intake, durable", "pgbench single-row insert, same server"),
    ("complaint intake, durable", "bare ASP.NET Core + Npgsql through the gateway"),
    ("event propagation", "intake's event row written → statistics' inbox row written"), ("event propagation", "raw RabbitMQ publish (persistent, confirmed) → consume"),
    ("event propagation", "floor: two single-client commits + raw broker round trip"),
    ("statistics bulk import", "PromoMonth through the gateway"), ("statistics bulk import", "PostgreSQL COPY, same rows, indexed table"),
    ("national roll-up over the daily dataset", "PromoMonth API (kept totals)"), ("national roll-up over the daily dataset", "plain SQL over the raw values"),
    ("authenticated read", "PromoMonth through the gateway"), ("authenticated read", "bare YARP, same service"),
    ("AppHost cold start", "./run.sh to the gateway healthy (it waits for every resource)"), ("memory", "resident MB per service"),
    ("credential verification", "signature + status bit, one core (tools/CredentialCheck)"),
    ("cluster beside local", "public catalog read (cached), local"), ("cluster beside local", "public catalog read (cached), cluster"),
    ("cluster beside local", "complaint intake, durable, local"), ("cluster beside local", "complaint intake, durable, cluster"),
    ("cluster beside local", "pgbench single-row insert, cluster primary (synchronous_commit=on, standby flush awaited)"),
    ("cluster beside local", "pgbench single-row insert, cluster primary (synchronous_commit=local)"),
    ("cluster beside local", "pgbench single-row insert, local"),
]
missing = [f"{row} / {subject}" for row, subject in required if not optional(row, subject)]
if missing:
    print("bench: rows without a figure: " + "; ".join(missing), file=sys.stderr)
    sys.exit(1)
if rollup and not rollup.get("totals_identical"):
    print("bench: the roll-up totals differ from plain SQL", file=sys.stderr)
    sys.exit(1)
print("bench: every row produced a figure")
