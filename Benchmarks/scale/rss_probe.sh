#!/usr/bin/env bash
# Streams N generated series (default 1M) through `almanac forecast - --model MODEL --jobs 2`
# for SECONDS (default 150), sampling the process's resident set every 10 s: shows that
# memory stays flat and forecasts flow while the input is nowhere near its end.
#   bash Benchmarks/scale/rss_probe.sh [MODEL] [SECONDS] [N]
set -uo pipefail
cd "$(dirname "$0")/../.."
model=${1:-ets}; secs=${2:-150}; n=${3:-1000000}
bin=${ALMANAC_BIN:-$PWD/.build/release/almanac}
gen=${GEN:-/tmp/almanac-scale-gen}
[ -x "$gen" ] || cc -O2 -o "$gen" Benchmarks/scale/gen.c -lm
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$gen" "$n" 42 | timeout "$secs" "$bin" forecast - --model "$model" --jobs 2 --horizon 12 --errors "$tmp/err" > "$tmp/out" &
sleep 1
pid=$(pgrep -n -f "^$bin forecast - --model $model --jobs 2")
for ((t = 10; t < secs; t += 10)); do
  sleep 10
  kill -0 "$pid" 2>/dev/null || break
  echo "t=${t}s rss_MB=$(awk '{printf "%.1f", $1 / 1024}' <<< "$(ps -o rss= -p "$pid")") series_out=$(( ($(wc -l < "$tmp/out") - 1) / 12 ))"
done
wait
echo "stopped after ${secs}s: $(( ($(wc -l < "$tmp/out") - 1) / 12 )) of $n series forecast"
