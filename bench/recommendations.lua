-- wrk script: GET recommendations for a random known user (ids from USERS_FILE, one per line) with a token.
local users = {}
for line in io.lines(os.getenv("USERS_FILE")) do users[#users + 1] = line end
local token = os.getenv("TOKEN")
-- EXPLAIN=false asks for items without reasons (the model then skips computing them)
local query = "?k=20" .. ((os.getenv("EXPLAIN") == "false") and "&explain=false" or "")
math.randomseed(42)

request = function()
  local u = users[math.random(#users)]
  return wrk.format("GET", "/api/v1/users/" .. u .. "/recommendations" .. query, { ["Authorization"] = "Token " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format("recommendations: %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d (non-2xx %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
