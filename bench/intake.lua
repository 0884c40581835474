-- wrk script: hotline case intake, each request a new case (a fresh hotline reference); the token and the figures
-- line at the end come from report.lua.
dofile("bench/report.lua")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local template = '{"hotlineReference":"bench-%s-%d","channel":"phone","receivedAt":"%s","kind":"complaint",'
  .. '"category":"price","complainant":{"name":"王小明","phone":"13912345678","address":"上海市徐汇区某路1号"},'
  .. '"respondent":{"name":"某电器商场","address":"某区某路2号","regionCode":"310000"},'
  .. '"description":"促销价格与结算价格不符，要求退还差价。","amountInvolved":199.00}'

function request()
  counter = counter + 1
  return wrk.format(nil, "/api/complaints/cases", nil, string.format(template, run, counter, os.date("!%Y-%m-%dT%H:%M:%SZ")))
end
