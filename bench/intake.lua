-- wrk script: hotline case intake, each request a new case (a fresh hotline reference), then the figures as report.lua.
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

local template = '{"hotlineReference":"bench-%s-%d","channel":"phone","receivedAt":"%s","kind":"complaint",'
  .. '"category":"price","complainant":{"name":"王小明","phone":"13912345678","address":"上海市徐汇区某路1号"},'
  .. '"respondent":{"name":"某电器商场","address":"某区某路2号","regionCode":"310000"},'
  .. '"description":"促销价格与结算价格不符，要求退还差价。","amountInvolved":199.00}'

function request()
  counter = counter + 1
  return wrk.format(nil, "/api/complaints/cases", nil, string.format(template, run, counter, os.date("!%Y-%m-%dT%H:%M:%SZ")))
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"errors":%d,"non2xx":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, summary.errors.status))
end
