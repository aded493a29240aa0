#!/usr/bin/env python3
"""Reference for PooledAutoregressionTests: the pooled least-squares AR of a small batch,
computed independently with numpy (np.linalg.lstsq, SVD-based), written as pooled_ar.json.

Batch: 5 monthly series (lengths 40-60) from a fixed-seed generator (Python `random`);
order 6; each series divided by the mean of its last 12 values; rows (1, z[t-1..t-6]) -> z[t].
Also the recursive 8-step forecast of every series (back on the original scale).

usage: python3 make_pooled_ar.py  (from this folder)
"""
import json
import math
import random

import numpy as np

rng = random.Random(2021)
batch = []
for i, n in enumerate([40, 47, 52, 60, 55]):
    level = 100.0 * (i + 1)
    y = []
    e = 0.0
    for t in range(n):
        e = 0.6 * e + rng.uniform(-1, 1) * 0.05
        y.append(round(level * (1 + 0.004 * t) * (1 + 0.2 * math.sin(2 * math.pi * t / 12)) * math.exp(e), 4))
    batch.append(y)

p, m, h = 6, 12, 8
scales = [float(np.mean(y[-m:])) for y in batch]
X, Y = [], []
for y, s in zip(batch, scales):
    z = np.array(y) / s
    for t in range(p, len(z)):
        X.append([1.0] + [z[t - j] for j in range(1, p + 1)])
        Y.append(z[t])
X, Y = np.array(X), np.array(Y)
beta, *_ = np.linalg.lstsq(X, Y, rcond=None)
forecasts = []
for y, s in zip(batch, scales):
    lags = list(np.array(y[-p:])[::-1] / s)
    out = []
    for _ in range(h):
        f = beta[0] + float(np.dot(beta[1:], lags))
        out.append(f * s)
        lags = [f] + lags[:-1]
    forecasts.append(out)
json.dump({"order": p, "period": m, "horizon": h, "batch": batch, "scales": scales,
           "intercept": beta[0], "coefficients": list(beta[1:]), "windows": len(Y),
           "forecasts": forecasts}, open("pooled_ar.json", "w"), indent=1)
