"""A direct global linear model on log windows, alone and as an 11th member of `auto` (M3 monthly).

usage: python3 global_direct.py DUMPDIR

Measured and not adopted (Benchmarks/m3/RESULTS.md, session of 2026-12-08). DUMPDIR holds the
member dumps of `almanac-bench members Datasets/m3-monthly.csv DUMPDIR 2` (holdout and test);
this script writes DUMPDIR/glog_{holdout,test}.csv and prints the rows.

Model (Montero-Manso & Hyndman 2021, a global AR; here direct rather than recursive, and
normalised per window rather than per series): for every window of L log values of every
training series, inputs z = log y[t-L:t] - a and target log y[t+h-1] - a, a = the mean of the
window's last 12 log values; one ridge least-squares fit per horizon h = 1..18 (penalty 1e-3
per window on the lag coefficients, none on the intercept); L = 36, 24 or 12, the longest the
series allows. Forecast exp(a + c_h + b_h·z). Intervals: the 2.5/10/90/97.5% quantiles of the
fit's in-sample errors per horizon, on the log scale.
"""
import os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze as A
import choose_auto as C

H, LAGS, RIDGE = 18, (12, 24, 36), 1e-3
AUTO = ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log", "dotm", "dotm-log", "ces", "ces-log"]


def windows(series, L, h):
    X, Y = [], []
    for x in series:
        lx = np.log(x)
        for t in range(L, len(lx) - h + 1):
            a = lx[t - 12:t].mean()
            X.append(lx[t - L:t] - a); Y.append(lx[t + h - 1] - a)
    return np.array(X), np.array(Y)


def fit(series, L):
    coefs, quant = [], []
    for h in range(1, H + 1):
        X, Y = windows(series, L, h)
        X1 = np.hstack([np.ones((len(X), 1)), X])
        G = X1.T @ X1 + RIDGE * len(X) * np.diag([0] + [1] * L)
        c = np.linalg.lstsq(G, X1.T @ Y, rcond=None)[0]
        coefs.append(c)
        quant.append(np.quantile(Y - X1 @ c, [0.025, 0.1, 0.9, 0.975]))
    return np.array(coefs), np.array(quant)


def main():
    d = sys.argv[1]
    ids, tr, te = A.load_m3()
    for setup in ("holdout", "test"):
        data = {k: (tr[k][:-H], tr[k][-H:]) for k in ids} if setup == "holdout" else {k: (tr[k], te[k]) for k in ids}
        models = {L: fit([v[0] for v in data.values()], L) for L in LAGS}
        with open(os.path.join(d, f"glog_{setup}.csv"), "w") as f:
            f.write("series,h,mean,lo80,hi80,lo95,hi95\n")
            for k, (x, _) in data.items():
                L = max(L for L in LAGS if L <= len(x))
                c, q = models[L]
                lx = np.log(x); a = lx[-12:].mean()
                fl = c[:, 0] + c[:, 1:] @ (lx[-L:] - a) + a
                for h in range(H):
                    lo95, lo80, hi80, hi95 = np.exp(fl[h] + q[h])
                    f.write(f"{k},{h + 1},{float(np.exp(fl[h]))!r},{float(lo80)!r},{float(hi80)!r},{float(lo95)!r},{float(hi95)!r}\n")
        dumps = {n: A.load_dump(os.path.join(d, f"{n}_{setup}.csv")) for n in AUTO + ["naive2", "pooled-ar", "glog"]}
        n2 = A.score(dumps["naive2"], data)
        def row(name, fc):
            s, m, c80, c95, msis = A.score(fc, data)
            print(f"{setup:8s} {name:36s} {s:7.3f} {m:7.4f} {0.5 * (s / n2[0] + m / n2[1]):7.4f} {c80:6.3f} {c95:6.3f} {msis:8.3f}")
        print(f"== {setup}: candidate, sMAPE, MASE, OWA, cov80, cov95, MSIS")
        row("glog (alone)", dumps["glog"])
        row("auto (10 members, w 1.15)", C.combine([dumps[m] for m in AUTO], "trimmed", "trimmed-quantiles", 1.15))
        for extra in (["pooled-ar"], ["glog"], ["pooled-ar", "glog"]):
            for w in (1.0, 1.1, 1.15):
                row(f"auto + {'+'.join(extra)}, w {w}", C.combine([dumps[m] for m in AUTO + extra], "trimmed", "trimmed-quantiles", w))


if __name__ == "__main__":
    main()
