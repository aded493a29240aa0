#!/usr/bin/env bash
# Scale benchmarks of the streaming batch mode (Benchmarks/scale/RESULTS.md).
#   bash Benchmarks/scale/run.sh MODEL JOBS N [SEED]
# generates N synthetic series (gen.c) into a file (kept as /tmp/almanac-scale-N-SEED.csv;
# with PIPE=1 straight into a pipe, for inputs too large to keep), streams them through
# `almanac forecast - --model MODEL --jobs JOBS --horizon 12`, and prints one line:
#   model jobs series seconds series/s cpu_s series/cpu_s peak_rss_MB first_output_s
# cpu_s is the almanac process's user + system CPU time: on a shared machine wall clock
# depends on the neighbours, CPU time much less.
# Peak RSS is /usr/bin/time -v's "Maximum resident set size" of the almanac process;
# first_output_s is when the first forecast row reached the output pipe.
set -euo pipefail
cd "$(dirname "$0")/../.."
model=${1:?model}; jobs=${2:?jobs}; n=${3:?series}; seed=${4:-42}
bin=${ALMANAC_BIN:-.build/release/almanac}
[ -x "$bin" ] || { echo "build first: swift build -c release" >&2; exit 1; }
gen=${GEN:-/tmp/almanac-scale-gen}
[ -x "$gen" ] || cc -O2 -o "$gen" Benchmarks/scale/gen.c -lm
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
data=/tmp/almanac-scale-$n-$seed.csv
if [ "${PIPE:-0}" = 1 ]; then
  source_cmd=("$gen" "$n" "$seed")
else
  [ -s "$data" ] || "$gen" "$n" "$seed" > "$data"
  source_cmd=(cat "$data")
fi
start=$(date +%s.%N)
"${source_cmd[@]}" \
  | /usr/bin/time -v -o "$tmp/time" "$bin" forecast - --model "$model" --jobs "$jobs" --horizon 12 --errors "$tmp/errors.csv" \
  | { IFS= read -r header; IFS= read -r first; date +%s.%N > "$tmp/first"; cat > /dev/null; }
end=$(date +%s.%N)
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$tmp/time")
errors=$(($(wc -l < "$tmp/errors.csv") - 1))
awk -v m="$model" -v j="$jobs" -v n="$n" -v s="$start" -v e="$end" -v f="$(cat "$tmp/first")" -v r="$rss_kb" -v err="$errors" -v c="$cpu" \
  'BEGIN { t = e - s; printf "%s jobs=%d series=%d seconds=%.1f series/s=%.0f cpu_s=%.1f series/cpu_s=%.0f peak_rss_MB=%.1f first_output_s=%.2f error_lines=%d\n", m, j, n, t, n / t, c, n / c, r / 1024, f - s, err }'
