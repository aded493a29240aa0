#!/bin/bash
# Event-position sweep: every command at dates from the first to the last observation.
A=${ALMANAC_BIN:-.build/release/almanac}
cd "$(dirname "$0")/../.."
out=${OUT:-/tmp/event-positions.tsv}; : > $out
run() { # label args...
  local label=$1; shift
  timeout 120 $A "$@" > /tmp/event-positions.out 2> /tmp/event-positions.err; local rc=$?
  local msg=$(grep -m1 -E "Fatal|error" /tmp/event-positions.err | cut -c1-150)
  echo -e "$rc\t$label\t$*\t$msg" >> $out
}
for f in nile usaccdeaths; do
  F=Datasets/reference/$f.csv
  dates=$(tail -n +2 $F | cut -d, -f1)
  n=$(echo "$dates" | wc -l)
  i=0
  for d in $dates; do
    i=$((i+1))
    if [ $i -le 6 ] || [ $i -gt $((n-7)) ] || [ $((i % 9)) -eq 0 ]; then
      run breaks breaks $F --at $d --bootstrap 19
      run breaks-iid breaks $F --at $d --errors iid --hac
      run breaks-trend breaks $F --at $d --regressors trend --bootstrap 19 --log
      run impact impact $F --at $d
      [ $f = usaccdeaths ] && run breaks-season breaks $F --at $d --regressors season --log --bootstrap 19
      [ $f = usaccdeaths ] && run breaks-lag breaks $F --at $d --regressors lag:1,12 --bootstrap 19
    fi
  done
done
echo finished >> $out
