#!/usr/bin/env bash
# Load benchmark of `duban serve` on loopback, bounded in time.
#   bench/load.sh [PLANS] [DURATION]      (defaults: 1000 plans, 10s per endpoint)
# Fills a fresh SQLite database (≈1,000,000 assignments for 1,000 plans),
# starts the server on 127.0.0.1, drives the read endpoints with wrk at
# concurrency 16, then imports the sample table 20 times through the web
# page; prints throughput, latency percentiles and the server's memory. Needs wrk (apt-get install wrk).
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
# Every page needs an account: a supervisor signs in, and wrk sends its
# session cookie (and CSRF token) with every request.
printf '%s\n' 'Load-Test-2026!' | target/release/duban user add bench --role supervisor --database "sqlite://$DB" >/dev/null
LOG="/tmp/duban-load-$$.log"
# The reminder run (every 5 minutes, and once at start-up) reads every plan;
# it is switched off here so the figures are of the requests alone.
CONFIG="/tmp/duban-load-$$.toml"
printf '[reminders]\nenabled = false\n' > "$CONFIG"
target/release/duban --config "$CONFIG" serve --database "sqlite://$DB" --bind "127.0.0.1:$PORT" 2>"$LOG" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$DB" "$DB-wal" "$DB-shm" "$LOG" "$CONFIG"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/" >/dev/null && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "the server did not start:" >&2; tail -5 "$LOG" >&2; exit 1; }
COOKIE=$(curl -s -o /dev/null -D - --data 'login=bench&password=Load-Test-2026!' "http://127.0.0.1:$PORT/login" \
  | sed -n 's/^[Ss]et-[Cc]ookie: \(duban_session=[^;]*\).*/\1/p')
[ -n "$COOKIE" ] || { echo "could not sign in" >&2; exit 1; }
CSRF=$(curl -s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT/api/v1/session" | python3 -c 'import json,sys;print(json.load(sys.stdin)["csrf"])')

enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
run() {
  echo "== $1"
  # A short warm-up first: the figures are of the steady state (the first
  # read of a published plan fills the cache, the first search loads the
  # dictionary).
  wrk -t2 -c16 -d1s -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$2" >/dev/null
  wrk -H "Cookie: $COOKIE" -t2 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$2" | grep -E "Requests/sec|50%|99%|Non-2xx"
}
run "department workspace page (3,500 assignments, first page)" "/departments/$(enc 市第7局)"
run "department workspace (API, 100 per page)" "/api/v1/departments/$(enc 市第7局)/assignments"
run "item page" "/items/$((PLANS * 205))"
run "plan page (410 items)" "/plans/$((PLANS / 2))"
run "search, common words (every measure matches)" "/api/v1/search?q=$(enc 专利转化)&limit=20"
run "search, rare words (one match)" "/api/v1/search?q=$(enc "第$((PLANS / 2))-3-4-1项")&limit=20"
run "plan list (API)" "/api/v1/plans"
echo "== server resident memory after the reads: $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"

# Imports through the web page, one after another (SQLite has one writer):
# each stores a new version of the sample plan.
echo "== import of the sample table through /import (54 measures), 20 in a row"
for _ in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: $COOKIE" -H "X-CSRF-Token: $CSRF" \
    -F "file=@samples/shandong-ip-division-table.txt" "http://127.0.0.1:$PORT/import"
done | sort -n | awk '{t[NR]=$1} END {printf "    p50 %.1f ms, max %.1f ms\n", t[int(NR/2)+1]*1000, t[NR]*1000}'
echo "== server resident memory at the end: $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
