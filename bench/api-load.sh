#!/bin/sh
# Recommendation API throughput on loopback with wrk (Debian package `wrk`): starts `encore serve` on DATA,
# mints an admin token, and fires GET /api/v1/users/{random user}/recommendations?k=20 for DURATION seconds.
# Usage: bench/api-load.sh [DATA (default encore-data, made by ./encore demo --prepare-only)] [SECONDS] [CONNECTIONS]
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
DATA=${1:-encore-data}; SECS=${2:-20}; CONNS=${3:-32}; PORT=${PORT:-18088}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[ -f "$DATA/models/CURRENT" ] || { echo "no trained model in $DATA: run ./encore demo --prepare-only --data $DATA" >&2; exit 1; }
TOKEN=$("$ROOT/encore" token create --role admin --data "$DATA" 2>/dev/null | tail -n 1 | awk '{print $NF}')
USERS_FILE="$DATA/models/$(cat "$DATA/models/CURRENT")/users.txt"
"$ROOT/encore" serve --data "$DATA" --port "$PORT" --rate-limit 1000000 >/tmp/encore-api-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 1; done
export TOKEN USERS_FILE
echo "warm-up 5 s ..." >&2
wrk -t2 -c"$CONNS" -d5s -s "$ROOT/bench/recommendations.lua" "http://127.0.0.1:$PORT" >/dev/null
echo "# $(nproc) cores, $CONNS connections, ${SECS} s, $(java -version 2>&1 | head -n 1)"
wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s "$ROOT/bench/recommendations.lua" "http://127.0.0.1:$PORT"
