#!/usr/bin/env bash
# The Russia–Serbia walkthrough on bundled data (run by `make demo` after a release build).
set -euo pipefail
cd "$(dirname "$0")/.."
ALMANAC=.build/release/almanac
DATA=Datasets/russia-serbia-turnover.csv
$ALMANAC --version
