"""Scores the candidate `auto` rules on M3 monthly from member dumps (how AutoPolicy was chosen).

usage: python3 choose_auto.py DUMPDIR

DUMPDIR holds <name>_<setup>.csv (series,h,mean,lo80,hi80,lo95,hi95) for setups holdout and
test, written by AutoBenchmarkTests (release build, from the package root):

    ALMANAC_M3_DUMP=DUMPDIR ALMANAC_M3_METHODS=naive2,ets \
    ALMANAC_M3_MEMBERS='ets(akaike),ets(akaike,log),arima,arima(log),theta,theta(log),dotm,dotm(log)' \
      swift test -c release -Xswiftc -enable-testing --skip-build --filter AutoBenchmarkTests

For each setup it prints every single member, then candidate member sets x point rules
(mean, trimmed mean, median) x interval rules (mean or median of the members' standard
errors) x width factors. The rule is chosen on the holdout rows only: lowest OWA, then the
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
}

def combine(members, point, se_rule, width):
    out = {}
    for k in members[0]:
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
    for setup in ("holdout", "test"):
        data = {k: (tr[k][:-18], tr[k][-18:]) for k in ids} if setup == "holdout" else {k: (tr[k], te[k]) for k in ids}
        dumps = {fn[: -len(f"_{setup}.csv")]: A.load_dump(os.path.join(d, fn))
                 for fn in sorted(os.listdir(d)) if fn.endswith(f"_{setup}.csv")}
        n2 = A.score(dumps["naive2"], data)
        def row(name, fc):
            s, m, c80, c95, msis = A.score(fc, data)
            print(f"{name:52s} {s:7.3f} {m:7.4f} {0.5 * (s / n2[0] + m / n2[1]):7.4f} {c80:6.3f} {c95:6.3f} {msis:9.3f}")
        print(f"== {setup}: candidate, sMAPE, MASE, OWA, cov80, cov95, MSIS")
        for name, fc in dumps.items():
            row(name, fc)
        for name, members in SETS.items():
            if not all(m in dumps for m in members):
                continue
            for point in ("mean", "trimmed", "median"):
                for se_rule in ("mean-se", "median-se"):
                    for w in (1.0, 1.1, 1.2, 1.3):
                        row(f"{name} {point} {se_rule} w{w}", combine([dumps[m] for m in members], point, se_rule, w))

if __name__ == "__main__":
    main()
