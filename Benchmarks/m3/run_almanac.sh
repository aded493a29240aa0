#!/bin/sh
# Almanac on the four M3 frequencies with model and conformal intervals (one run each, scored
# twice: NAME and NAME+conformal), at nice 10 on 2 workers. ALMANAC: the release binary
# (default .build/release/almanac). Outputs in Benchmarks/m3/frequencies/: <freq>-<tag>.json
# (summary), .log (command, date, machine), and the forecasts in $FORECASTS (not committed).
# The conformal step s is the default max(period, ceil(H/2)), given explicitly.
# usage: Benchmarks/m3/run_almanac.sh FREQ MODELS TAG [model]   (model: model intervals only)
set -e
cd "$(dirname "$0")/../.."
A=${ALMANAC:-.build/release/almanac}
FORECASTS=${FORECASTS:-/tmp/alm-conformal/forecasts}
mkdir -p Benchmarks/m3/frequencies "$FORECASTS"
f=$1; models=$2; tag=$3
iv="--intervals conformal"; [ "${4:-}" = model ] && iv=""

case $f in
  monthly) data=Datasets/m3-monthly.csv; p=12; s=12 ;;
  quarterly) data=Datasets/m3/m3-quarterly.csv; p=4; s=4 ;;
  yearly) data=Datasets/m3/m3-yearly.csv; p=1; s=3 ;;
  other) data=Datasets/m3/m3-other.csv; p=1; s=4 ;;
esac
cmd="almanac benchmark $data --frequency $p --models $models $iv --conformal-step $s --jobs 2 --format json --forecasts $FORECASTS/$f-$tag.csv"
log=Benchmarks/m3/frequencies/$f-$tag.log
{ echo "command: $cmd"; echo "binary: $A (git $(git rev-parse --short HEAD))"; echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), shared with other jobs; nice 10"; echo "start: $(date -u)"; } > $log
nice -n 10 $A benchmark $data --frequency $p --models $models $iv --conformal-step $s --jobs 2 \
  --format json --forecasts $FORECASTS/$f-$tag.csv -o Benchmarks/m3/frequencies/$f-$tag.json 2>&1 | tr '\r' '\n' | grep -v '\[' >> $log || true
echo "end: $(date -u)" >> $log
