#!/usr/bin/env python3
"""Adds ASSUMED 95% intervals to the future rows of the synthetic drivers, statsforecast-style
columns oil-lo-95,oil-hi-95,rub-lo-95,rub-hi-95 (empty over the history), as an analyst would
supply the drivers' own forecasts to `almanac forecast --xreg`:

    oil: +-12% at the first future month, widening with sqrt(h) (+-46% at 15 months)
    rub: +-4% at the first future month, widening with sqrt(h)

    python3 Datasets/scripts/make_russia_serbia_driver_intervals.py   (from the package root)

writes Datasets/russia-serbia-driver-intervals.csv (deterministic; invented widths, not market data).
"""
import csv
import math

LAST = "2026-09"  # the turnover's last observed month
with open("Datasets/russia-serbia-drivers.csv") as f:
    rows = list(csv.DictReader(f))
out = []
h = 0
for r in rows:
    row = dict(date=r["date"], oil=r["oil"], rub=r["rub"])
    if r["date"] > LAST:
        h += 1
        for name, width in (("oil", 0.12), ("rub", 0.04)):
            v = float(r[name])
            w = width * math.sqrt(h)
            row[name + "-lo-95"] = "%.2f" % (v * (1 - w))
            row[name + "-hi-95"] = "%.2f" % (v * (1 + w))
    out.append(row)
cols = ["date", "oil", "rub", "oil-lo-95", "oil-hi-95", "rub-lo-95", "rub-hi-95"]
with open("Datasets/russia-serbia-driver-intervals.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for row in out:
        w.writerow({c: row.get(c, "") for c in cols})
