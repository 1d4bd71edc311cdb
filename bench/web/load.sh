#!/usr/bin/env bash
# Load benchmark for the web API: POST /api/v1/assess against the trivial GET /api/v1/ping on the same
# server, with wrk on loopback only, about 30 seconds of load in total. The two endpoints take turns
# (three rounds each after a warm-up) so that a burst of other work on the machine hits both alike.
# Reports requests/s and p99 latency per endpoint (medians over the rounds), the server's CPU time per
# request, and the throughput ratio. Target: assess reaches at least half the trivial endpoint's throughput.
#
# Usage: bench/web/load.sh [port]      (needs wrk: apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${1:-5077}"
BASE="http://127.0.0.1:${PORT}"
THREADS=2
CONNECTIONS=16
WARMUP=1s
ROUND=3s
ROUNDS=3
OUT="$(mktemp -d)"

command -v wrk >/dev/null 2>&1 || { echo "load.sh: wrk is missing; install it with apt-get install -y wrk" >&2; exit 2; }

echo "Building the web app (Release)..."
dotnet build src/LegCheck.Web -c Release -v quiet -nologo >"$OUT/build.log" 2>&1 \
  || { cat "$OUT/build.log" >&2; echo "load.sh: the build failed" >&2; exit 1; }

dotnet src/LegCheck.Web/bin/Release/net10.0/LegCheck.Web.dll --urls "$BASE" --Logging:LogLevel:Default=Warning >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$OUT"' EXIT

for _ in $(seq 1 100); do
  curl -fs "$BASE/api/v1/ping" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "$BASE/api/v1/ping" >/dev/null || { cat "$OUT/server.log" >&2; echo "load.sh: the server did not start" >&2; exit 1; }
BODY=$(sed -n 's/^wrk.body = \[\[\(.*\)\]\]$/\1/p' bench/web/assess.lua)
curl -fs -X POST -H 'Content-Type: application/json' -d "$BODY" "$BASE/api/v1/assess" >/dev/null \
  || { echo "load.sh: POST /api/v1/assess failed" >&2; exit 1; }

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
ping_args=("$BASE/api/v1/ping")
assess_args=(-s bench/web/assess.lua "$BASE/api/v1/assess")
contract_args=(-s bench/web/assess.lua "$BASE/api/v1/assess?explain=false")

# One wrk run; appends "rps p99_ms requests cpu_ticks non2xx" to $OUT/<name>.
measure() {
  local name=$1; shift
  local before after
  before=$(cpu_ticks)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$ROUND" --latency "$@" >"$OUT/wrk.txt"
  after=$(cpu_ticks)
  awk -v cpu=$((after - before)) '
    /^Requests\/sec:/ { rps = $2 }
    / requests in / { n = $1 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    $1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } p99 = v }
    END { printf "%s %s %s %s %s\n", rps, p99, n, cpu, bad + 0 }' "$OUT/wrk.txt" >>"$OUT/$name"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections; $ROUNDS rounds of $ROUND per endpoint after a $WARMUP warm-up, on $BASE"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${ping_args[@]}" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${assess_args[@]}" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${contract_args[@]}" >/dev/null
for _ in $(seq 1 "$ROUNDS"); do
  measure ping "${ping_args[@]}"
  measure assess "${assess_args[@]}"
  measure contract "${contract_args[@]}"
done

TICK=$(getconf CLK_TCK)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
report() { # name label
  local rps p99 cpu
  rps=$(cut -d' ' -f1 "$OUT/$1" | median)
  p99=$(cut -d' ' -f2 "$OUT/$1" | median)
  cpu=$(awk -v tick="$TICK" '{ n += $3; cpu += $4 } END { printf "%.1f", cpu * 1e6 / tick / n }' "$OUT/$1")
  bad=$(awk '{ bad += $5 } END { print bad + 0 }' "$OUT/$1")
  printf '%-22s %9.0f req/s   p99 %7.2f ms   server CPU %6s us/request   non-2xx %s\n' "$2" "$rps" "$p99" "$cpu" "$bad"
  echo "$rps" >"$OUT/$1.median"
}
report ping "GET  /api/v1/ping"
report assess "POST /api/v1/assess"
report contract "  ...?explain=false"

ratio=$(awk -v a="$(cat "$OUT/assess.median")" -v p="$(cat "$OUT/ping.median")" 'BEGIN { printf "%.2f", a / p }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? "met" : "NOT met" }')
echo "assess / ping throughput ratio: $ratio (target >= 0.50: $verdict)"
echo "assess?explain=false / ping ratio: $(awk -v a="$(cat "$OUT/contract.median")" -v p="$(cat "$OUT/ping.median")" 'BEGIN { printf "%.2f", a / p }') (contract JSON only, no explanation)"
