-- wrk script: ListenBrainz-compatible single-listen submits, POST /1/submit-listens with listen_type "single", one
-- new listen per request, the way a scrobbler reports each track as it finishes. Listeners are the tokens in
-- TOKENS_FILE (one per line; ListenBrainz stores a listen for its token's user); each wrk thread keeps a strictly
-- increasing clock that starts at the run's start second, so no listen repeats another. A 200 means it is on disk.
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do tokens[#tokens + 1] = line end
local artists = tonumber(os.getenv("ARTISTS") or "2000")
local base = os.time() - 400000000   -- about 12 years back: a long run never reaches the future, reruns never repeat
local threads = {}
local counter = 0

setup = function(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

init = function(args)
  math.randomseed(2000 + (id or 0))
end

request = function()
  counter = counter + 1
  local a = math.random(artists)
  local body = string.format('{"listen_type":"single","payload":[{"listened_at":%d,"track_metadata":{"artist_name":"Artist %d",'
    .. '"track_name":"Song %d-%d","release_name":"Album %d"}}]}', base + counter * 8 + (id or 0), a, a, math.random(10), a)
  local token = tokens[math.random(#tokens)]
  return wrk.format("POST", "/1/submit-listens", { ["Authorization"] = "Token " .. token, ["Content-Type"] = "application/json" }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("submit-listens: %.0f req/s (1 listen each), p50 %.2f ms, p99 %.2f ms, errors %d (non-2xx %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
