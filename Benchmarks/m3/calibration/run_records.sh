#!/bin/sh
# One `auto` run per M3 frequency on the full training series with conformal calibration at
# K origins (K = 10: quarterly, yearly, other; 9: monthly), writing the test forecasts and
# every calibration origin's forecast (--calibration-records), from which cases.py builds both
# the training-holdout cases (choice) and the test cases (report). nice 10, 2 workers.
# ALMANAC: the release binary (default /tmp/almanac-calib). OUT: output directory
# (default /tmp/alm-calib; the CSVs are large and not committed). Logs and summaries:
# Benchmarks/m3/calibration/runs/.
# usage: Benchmarks/m3/calibration/run_records.sh FREQ
set -e
cd "$(dirname "$0")/../../.."
A=${ALMANAC:-/tmp/almanac-calib}
OUT=${OUT:-/tmp/alm-calib}
mkdir -p Benchmarks/m3/calibration/runs "$OUT"
f=$1
case $f in
  monthly) data=Datasets/m3-monthly.csv; p=12; s=12; k=9 ;;
  quarterly) data=Datasets/m3/m3-quarterly.csv; p=4; s=4; k=10 ;;
  yearly) data=Datasets/m3/m3-yearly.csv; p=1; s=3; k=10 ;;
  other) data=Datasets/m3/m3-other.csv; p=1; s=4; k=10 ;;
esac
args="benchmark $data --frequency $p --models auto --intervals conformal --conformal-step $s --conformal-origins $k --jobs 2 --format json --forecasts $OUT/$f-forecasts.csv --calibration-records $OUT/$f-records.csv"
log=Benchmarks/m3/calibration/runs/$f.log
{ echo "command: almanac $args"; echo "binary: $A (git $(git rev-parse --short HEAD))"; echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), shared with other jobs; nice 10"; echo "start: $(date -u)"; } > $log
nice -n 10 $A $args -o Benchmarks/m3/calibration/runs/$f.json 2>&1 | tr '\r' '\n' | grep -v '\[' >> $log || true
echo "end: $(date -u)" >> $log
