#!/usr/bin/env bash
# Regenerates the chart images in docs/images from the bundled data (needs rsvg-convert:
# apt-get install librsvg2-bin). Run after a build; ALMANAC overrides the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
ALMANAC=${ALMANAC:-.build/release/almanac}
DATA=Datasets/russia-serbia-turnover.csv
EVENTS=Datasets/sanctions.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$ALMANAC forecast $DATA --column turnover --annual --events $EVENTS --plot "$tmp/forecast.svg" >/dev/null
$ALMANAC breaks $DATA --column turnover --log --regressors season --events $EVENTS --plot "$tmp/breaks.svg" >/dev/null
$ALMANAC breaks Datasets/reference/nile.csv --plot "$tmp/nile-breaks.svg" >/dev/null
if $ALMANAC --help | grep -qE "^ +impact "; then
  $ALMANAC impact $DATA --column turnover --at 2022-03 --plot "$tmp/impact.svg" >/dev/null
fi
for f in "$tmp"/*.svg; do
  rsvg-convert -w 1200 -o "docs/images/$(basename "${f%.svg}").png" "$f"
done
# The HTML report as a page screenshot (needs chromium; skipped without it).
if command -v chromium >/dev/null; then
  $ALMANAC report $DATA --column turnover --events $EVENTS --log --regressors season --output "$tmp/report.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,3000 \
    --screenshot="$PWD/docs/images/report.png" "file://$tmp/report.html" 2>/dev/null
fi
ls -la docs/images
