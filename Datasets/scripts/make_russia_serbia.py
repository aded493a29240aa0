#!/usr/bin/env python3
"""Generate Datasets/russia-serbia-turnover.csv: a SYNTHETIC monthly series.

This is not official data. It imitates the shape of Russia-Serbia goods trade
(Serbian exports to Russia, imports from Russia, and their sum, the turnover) in
millions of USD, 2010-01 .. 2026-09, with a trend, a seasonal pattern, noise and
shifts at the sanction dates that Almanac's break tests look for:

  2014-03  sanctions against Russia after Crimea (Serbia did not join): exports dip
           and recover, imports drop as energy prices fall later in 2014;
  2020-04  the pandemic trough;
  2022-03  sanctions after the invasion of Ukraine: energy prices lift import values
           through 2022, then they fall;
  2025-10  US sanctions on the oil company NIS take effect: crude imports collapse.

The only calibration to a published number: the 2022 turnover totals exactly
4,200 million USD (the reported 4.2 billion USD). Seeded, so re-running gives a
byte-identical file.
"""
import csv
import math
import os

import numpy as np

SEED = 20221
START_YEAR, END_YEAR, END_MONTH = 2010, 2026, 9
TARGET_2022 = 4200.0  # million USD

rng = np.random.default_rng(SEED)
months = [(y, m) for y in range(START_YEAR, END_YEAR + 1) for m in range(1, 13)
          if (y, m) <= (END_YEAR, END_MONTH)]
n = len(months)
t = np.arange(n, dtype=float)

def index_of(y, m):
    return months.index((y, m))

# Seasonal pattern (multiplicative): weak January, strong Q4, as in most trade series.
season = np.array([0.82, 0.90, 1.02, 1.00, 1.01, 1.00, 0.97, 0.93, 1.03, 1.08, 1.09, 1.15])
season /= season.mean()
s = np.array([season[m - 1] for (_, m) in months])

def step(at, size):
    return np.where(t >= index_of(*at), size, 0.0)

def ramp(at, slope, until=None):
    start = index_of(*at)
    r = np.clip(t - start, 0, None) * slope
    if until is not None:
        stop = index_of(*until)
        r = np.where(t < stop, r, (stop - start) * slope)
    return r

# Log-level paths (million USD per month).
log_exports = (math.log(45) + 0.006 * t
               + step((2014, 3), -0.18) + ramp((2014, 3), 0.003, until=(2016, 3))
               + step((2020, 4), -0.25) + ramp((2020, 4), 0.03, until=(2020, 12))
               + step((2022, 3), -0.12)
               + step((2025, 10), -0.05))
log_imports = (math.log(120) + 0.004 * t
               + step((2014, 3), -0.08) + ramp((2014, 9), -0.022, until=(2016, 1))
               + step((2020, 4), -0.35) + ramp((2020, 4), 0.035, until=(2021, 1))
               + step((2022, 3), 0.30) - ramp((2023, 1), 0.028, until=(2024, 1))
               + step((2025, 10), -0.55))

# AR(1) noise on the log scale keeps the series autocorrelated like real trade data.
def ar1(phi, sd):
    e = rng.normal(0.0, sd, n)
    out = np.zeros(n)
    for i in range(n):
        out[i] = (phi * out[i - 1] if i else 0.0) + e[i]
    return out

exports = np.exp(log_exports + ar1(0.5, 0.05)) * s
imports = np.exp(log_imports + ar1(0.6, 0.06)) * s

# Calibrate: scale everything so that 2022's turnover is exactly 4,200 million USD.
i22 = [i for i, (y, _) in enumerate(months) if y == 2022]
scale = TARGET_2022 / (exports[i22].sum() + imports[i22].sum())
exports = np.round(exports * scale, 1)
imports = np.round(imports * scale, 1)
# Absorb the rounding residual in December 2022 imports so the total is exact.
residual = round(TARGET_2022 - (exports[i22].sum() + imports[i22].sum()), 1)
imports[i22[-1]] = round(imports[i22[-1]] + residual, 1)
turnover = np.round(exports + imports, 1)
assert abs(turnover[i22].sum() - TARGET_2022) < 1e-6, turnover[i22].sum()

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "russia-serbia-turnover.csv")
with open(out, "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["date", "turnover", "exports", "imports"])
    for (y, m), tv, ex, im in zip(months, turnover, exports, imports):
        w.writerow([f"{y:04d}-{m:02d}", f"{tv:.1f}", f"{ex:.1f}", f"{im:.1f}"])
print(f"wrote {n} months; 2022 turnover = {turnover[i22].sum():.1f} million USD")
