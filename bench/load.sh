#!/usr/bin/env bash
# Load benchmark of `duban serve` on loopback, bounded in time.
#   bench/load.sh [PLANS] [DURATION]      (defaults: 1000 plans, 10s per endpoint)
# Fills a fresh SQLite database (≈1,000,000 assignments for 1,000 plans),
# starts the server on 127.0.0.1, drives four endpoints with wrk at
# concurrency 16, prints throughput and latency percentiles, and the
# server's resident memory. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
PLANS="${1:-1000}"
DURATION="${2:-10s}"
DB="/tmp/duban-load-$$.db"
PORT=18765
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

cargo build --release -q -p duban --bin duban
cargo build --release -q -p duban-web --example load_data
target/release/examples/load_data "sqlite://$DB" "$PLANS"
LOG="/tmp/duban-load-$$.log"
target/release/duban serve --database "sqlite://$DB" --bind "127.0.0.1:$PORT" 2>"$LOG" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$DB" "$DB-wal" "$DB-shm" "$LOG"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "the server did not start:" >&2; tail -5 "$LOG" >&2; exit 1; }

enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
run() {
  echo "== $1"
  wrk -t2 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$2" | grep -E "Requests/sec|50%|99%|Non-2xx"
}
run "department workspace (API)" "/api/v1/departments/$(enc 市第7局)/assignments"
run "plan page" "/plans/$((PLANS / 2))"
run "search (API)" "/api/v1/search?q=$(enc 专利转化)&limit=20"
run "plan list (API)" "/api/v1/plans"
echo "== server resident memory: $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
