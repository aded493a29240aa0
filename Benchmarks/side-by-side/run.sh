#!/bin/sh
# Side by side on the same data, one core each: R forecast (auto.arima, ets, thetaf),
# statsforecast (AutoARIMA, AutoETS, Theta) and Almanac (auto-ARIMA, ETS, Theta) on the M3
# monthly set (train/test split, h = 18), then strucchange `breakpoints` vs Almanac at
# T = 1000. Prints CPU-time ratios and accuracy re-scored by Benchmarks/rescore.py.
#
# Run from the package root:
#   sh Benchmarks/side-by-side/run.sh                        # everything on all 1428 series (R: ~1 h+)
#   sh Benchmarks/side-by-side/run.sh --limit 150            # R and statsforecast on the first 150
#   sh Benchmarks/side-by-side/run.sh --limit 150 --almanac-limit 1428
# Options: --limit N (series for R and statsforecast; default 1428), --almanac-limit N
# (default: --limit), --out DIR (default /tmp/almanac-side-by-side), --skip-r,
# --skip-python, --skip-almanac, --skip-breaks, --no-install.
# Missing tools are installed unless --no-install: statsforecast by pip, R's forecast and
# strucchange by apt (r-cran-forecast, r-cran-strucchange). None of this is needed by CI.
set -eu
LIMIT=1428; ALIMIT=""; OUT=/tmp/almanac-side-by-side
RUN_R=1; RUN_PY=1; RUN_ALMANAC=1; RUN_BREAKS=1; INSTALL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) LIMIT=$2; shift ;;
    --almanac-limit) ALIMIT=$2; shift ;;
    --out) OUT=$2; shift ;;
    --skip-r) RUN_R=0 ;;
    --skip-python) RUN_PY=0 ;;
    --skip-almanac) RUN_ALMANAC=0 ;;
    --skip-breaks) RUN_BREAKS=0 ;;
    --no-install) INSTALL=0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
ALIMIT=${ALIMIT:-$LIMIT}
HERE=$(dirname "$0")
DATA=Datasets/m3-monthly.csv
BENCH=.build/release/almanac-bench
# One core per system: no BLAS/numba/OpenMP threads.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 NUMBA_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$OUT"
rm -f "$OUT"/timing.tsv "$OUT"/*.csv

if [ "$INSTALL" = 1 ]; then
  if [ "$RUN_PY" = 1 ] && ! python3 -c "import statsforecast" 2>/dev/null; then
    python3 -m pip install --quiet statsforecast || { echo "statsforecast unavailable: skipping it"; RUN_PY=0; }
  fi
  if [ "$RUN_R" = 1 ] || [ "$RUN_BREAKS" = 1 ]; then
    if ! Rscript -e 'stopifnot(requireNamespace("forecast", quietly = TRUE), requireNamespace("strucchange", quietly = TRUE))' 2>/dev/null; then
      (apt-get update -qq && apt-get install -y -qq r-base-core r-cran-forecast r-cran-strucchange) \
        || { echo "R forecast/strucchange unavailable: skipping R"; RUN_R=0; RUN_BREAKS=0; }
    fi
  fi
fi

if [ "$RUN_ALMANAC" = 1 ] || [ "$RUN_BREAKS" = 1 ]; then
  swift build -c release --product almanac-bench
fi

if [ "$RUN_ALMANAC" = 1 ]; then
  for model in arima ets theta; do
    "$BENCH" m3 "$model" "$DATA" "$ALIMIT" "$OUT/almanac-$model.csv" > "$OUT/almanac-$model.txt"
    # model series failures wall cpu … → system model series cpu wall failures
    awk -F'\t' 'NR == 2 { printf "Almanac\t%s\t%s\t%s\t%s\t%s\n", $1, $2, $5, $4, $3 }' "$OUT/almanac-$model.txt" >> "$OUT/timing.tsv"
    tail -n 1 "$OUT/almanac-$model.txt"
  done
fi
if [ "$RUN_PY" = 1 ]; then
  python3 "$HERE/statsforecast_m3.py" "$DATA" "$LIMIT" "$OUT"
fi
if [ "$RUN_R" = 1 ]; then
  Rscript "$HERE/r_m3.R" "$DATA" "$LIMIT" "$OUT"
fi

if [ -s "$OUT/timing.tsv" ]; then
  echo
  echo "== M3 monthly, h = 18, one core (accuracy re-scored by Benchmarks/rescore.py) =="
  python3 "$HERE/compare.py" "$DATA" "$OUT"
fi

if [ "$RUN_BREAKS" = 1 ]; then
  echo
  echo "== breakpoints at T = 1000 (h = 0.15): Almanac, best of 3 =="
  "$BENCH" breaks 3 | tee "$OUT/breaks-almanac.tsv"
  echo "== strucchange (one run) =="
  Rscript Benchmarks/breaks/bench.R | tee "$OUT/breaks-r.tsv"
  python3 - "$OUT/breaks-almanac.tsv" "$OUT/breaks-r.tsv" <<'PY'
import sys
def read(p):
    rows = {}
    for line in open(p).read().splitlines()[1:]:
        f = [c.strip() for c in line.split("\t")]
        if len(f) >= 3:
            rows[f[0]] = (float(f[1]), float(f[2]))
    return rows
a, r = read(sys.argv[1]), read(sys.argv[2])
for case in r:
    if case in a:
        print(f"{case}: strucchange / Almanac CPU time = {r[case][1] / max(a[case][1], 1e-9):.0f}x "
              f"(wall {r[case][0] / max(a[case][0], 1e-9):.0f}x)")
PY
fi
