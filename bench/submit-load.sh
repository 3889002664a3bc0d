#!/bin/sh
# ListenBrainz-compatible single-listen submit throughput over HTTP with wrk: starts `encore serve` on DATA, mints
# TOKENS listener tokens, and POSTs one listen per request to /1/submit-listens for SECONDS seconds, then prints
# the listens the store holds (every 200 must be among them).
# Usage: bench/submit-load.sh [DATA (default: a fresh temp dir)] [SECONDS (10)] [CONNECTIONS (32)] [TOKENS (8)]
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
DATA=${1:-$(mktemp -d /tmp/encore-submit.XXXXXX)}; SECS=${2:-10}; CONNS=${3:-32}; N=${4:-8}; PORT=${PORT:-18090}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
TOKENS_FILE=$(mktemp /tmp/encore-submit-tokens.XXXXXX)
for i in $(seq 1 "$N"); do
  "$ROOT/encore" token create --role listener --user "submit-bench-$i" --data "$DATA" 2>/dev/null | tail -n 1 | awk '{print $NF}' >>"$TOKENS_FILE"
done
"$ROOT/encore" serve --data "$DATA" --port "$PORT" --rate-limit 1000000 >/tmp/encore-submit-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$TOKENS_FILE"' EXIT
for i in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 1; done
export TOKENS_FILE
echo "# $(nproc) cores, $CONNS connections, ${SECS} s, $N listeners, data $DATA, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$CONNS" -d"${SECS}s" --latency -s "$ROOT/bench/submit.lua" "http://127.0.0.1:$PORT"
kill $SERVER; wait $SERVER 2>/dev/null || true
"$ROOT/encore" stats --data "$DATA" | grep -i listens
