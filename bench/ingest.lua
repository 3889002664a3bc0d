-- wrk script: POST /api/v1/events with BATCH listens per request (default 1000), every listen new (no duplicates:
-- each wrk thread of each run has its own users, tagged with the run's start second, and a strictly increasing
-- clock), so the server commits every one of them; rerunning on the same data does not replay the first run.
-- A 200 means the batch is on disk (group commit). Reports events/s = requests/s x BATCH.
local token = os.getenv("TOKEN")
local batch = tonumber(os.getenv("BATCH") or "1000")
local users = tonumber(os.getenv("USERS") or "5000")
local items = tonumber(os.getenv("ITEMS") or "50000")
local base = 1577836800   -- 2020-01-01T00:00:00Z: old enough that a long run never reaches the future
-- Seconds added to every timestamp: the measured run starts after the warm-up's clock, as live listens would.
local clock0 = tonumber(os.getenv("CLOCK_START") or "0")
local threads = {}
local counter = 0
local run = os.time()

setup = function(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

init = function(args)
  math.randomseed(1000 + (id or 0))
end

request = function()
  local parts = {}
  for i = 1, batch do
    counter = counter + 1
    parts[i] = string.format('{"type":"listen","userId":"r%d-w%d-u%d","itemId":"t%d","at":"%s","msPlayed":%d}',
      run or 0, id or 0, counter % users, math.random(items), os.date("!%Y-%m-%dT%H:%M:%SZ", base + clock0 + counter), 30000 + math.random(200000))
  end
  local body = '{"events":[' .. table.concat(parts, ",") .. ']}'
  return wrk.format("POST", "/api/v1/events", { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  local rps = summary.requests / (summary.duration / 1e6)
  io.write(string.format("ingest: %.0f events/s (%.0f req/s x %d), %d events acknowledged, p50 %.1f ms, p99 %.1f ms, errors %d (non-2xx %d)\n",
    rps * batch, rps, batch, summary.requests * batch, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
