#!/usr/bin/env python3
"""Independent re-scoring of `almanac benchmark --forecasts` output (numpy only).

Reads the train/test long file (series,split,t,value) and the forecast CSV
(`[model,]series,t,mean,lo80,hi80,lo95,hi95`, t = 1-based step of the test period) and
recomputes, per model, exactly as the M4 competition scores:

  sMAPE = 200/h * sum |y - f| / (|y| + |f|)            (0-200 scale; a 0/0 step counts 0)
  scale = mean_{t>m} |y_t - y_{t-m}| over the training part, m = period (lag 1 when the
          training part is not longer than one period)
  MASE  = mean |y - f| / scale
  MSIS  = mean[(u - l) + 2/a (l - y) 1{y < l} + 2/a (y - u) 1{y > u}] / scale, a = 0.05
  coverage80/95 = share of test values inside [lo, hi], pooled over all steps of all series

sMAPE, MASE, MAE, RMSE and MSIS are averaged over series (non-finite values skipped, as
Almanac's summary does); missing actuals are skipped. Prints JSON.

  python3 Benchmarks/rescore.py Datasets/m3-monthly.csv forecasts.csv [--period 12]
"""
import argparse
import csv
import json
import math
import sys

import numpy as np


def read_long(path):
    train, test = {}, {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            part = train if row["split"] == "train" else test
            v = row["value"].strip()
            part.setdefault(row["series"], []).append((int(row["t"]), float(v) if v not in ("", "NA") else math.nan))
    def ordered(d):
        return {k: np.array([v for _, v in sorted(vals)]) for k, vals in d.items()}
    return ordered(train), ordered(test)


def read_forecasts(path, default_model):
    out = {}  # model -> series -> {col: array by step}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            model = row.get("model", default_model)
            steps = out.setdefault(model, {}).setdefault(row["series"], {})
            steps[int(row["t"])] = [float(row[c]) if row[c] != "NA" else math.nan
                                    for c in ("mean", "lo80", "hi80", "lo95", "hi95")]
    return {m: {s: np.array([steps[t] for t in sorted(steps)]) for s, steps in series.items()}
            for m, series in out.items()}


def scale(train, period):
    m = max(1, period) if len(train) > period else 1
    d = np.abs(train[m:] - train[:-m])
    d = d[~np.isnan(d)]
    return d.mean() if d.size else math.nan


def score_series(y, fc, sc):
    ok = ~np.isnan(y)
    y, f, l80, u80, l95, u95 = y[ok], fc[ok, 0], fc[ok, 1], fc[ok, 2], fc[ok, 3], fc[ok, 4]
    if y.size == 0:
        return dict(sMAPE=math.nan, MASE=math.nan, MAE=math.nan, RMSE=math.nan, MSIS=math.nan, h80=0, h95=0, n=0)
    den = np.abs(y) + np.abs(f)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(den == 0, 0.0, 2 * np.abs(y - f) / np.where(den == 0, 1, den))
        mae = np.abs(y - f).mean()
        a = 0.05
        msis = ((u95 - l95) + 2 / a * (l95 - y) * (y < l95) + 2 / a * (y - u95) * (y > u95)).mean() / sc
        return dict(sMAPE=100 * terms.mean(), MASE=mae / sc, MAE=mae, RMSE=math.sqrt(((y - f) ** 2).mean()),
                    MSIS=msis, h80=int(((y >= l80) & (y <= u80)).sum()), h95=int(((y >= l95) & (y <= u95)).sum()),
                    n=int(y.size))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("forecasts")
    ap.add_argument("--period", type=int, default=12)
    ap.add_argument("--model", default="forecast", help="model name when the CSV has no model column")
    args = ap.parse_args(argv)
    train, test = read_long(args.data)
    models = []
    for model, series in read_forecasts(args.forecasts, args.model).items():
        rows = []
        for sid, fc in series.items():
            y = test[sid]
            if fc.shape[0] != y.size:
                sys.exit(f"rescore: {model}/{sid}: {fc.shape[0]} forecast steps, {y.size} test values")
            rows.append(score_series(y, fc, scale(train[sid], args.period)))

        def avg(key):
            v = np.array([r[key] for r in rows], dtype=float)
            v = v[np.isfinite(v)]
            return float(v.mean()) if v.size else None
        total = max(1, sum(r["n"] for r in rows))
        models.append(dict(model=model, series=len(rows), sMAPE=avg("sMAPE"), MASE=avg("MASE"), MAE=avg("MAE"),
                           RMSE=avg("RMSE"), MSIS=avg("MSIS"), coverage80=sum(r["h80"] for r in rows) / total,
                           coverage95=sum(r["h95"] for r in rows) / total))
    json.dump(dict(file=args.data, forecasts=args.forecasts, period=args.period, models=models),
              sys.stdout, indent=2, sort_keys=True)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
