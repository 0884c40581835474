"""The floor of event propagation, measured in the same run: two single-client commits on the same PostgreSQL (the
intake's, which writes the event row, and the consumer's, which writes its inbox row) plus one raw broker
publish-with-confirm → consume. Each part's percentile is summed, which bounds the floor's own percentile from above.

Usage: python3 bench/floor.py <pgbench per-transaction log files...> --broker '<broker figures JSON>' --rows <rows.jsonl>
"""
import json
import sys

args = sys.argv[1:]
broker = json.loads(args[args.index("--broker") + 1])
rows_file = args[args.index("--rows") + 1]
logs = [a for a in args[: args.index("--broker")]]

# pgbench -l writes one line per transaction: client, transaction, latency (µs), script, epoch seconds, µs.
latencies = sorted(int(line.split()[2]) / 1000 for path in logs for line in open(path, encoding="ascii") if line.strip())
if not latencies:
    sys.exit("floor: pgbench logged no transaction")


def percentile(values, share):
    return values[max(0, int(len(values) * share) - 1)]


commit = {"commits": len(latencies), "p50_ms": round(percentile(latencies, 0.5), 2), "p99_ms": round(percentile(latencies, 0.99), 2)}
figures = {
    "commit_p50_ms": commit["p50_ms"],
    "commit_p99_ms": commit["p99_ms"],
    "commits": commit["commits"],
    "broker_p50_ms": broker["p50_ms"],
    "broker_p99_ms": broker["p99_ms"],
    "p50_ms": round(2 * commit["p50_ms"] + broker["p50_ms"], 2),
    "p99_ms": round(2 * commit["p99_ms"] + broker["p99_ms"], 2),
}
with open(rows_file, "a", encoding="utf-8") as out:
    out.write(json.dumps({"row": "event propagation", "subject": "floor: two single-client commits + raw broker round trip",
                          "figures": figures}) + "\n")
print(f"  event propagation / floor: {figures}")
