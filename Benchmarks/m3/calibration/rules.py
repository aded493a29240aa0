"""Interval calibration rules for `auto`, evaluated offline on rolling-origin records
(`almanac benchmark --intervals conformal --calibration-records`). Shared by
choose_calibration.py (training holdouts) and test_calibration.py (M3 test data).

Every rule gives, per series i and level L, a factor f by which the model interval (for `auto`
already widened by 1.15) is stretched about the point forecast:
[ŷ − f·(ŷ − l), ŷ + f·(u − ŷ)]; then the 95% interval is made to contain the 80% one, as
ConformalIntervals.apply does.

Scores r (ConformalIntervals.score): r = (y − ŷ)/(u − ŷ) if y ≥ ŷ, else (ŷ − y)/(ŷ − l).
Conformal quantile of N scores at level L: the ⌈(N + 1)·L/100⌉-th smallest (nil if > N).

  model          f = 1
  conformal      f = f_i, the series' own conformal quantile (N_i scores); f = 1 when f_i
                 does not exist at some level (Almanac's --intervals conformal)
  pooled         f = f_pool, the conformal quantile of the scores of all series of the batch
  shrink(κ)      f = w·f_i + (1 − w)·f_pool, w = N_i/(N_i + κ); f = f_pool when f_i does not exist
  towards1(κ)    f = w·f_i + (1 − w)·1 (shrink towards the model's factor, with the 1.15)
  towards1/1.15(κ)  f = w·f_i + (1 − w)/1.15 (towards the members' width without the 1.15)
  geometric …    the same on the log scale: log f = w·log f_i + (1 − w)·log target
  … per step h   f_pool(h): the conformal quantile of the batch's scores at step h only
  pooled, latest J origins   f_pool from the scores of origins j ≤ J only
  median of own factors      target = the median over the batch of the series' own factors
  prior          target = a constant per level, the pooled factor over all four M3 training
                 holdouts (the single-series fallback; on the holdouts themselves in-sample)
"""
import csv
import math

import numpy as np

LEVELS = (80, 95)


def rank(n, level):
    x = (n + 1) * level / 100
    return math.ceil(round(x * 1e9) / 1e9)


def quantile(scores, level):
    k = rank(len(scores), level)
    if k < 1 or k > len(scores):
        return None
    return float(np.partition(np.asarray(scores), k - 1)[k - 1])


def score(y, m, l, u):
    e = y - m
    r = np.zeros_like(e)
    side = np.where(e > 0, u - m, m - l)
    nz = e != 0
    with np.errstate(divide="ignore", invalid="ignore"):
        r[nz] = np.where(side[nz] > 0, np.abs(e[nz]) / side[nz], np.inf)
    return r


