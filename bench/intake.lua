-- wrk script: hotline case intake, each request a new case (a fresh hotline reference) from a consumer of its own (a
-- phone number of its own: a hotline's calls come from different people; one phone for every case made each case a
-- possible duplicate of the twenty before it); the token and the figures line at the end come from report.lua.
dofile("bench/report.lua")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
-- The peer's intake (tools/BareIntake) takes the same body at a path of its own.
local path = os.getenv("BENCH_PATH") or "/api/complaints/cases"
-- Phones of this run start where an earlier run's (seconds apart, a few thousand cases each) do not reach.
local phones = ((tonumber(run) or os.time()) % 10000) * 10000
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local template = '{"hotlineReference":"bench-%s-%d","channel":"phone","receivedAt":"%s","kind":"complaint",'
  .. '"category":"price","complainant":{"name":"王小明","phone":"139%08d","address":"上海市徐汇区某路1号"},'
  .. '"respondent":{"name":"某电器商场","address":"某区某路2号","regionCode":"310000"},'
  .. '"description":"促销价格与结算价格不符，要求退还差价。","amountInvolved":199.00}'

function request()
  counter = counter + 1
  return wrk.format(nil, path, nil, string.format(template, run, counter, os.date("!%Y-%m-%dT%H:%M:%SZ"), (phones + counter) % 100000000))
end
