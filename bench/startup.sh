#!/usr/bin/env bash
# Cold start of the CLI: time from process start to its first byte of output (stdout or stderr),
# for `legcheck --version` and `legcheck assess --case FILE --json`, 10 runs each, medians reported.
#
#   bench/startup.sh                 # publishes src/LegCheck.Cli (Release, for this platform: ReadyToRun) and measures it
#   bench/startup.sh /path/legcheck  # measures a given executable (an installed tool, a single-file publish)
#   RUNS=20 bench/startup.sh         # more runs
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-10}
exe=${1:-}
if [[ -z "$exe" ]]; then
  out=artifacts/bench-startup
  rid=$(dotnet --info | awk '/RID:/ { print $2; exit }')
  dotnet publish src/LegCheck.Cli -c Release -r "$rid" --self-contained false -o "$out" -v quiet -nologo >/dev/null
  exe=$out/legcheck
fi
case_file=${CASE_FILE:-examples/calf-cramp-hot-marathon.yaml}

# perl is in every Debian base image; Time::HiRes is core. Forks, execs with stdout+stderr on one pipe and
# stops the clock at the first byte read (the rest of the output is drained so the child is never blocked).
first_output_ms() {
  perl -MTime::HiRes=time -e '
    pipe(my $r, my $w) or die;
    my $t0 = time;
    my $pid = fork // die;
    if ($pid == 0) { close $r; open STDOUT, ">&", $w; open STDERR, ">&", $w; open STDIN, "<", "/dev/null"; exec @ARGV or exit 127 }
    close $w;
    my $n = sysread($r, my $buf, 1);
    my $t1 = time;
    1 while sysread($r, $buf, 65536);
    waitpid $pid, 0;
    die "no output\n" unless $n;
    printf "%.1f\n", ($t1 - $t0) * 1000;
  ' -- "$@"
}

median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m }'; }

measure() {
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true   # one warm-up run so the file cache holds the binary, as after any first use
  local times=()
  for _ in $(seq "$runs"); do times+=("$(first_output_ms "$@")"); done
  printf '%-40s median %7s ms   (runs: %s)\n' "$label" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}"
}

echo "executable: $exe"
measure "legcheck --version" "$exe" --version
measure "legcheck assess --case FILE --json" "$exe" assess --case "$case_file" --json
