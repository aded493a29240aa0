"""The evaluation cases of one M3 frequency built from one `--calibration-records` run on the
full training series (origins oⱼ = n − H − (j − 1)·s, j = 1 … K):

holdout  the training holdout: the pseudo-test is origin o₁ = n − H (the forecast from the
         first n − H training values of the last H training values, exactly the forecast a
         run on make_holdout.py's file makes); its calibration origins are those whose
         windows end before the pseudo-test starts, oⱼ + H ≤ n − H, i.e. j ≥ j₀ = 1 + ⌈H/s⌉,
         at most 8 of them (j₀ … j₀ + 7). For quarterly, yearly and other data (H = 2s) these
         are exactly the origins a run on the holdout file would use; for monthly data
         (H = 18, s = 12) they are n − 42, n − 54, … instead of n − 36, n − 48, … (same spacing,
         6 months earlier), and with K = 9 origins at most 7 of them.
test     the M3 test data: the run's test forecast, calibrated on origins j = 1 … 8 (what
         `--intervals conformal` uses).
MSIS is scaled by the seasonal-naive in-sample MAE of the values the forecast was fitted on.
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


def build(freq, records_path, forecasts_path=None, part="holdout", origins=8):
    data, p, H, s = FREQS[freq]
    train, test = R.read_long(os.path.join(ROOT, data))
    rec = R.read_records(records_path)
    fcs = R.read_forecasts(forecasts_path, "auto") if part == "test" else None
    cases, skipped = [], 0
    for sid, y in train.items():
        n = len(y)
        r = rec.get(sid, {})
        if part == "holdout":
            o1 = n - H
            if o1 not in r:
                skipped += 1
                continue
            yy, fc = r[o1][:, 1], r[o1][:, 2:7]
            j0 = 1 + math.ceil(H / s)
            sc = R.mase_scale(y[:o1], p)
        else:
            yy, fc, j0 = test[sid], fcs[sid], 1
            sc = R.mase_scale(y, p)
        cal = [r[o] for o in (n - H - (j - 1) * s for j in range(j0, j0 + origins)) if o in r]
        scores = R.series_scores(np.vstack(cal)) if cal else {L: np.array([]) for L in R.LEVELS}
        cases.append(dict(id=sid, y=yy, fc=fc, scores=scores, scale=sc))
    return cases, skipped
