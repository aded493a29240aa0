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
Almanac's summary does); missing actuals are skipped. When the file holds a `naive2` model,
OWA = (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2) / 2 is added for every model. Prints JSON.

With `--check SUMMARY.json` (the `almanac benchmark --format json` output of the run that
wrote the forecasts) it instead compares every model's metrics with Almanac's, prints one
line per metric and exits 1 unless all agree to 1e-9 relative (NaN matches NaN).

  python3 Benchmarks/rescore.py Datasets/m3-monthly.csv forecasts.csv [--period 12]
  python3 Benchmarks/rescore.py Datasets/m3-monthly.csv forecasts.csv --check summary.json
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
    ap.add_argument("--model", default=None, help="model name when the CSV has no model column "
                    "(default: the single model of --check's summary, else 'forecast')")
    ap.add_argument("--check", metavar="SUMMARY", help="compare with an `almanac benchmark` JSON summary")
    args = ap.parse_args(argv)
    summary = None
    if args.check:
        with open(args.check) as fh:
            summary = json.load(fh)
    if args.model is None:
        names = [m["model"] for m in summary["summaries"]] if summary else []
        args.model = names[0] if len(names) == 1 else "forecast"
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
    naive2 = next((m for m in models if m["model"] == "naive2"), None)
    if naive2:
        for m in models:
            m["OWA"] = 0.5 * (m["sMAPE"] / naive2["sMAPE"] + m["MASE"] / naive2["MASE"])
    if summary is not None:
        sys.exit(0 if check(models, summary) else 1)
    json.dump(dict(file=args.data, forecasts=args.forecasts, period=args.period, models=models),
              sys.stdout, indent=2, sort_keys=True)
    print()


def number(v):
    """A metric from either JSON: None/"NaN" -> nan, "Infinity" -> inf."""
    return math.nan if v is None else float(v)


def check(models, summary, rel=1e-9):
    """True when every metric of every model in `summary` matches the re-scored value."""
    ours = {m["model"]: m for m in models}
    ok = True
    for s in summary["summaries"]:
        name = s["model"]
        if name not in ours:
            print(f"{name}: in the summary but not in the forecasts"); ok = False
            continue
        r = ours[name]
        if r["series"] != s["series"]:
            print(f"{name}: {s['series']} series in the summary, {r['series']} in the forecasts"); ok = False
        keys = ["sMAPE", "MASE", "MAE", "RMSE", "MSIS", "coverage80", "coverage95"] + (["OWA"] if "OWA" in r else [])
        for key in keys:
            a, b = number(s.get(key)), number(r[key])
            same = (math.isnan(a) and math.isnan(b)) or a == b or abs(a - b) <= rel * max(abs(a), abs(b))
            print(f"{name:8s} {key:10s} almanac {a:.15g}  rescore {b:.15g}  {'ok' if same else 'DIFFERENT'}")
            ok &= same
    extra = set(ours) - {s["model"] for s in summary["summaries"]}
    if extra:
        print(f"models in the forecasts but not in the summary: {sorted(extra)}"); ok = False
    print("rescore: all metrics agree to 1e-9 relative" if ok else "rescore: MISMATCH")
    return ok


if __name__ == "__main__":
    main(sys.argv[1:])
