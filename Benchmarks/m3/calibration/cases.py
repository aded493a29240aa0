"""The evaluation cases of one M3 frequency from one run of run_records.sh: for each series,
its forecast (mean, 80/95% bounds, auto's intervals), the values that occurred, its calibration
scores from the rolling origins oⱼ = n − H − (j − 1)·s, j = 1 … 8 (what `--intervals
conformal` uses; n = the training values of the file), and the MSIS scale (seasonal-naive
in-sample MAE of the training values).

part "holdout": the training-holdout file of make_holdout.py (the last H training values are
the pseudo-test; the real test values are never read). part "test": the M3 train/test file.

part "holdout-in-run": the training holdout rebuilt from the *test* run's records, for monthly
data, whose own holdout run did not fit in the time available: the pseudo-test is origin
o₁ = n − H (the forecast from the first n − H training values of the last H training values,
the same forecast a run on the holdout file makes); its calibration origins are those whose
windows end before the pseudo-test starts, oⱼ + H ≤ n − H, i.e. j ≥ j₀ = 1 + ⌈H/s⌉, at most 8
(j₀ … j₀ + 7). For H = 2s (quarterly, yearly, other) these are exactly the holdout run's
origins; for monthly data (H = 18, s = 12) they are n − 42, n − 54, … instead of n − 36, n − 48,
… (same spacing, 6 months earlier) and, with the run's K = 9, at most 7 of them. Series whose
o₁ leaves fewer than max(2·period, 10) values to fit have no such forecast and are left out.
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
    if part == "holdout-in-run":
        return build_in_run(freq, directory, origins)
    data, p, H, s = FREQS[freq]
    tag = freq if part == "test" else f"{freq}-holdout"
    path = os.path.join(ROOT, data) if part == "test" else os.path.join(directory, f"holdout-{freq}.csv")
    train, test = R.read_long(path)
    rec = R.read_records(os.path.join(directory, f"{tag}-records.csv"))
    fcs = R.read_forecasts(os.path.join(directory, f"{tag}-forecasts.csv"), "auto")
    cases = []
    for sid, y in train.items():
        if sid not in fcs:  # a run with --limit
            continue
        n = len(y)
        r = rec.get(sid, {})
        cal = [np.column_stack([r[o], np.full(len(r[o]), j)])
               for j, o in ((j, n - H - (j - 1) * s) for j in range(1, origins + 1)) if o in r]
        scores = R.series_scores(np.vstack(cal)) if cal else {L: np.array([]) for L in R.LEVELS} | {"h": np.array([]), "j": np.array([])}
        cases.append(dict(id=sid, y=test[sid], fc=fcs[sid], scores=scores, scale=R.mase_scale(y, p)))
    return cases


def build_in_run(freq, directory, origins=8):
    data, p, H, s = FREQS[freq]
    train, _ = R.read_long(os.path.join(ROOT, data))
    rec = R.read_records(os.path.join(directory, f"{freq}-records.csv"))
    ran = R.read_forecasts(os.path.join(directory, f"{freq}-forecasts.csv"), "auto")
    j0 = 1 + math.ceil(H / s)
    cases = []
    for sid, y in train.items():
        n = len(y)
        r = rec.get(sid, {})
        o1 = n - H
        if sid not in ran or o1 not in r:
            continue
        cal = [np.column_stack([r[o], np.full(len(r[o]), j - j0 + 1)])
               for j, o in ((j, n - H - (j - 1) * s) for j in range(j0, j0 + origins)) if o in r]
        scores = R.series_scores(np.vstack(cal)) if cal else {L: np.array([]) for L in R.LEVELS} | {"h": np.array([]), "j": np.array([])}
        cases.append(dict(id=sid, y=r[o1][:, 1], fc=r[o1][:, 2:7], scores=scores, scale=R.mase_scale(y[:o1], p)))
    return cases
