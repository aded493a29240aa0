#!/bin/sh
# Cross-checks `almanac benchmark` scoring against the independent Python re-scorer:
# runs the benchmark with --forecasts, re-scores those forecasts with Benchmarks/rescore.py
# (numpy only) and requires sMAPE, MASE, MAE, RMSE, MSIS and 80/95 coverage to agree to
# 1e-9 relative for every model. Exit 0 on agreement, 1 on any difference.
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
  --format json --output "$TMP/summary.json" --forecasts "$TMP/forecasts.csv" 2>/dev/null
MODEL_NAME=$(echo "$MODELS" | cut -d, -f1)
python3 "$(dirname "$0")/rescore.py" "$DATA" "$TMP/forecasts.csv" --period "$PERIOD" --model "$MODEL_NAME" > "$TMP/rescore.json"

python3 - "$TMP/summary.json" "$TMP/rescore.json" <<'PY'
import json, math, sys
almanac = {s["model"]: s for s in json.load(open(sys.argv[1]))["summaries"]}
rescored = {m["model"]: m for m in json.load(open(sys.argv[2]))["models"]}
def num(v):
    return float(v) if v is not None else math.nan   # JSON "NaN"/"Infinity" strings included
bad = 0
if set(almanac) != set(rescored):
    print(f"models differ: almanac {sorted(almanac)} vs rescore {sorted(rescored)}"); sys.exit(1)
for model, a in sorted(almanac.items()):
    r = rescored[model]
    if a["series"] != r["series"]:
        print(f"{model}: {a['series']} series scored by almanac, {r['series']} re-scored"); bad += 1
    for key in ("sMAPE", "MASE", "MAE", "RMSE", "MSIS", "coverage80", "coverage95"):
        x, y = num(a[key]), num(r[key])
        same = (math.isnan(x) and math.isnan(y)) or x == y or abs(x - y) <= 1e-9 * max(abs(x), abs(y))
        print(f"{model:8s} {key:10s} almanac {x:.12g}  rescore {y:.12g}  {'ok' if same else 'DIFFERENT'}")
        bad += not same
sys.exit(1 if bad else 0)
PY
