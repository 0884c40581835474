"""Prepares one licence for the verification rows: a fresh approved activity of Shanghai, licensed once licensing has
caught up with the registry's events. Prints the licence number."""
import json
import sys
import time
import urllib.parse
import urllib.request

GATEWAY = "http://localhost:5080"


def call(method, path, token=None, body=None, form=None):
    data, headers = None, {}
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(GATEWAY + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def token(client):
    return call("POST", "/connect/token", form={"grant_type": "client_credentials", "client_id": client, "client_secret": f"{client}-secret"})[1]["access_token"]


unit, ministry = token("unit-310000"), token("ministry")
status, activity = call("POST", "/api/registry/activities", unit, {
    "title": "基准测试授权活动", "summary": "benchmark", "regionCode": "310000", "cityCode": "310100", "venue": "南京路步行街",
    "address": "上海市黄浦区", "attendanceMode": "offline", "startsAt": "2020-09-20T10:00:00+08:00", "endsAt": "2020-09-20T18:00:00+08:00",
    "category": "retail", "organiser": "上海市商务委员会", "expectedAttendance": 1000, "epidemicPreventionPlan": "测温",
    "emergencyPlan": "预案", "emergencyContact": {"name": "张三", "phone": "13800000000"}})
assert status == 201, (status, activity)
call("POST", f"/api/registry/activities/{activity['id']}/submit", unit)
call("POST", f"/api/registry/activities/{activity['id']}/approve", ministry)
deadline = time.time() + 60
while time.time() < deadline:
    status, licence = call("POST", "/api/licensing/licenses", ministry, {"licenseeKind": "activity", "licenseeId": activity["id"]})
    if status in (200, 201):
        print(licence["number"])
        sys.exit(0)
    time.sleep(0.5)
sys.exit(f"no licence: {status} {licence}")
