#!/usr/bin/env bash
# Supervision benchmark of `duban serve` on loopback, bounded in time.
#   bench/supervision.sh [sqlite|postgres] [PLANS] [REPORTS] [DURATION]
#   (defaults: sqlite, 1000 plans, 10 reports per assignment, 10s per run)
# Fills a fresh database with PLANS generated plans (≈1,050 assignments
# each) and REPORTS monthly reports per assignment (1000 × 10 ≈ 10,500,000
# reports) under a monthly reporting cycle, starts the server on 127.0.0.1
# with reminders off, then measures with wrk:
#   - a plan's dashboard (lights, ranking, timeliness and trend over its
#     ≈10,500 reports) at concurrency 16 and 4;
#   - report submission by a department's liaison at concurrency 16 and 4
#     (each request a new report; durable commits: SQLite synchronous=FULL,
#     PostgreSQL's default synchronous_commit=on).
# PostgreSQL: the database duban_bench on 127.0.0.1:5432 is dropped and
# made afresh. DUBAN_BENCH_KEEP=1 keeps the filled database (SQLite:
# /tmp/duban-supervision.db) and DUBAN_BENCH_REUSE=1 measures it again
# without filling. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND="${1:-sqlite}"
PLANS="${2:-1000}"
REPORTS="${3:-10}"
DURATION="${4:-10s}"
PORT=18766
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
KEEP="${DUBAN_BENCH_KEEP:-}${DUBAN_BENCH_REUSE:-}"
case "$BACKEND" in
  sqlite) DB="/tmp/duban-supervision-$$.db"; [ -n "$KEEP" ] && DB=/tmp/duban-supervision.db; URL="sqlite://$DB" ;;
  postgres) DB=""; URL="postgres://postgres@127.0.0.1:5432/duban_bench" ;;
  *) echo "backend: sqlite or postgres" >&2; exit 2 ;;
esac

cargo build --release -q -p duban --bin duban
if [ -z "${DUBAN_BENCH_REUSE:-}" ]; then
  cargo build --release -q -p duban-web --example load_data
  if [ "$BACKEND" = postgres ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS duban_bench WITH (FORCE)" -c "CREATE DATABASE duban_bench"
  else
    rm -f "$DB" "$DB-wal" "$DB-shm"
  fi
  target/release/examples/load_data "$URL" "$PLANS" "$REPORTS"
  printf '%s\n' 'Load-Test-2026!' | target/release/duban user add office --role supervisor --database "$URL" >/dev/null
  printf '%s\n' 'Load-Test-2026!' | target/release/duban user add w7 --role liaison --org 市第7局 --database "$URL" >/dev/null
fi
LOG="/tmp/duban-supervision-$$.log"
CONFIG="/tmp/duban-supervision-$$.toml"
IDS="/tmp/duban-supervision-$$.ids"
printf '[reminders]\nenabled = false\n' > "$CONFIG"
target/release/duban --config "$CONFIG" serve --database "$URL" --bind "127.0.0.1:$PORT" 2>"$LOG" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -f "$LOG" "$CONFIG" "$IDS"; [ -n "$DB" ] && [ -z "$KEEP" ] && rm -f "$DB" "$DB-wal" "$DB-shm"' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/login" && break; sleep 0.2; done
kill -0 $SERVER 2>/dev/null || { echo "the server did not start:" >&2; tail -5 "$LOG" >&2; exit 1; }
session() {
  local cookie
  cookie=$(curl -s -o /dev/null -D - --data "login=$1&password=Load-Test-2026!" "http://127.0.0.1:$PORT/login" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \(duban_session=[^;]*\).*/\1/p')
  [ -n "$cookie" ] || { echo "could not sign in as $1" >&2; exit 1; }
  echo "$cookie"
}
OFFICE=$(session office)
W7=$(session w7)
W7_CSRF=$(curl -s -H "Cookie: $W7" "http://127.0.0.1:$PORT/api/v1/session" | python3 -c 'import json,sys;print(json.load(sys.stdin)["csrf"])')
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
curl -s -H "Cookie: $W7" "http://127.0.0.1:$PORT/api/v1/departments/$(enc 市第7局)/assignments?limit=500" \
  | python3 -c 'import json,sys;[print(e["assignment_id"]) for e in json.load(sys.stdin)["items"]]' > "$IDS"

DASH="/plans/$((PLANS / 2))/dashboard"
# The first request computes the dashboard (the plan's statuses and every
# report of its assignments); later ones are served from memory while the
# plan's reports stamp is unchanged.
for p in $((PLANS / 2)) $((PLANS / 3)) $((PLANS / 4)); do
  curl -s -o /dev/null -w "== dashboard of plan $p computed (first request): %{time_total} s, %{size_download} bytes\n" \
    -H "Cookie: $OFFICE" "http://127.0.0.1:$PORT/plans/$p/dashboard"
done
echo "== dashboard page of one plan, served from memory"
wrk -t2 -c4 -d1s -H "Cookie: $OFFICE" "http://127.0.0.1:$PORT$DASH" >/dev/null
for c in 16 4; do
  echo "-- concurrency $c"
  wrk -H "Cookie: $OFFICE" -t2 -c$c -d"$DURATION" --latency "http://127.0.0.1:$PORT$DASH" | grep -E "Requests/sec|50%|99%|Non-2xx"
done
echo "== report submission ($(wc -l < "$IDS") assignments of 市第7局, a new report per request)"
for c in 16 4; do
  echo "-- concurrency $c"
  # Each run its own periods (a reused database already holds earlier runs').
  DUBAN_IDS="$IDS" DUBAN_COOKIE="$W7" DUBAN_CSRF="$W7_CSRF" DUBAN_RUN=$(( (c == 16 ? 0 : 1) + ${DUBAN_BENCH_RUN:-0} )) \
    wrk -t2 -c$c -d"$DURATION" --latency -s bench/submit.lua "http://127.0.0.1:$PORT" | grep -E "Requests/sec|50%|99%|Non-2xx|requests in"
done
echo "== dashboard again, after the submissions"
wrk -H "Cookie: $OFFICE" -t2 -c16 -d"$DURATION" --latency "http://127.0.0.1:$PORT$DASH" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== server resident memory: $(grep VmRSS /proc/$SERVER/status | awk '{print $2/1024 " MB"}')"
[ -n "$DB" ] && echo "== database size: $(du -sh "$DB" | cut -f1) (+ WAL $(du -sh "$DB-wal" 2>/dev/null | cut -f1))" || true
