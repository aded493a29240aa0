#!/bin/sh
# Cross-checks `almanac benchmark` scoring against the independent Python re-scorer:
# runs the benchmark with --forecasts, re-scores those forecasts with Benchmarks/rescore.py
# (numpy only) and requires sMAPE, MASE, MAE, RMSE, MSIS and 80/95 coverage to agree to
# 1e-9 relative for every model (and OWA when naive2 is among the models).
# Exit 0 on agreement, 1 on any difference (rescore.py --check does the comparison).
#
#   sh Benchmarks/check-rescore.sh                      (defaults below)
#   ALMANAC=.build/release/almanac MODELS=ets,theta LIMIT=300 sh Benchmarks/check-rescore.sh
#
# Environment: ALMANAC (binary; default .build/debug/almanac), DATA (long train/test CSV;
# default Datasets/m3-monthly.csv), PERIOD (12), MODELS (snaive,naive2,theta), LIMIT (200).
set -eu
ALMANAC=${ALMANAC:-.build/debug/almanac}
DATA=${DATA:-Datasets/m3-monthly.csv}
PERIOD=${PERIOD:-12}
MODELS=${MODELS:-snaive,naive2,theta}
LIMIT=${LIMIT:-200}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

"$ALMANAC" benchmark "$DATA" --frequency "$PERIOD" --models "$MODELS" --limit "$LIMIT" \
  --format json --output "$TMP/summary.json" --forecasts "$TMP/forecasts.csv"
python3 "$(dirname "$0")/rescore.py" "$DATA" "$TMP/forecasts.csv" --period "$PERIOD" --check "$TMP/summary.json"
