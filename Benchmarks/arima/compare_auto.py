#!/usr/bin/env python3
"""Compares Almanac's auto-ARIMA choices (CSV from `almanac-bench arima`) with R's
(Tests/Fixtures/arima/auto_arima_m3.csv). Prints the number of identical models and,
for the others, whether Almanac's AICc is within 0.1 of (or better than) R's.
Usage: compare_auto.py almanac.csv r.csv"""
import csv, sys

def load(path):
    rows = {}
    with open(path) as f:
        for r in csv.DictReader(line for line in f if not line.startswith('#')):
            rows[r['series']] = r
    return rows

a, r = load(sys.argv[1]), load(sys.argv[2])
keys = ['p', 'd', 'q', 'P', 'D', 'Q', 'mean', 'drift']
same = notworse = 0
common = [s for s in r if s in a]
diff = []
for s in common:
    if all(int(a[s][k]) == int(r[s][k]) for k in keys):
        same += 1
    else:
        da, dr = float(a[s]['aicc']), float(r[s]['aicc'])
        ok = da <= dr + 0.1
        notworse += ok
        diff.append(f"{s}: almanac {[a[s][k] for k in keys]} {da:.4f} vs R {[r[s][k] for k in keys]} {dr:.4f}{'' if ok else '  WORSE'}")
print(f"{same}/{len(common)} identical ({100.0 * same / max(len(common), 1):.1f}%); "
      f"{notworse}/{len(common) - same} of the others with AICc not worse than R's + 0.1")
for line in diff:
    print(line)
rs = sum(float(r[s]['seconds']) for s in common)
print(f"R auto.arima elapsed on these series: {rs:.1f} s")
