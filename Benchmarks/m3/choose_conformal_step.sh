#!/bin/sh
# Choice of the conformal origin step on training data only: the M3 holdout setups (each
# training series' last H values held out; Benchmarks/m3/make_holdout.py), Theta (the cheapest
# model) with model and conformal intervals, K = 8 origins, several steps per frequency.
# Output: Benchmarks/m3/choose_conformal_step-output.txt. ALMANAC: the binary (default release).
set -e
cd "$(dirname "$0")/../.."
A=${ALMANAC:-.build/release/almanac}
H=$(mktemp)
out=Benchmarks/m3/choose_conformal_step-output.txt
{ echo "date: $(date -u)"; echo "git: $(git rev-parse --short HEAD)"; } > $out
for spec in monthly:12:18 quarterly:4:8 yearly:1:6 other:1:8; do
  f=${spec%%:*}; r=${spec#*:}; p=${r%%:*}; h=${r##*:}
  data=Datasets/m3/m3-$f.csv; [ "$f" = monthly ] && data=Datasets/m3-monthly.csv
  python3 Benchmarks/m3/make_holdout.py "$data" $h > "$H"
  for s in 1 2 3 4 6 12; do
    [ $f != monthly ] && [ $s = 12 ] && continue
    echo "== $f holdout (h = $h): almanac benchmark HOLDOUT --frequency $p --models theta --intervals conformal --conformal-origins 8 --conformal-step $s" >> $out
    $A benchmark "$H" --frequency $p --models theta --intervals conformal --conformal-origins 8 --conformal-step $s --jobs 1 2>&1 \
      | tr '\r' '\n' | grep -E "too short|^model|^theta" >> $out
  done
done
rm -f "$H"
