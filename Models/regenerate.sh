#!/usr/bin/env bash
# Regenerates the saved models of the bundled datasets (the `auto` model of each), which
# Tests/CLITests/SavedModelFilesTests.swift checks against a fresh fit.
set -euo pipefail
cd "$(dirname "$0")/.."
ALMANAC=${ALMANAC:-.build/debug/almanac}
$ALMANAC forecast Datasets/russia-serbia-turnover.csv --column turnover --save Models/russia-serbia-turnover.json >/dev/null
$ALMANAC forecast Datasets/reference/airpassengers.csv --save Models/airpassengers.json >/dev/null
$ALMANAC forecast Datasets/reference/usaccdeaths.csv --save Models/usaccdeaths.json >/dev/null
ls -la Models/*.json
