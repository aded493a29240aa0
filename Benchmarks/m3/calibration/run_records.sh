#!/bin/sh
# One `auto` run per M3 frequency with conformal calibration, writing the forecasts and every
# calibration origin's forecast (--calibration-records), from which cases.py builds the cases
# the rules are scored on. PART test: the M3 train/test file, K = 10 origins for quarterly,
# yearly and other data and 9 for monthly (cases.py uses the first 8, i.e. exactly the
# origins of --intervals conformal). PART holdout: the training holdout file of
# make_holdout.py (last H training values as pseudo-test), K = 8. nice 10, 2 workers.
# ALMANAC: the release binary (default /tmp/almanac-calib). OUT: output directory
# (default /tmp/alm-calib; the CSVs are large and not committed). Logs and summaries:
# Benchmarks/m3/calibration/runs/.
# LIMIT: score only the first LIMIT series (monthly: 300, as the CI gate's baseline-300, since
# the full 1428 series did not fit in the session's time at nice 10 on the shared machine).
# STRIDE: every STRIDE-th series only (every_kth.py; monthly: 4, i.e. 357 of 1428 series, a
# sample of all lengths, which the first 300 are not: 277 of them are too short to calibrate).
# usage: [LIMIT=N] [STRIDE=K] Benchmarks/m3/calibration/run_records.sh FREQ [test|holdout]
set -e
cd "$(dirname "$0")/../../.."
A=${ALMANAC:-/tmp/almanac-calib}
OUT=${OUT:-/tmp/alm-calib}
mkdir -p Benchmarks/m3/calibration/runs "$OUT"
f=$1; part=${2:-test}
case $f in
  monthly) data=Datasets/m3-monthly.csv; p=12; s=12; k=9 ;;
  quarterly) data=Datasets/m3/m3-quarterly.csv; p=4; s=4; k=10 ;;
  yearly) data=Datasets/m3/m3-yearly.csv; p=1; s=3; k=10 ;;
  other) data=Datasets/m3/m3-other.csv; p=1; s=4; k=10 ;;
esac
if [ "$part" = holdout ]; then
  h=$(case $f in monthly) echo 18;; yearly) echo 6;; *) echo 8;; esac)
  python3 Benchmarks/m3/make_holdout.py $data $h > $OUT/holdout-$f.csv
  data=$OUT/holdout-$f.csv; k=8; f=$f-holdout
fi
limit=""; [ -n "${LIMIT:-}" ] && limit="--limit $LIMIT"
if [ -n "${STRIDE:-}" ]; then
  python3 Benchmarks/m3/calibration/every_kth.py $data $STRIDE > $OUT/$f-every$STRIDE.csv
  data=$OUT/$f-every$STRIDE.csv
fi
args="benchmark $data $limit --frequency $p --models auto --intervals conformal --conformal-step $s --conformal-origins $k --jobs 2 --format json --forecasts $OUT/$f-forecasts.csv --calibration-records $OUT/$f-records.csv"
log=Benchmarks/m3/calibration/runs/$f.log
{ echo "command: almanac $args"; echo "binary: $A (git $(git rev-parse --short HEAD))"; echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), shared with other jobs; nice 10"; echo "start: $(date -u)"; } > $log
nice -n 10 $A $args -o Benchmarks/m3/calibration/runs/$f.json 2>&1 | tr '\r' '\n' | grep -v '\[' >> $log || true
echo "end: $(date -u)" >> $log
