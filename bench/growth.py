"""What a month of a campaign does to the rows that depend on the data: fills each service's database to the sizes of a
campaign (cloning rows the services themselves wrote, with INSERT … SELECT over generate_series, so every column and
JSON shape is the real one) and measures, at each size, the figures that read or write those tables. Prints each as a
curve (the figure at each size and the ratio largest/smallest) and appends the rows and curves to the results file.

Usage: python3 bench/growth.py <gateway> <libpq conninfo without dbname> <rows.jsonl> [--quick]
"""
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from http.client import HTTPConnection

import statistics_dataset as dataset

gateway, conninfo, rows_file = sys.argv[1], sys.argv[2], sys.argv[3]
quick = "--quick" in sys.argv
duration = int(os.environ.get("BENCH_DURATION", "2" if quick else "8"))
connections = os.environ.get("BENCH_CONNECTIONS", "16")
# The sizes of a campaign: a month of complaints with their events, the catalog, the licences. --quick: one small step.
SIZES = {
    "complaints": [0, 5_000] if quick else [0, 100_000, 1_000_000],
    "licensing": [1_000, 5_000] if quick else [10_000, 100_000],
    "registry": [100, 400] if quick else [2_000, 20_000],
    # Campaigns' daily datasets (37 units × 30 days, 15 cities and 20 key enterprises each): the 2020 one, and ten.
    "statistics": [1, 2] if quick else [1, 10],
}
RELEASES = 2 if quick else 10
SAMPLES = 20 if quick else 200
REGIONS = ["110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000", "320000", "330000",
           "340000", "350000", "360000", "370000", "410000", "420000", "430000", "440000", "450000", "460000", "500000",
           "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000", "210200", "330200",
           "350200", "370200", "440300", "660000"]
REGION_ARRAY = "ARRAY[" + ",".join(f"'{r}'" for r in REGIONS) + "]"


def psql(database, sql):
    result = subprocess.run(["psql", f"{conninfo} dbname={database}", "-qAtX", "-v", "ON_ERROR_STOP=1", "-c", sql],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"growth: psql on {database} failed: {result.stderr.strip()}")
    return result.stdout.strip()


def call(method, path, token=None, body=None, form=None, csv=None):
    data, headers = None, {}
    if csv is not None:
        data, headers["Content-Type"] = csv, "text/csv"
    elif form is not None:
        data, headers["Content-Type"] = urllib.parse.urlencode(form).encode(), "application/x-www-form-urlencoded"
    elif body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(gateway + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=300) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def token(client, scope=None):
    form = {"grant_type": "client_credentials", "client_id": client, "client_secret": f"{client}-secret"}
    return call("POST", "/connect/token", form=form | ({"scope": scope} if scope else {}))[1]["access_token"]


def latencies(base, paths, bearer=None):
    """One client, requests one after another on a kept-alive connection: p50 and p99 of the paths, in ms."""
    parsed = urllib.parse.urlparse(base)
    connection = HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    taken = [timed(connection, "GET", path, bearer) for path in paths]
    connection.close()
    return summary(taken)


def timed(connection, method, path, bearer=None, body=None):
    """One request's time in ms, and whether it failed."""
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    if body is not None:
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    connection.request(method, path, body=None if body is None else json.dumps(body).encode(), headers=headers)
    response = connection.getresponse()
    answer = response.read()
    if response.status >= 400 and not timed.reported:
        timed.reported = True
        print(f"  {method} {path}: {response.status} {answer[:500]!r}", file=sys.stderr)
    return (time.perf_counter() - started) * 1000, response.status >= 400


timed.reported = False


def summary(taken):
    ms = sorted(t for t, _ in taken)
    rank = lambda share: ms[max(0, math.ceil(len(ms) * share) - 1)]
    return {"p50_ms": round(rank(0.5), 2), "p99_ms": round(rank(0.99), 2), "requests": len(ms),
            "failures": sum(failed for _, failed in taken)}


