#!/bin/sh
# `almanac-bench breaks` (release build), then the same cases in R (strucchange).
# Run from the package root:
#   sh Benchmarks/breaks/run.sh            (R at n = 1000 only)
#   BENCH_LARGE=1 sh Benchmarks/breaks/run.sh   (R also at n = 10000; slow)
set -e
swift build -c release --product almanac-bench
echo "== Swift (release) =="
.build/release/almanac-bench breaks 5
echo "== R strucchange =="
Rscript Benchmarks/breaks/bench.R
