"""Event propagation: hotline intake → statistics' consumer, per case, from the two databases: the outbox row's
created_at in complaints (taken in the intake's transaction, so the intake's own commit is inside the figure) to the
inbox row's handled_at in statistics (taken in the consumer's transaction, which commits it with the count; that
commit is outside the figure). Both rows carry the same message id.

Usage: python3 bench/propagation.py <gateway> <psql-dsn-without-dbname> <rows.jsonl> [--quick]
"""
import json
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import datetime, timezone

gateway, dsn, rows_file = sys.argv[1], sys.argv[2], sys.argv[3]
count = 50 if "--quick" in sys.argv else 300


def token():
    body = b"grant_type=client_credentials&client_id=hotline-12315&client_secret=hotline-12315-secret"
    with urllib.request.urlopen(urllib.request.Request(gateway + "/connect/token", data=body), timeout=30) as response:
        return json.load(response)["access_token"]


def psql(database, sql):
    return subprocess.run(["psql", f"{dsn} dbname={database}", "-qAt", "-c", sql], check=True, capture_output=True, text=True).stdout


hotline = token()
run = uuid.uuid4().hex[:8]
started = datetime.now(timezone.utc)
for i in range(count):
    # A consumer of its own per case (a phone of its own), as a hotline's calls are: not twenty possible duplicates each.
    case = {"hotlineReference": f"prop-{run}-{i}", "channel": "phone", "receivedAt": datetime.now(timezone.utc).isoformat(), "kind": "complaint",
            "category": "price", "complainant": {"name": "王小明", "phone": f"137{int(run, 16) % 10_000:04d}{i:04d}", "address": "上海市徐汇区某路1号"},
            "respondent": {"name": "某电器商场", "address": "某区某路2号", "regionCode": "310000"},
            "description": "促销价格与结算价格不符。", "amountInvolved": 10}
    request = urllib.request.Request(gateway + "/api/complaints/cases", data=json.dumps(case).encode(), method="POST",
                                     headers={"Authorization": f"Bearer {hotline}", "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30).read()
    time.sleep(0.02)  # a trickle, not a load: the propagation time itself is measured

since = started.isoformat()
committed = {}
for _ in range(60):
    rows = psql("complaints", f"SELECT id, extract(epoch FROM created_at) FROM outbox_messages WHERE message_type = 'PromoMonth.Contracts.ComplaintReceived' AND created_at >= '{since}'")
    committed = dict(line.split("|") for line in rows.splitlines())
    ids = ",".join(f"'{i}'" for i in committed)
    effects = dict(line.split("|") for line in psql("statistics", f"SELECT message_id, extract(epoch FROM handled_at) FROM inbox_messages WHERE consumer = 'ComplaintReceivedConsumer' AND message_id IN ({ids})").splitlines()) if ids else {}
    if len(committed) >= count and len(effects) >= len(committed):
        break
    time.sleep(0.5)
delays = sorted((float(effects[i]) - float(t)) * 1000 for i, t in committed.items() if i in effects)
figures = {"events": len(delays), "p50_ms": round(statistics.median(delays), 2), "p99_ms": round(delays[max(0, int(len(delays) * 0.99) - 1)], 2), "max_ms": round(delays[-1], 2)}
with open(rows_file, "a", encoding="utf-8") as out:
    out.write(json.dumps({"row": "event propagation", "subject": "intake's event row written → statistics' inbox row written", "figures": figures}) + "\n")
print(f"  event propagation / intake → statistics: {figures}")