def wrk(script, url, bearer, run, warm_up=2):
    env = dict(os.environ, BENCH_TOKEN=bearer, BENCH_RUN=str(run))
    subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{warm_up}s", "-s", script, url], env=dict(env, BENCH_RUN=str(run - 1)),
                   capture_output=True, check=False)
    out = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", "-s", script, url], env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def follow_links(path, bearer, pages):
    """Follows a list's Link rel="next" from a page, up to the page asked for or the last: its path and number."""
    parsed = urllib.parse.urlparse(gateway)
    connection = HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    page = 1
    while page < pages:
        connection.request("GET", path, headers={"Authorization": f"Bearer {bearer}"})
        response = connection.getresponse()
        response.read()
        link = re.match(r'^<([^>]+)>; rel="next"$', response.getheader("Link") or "")
        if not link:
            break
        path, page = link.group(1), page + 1
    connection.close()
    return path, page


def record(row, size, figures):
    with open(rows_file, "a", encoding="utf-8") as out:
        out.write(json.dumps({"row": f"growth: {row}", "subject": f"{size:,}", "size": size, "figures": figures}) + "\n")
    print(f"  {row} at {size:,}: {figures}", flush=True)
    measured.setdefault(row, []).append((size, figures))


def explain_ms(database, sql, runs):
    """The server's own execution time of a statement (EXPLAIN ANALYZE, rolled back), median of the runs."""
    times = []
    for _ in range(runs):
        plan = psql(database, f"BEGIN; EXPLAIN (ANALYZE, FORMAT JSON) {sql}; ROLLBACK;")
        times.append(json.loads(plan)[0]["Execution Time"])
    return round(statistics.median(times), 3)


def settle():
    """After a fill, autovacuum and the services' backlog finish before a figure is taken (bench/settle.py)."""
    subprocess.run([sys.executable, "bench/settle.py", "20" if quick else "120"], check=False)


def plan(database, sql):
    """The plan and buffers of a statement at the largest size, for the curves that are not flat."""
    return psql(database, f"BEGIN; EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}; ROLLBACK;")


def wait_for(what, check, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.5)
    sys.exit(f"growth: {what} did not happen within {timeout} s")


measured = {}


