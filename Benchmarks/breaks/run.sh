#!/bin/sh
# Release build of the Breaks module, a stand-alone benchmark binary linked against its
# objects, then the same cases in R (strucchange). Run from the package root:
#   sh Benchmarks/breaks/run.sh            (R at n = 1000 only)
#   BENCH_LARGE=1 sh Benchmarks/breaks/run.sh   (R also at n = 10000; slow)
set -e
swift build -c release --target Breaks
B=.build/release
swiftc -O -I "$B/Modules" -I Sources/CLAPACK $(pkg-config --cflags openblas | sed "s/-I/-Xcc -I/g") Benchmarks/breaks/main.swift \
  "$B"/Breaks.build/*.o "$B"/Numerics.build/*.o "$B"/TimeSeries.build/*.o "$B"/Forecaster.build/*.o \
  $(pkg-config --libs openblas) -o "$B/breaks-bench"
echo "== Swift (release) =="
"$B/breaks-bench"
echo "== R strucchange =="
Rscript Benchmarks/breaks/bench.R
