-- wrk script for bench/supervision.sh: every request submits a new
-- progress report (a fresh period of one of the department's assignments),
-- as the department's liaison. Each run (DUBAN_RUN: 0 to 17) and each wrk
-- thread take their own range of periods (months), so no two requests
-- write the same report.
-- Environment: DUBAN_IDS (file of assignment ids, one per line),
-- DUBAN_COOKIE, DUBAN_CSRF, DUBAN_RUN.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  ids = {}
  for line in io.lines(os.getenv("DUBAN_IDS")) do
    ids[#ids + 1] = line
  end
  counter = 0
  base = 1000 + tonumber(os.getenv("DUBAN_RUN") or "0") * 500 + tid * 250
  wrk.headers["Cookie"] = os.getenv("DUBAN_COOKIE")
  wrk.headers["X-CSRF-Token"] = os.getenv("DUBAN_CSRF")
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  done = "%E6%9C%AC%E6%9C%9F%E5%AE%8C%E6%88%90%E8%B0%83%E7%A0%94%E5%B9%B6%E8%B5%B7%E8%8D%89%E6%96%B9%E6%A1%88"
end

function request()
  local id = ids[(counter % #ids) + 1]
  -- Monthly periods: twelve to a year of the run's range.
  local k = math.floor(counter / #ids)
  local period = string.format("%04d-%02d", base + math.floor(k / 12), k % 12 + 1)
  counter = counter + 1
  local body = "period=" .. period .. "&expected=0&progress=on_track&percent=50&done=" .. done .. "&step=submit"
  return wrk.format("POST", "/assignments/" .. id .. "/reports", nil, body)
end
