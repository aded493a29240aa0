"""Scores forecast dumps of AutoBenchmarkTests (and combinations of them) on M3 monthly.

usage: python3 analyze.py DUMPDIR [setup]   (setup: holdout | test; default both)

Reads DUMPDIR/<method>_<setup>.csv (series,h,mean,lo80,hi80,lo95,hi95) and scores each
single method and each candidate combination rule exactly as Forecaster's Accuracy /
AccuracyBenchmark do (sMAPE, MASE with the in-sample seasonal-naive scale, OWA against
naive2, pooled 80/95% coverage, MSIS at 95%). For the holdout setup the "training" part is
each training series minus its last 18 values, and the actuals are those 18 values.
"""
import csv, itertools, os, sys
import numpy as np
from scipy.stats import norm

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "datasets", "m3-monthly.csv")
Z80, Z95 = norm.ppf(0.9), norm.ppf(0.975)

def load_m3():
    tr, te = {}, {}
    with open(ROOT) as f:
        for r in csv.DictReader(f):
            (tr if r["split"] == "train" else te).setdefault(r["series"], []).append((int(r["t"]), float(r["value"])))
    ids = list(tr)
    return ids, {k: np.array([v for _, v in sorted(x)]) for k, x in tr.items()}, {k: np.array([v for _, v in sorted(x)]) for k, x in te.items()}

def load_dump(path):
    out = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            out.setdefault(r["series"], []).append([float(r[c]) for c in ("mean", "lo80", "hi80", "lo95", "hi95")])
    return {k: np.array(v) for k, v in out.items()}

def scale(x, m=12):
    lag = m if len(x) > m else 1
    return np.mean(np.abs(x[lag:] - x[:-lag]))

def score(fc, data):
    """fc: id -> (h,5) array; data: id -> (train, actual)."""
    sm, ms, msis, h80, h95, n = [], [], [], 0, 0, 0
    for k, (x, y) in data.items():
        f = fc[k]; m = f[:, 0]
        d = np.abs(y) + np.abs(m)
        sm.append(np.mean(np.where(d == 0, 0, 200 * np.abs(y - m) / np.where(d == 0, 1, d))))
        s = scale(x)
        ms.append(np.mean(np.abs(y - m)) / s)
        l, u = f[:, 3], f[:, 4]
        msis.append(np.mean((u - l) + 40 * (l - y) * (y < l) + 40 * (y - u) * (y > u)) / s)
        h80 += np.sum((y >= f[:, 1]) & (y <= f[:, 2])); h95 += np.sum((y >= l) & (y <= u)); n += len(y)
    return np.mean(sm), np.mean(ms), h80 / n, h95 / n, np.mean(msis)

def combine(members, rule="mean", width=1.0, mixture=False):
    out = {}
    for k in members[0]:
        M = np.array([f[k][:, 0] for f in members])
        se = np.array([(f[k][:, 4] - f[k][:, 3]) / (2 * Z95) for f in members])
        if rule == "mean": mu, s = M.mean(0), se.mean(0)
        else: mu, s = np.median(M, 0), np.median(se, 0)
        if mixture: s = np.sqrt((se ** 2).mean(0) + ((M - M.mean(0)) ** 2).mean(0))
        s = s * width
        out[k] = np.stack([mu, mu - Z80 * s, mu + Z80 * s, mu - Z95 * s, mu + Z95 * s], 1)
    return out

def main():
    d = sys.argv[1]
    setups = sys.argv[2:] or ["holdout", "test"]
    ids, tr, te = load_m3()
    for setup in setups:
        data = {k: (tr[k][:-18], tr[k][-18:]) for k in ids} if setup == "holdout" else {k: (tr[k], te[k]) for k in ids}
        methods = {}
        for fn in sorted(os.listdir(d)):
            if fn.endswith(f"_{setup}.csv"):
                methods[fn[: -len(f"_{setup}.csv")]] = load_dump(os.path.join(d, fn))
        n2 = score(methods["naive2"], data)
        rows = [(name, score(fc, data)) for name, fc in methods.items()]
        base = [m for m in ("ets", "theta", "arima", "rarima") if m in methods]
        for r in range(2, len(base) + 1):
            for combo in itertools.combinations(base, r):
                mem = [methods[m] for m in combo]
                for rule in ("mean", "median") if r > 2 else ("mean",):
                    for mix in (False, True):
                        for w in (1.0, 1.1, 1.2, 1.3):
                            name = f"{rule}({'+'.join(combo)}){' mix' if mix else ''} w{w}"
                            rows.append((name, score(combine(mem, rule, w, mix), data)))
        print(f"== {setup}: method, sMAPE, MASE, OWA, cov80, cov95, MSIS")
        for name, (s, m, c80, c95, msis) in rows:
            owa = 0.5 * (s / n2[0] + m / n2[1])
            print(f"{name:40s} {s:7.3f} {m:7.4f} {owa:7.4f} {c80:6.3f} {c95:6.3f} {msis:7.3f}")

if __name__ == "__main__":
    main()
