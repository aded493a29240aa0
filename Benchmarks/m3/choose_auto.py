"""Scores the candidate `auto` rules on M3 monthly from member dumps (how AutoPolicy was chosen).

usage: python3 choose_auto.py DUMPDIR

DUMPDIR holds <name>_<setup>.csv (series,h,mean,lo80,hi80,lo95,hi95) for setups holdout and
test, written by AutoBenchmarkTests (release build, from the package root):

    ALMANAC_M3_DUMP=DUMPDIR ALMANAC_M3_METHODS=naive2,ets \
    ALMANAC_M3_MEMBERS='ets(akaike),ets(akaike,log),arima,arima(log),theta,theta(log),dotm,dotm(log),ces,ces(log)' \
      swift test -c release -Xswiftc -enable-testing --skip-build --filter AutoBenchmarkTests

For each setup it prints every single member, then candidate member sets x point rules
(mean, trimmed mean, median) x interval rules (mean or median of the members' standard
errors; trimmed quantile averaging with the trimmed-mean point only) x width factors. The rule is chosen on the holdout rows
only, and printed last: lowest OWA, then the
width with the lowest MSIS among those with 95% coverage in 0.93-0.97. Scoring as
analyze.py (M4 definitions, as Forecaster's Accuracy).
"""
import os, sys
import numpy as np
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze as A

SETS = {
    "previous auto (3)": ["ets", "theta", "theta-log"],
    "4 families, raw": ["ets-akaike", "arima", "theta", "dotm"],
    "4 families, log": ["ets-akaike-log", "arima-log", "theta-log", "dotm-log"],
    "all 8": ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log", "dotm", "dotm-log"],
    "7 (no arima-log)": ["ets-akaike", "ets-akaike-log", "arima", "theta", "theta-log", "dotm", "dotm-log"],
    "9 (all 8 + ces-log)": ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log", "dotm",
                            "dotm-log", "ces-log"],
    "all 10 (all 8 + ces, ces-log)": ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log",
                                      "dotm", "dotm-log", "ces", "ces-log"],
}
INTERVALS = ("mean-se", "median-se", "trimmed-quantiles")
WIDTHS = (1.0, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3)

def trimmed(a):
    a = np.sort(a, 0)
    return a[1:-1].mean(0) if len(a) >= 3 else a.mean(0)

def combine(members, point, se_rule, width):
    out = {}
    for k in members[0]:
        if se_rule == "trimmed-quantiles":  # as ForecastCombination's .trimmedQuantiles
            F = np.array([f[k] for f in members])
            mu = trimmed(F[:, :, 0])
            cols = [mu]
            for c in range(1, 5):
                b = trimmed(F[:, :, c])
                b = np.minimum(b, mu) if c in (1, 3) else np.maximum(b, mu)
                cols.append(mu + width * (b - mu))
            out[k] = np.stack(cols, 1)
            continue
        M = np.sort(np.array([f[k][:, 0] for f in members]), 0)
        se = np.array([(f[k][:, 4] - f[k][:, 3]) / (2 * A.Z95) for f in members])
        mu = {"mean": M.mean(0), "trimmed": M[1:-1].mean(0) if len(members) >= 3 else M.mean(0),
              "median": np.median(M, 0)}[point]
        s = (np.median(se, 0) if se_rule == "median-se" else se.mean(0)) * width
        out[k] = np.stack([mu, mu - A.Z80 * s, mu + A.Z80 * s, mu - A.Z95 * s, mu + A.Z95 * s], 1)
    return out

def main():
    d = sys.argv[1]
    ids, tr, te = A.load_m3()
    scores = {}  # (setup, set, point, intervals, width) -> (sMAPE, MASE, OWA, cov80, cov95, MSIS)
    for setup in ("holdout", "test"):
        data = {k: (tr[k][:-18], tr[k][-18:]) for k in ids} if setup == "holdout" else {k: (tr[k], te[k]) for k in ids}
        dumps = {fn[: -len(f"_{setup}.csv")]: A.load_dump(os.path.join(d, fn))
                 for fn in sorted(os.listdir(d)) if fn.endswith(f"_{setup}.csv")}
        n2 = A.score(dumps["naive2"], data)
        def row(name, fc):
            s, m, c80, c95, msis = A.score(fc, data)
            r = (s, m, 0.5 * (s / n2[0] + m / n2[1]), c80, c95, msis)
            print(f"{name:60s} {r[0]:7.3f} {r[1]:7.4f} {r[2]:7.4f} {r[3]:6.3f} {r[4]:6.3f} {r[5]:9.3f}")
            return r
        print(f"== {setup}: candidate, sMAPE, MASE, OWA, cov80, cov95, MSIS")
        for name, fc in dumps.items():
            row(name, fc)
        for name, members in SETS.items():
            if not all(m in dumps for m in members):
                continue
            for point in ("mean", "trimmed", "median"):
                for se_rule in INTERVALS:
                    if se_rule == "trimmed-quantiles" and point != "trimmed":
                        continue
                    for w in WIDTHS:
                        fc = combine([dumps[m] for m in members], point, se_rule, w)
                        scores[(setup, name, point, se_rule, w)] = row(f"{name} {point} {se_rule} w{w}", fc)
    # The choice, on the holdout rows only: the member set and point rule with the lowest OWA
    # (OWA does not depend on the interval rule), then the interval rule and width with the
    # lowest MSIS among those with 95% coverage in 0.93-0.97.
    hold = {k[1:]: v for k, v in scores.items() if k[0] == "holdout"}
    best = min(hold, key=lambda k: (round(hold[k][2], 10), SETS_ORDER.index(k[0])))
    same = [k for k in hold if k[:2] == best[:2]]
    ok = [k for k in same if 0.93 <= hold[k][4] <= 0.97]
    if ok:
        chosen = min(ok, key=lambda k: hold[k][5])
    else:  # no width reaches the band: the closest coverage, said out loud
        chosen = min(same, key=lambda k: abs(hold[k][4] - 0.95))
        print("warning: no interval rule reaches 95% coverage in 0.93-0.97 on the holdout")
    print("== chosen on the holdout: " + " ".join(map(str, chosen)))
    for setup in ("holdout", "test"):
        if (setup,) + chosen in scores:
            r = scores[(setup,) + chosen]
            print(f"{setup:8s} sMAPE {r[0]:.3f} MASE {r[1]:.4f} OWA {r[2]:.4f} cov80 {r[3]:.3f} cov95 {r[4]:.3f} MSIS {r[5]:.3f}")

SETS_ORDER = list(SETS)

if __name__ == "__main__":
    main()
