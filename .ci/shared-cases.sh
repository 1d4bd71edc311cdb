#!/usr/bin/env bash
# The issue's accuracy bounds, checked with `legcheck eval` on a folder of labelled cases (CI: ../shared/cases).
# Usage: .ci/shared-cases.sh DIR   (exits 1 when a bound is missed or a case file is bad)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
legcheck() { dotnet run --project src/LegCheck.Cli -c Release -v quiet -- "$@"; }
dotnet build src/LegCheck.Cli -c Release -v quiet -nologo >/dev/null
assess=$(legcheck eval "$dir")
interview=$(legcheck eval "$dir" --interview)
echo "assess:    ${assess##*$'\n'}"
echo "interview: ${interview##*$'\n'}"
# The metrics line is key=value pairs; awk compares them with the bounds.
printf '%s\n%s\n' "${assess##*$'\n'}" "${interview##*$'\n'}" | awk '
  function parse(line, m,   n, i, kv, parts) { n = split(line, parts, " "); for (i = 1; i <= n; i++) if (split(parts[i], kv, "=") == 2) m[kv[1]] = kv[2] + 0 }
  function need(ok, what) { if (!ok) { print "bound missed: " what; bad = 1 } }
  NR == 1 { parse($0, a) } NR == 2 { parse($0, q) }
  END {
    need(a["top1"] >= 0.90, "assess top1 >= 0.90"); need(a["top3"] >= 0.98, "assess top3 >= 0.98")
    need(a["triage"] >= 0.90, "assess triage >= 0.90"); need(a["under_triage"] == 0, "assess under_triage = 0")
    need(a["forbidden"] == 0, "assess forbidden = 0"); need(a["advice"] >= 0.95, "assess advice >= 0.95")
    need(q["questions_median"] <= 10, "interview questions_median <= 10"); need(q["questions_max"] <= 25, "interview questions_max <= 25")
    need(q["top1"] >= a["top1"] - 0.03, "interview top1 within 0.03 of assess"); need(q["triage"] >= a["triage"] - 0.03, "interview triage within 0.03 of assess")
    need(q["under_triage"] == 0, "interview under_triage = 0"); need(q["forbidden"] == 0, "interview forbidden = 0")
    exit bad
  }'
