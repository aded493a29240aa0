#!/bin/sh
# statsforecast reference forecasts for the M3 yearly, quarterly and other series, at nice 10,
# one thread. Outputs: Benchmarks/m3/reference/sf-<freq>.csv and .log.
set -e
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 NUMBA_NUM_THREADS=1
for spec in other:1 yearly:1 quarterly:4 ${EXTRA:-}; do
  f=${spec%%:*}; p=${spec##*:}
  data=Datasets/m3/m3-$f.csv; [ "$f" = monthly ] && data=Datasets/m3-monthly.csv
  { date -u; echo "python3 Benchmarks/m3/statsforecast_reference.py $data $p Benchmarks/m3/reference/sf-$f.csv"; } > Benchmarks/m3/reference/sf-$f.log
  nice -n 10 python3 Benchmarks/m3/statsforecast_reference.py "$data" "$p" "Benchmarks/m3/reference/sf-$f.csv" >> Benchmarks/m3/reference/sf-$f.log 2>&1
  date -u >> Benchmarks/m3/reference/sf-$f.log
done
