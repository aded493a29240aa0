#!/usr/bin/env python3
"""statsforecast side of the side-by-side benchmark: AutoARIMA, AutoETS and Theta
(season_length 12) on the first LIMIT M3 monthly series, h = 18, levels 80/95, one series
at a time on one core (run.sh pins BLAS/OpenMP/numba threads to 1). Each model is fitted once
on the first series before timing, so first-call costs (lazy initialisation, any JIT
compilation) are not counted.

  python3 Benchmarks/side-by-side/statsforecast_m3.py DATA LIMIT OUTDIR [models]

[models] is a comma-separated subset of MODELS (default AutoARIMA,AutoETS,Theta; also AutoCES,
DynamicOptimizedTheta).

Writes OUTDIR/sf-<model>.csv (series,t,mean,lo80,hi80,lo95,hi95) and appends
"system model series cpu_s wall_s failures" lines to OUTDIR/timing.tsv.
"""
import csv
import os
import sys
import time
import warnings

import numpy as np
from statsforecast.models import AutoARIMA, AutoCES, AutoETS, DynamicOptimizedTheta, Theta

warnings.filterwarnings("ignore")
H, M, LEVELS = 18, 12, [80, 95]
MODELS = {"AutoARIMA": lambda: AutoARIMA(season_length=M), "AutoETS": lambda: AutoETS(season_length=M),
          "Theta": lambda: Theta(season_length=M), "AutoCES": lambda: AutoCES(season_length=M),
          "DynamicOptimizedTheta": lambda: DynamicOptimizedTheta(season_length=M)}
# run.sh's default: the three models R also has.
DEFAULT = ["AutoARIMA", "AutoETS", "Theta"]


def load(path, limit):
    order, train = [], {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            sid = row["series"]
            if sid not in train:
                if len(order) == limit:
                    break
                order.append(sid)
                train[sid] = []
            if row["split"] == "train":
                train[sid].append((int(row["t"]), float(row["value"])))
    return order, {s: np.array([v for _, v in sorted(train[s])]) for s in order}


def snaive(y):
    n, d = len(y), y[M:] - y[:-M]
    se = np.sqrt(np.mean(d * d) * (np.arange(H) // M + 1))
    mean = np.array([y[n - M + h % M] for h in range(H)])
    return {"mean": mean, "lo-80": mean - 1.2815515655446004 * se, "hi-80": mean + 1.2815515655446004 * se,
            "lo-95": mean - 1.959963984540054 * se, "hi-95": mean + 1.959963984540054 * se}


def main(data, limit, out, names):
    order, train = load(data, int(limit))
    for name in names:
        MODELS[name]().forecast(y=train[order[0]], h=H, level=LEVELS)  # warm-up, untimed
        fcs, failures = [], 0
        c0, w0 = time.process_time(), time.perf_counter()
        for sid in order:
            try:
                fcs.append(MODELS[name]().forecast(y=train[sid], h=H, level=LEVELS))
            except Exception:
                fcs.append(None)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        with open(os.path.join(out, f"sf-{name}.csv"), "w") as fh:
            fh.write("series,t,mean,lo80,hi80,lo95,hi95\n")
            for sid, fc in zip(order, fcs):
                if fc is None or not np.all(np.isfinite(fc["mean"])):
                    failures += 1
                    fc = snaive(train[sid])
                for t in range(H):
                    cells = [fc[k][t] for k in ("mean", "lo-80", "hi-80", "lo-95", "hi-95")]
                    fh.write(f"{sid},{t + 1}," + ",".join(repr(float(c)) for c in cells) + "\n")
        with open(os.path.join(out, "timing.tsv"), "a") as fh:
            fh.write(f"statsforecast\t{name}\t{len(order)}\t{cpu:.3f}\t{wall:.3f}\t{failures}\n")
        print(f"statsforecast {name}: {len(order)} series, {cpu:.1f} s CPU, {wall:.1f} s wall, {failures} failures")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",") if len(sys.argv) > 4 else DEFAULT)
