#!/bin/sh
# Durable batch-ingest throughput over HTTP with wrk (Debian package `wrk`): starts `encore serve` on DATA, mints
# an admin token, and POSTs batches of BATCH new listens (default 1000) to /api/v1/events for SECONDS seconds.
# Every 200 means the batch was committed (group commit, synchronous=NORMAL), so events/s is the durable rate.
# A 5 s warm-up run goes first (JIT); the measured run's clock starts after the warm-up's. Then prints the listens
# the store holds (encore stats), to check every acknowledged event landed (warm-up + measured + in flight).
# Usage: bench/ingest-load.sh [DATA (default: a fresh temp dir)] [SECONDS (10)] [CONNECTIONS (4)]
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
DATA=${1:-$(mktemp -d /tmp/encore-ingest.XXXXXX)}; SECS=${2:-10}; CONNS=${3:-4}; PORT=${PORT:-18089}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
TOKEN=$("$ROOT/encore" token create --role admin --data "$DATA" 2>/dev/null | tail -n 1 | awk '{print $NF}')
"$ROOT/encore" serve --data "$DATA" --port "$PORT" --rate-limit 1000000 >/tmp/encore-ingest-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
export TOKEN
echo "warm-up 5 s ..." >&2   # JIT compilation; its listens count as stored data for the measured run
CLOCK_START=0 wrk -t2 -c"$CONNS" -d5s -s "$ROOT/bench/ingest.lua" "http://127.0.0.1:$PORT" | sed -n 's/^ingest:/warm-up:/p'
echo "# $(nproc) cores, $CONNS connections, ${SECS} s, batches of ${BATCH:-1000}, data $DATA, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
CLOCK_START=2000000 wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s "$ROOT/bench/ingest.lua" "http://127.0.0.1:$PORT"
kill $SERVER; wait $SERVER 2>/dev/null || true
"$ROOT/encore" stats --data "$DATA" | grep -i listens
