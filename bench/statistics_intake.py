"""Statistics rows of the benchmark: bulk import of a whole campaign's daily reports (37 units × 30 days, with city
and key-enterprise breakdowns) next to PostgreSQL's COPY of the same rows, and the national roll-up over that daily
dataset next to the same aggregate in plain SQL over the raw values, totals compared to the cent.

Usage: python3 bench/statistics_intake.py <gateway> <psql-dsn> <rows.jsonl> [--quick]
Each row is appended to rows.jsonl as {"row", "subject", "figures": {...}}.
"""
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import statistics_dataset as dataset

gateway, dsn, rows_file = sys.argv[1], sys.argv[2], sys.argv[3]
quick = "--quick" in sys.argv
host, port = gateway.replace("http://", "").split(":")


def call(method, path, token, body=None, content_type="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(gateway + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()[:2000]


def token(client, scope):
    body = f"grant_type=client_credentials&client_id={client}&client_secret={client}-secret&scope={scope}".encode()
    with urllib.request.urlopen(urllib.request.Request(gateway + "/connect/token", data=body), timeout=30) as response:
        return json.load(response)["access_token"]


def psql(sql, *extra):
    return subprocess.run(["psql", dsn, "-v", "ON_ERROR_STOP=1", "-qAt", *extra, "-c", sql], check=True, capture_output=True, text=True).stdout


def emit(row, subject, figures):
    with open(rows_file, "a", encoding="utf-8") as out:
        out.write(json.dumps({"row": row, "subject": subject, "figures": figures}, ensure_ascii=False) + "\n")
    print(f"  {row} / {subject}: {figures}")


ministry = token("ministry", "statistics statistics.admin")
units = [u["code"] for u in call("GET", "/api/statistics/reporting-units", ministry)[1]]
days = 3 if quick else 30
cities_per_unit, enterprises_per_unit = (4, 4) if quick else (15, 20)

# A campaign of its own for each run, with the 2020 form and daily periods due far ahead, so the import is not locked.
form = call("GET", "/api/statistics/forms/2020", ministry)[1]


def open_campaign(code, days):
    return dataset.open_campaign(call, ministry, form, code, days)


for unit in units:
    status, answer = call("PUT", f"/api/statistics/units/{unit}/contacts", ministry,
                          {"responsible": {"name": "统计负责人", "title": "处长", "phone": "010-55550000", "email": f"stats-{unit}@example.cn"}})
    assert status == 200, answer


def campaign_file(periods):
    return dataset.campaign_file(units, periods, cities_per_unit, enterprises_per_unit)


random.seed(2020)
run = time.strftime("%Y%m%d%H%M%S")
campaign = "b" + run
csv_bytes = campaign_file(open_campaign(campaign, days))
values = csv_bytes.count(b"\n") - 1
print(f"bench: statistics import file: {values:,} values, {len(csv_bytes) / 1e6:.1f} MB, {len(units)} units × {days} days")

# Warm-up, as every HTTP row has its 5 s: the same file twice into campaigns of their own. An import runs its loops
# once per file, so its code reaches the JIT's optimised tier only after an import or two; the timed import measures
# the import, not the compiler. The warm-ups' times are kept in the figures (the first is a cold service's).
warm_up = []
for n in (1, 2):
    warm = f"w{n}{run}"
    open_campaign(warm, days)
    began = time.perf_counter()
    status, answer = call("POST", "/api/statistics/imports", ministry, csv_bytes.replace(campaign.encode(), warm.encode()), content_type="text/csv")
    warm_up.append(round(time.perf_counter() - began, 3))
    assert status == 200, answer

# Each warm-up queued a thousand ReportSubmitted events that the relay publishes after it answered: let that land, so
# the timed import does not share the machine with the warm-ups' aftermath.
subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "settle.py"), "60"], check=True)

began = time.perf_counter()
status, answer = call("POST", "/api/statistics/imports", ministry, csv_bytes, content_type="text/csv")
elapsed = time.perf_counter() - began
assert status == 200, answer
emit("statistics bulk import", "PromoMonth through the gateway", {"values": values, "seconds": round(elapsed, 3), "values_per_s": round(values / elapsed), "warm_up_seconds": warm_up})

with tempfile.NamedTemporaryFile("wb", suffix=".csv", delete=False) as file:
    file.write(csv_bytes)
os.chmod(file.name, 0o644)
table = f"bench_values_{campaign}"
psql(f"CREATE TABLE {table} (period text NOT NULL, org_unit text NOT NULL, data_element text NOT NULL, city text, enterprise text, value numeric(20,2) NOT NULL, comment text);"
     f"CREATE UNIQUE INDEX ON {table} (period, org_unit, data_element, coalesce(city, ''), coalesce(enterprise, ''));")
began = time.perf_counter()
psql(f"\\copy {table} FROM '{file.name}' WITH (FORMAT csv, HEADER true)")
copy_elapsed = time.perf_counter() - began
os.unlink(file.name)
emit("statistics bulk import", "PostgreSQL COPY, same rows, indexed table", {"values": values, "seconds": round(copy_elapsed, 3), "values_per_s": round(values / copy_elapsed)})

# The national roll-up over every daily period: the API (kept totals) against plain SQL over the raw values.
connection = http.client.HTTPConnection(host, int(port), timeout=30)
latencies = []
api_totals = {}
for _ in range(20 if quick else 100):
    began = time.perf_counter()
    connection.request("GET", f"/api/statistics/rollups/campaigns/{campaign}/daily", headers={"Authorization": f"Bearer {ministry}"})
    response = connection.getresponse()
    body = json.loads(response.read())
    latencies.append((time.perf_counter() - began) * 1000)
    api_totals = {r["indicator"]: r["value"] for r in body["national"]}
sql = f"SELECT data_element, sum(value) FROM {table} WHERE city IS NULL AND enterprise IS NULL GROUP BY data_element"
out = subprocess.run(["psql", dsn, "-qAt"], input="\\timing on\n" + (sql + ";\n") * (10 if quick else 30), capture_output=True, text=True, check=True).stdout
sql_ms = [float(line.split()[1]) for line in out.splitlines() if line.startswith("Time:")]
sql_totals = {line.split("|")[0]: float(line.split("|")[1]) for line in out.splitlines() if "|" in line}
mismatches = [k for k, v in sql_totals.items() if api_totals.get(k) is None or abs(float(api_totals[k]) - v) > 0.001]
latencies.sort()
sql_ms.sort()
emit("national roll-up over the daily dataset", "PromoMonth API (kept totals)", {
    "p50_ms": round(statistics.median(latencies), 2), "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1], 2),
    "totals_identical": not mismatches, "indicators": len(sql_totals)})
emit("national roll-up over the daily dataset", "plain SQL over the raw values", {
    "p50_ms": round(statistics.median(sql_ms), 2), "p99_ms": round(sql_ms[int(len(sql_ms) * 0.99) - 1], 2), "rows": values})
if mismatches:
    print(f"bench: roll-up totals differ for {mismatches}", file=sys.stderr)
psql(f"DROP TABLE {table}")
