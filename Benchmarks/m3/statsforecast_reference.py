#!/usr/bin/env python3
"""statsforecast reference rows for Benchmarks/m3 (one table per M3 frequency): AutoETS,
AutoARIMA, Theta and AutoCES (statsforecast defaults, season_length = PERIOD) on every
series of a long file (series,split,t,value; train split, h = the series' test length),
levels 80/95, plus `sf-mean3`, the plain mean of AutoETS, AutoARIMA and Theta (point
forecasts and bounds averaged). One series at a time on one core; a model that fails or
gives a non-finite forecast is replaced by the seasonal naive forecast for that series (counted).

  OMP_NUM_THREADS=1 NUMBA_NUM_THREADS=1 python3 Benchmarks/m3/statsforecast_reference.py DATA PERIOD OUT.csv

Writes OUT.csv as model,series,t,mean,lo80,hi80,lo95,hi95 (scored by Benchmarks/rescore.py)
and prints CPU seconds and failures per model.
"""
import csv
import sys
import time
import warnings

import numpy as np
import statsforecast
from statsforecast.models import AutoARIMA, AutoCES, AutoETS, Theta

warnings.filterwarnings("ignore")
LEVELS = [80, 95]
Z = {80: 1.2815515655446004, 95: 1.959963984540054}


def load(path):
    order, train, h = [], {}, {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            sid = row["series"]
            if sid not in train:
                order.append(sid)
                train[sid], h[sid] = [], 0
            if row["split"] == "train":
                train[sid].append((int(row["t"]), float(row["value"])))
            else:
                h[sid] += 1
    return order, {s: np.array([v for _, v in sorted(train[s])]) for s in order}, h


def snaive(y, m, h):
    m = m if len(y) > m else 1
    d = y[m:] - y[:-m]
    sd = np.sqrt(np.mean(d * d)) if d.size else 0.0
    mean = np.array([y[len(y) - m + k % m] for k in range(h)])
    se = sd * np.sqrt(np.arange(h) // m + 1)
    out = {"mean": mean}
    for lv in LEVELS:
        out[f"lo-{lv}"], out[f"hi-{lv}"] = mean - Z[lv] * se, mean + Z[lv] * se
    return out


def main(data, period, out):
    m = int(period)
    models = {"AutoETS": lambda: AutoETS(season_length=m), "AutoARIMA": lambda: AutoARIMA(season_length=m),
              "Theta": lambda: Theta(season_length=m), "AutoCES": lambda: AutoCES(season_length=m)}
    order, train, h = load(data)
    res = {}
    for name, make in models.items():
        make().forecast(y=train[order[0]], h=h[order[0]], level=LEVELS)  # warm-up (JIT), untimed
        fcs, failures = [], 0
        c0, w0 = time.process_time(), time.perf_counter()
        for sid in order:
            try:
                fc = make().forecast(y=train[sid], h=h[sid], level=LEVELS)
                if not np.all(np.isfinite(fc["mean"])):
                    raise ValueError("non-finite")
            except Exception:
                failures += 1
                fc = snaive(train[sid], m, h[sid])
            fcs.append(np.column_stack([fc[k] for k in ("mean", "lo-80", "hi-80", "lo-95", "hi-95")]))
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        res[name] = fcs
        print(f"statsforecast {statsforecast.__version__} {name}: {len(order)} series, {cpu:.1f} s CPU, "
              f"{wall:.1f} s wall, {failures} failures", flush=True)
    res["sf-mean3"] = [(a + b + c) / 3 for a, b, c in zip(res["AutoETS"], res["AutoARIMA"], res["Theta"])]
    with open(out, "w") as fh:
        fh.write("model,series,t,mean,lo80,hi80,lo95,hi95\n")
        for name, fcs in res.items():
            for sid, fc in zip(order, fcs):
                for t, row in enumerate(fc, 1):
                    fh.write(f"{name},{sid},{t}," + ",".join(repr(float(c)) for c in row) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
