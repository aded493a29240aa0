#!/usr/bin/env python3
"""Reference scores of the seasonal naive forecast on the first 20 M3 monthly series, for
Tests/ReportsTests/BenchmarkGateTests.swift. Independent of Almanac: the forecasts and their
intervals are built here (R forecast::snaive's formulas) and scored by Benchmarks/rescore.py.

snaive: mean_h = y[n - m + (h - 1) % m]; sigma2 = mean of squared lag-m differences;
se_h = sqrt(sigma2 * (floor((h - 1) / m) + 1)); interval mean_h -/+ z se_h, z = Phi^-1(0.5 + level/200).

Run from the package root:  python3 Tests/Fixtures/benchmark/make_snaive_reference.py
"""
import csv
import io
import json
import math
import os
import sys
from contextlib import redirect_stdout
from statistics import NormalDist

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(root, "Benchmarks"))
import rescore  # noqa: E402

data = os.path.join(root, "Datasets", "m3-monthly.csv")
m, count = 12, 20
train, order = {}, []
for row in csv.DictReader(open(data, newline="")):
    if row["series"] not in train:
        if len(order) == count:
            break
        train[row["series"]] = []
        order.append(row["series"])
    if row["split"] == "train":
        train[row["series"]].append(float(row["value"]))

z80, z95 = NormalDist().inv_cdf(0.9), NormalDist().inv_cdf(0.975)
lines = ["series,t,mean,lo80,hi80,lo95,hi95"]
for s in order:
    y = train[s]
    n = len(y)
    d = [y[t] - y[t - m] for t in range(m, n)]
    sigma2 = sum(v * v for v in d) / len(d)
    for h in range(1, 19):
        f = y[n - m + (h - 1) % m]
        se = math.sqrt(sigma2 * ((h - 1) // m + 1))
        cells = (f, f - z80 * se, f + z80 * se, f - z95 * se, f + z95 * se)
        lines.append(f"{s},{h}," + ",".join(repr(v) for v in cells))
path = os.path.join(os.path.dirname(__file__), "snaive-m3-first20-forecasts.csv")
with open(path, "w") as fh:
    fh.write("\n".join(lines) + "\n")
buf = io.StringIO()
with redirect_stdout(buf):
    rescore.main([data, path, "--period", "12", "--model", "snaive"])
result = json.loads(buf.getvalue())["models"][0]
result["series_ids"] = order
os.remove(path)
with open(os.path.join(os.path.dirname(__file__), "snaive-m3-first20.json"), "w") as fh:
    json.dump(result, fh, indent=2, sort_keys=True)
    fh.write("\n")
print(json.dumps(result, indent=2, sort_keys=True))