# Complaints: cases with their history, their events' outbox rows (relayed) and the consumers' inbox rows.
def complaints():
    hotline = token("hotline-12315")
    status, template = call("POST", "/api/complaints/cases", hotline, {
        "hotlineReference": f"growth-template-{int(time.time())}", "channel": "phone",
        "receivedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "kind": "complaint", "category": "price",
        "complainant": {"name": "王小明", "phone": "13900000001", "address": "上海市徐汇区某路1号"},
        "respondent": {"name": "某电器商场", "address": "某区某路2号", "regionCode": "310000"},
        "description": "促销价格与结算价格不符，要求退还差价。", "amountInvolved": 199.00})
    assert status == 201, (status, template)
    case_id = template["id"]
    wait_for("the template case's event relayed", lambda: psql(
        "complaints", "SELECT count(*) FROM outbox_messages WHERE published_at IS NOT NULL") != "0")
    outbox_id = psql("complaints", "SELECT id FROM outbox_messages WHERE published_at IS NOT NULL ORDER BY created_at DESC LIMIT 1")
    consumer = psql("statistics", "SELECT consumer FROM inbox_messages ORDER BY handled_at DESC LIMIT 1") or "ComplaintReceivedConsumer"
    added = 0
    for size in SIZES["complaints"]:
        while added < size:
            batch = min(100_000, size - added)
            first, last = added + 1, added + batch
            # Spread over the last 30 days, 37 regions, every status; clocks already announced (the watches stay quiet).
            psql("complaints", f"""
                INSERT INTO cases
                SELECT (jsonb_populate_record(NULL::cases, to_jsonb(t) || jsonb_build_object(
                  'id', gen_random_uuid(), 'hotline_reference', 'growth-' || g, 'duplicate_key', md5('growth' || g),
                  'received_at', r.at, 'created_at', r.at, 'updated_at', r.at,
                  'responsible_region', ({REGION_ARRAY})[1 + g % 37],
                  'status', (ARRAY['Received','Accepted','Rejected','InMediation','Resolved','Closed'])[1 + (g / 37) % 6],
                  'acceptance_due_at', r.at + interval '7 days', 'acceptance_warned_at', r.at + interval '6 days',
                  'overdue_notified_at', r.at + interval '8 days',
                  'mediation_due_at', r.at + interval '45 days', 'mediation_warned_at', r.at + interval '44 days'))).*
                FROM cases t, generate_series({first}, {last}) g,
                  LATERAL (SELECT now() - ((g::bigint * 7919) % 2592000) * interval '1 second' AS at) r
                WHERE t.id = '{case_id}';
                INSERT INTO outbox_messages
                SELECT (jsonb_populate_record(NULL::outbox_messages, to_jsonb(t) || jsonb_build_object(
                  'id', gen_random_uuid(), 'published_at', now(), 'next_attempt_at', now()))).*
                FROM outbox_messages t, generate_series({first}, {last}) g WHERE t.id = '{outbox_id}';""")
            psql("statistics", f"""INSERT INTO inbox_messages (message_id, consumer, handled_at)
                SELECT gen_random_uuid(), '{consumer}', now() FROM generate_series({first}, {last})""")
            added = last
        # As a month of autovacuum leaves them (VACUUM runs outside a transaction: one statement per call).
        psql("complaints", "VACUUM ANALYZE cases")
        psql("complaints", "VACUUM ANALYZE outbox_messages")
        psql("statistics", "ANALYZE inbox_messages")
        settle()
        hotline = token("hotline-12315")
        if size == SIZES["complaints"][0]:
            # The first size is measured once unrecorded after a long warm-up: on two cores the JIT tiers of the
            # gateway, the service, the relay and the consumers settle after about 40 s of load.
            wrk("bench/intake.lua", f"{gateway}/api/complaints/cases", hotline, int(time.time()) * 10 + 9,
                warm_up=2 if quick else 45)
        hotline, ministry = token("hotline-12315"), token("ministry")  # a full run outlives a token
        intake = wrk("bench/intake.lua", f"{gateway}/api/complaints/cases", hotline, int(time.time()) * 10 + size % 7)
        record("complaint intake (cases/s)", size, intake)
        # The intake's events are consumed by statistics and webhooks for a while: the reads below are measured after.
        settle()
        # A handler's list: one region, open cases, two weeks of receipts; page 1 and page 100.
        day = lambda days_ago: time.strftime("%Y-%m-%d", time.gmtime(time.time() - days_ago * 86400))
        query = f"/api/complaints/cases?regionCode=310000&status=received&from={day(21)}&to={day(7)}&pageSize=20"
        if size == SIZES["complaints"][0]:
            latencies(gateway, [f"{query}&page=1"] * SAMPLES, ministry)
        record("handlers' case list, page 1", size, latencies(gateway, [f"{query}&page=1"] * SAMPLES, ministry))
        record("handlers' case list, page 100", size, latencies(gateway, [f"{query}&page=100"] * SAMPLES, ministry))
        deep, reached = follow_links(f"{query}&page=1", ministry, 100)
        record("handlers' case list, page 100 by its next link", size,
               latencies(gateway, [deep] * SAMPLES, ministry) | {"page": reached})
        claim = ("SELECT * FROM outbox_messages WHERE published_at IS NULL AND next_attempt_at <= now() "
                 "ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED")
        record("outbox relay's claim (server ms)", size, {"p50_ms": explain_ms("complaints", claim, 5 if quick else 20)})
    print(plan("complaints", claim))
    print(plan("complaints", f"SELECT count(*) FROM cases WHERE responsible_region = '310000' AND status = 'Received' "
                             f"AND received_at >= now() - interval '21 days' AND received_at < now() - interval '7 days'"))


