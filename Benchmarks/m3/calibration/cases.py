"""The evaluation cases of one M3 frequency from one run of run_records.sh: for each series,
its forecast (mean, 80/95% bounds, auto's intervals), the values that occurred, its calibration
scores from the rolling origins oⱼ = n − H − (j − 1)·s, j = 1 … 8 (what `--intervals
conformal` uses; n = the training values of the file), and the MSIS scale (seasonal-naive
in-sample MAE of the training values).

part "holdout": the training-holdout file of make_holdout.py (the last H training values are
the pseudo-test; the real test values are never read). part "test": the M3 train/test file.
"""
import math
import os

import numpy as np

import rules as R

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "..")
FREQS = {  # data, period, horizon, step
    "monthly": ("Datasets/m3-monthly.csv", 12, 18, 12),
    "quarterly": ("Datasets/m3/m3-quarterly.csv", 4, 8, 4),
    "yearly": ("Datasets/m3/m3-yearly.csv", 1, 6, 3),
    "other": ("Datasets/m3/m3-other.csv", 1, 8, 4),
}


def build(freq, directory, part="holdout", origins=8):
    data, p, H, s = FREQS[freq]
    tag = freq if part == "test" else f"{freq}-holdout"
    path = os.path.join(ROOT, data) if part == "test" else os.path.join(directory, f"holdout-{freq}.csv")
    train, test = R.read_long(path)
    rec = R.read_records(os.path.join(directory, f"{tag}-records.csv"))
    fcs = R.read_forecasts(os.path.join(directory, f"{tag}-forecasts.csv"), "auto")
    cases = []
    for sid, y in train.items():
        n = len(y)
        r = rec.get(sid, {})
        cal = [np.column_stack([r[o], np.full(len(r[o]), j)])
               for j, o in ((j, n - H - (j - 1) * s) for j in range(1, origins + 1)) if o in r]
        scores = R.series_scores(np.vstack(cal)) if cal else {L: np.array([]) for L in R.LEVELS} | {"h": np.array([]), "j": np.array([])}
        cases.append(dict(id=sid, y=test[sid], fc=fcs[sid], scores=scores, scale=R.mase_scale(y, p)))
    return cases
