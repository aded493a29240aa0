#!/usr/bin/env bash
# Fuzzes the CSV readers and the model loader with libFuzzer.
#   Tests/Fuzz/run.sh [SECONDS-PER-TARGET]   (default 600, as issue #14 asks)
# Builds almanac-fuzz with -sanitize=fuzzer into .build-fuzz (the normal .build is untouched),
# runs each target on a copy of its committed corpus, and merges new coverage back into
# Tests/Fuzz/corpus/<target>. Crashing inputs are written to Tests/Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
swift build -c release --build-path .build-fuzz --product almanac-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING
bin=.build-fuzz/release/almanac-fuzz
mkdir -p Tests/Fuzz/crashes
for target in csv model; do
  work=$(mktemp -d)
  cp Tests/Fuzz/corpus/$target/* "$work/"
  dict=Tests/Fuzz/$target.dict
  echo "== $target: ${seconds}s"
  ALMANAC_FUZZ_TARGET=$target "$bin" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=$([ $target = csv ] && echo 4096 || echo 40000) -print_final_stats=1 \
    -artifact_prefix=Tests/Fuzz/crashes/$target- $( [ -f "$dict" ] && echo -dict="$dict" ) 2>&1 | tail -n 25
  # Keep the corpus small: merge only inputs that add coverage.
  ALMANAC_FUZZ_TARGET=$target "$bin" -merge=1 Tests/Fuzz/corpus/$target "$work" > /dev/null 2>&1 || true
  rm -rf "$work"
done