def read_long(path):
    train, test = {}, {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            d = train if row["split"] == "train" else test
            d.setdefault(row["series"], []).append((int(row["t"]), float(row["value"])))
    f = lambda d: {k: np.array([v for _, v in sorted(x)]) for k, x in d.items()}
    return f(train), f(test)


def read_records(path, model="auto"):
    """series -> origin -> array of rows [h, actual, mean, lo80, hi80, lo95, hi95]."""
    out = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["model"] != model:
                continue
            out.setdefault(row["series"], {}).setdefault(int(row["origin"]), []).append(
                [float(row[c]) for c in ("h", "actual", "mean", "lo80", "hi80", "lo95", "hi95")])
    return {s: {o: np.array(v) for o, v in d.items()} for s, d in out.items()}


def read_forecasts(path, model):
    out = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("model", model) != model:
                continue
            out.setdefault(row["series"], []).append(
                (int(row["t"]), [float(row[c]) for c in ("mean", "lo80", "hi80", "lo95", "hi95")]))
    return {s: np.array([v for _, v in sorted(x)]) for s, x in out.items()}


def mase_scale(train, period):
    m = max(1, period) if len(train) > period else 1
    d = np.abs(train[m:] - train[:-m])
    return d.mean()


def series_scores(rows):
    """Calibration scores per level from records rows (all origins stacked); key "h": the steps."""
    out = {L: score(rows[:, 1], rows[:, 2], rows[:, 3 + 2 * k], rows[:, 4 + 2 * k]) for k, L in enumerate(LEVELS)}
    out["h"] = rows[:, 0].astype(int)
    out["j"] = rows[:, 7].astype(int) if rows.shape[1] > 7 else np.ones(len(rows), int)
    return out


def apply(fc, factors):
    """fc columns mean, lo80, hi80, lo95, hi95; factors {80: f, 95: f}; nested as Almanac."""
    out = fc.copy()
    m = fc[:, 0]
    for k, L in enumerate(LEVELS):
        f = factors[L]
        out[:, 1 + 2 * k] = m - f * (m - fc[:, 1 + 2 * k])
        out[:, 2 + 2 * k] = m + f * (fc[:, 2 + 2 * k] - m)
    out[:, 3] = np.minimum(out[:, 3], out[:, 1])
    out[:, 4] = np.maximum(out[:, 4], out[:, 2])
    return out


def prior_factors(all_cases):
    """The constant target for a series forecast alone: the conformal quantile of the
    calibration scores of all series of all the given cases (the four training holdouts)."""
    return {L: quantile(np.concatenate([c["scores"][L] for c in all_cases if len(c["scores"][L])]), L) for L in LEVELS}


def evaluate(cases, rules, prior=None):
    """cases: list of dicts with y (actuals), fc (mean, lo80, hi80, lo95, hi95), scores
    {L: array}, scale. rules: name -> function(case, pooled) -> {L: f}. Returns name -> metrics."""
    pooled = {L: quantile(np.concatenate([c["scores"][L] for c in cases if len(c["scores"][L])]), L) for L in LEVELS}
    H = max(len(c["y"]) for c in cases)
    allh = np.concatenate([c["scores"]["h"] for c in cases if len(c["scores"][80])])
    for L in LEVELS:
        sc = np.concatenate([c["scores"][L] for c in cases if len(c["scores"][L])])
        pooled[("h", L)] = np.array([quantile(sc[allh == h], L) for h in range(1, H + 1)])
        allj = np.concatenate([c["scores"]["j"] for c in cases if len(c["scores"][L])])
        for J in (1, 2, 3, 4):
            pooled[("J", J, L)] = quantile(sc[allj <= J], L)
        if prior:
            pooled[("prior", L)] = prior[L]
        own_f = [quantile(c["scores"][L], L) for c in cases]
        pooled[("median", L)] = float(np.median([f for f in own_f if f is not None and math.isfinite(f)]))
    res = {}
    for name, rule in rules.items():
        h80 = h95 = n = 0
        msis = []
        for c in cases:
            f = apply(c["fc"], rule(c, pooled))
            y = c["y"]
            h80 += int(((y >= f[:, 1]) & (y <= f[:, 2])).sum())
            h95 += int(((y >= f[:, 3]) & (y <= f[:, 4])).sum())
            n += y.size
            l, u, a = f[:, 3], f[:, 4], 0.05
            msis.append(((u - l) + 2 / a * (l - y) * (y < l) + 2 / a * (y - u) * (y > u)).mean() / c["scale"])
        msis = np.array(msis)
        res[name] = dict(cov80=h80 / n, cov95=h95 / n, MSIS=float(msis[np.isfinite(msis)].mean()), series=len(cases))
    return res, pooled


def own(c, L):
    return quantile(c["scores"][L], L)


def conformal(c, pooled):
    f = {L: own(c, L) for L in LEVELS}
    return {L: 1.0 for L in LEVELS} if any(v is None for v in f.values()) else f


def shrink(kappa, target, geometric=False):
    """target: 'pool', 'pool-h' (pooled per step h) or a number (the factor towards which f_i
    is shrunk). geometric: shrink log f_i towards log target."""
    def rule(c, pooled):
        out = {}
        for L in LEVELS:
            t = (pooled[L] if target == "pool" else pooled[("h", L)][:len(c["y"])] if target == "pool-h"
                 else pooled[("median", L)] if target == "median" else pooled[("prior", L)] if target == "prior"
                 else target)
            fi = own(c, L)
            if fi is None or not math.isfinite(fi) or (geometric and fi <= 0):
                out[L] = t
            else:
                n = len(c["scores"][L])
                w = n / (n + kappa)
                out[L] = np.exp(w * np.log(fi) + (1 - w) * np.log(t)) if geometric else w * fi + (1 - w) * t
        return out
    return rule


KAPPAS = (10, 25, 50, 100, 200, 400, 800)


def all_rules():
    rules = {"model (×1.15)": lambda c, p: {L: 1.0 for L in LEVELS},
             "conformal": conformal,
             "pooled": lambda c, p: dict(p)}
    for k in KAPPAS:
        rules[f"shrink to pooled, κ={k}"] = shrink(k, "pool")
    for k in KAPPAS:
        rules[f"geometric shrink to pooled, κ={k}"] = shrink(k, "pool", geometric=True)
    for J in (1, 2, 3, 4):
        rules[f"pooled, latest {J} origins"] = (lambda J: lambda c, p: {L: p[("J", J, L)] for L in LEVELS})(J)
    rules["median of own factors"] = lambda c, p: {L: p[("median", L)] for L in LEVELS}
    for k in KAPPAS:
        rules[f"shrink to median of own factors, κ={k}"] = shrink(k, "median")
    for k in KAPPAS:
        rules[f"geometric shrink to median of own factors, κ={k}"] = shrink(k, "median", geometric=True)
    rules["pooled per step h"] = lambda c, p: {L: p[("h", L)][:len(c["y"])] for L in LEVELS}
    for k in KAPPAS:
        rules[f"geometric shrink to pooled per step h, κ={k}"] = shrink(k, "pool-h", geometric=True)
    rules["prior (M3 holdout constant)"] = lambda c, p: {L: p[("prior", L)] for L in LEVELS}
    for k in KAPPAS:
        rules[f"shrink to prior, κ={k}"] = shrink(k, "prior")
    for k in KAPPAS:
        rules[f"shrink to 1 (×1.15), κ={k}"] = shrink(k, 1.0)
    for k in KAPPAS:
        rules[f"geometric shrink to 1 (×1.15), κ={k}"] = shrink(k, 1.0, geometric=True)
    for k in KAPPAS:
        rules[f"shrink to 1/1.15 (no 1.15), κ={k}"] = shrink(k, 1 / 1.15)
    return rules