# Licensing: licences cloned from one the service granted; verification of numbers never asked before (uncached).
def licensing():
    number = subprocess.run([sys.executable, "bench/licence.py"], capture_output=True, text=True, check=True).stdout.strip()
    prefix = re.sub(r"\d+$", "", number)
    template = psql("licensing", f"SELECT id FROM licenses WHERE number = '{number}'")
    added = 0
    for size in SIZES["licensing"]:
        if size > added:
            psql("licensing", f"""
                INSERT INTO licenses
                SELECT (jsonb_populate_record(NULL::licenses, to_jsonb(t) || jsonb_build_object(
                  'id', gen_random_uuid(), 'number', '{prefix}' || lpad((90000000 + g)::text, 8, '0'),
                  'licensee_id', gen_random_uuid(), 'status_position', nextval('licence_status_positions'),
                  'region_code', ({REGION_ARRAY})[1 + g % 37]))).*
                FROM licenses t, generate_series({added + 1}, {size}) g WHERE t.id = '{template}';
                ANALYZE licenses;""")
            added = size
            settle()
        # Numbers spread over the whole range, each asked once in this run: every one misses the caches.
        step = max(1, size // SAMPLES)
        numbers = [f"{prefix}{90000000 + n:08d}" for n in range(1 + size % step, size + 1, step)][:SAMPLES]
        record("licence verification, uncached", size, latencies(gateway, [f"/api/verify/{n}" for n in numbers]))


# Registry: approved activities cloned from one the registry approved, and numbered releases of the catalog.
def registry():
    status, campaign = call("GET", "/api/catalog/summary")
    if psql("registry", "SELECT count(*) FROM activities WHERE status = 'Approved'") == "0":
        subprocess.run([sys.executable, "bench/licence.py"], capture_output=True, check=True)  # approves one activity
    template = psql("registry", "SELECT id FROM activities WHERE status = 'Approved' ORDER BY created_at LIMIT 1")
    registry_port = registry_service_port()
    added = int(psql("registry", "SELECT count(*) FROM activities WHERE status = 'Approved'"))
    for size in SIZES["registry"]:
        if size > added:
            psql("registry", f"""
                WITH cloned AS (
                  INSERT INTO activities
                  SELECT (jsonb_populate_record(NULL::activities, to_jsonb(t) || jsonb_build_object(
                    'id', gen_random_uuid(), 'region_code', ({REGION_ARRAY})[1 + g % 37],
                    'details', jsonb_set(jsonb_set(t.details, '{{title}}', to_jsonb('增长基准活动 ' || g)),
                      '{{regionCode}}', to_jsonb(({REGION_ARRAY})[1 + g % 37]))))).*
                  FROM activities t, generate_series({added + 1}, {size}) g WHERE t.id = '{template}'
                  RETURNING id)
                INSERT INTO activity_transitions (activity_id, action, "from", "to", by, at, reason)
                SELECT cloned.id, x.action, x."from", x."to", x.by, x.at, x.reason
                FROM cloned, activity_transitions x WHERE x.activity_id = '{template}';
                ANALYZE activities; ANALYZE activity_transitions;""")
            added = size
            settle()
        ministry = token("ministry")
        versions = []
        for _ in range(RELEASES):
            status, release = call("POST", "/api/registry/catalog-releases", ministry, {})
            assert status == 201, (status, release)
            versions.append(release["version"])
        # Each release read for the first time: nothing of it is in any cache yet.
        record("catalog, first read of a release (uncached)", size,
               latencies(f"http://127.0.0.1:{registry_port}", [f"/api/catalog/releases/{v}/activities?pageSize=50" for v in versions]))
        record("catalog, filtered read (one region, latest release)", size,
               latencies(f"http://127.0.0.1:{registry_port}", ["/api/catalog/activities?regionCode=440000&pageSize=50"] * SAMPLES))
        record("release list, authenticated (PostgreSQL every request)", size,
               latencies(f"http://127.0.0.1:{registry_port}", ["/api/registry/catalog-releases"] * (SAMPLES // 4), ministry))
        record("registry list, authenticated (PostgreSQL every request)", size,
               latencies(f"http://127.0.0.1:{registry_port}", ["/api/registry/activities?status=approved&pageSize=50"] * SAMPLES, ministry))


# Statistics: whole campaigns' daily reports imported as the ministry imports them, then a unit's report submitted and
# the national roll-up read right after it (each submission clears the cached roll-ups, so every read is uncached).
def statistics_part():
    ministry = token("ministry", "statistics statistics.admin")
    form = call("GET", "/api/statistics/forms/2020", ministry)[1]
    units = [u["code"] for u in call("GET", "/api/statistics/reporting-units", ministry)[1]]
    for unit in units:
        status, answer = call("PUT", f"/api/statistics/units/{unit}/contacts", ministry, {"responsible": {
            "name": "统计负责人", "title": "处长", "phone": "010-55550000", "email": f"stats-{unit}@example.cn"}})
        assert status == 200, answer
    days, cities, enterprises = (3, 4, 4) if quick else (30, 15, 20)
    random.seed(2020)
    run = time.strftime("%H%M%S")
    loaded = []
    parsed = urllib.parse.urlparse(gateway)
    for size in SIZES["statistics"]:
        while len(loaded) < size:
            code = f"g{run}c{len(loaded)}"
            periods = dataset.open_campaign(call, ministry, form, code, days)
            status, answer = call("POST", "/api/statistics/imports", ministry,
                                  csv=dataset.campaign_file(units, periods, cities, enterprises))
            assert status == 200, answer
            loaded.append(code)
            ministry = token("ministry", "statistics statistics.admin")
        settle()
        ministry = token("ministry", "statistics statistics.admin")
        reports = size * len(units) * days
        # The first pairs warm the paths up (the JIT's tiers), as every HTTP row of the benchmark has its warm-up.
        warm_up = SAMPLES // 10
        measuring = dataset.open_campaign(call, ministry, form, f"g{run}m{size}", math.ceil((warm_up + SAMPLES) / len(units)))
        connection = HTTPConnection(parsed.hostname, parsed.port, timeout=60)
        submissions, rollups = [], []
        for period, unit in [(p, u) for p in measuring for u in units][:warm_up + SAMPLES]:
            submissions.append(timed(connection, "PUT", f"/api/statistics/reports/{period}/{unit}", ministry,
                                     dataset.report_body(unit, cities, enterprises)))
            rollups.append(timed(connection, "GET", f"/api/statistics/rollups/campaigns/{loaded[0]}/daily", ministry))
        connection.close()
        record("report submission (one unit's day, submitted)", reports, summary(submissions[warm_up:]))
        record("national roll-up of a campaign's daily reports, uncached", reports, summary(rollups[warm_up:]))


def registry_service_port():
    listening = subprocess.run(["ss", "-ltnpH"], capture_output=True, text=True, check=True).stdout
    for line in listening.splitlines():
        if "PromoMonth.Even" in line:
            return line.split()[3].rsplit(":", 1)[1]
    sys.exit("growth: the registry service is not listening")


print(f"growth: {'one small step' if quick else 'a campaign'}: {json.dumps(SIZES)}", flush=True)
# GROWTH_PARTS=registry,licensing measures those only (each part fills its own service's database).
parts = os.environ.get("GROWTH_PARTS", "complaints,licensing,registry,statistics").split(",")
for part, measure in (("complaints", complaints), ("licensing", licensing), ("registry", registry),
                      ("statistics", statistics_part)):
    if part in parts:
        measure()

# The curves: the figure at each size and the ratio largest/smallest (for throughput, smallest/largest: >1 is slower);
# latencies by their median, the stable figure of a cost (each row above keeps its p99 too).
print()
print("| curve | figure | at each size | cost, largest/smallest | goal |")
print("|---|---|---|---|---|")
for row, points in measured.items():
    key = "rps" if "rps" in points[0][1] else "p50_ms"
    values = [p[1][key] for p in points]
    first, last = values[0], values[-1]
    ratio = (first / last if key == "rps" else last / first) if first and last else float("nan")
    shown = ", ".join(f"{size:,}: {value:,.2f}" for size, value in ((p[0], p[1][key]) for p in points))
    print(f"| {row} | {key} | {shown} | {ratio:.2f}× | ≤ 1.25× |")
    with open(rows_file, "a", encoding="utf-8") as out:
        out.write(json.dumps({"row": "growth curve", "subject": row, "figures": {
            "figure": key, "sizes": [p[0] for p in points], "values": values, "ratio": round(ratio, 3)}}) + "\n")
failed = [f"{row} at {size:,}" for row, points in measured.items() for size, f in points if f.get("failures") or f.get("errors")]
if failed:
    sys.exit("growth: requests failed in " + "; ".join(failed))
