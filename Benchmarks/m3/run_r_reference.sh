#!/bin/sh
# R reference forecasts for the M3 yearly, quarterly and other series (Benchmarks/m3/r_reference.R),
# one frequency after another at nice 10. Outputs: Benchmarks/m3/reference/r-<freq>.csv and .log.
set -e
cd "$(dirname "$0")/../.."
for spec in other:1 yearly:1 quarterly:4 ${EXTRA:-}; do
  f=${spec%%:*}; p=${spec##*:}
  data=Datasets/m3/m3-$f.csv; [ "$f" = monthly ] && data=Datasets/m3-monthly.csv
  { date -u; echo "Rscript Benchmarks/m3/r_reference.R $data $p Benchmarks/m3/reference/r-$f.csv"; } > Benchmarks/m3/reference/r-$f.log
  nice -n 10 Rscript Benchmarks/m3/r_reference.R "$data" "$p" "Benchmarks/m3/reference/r-$f.csv" >> Benchmarks/m3/reference/r-$f.log 2>&1
  date -u >> Benchmarks/m3/reference/r-$f.log
done
