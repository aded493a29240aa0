#!/usr/bin/env bash
# Streaming benchmark for the long-form CSV reader (TimeSeries.LongCSVReader).
#
# Generates a deterministic `series,split,t,value` file of at least ROWS rows (default
# 1,000,000; series of 60–299 train rows plus 18 test rows, M3-like), builds
# `almanac-bench` in release mode and runs `almanac-bench stream FILE` under
# `/usr/bin/time -v` to record CPU time, wall time and peak resident memory (max RSS);
# CPU (user) time is the figure to compare on a shared machine. A second run
# on a file ten times larger shows that peak memory does not grow with the file.
#
# Usage: Benchmarks/streaming/run.sh [ROWS]      (from anywhere; needs swift, awk, /usr/bin/time)
# The generated files live in a scratch folder outside the repository.
set -euo pipefail
ROWS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${ALMANAC_BENCH_DIR:-${TMPDIR:-/tmp}/almanac-streaming-bench}
mkdir -p "$WORK"

generate() {  # generate FILE ROWS
  awk -v target="$2" 'BEGIN {
    print "series,split,t,value"
    rows = 0; s = 0; seed = 12345
    while (rows < target) {
      n = 60 + (s * 37) % 240            # train length 60..299, deterministic
      for (t = 1; t <= n + 18; t++) {
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = 1000 + 10 * t + (seed % 10000) / 100
        if (t <= n) printf "S%06d,train,%d,%.2f\n", s, t, v
        else        printf "S%06d,test,%d,%.2f\n",  s, t - n, v
        rows++
      }
      s++
    }
  }' > "$1"
}

echo "== building almanac-bench (release)"
swift build -c release --package-path "$ROOT" --product almanac-bench 2>&1 | tail -1
BIN="$ROOT/.build/release/almanac-bench"

measure() {  # measure FILE LABEL
  local out
  out=$( { /usr/bin/time -v "$BIN" stream "$1" > "$WORK/stdout.txt"; } 2>&1 )
  local rss wall user sys
  rss=$(echo "$out" | awk -F': ' '/Maximum resident set size/ {print $2}')
  wall=$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {print $2}')
  user=$(echo "$out" | awk -F': ' '/User time \(seconds\)/ {print $2}')
  sys=$(echo "$out" | awk -F': ' '/System time \(seconds\)/ {print $2}')
  printf '%-10s file=%s bytes=%s %s max_rss_kb=%s user_s=%s sys_s=%s wall=%s\n' "$2" "$(basename "$1")" \
    "$(stat -c %s "$1")" "$(cat "$WORK/stdout.txt")" "$rss" "$user" "$sys" "$wall"
}

generate "$WORK/tiny.csv" 1000
generate "$WORK/long.csv" "$ROWS"
generate "$WORK/long10.csv" $((ROWS * 10))
echo "== machine: $(uname -srm); $(nproc) cores; $(awk '/MemTotal/ {print $2 " kB"}' /proc/meminfo) RAM; $(swift --version 2>&1 | head -1); load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$WORK/tiny.csv" tiny
measure "$WORK/long.csv" long
measure "$WORK/long10.csv" long×10
# Standard input: the same file piped (`-`).
out=$( { /usr/bin/time -v "$BIN" stream - < "$WORK/long.csv" > "$WORK/stdout.txt"; } 2>&1 )
printf '%-10s %s max_rss_kb=%s\n' stdin "$(cat "$WORK/stdout.txt")" \
  "$(echo "$out" | awk -F': ' '/Maximum resident set size/ {print $2}')"
rm -f "$WORK/long10.csv"
