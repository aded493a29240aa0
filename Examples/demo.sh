#!/usr/bin/env bash
# The Russia–Serbia walkthrough on bundled data (run by `make demo` after a release build).
# The turnover series is SYNTHETIC (see Datasets/README.md); the 2022 total is calibrated to
# the published 4.2 billion USD.
set -euo pipefail
cd "$(dirname "$0")/.."
ALMANAC=${ALMANAC:-.build/release/almanac}
DATA=Datasets/russia-serbia-turnover.csv
EVENTS=Datasets/sanctions.csv
OUT=${OUT:-out}
mkdir -p "$OUT"

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n\n' "$1" "${*:2}"; "${@:2}"; }

step "1. What the series looks like" \
  $ALMANAC describe $DATA --column turnover

step "2. Next year's turnover: monthly forecasts and the calendar-year totals with their own intervals" \
  $ALMANAC forecast $DATA --column turnover --annual --plot "$OUT/forecast.svg" --events $EVENTS

step "3. Did the sanctions break the series? (log turnover, seasonal dummies)" \
  $ALMANAC breaks $DATA --column turnover --log --regressors season --events $EVENTS --plot "$OUT/breaks.svg"

has_impact() { $ALMANAC --help | grep -qE "^ +impact "; }
if has_impact; then
  step "4. How large was the 2022 effect? (counterfactual from the pre-2022 model)" \
    $ALMANAC impact $DATA --column turnover --at 2022-03 --plot "$OUT/impact.svg"
fi

DRIVERS=Datasets/russia-serbia-drivers.csv
step "5. With drivers: regression on the (synthetic) oil price and rouble rate, their assumed paths to 2027-12" \
  $ALMANAC forecast $DATA --column turnover --xreg $DRIVERS --xreg-columns oil,rub --log --annual --plot "$OUT/drivers.svg"

step "6. Scenarios: the 2025-10 NIS shift reversed in 2027-01, or a further drop of 0.15 in log turnover (-14%)" \
  $ALMANAC forecast $DATA --column turnover --log --annual --scenario lifted:step@2027-01=-estimated@2025-10 --scenario wider:step@2027-01=-0.15 --plot "$OUT/scenarios.svg"

step "7. Everything on one page" \
  $ALMANAC report $DATA --column turnover --events $EVENTS --log --regressors season --output "$OUT/report.html"

printf '\nCharts and the report are in %s/: forecast.svg, breaks.svg%s, drivers.svg, scenarios.svg, report.html\n' "$OUT" \
  "$(has_impact && echo ', impact.svg')"
