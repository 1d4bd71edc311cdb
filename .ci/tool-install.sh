#!/usr/bin/env bash
# Packs the CLI as a .NET tool, installs it into a temporary tool path from that package alone, and runs it as a
# user would: --version, an assessment, a piped interview, an import, and `legcheck web` answering on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet pack src/LegCheck.Cli -c Release -o "$work/nupkg" -v quiet -nologo >/dev/null
# Only the freshly packed package may be used, never a package of the same name from a registry.
cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="local" value="$work/nupkg" /></packageSources></configuration>
XML
dotnet tool install legcheck --configfile "$work/nuget.config" --tool-path "$work/tools" >/dev/null
legcheck="$work/tools/legcheck"

"$legcheck" --version
"$legcheck" assess --case examples/calf-cramp-hot-marathon.yaml --json | grep -q '"triage":"self_care"'
printf 'my calf cramped near the end of a hot marathon\ny\n' | "$legcheck" interview --no-diary >/dev/null 2>&1 || [[ $? == 1 ]]
"$legcheck" import tests/fixtures/fit-samples/garmin-fenix-5-run.fit --db "$work/diary.db" | grep -q '^imported 1 runs'
[[ $(stat -c %a "$work/diary.db") == 600 ]]

"$legcheck" web --urls http://127.0.0.1:0 >"$work/web.out" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q 'running at' "$work/web.out" && break; sleep 0.2; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/web.out" | head -1)
curl -fsS --max-time 10 "$url/api/v1/ping" | grep -q .
kill "$server"; wait "$server" 2>/dev/null || true; server=
echo "tool: packed, installed and ran (version, assess, interview, import, web at $url)"
