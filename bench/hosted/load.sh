#!/usr/bin/env bash
# Hosted load benchmark on loopback: a throwaway PostgreSQL cluster (.ci/postgres.sh), two hosted web nodes sharing
# its database, and bench/LegCheck.HostedLoad driving 50 accounts at once for 20 seconds after a 3-second warm-up:
# each imports runs (the vendored sample runs first, then generated ones), logs episodes, lists and reads its rows
# on its own node and, a quarter of the time, on the other, and asks for other accounts' ids. Prints requests/s,
# p50/p99 latency, errors and cross-user leaks per node and per request; exit code 1 unless both are 0.
#
#   bench/hosted/load.sh                          # 50 users, 20 s, nodes on ports 5201 and 5202
#   bench/hosted/load.sh --users 20 --seconds 10  # any other driver option is passed on (--json, --seed N, ...)
#   PORTS="5211 5212" bench/hosted/load.sh        # other ports for the two nodes
set -euo pipefail
cd "$(dirname "$0")/../.."

read -r -a ports <<<"${PORTS:-5201 5202}"
OUT="$(mktemp -d /tmp/legcheck-hostedload.XXXXXX)"
PIDS=()
cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  postgres_stop
  rm -rf "$OUT"
}

echo "Building the web app and the load driver (Release)..."
for project in src/LegCheck.Web bench/LegCheck.HostedLoad; do
  dotnet build "$project" -c Release -v quiet -nologo >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log" >&2; echo "load.sh: building $project failed" >&2; rm -rf "$OUT"; exit 1; }
done

# shellcheck source=../../.ci/postgres.sh
source .ci/postgres.sh
trap cleanup EXIT
postgres_start
database="${LEGCHECK_TEST_POSTGRES/Database=postgres/Database=legcheck_load}"
PGPASSWORD=$(sed 's/.*Password=\([^;]*\).*/\1/' <<<"$LEGCHECK_TEST_POSTGRES") \
  "$LEGCHECK_PG_BIN/psql" -q -h 127.0.0.1 -p "$(sed 's/.*Port=\([0-9]*\).*/\1/' <<<"$LEGCHECK_TEST_POSTGRES")" \
  -U legcheck -d postgres -c "CREATE DATABASE legcheck_load" >/dev/null

# The limits are per account and per client address, and every virtual user comes from 127.0.0.1: raised so the
# benchmark measures the nodes, not the limiter.
export LegCheck__RateLimits__LoginPerClient=100000 LegCheck__RateLimits__DiaryPerUser=100000 LegCheck__RateLimits__AssessPerClient=100000
nodes=()
for port in "${ports[@]}"; do
  dotnet src/LegCheck.Web/bin/Release/net10.0/LegCheck.Web.dll --hosted --database "$database" \
    --urls "http://127.0.0.1:$port" --LegCheck:RequireHttps=false --LegCheck:UploadFolder="$OUT/uploads-$port" \
    --Logging:LogLevel:Default=Warning >"$OUT/node-$port.log" 2>&1 &
  PIDS+=($!)
  nodes+=(--node "http://127.0.0.1:$port/" --watch "nodes=$!")
done
# The CPU time of the nodes and of PostgreSQL (the postmaster and its backends) is reported beside the wall-clock figures.
nodes+=(--watch "postgres=$(head -1 "$LEGCHECK_PG_DIR/data/postmaster.pid")")

for port in "${ports[@]}"; do
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fs "http://127.0.0.1:$port/api/v1/ping" >/dev/null \
    || { cat "$OUT/node-$port.log" >&2; echo "load.sh: the node on port $port did not start" >&2; exit 1; }
done
echo "nodes ready on ports ${ports[*]}, sharing database legcheck_load"

status=0
dotnet bench/LegCheck.HostedLoad/bin/Release/net10.0/LegCheck.HostedLoad.dll "${nodes[@]}" \
  --sample tests/fixtures/fit-samples/garmin-fenix-5-run.fit \
  --sample tests/fixtures/fit-samples/activity-small-fenix2-run.fit "$@" || status=$?
for port in "${ports[@]}"; do
  if grep -qiE 'fail|exception' "$OUT/node-$port.log"; then
    echo "node $port logged failures:" >&2
    grep -iE 'fail|exception' "$OUT/node-$port.log" | head -5 >&2
  fi
done
exit "$status"
