"""The pooled (global) linear AR on M3 monthly, alone and as an 11th member of `auto`.

usage: python3 pooled_ar.py DUMPDIR

DUMPDIR is written by `almanac-bench members Datasets/m3-monthly.csv DUMPDIR [jobs] [limit]`
(release build; with a limit, the first series only, and pooled-ar is fitted on those): <stem>_<setup>.csv for auto's ten members, naive2 and pooled-ar, setups `holdout`
(each training series minus its last 18 values) and `test` (train -> test).

Protocol (training data only for the choice): on the holdout rows, compare `auto`'s rule
(trimmed mean of the ten members, trimmed quantile averaging, width 1.15) with the same
rule over the ten members plus pooled-ar, widths 1.0-1.3 chosen as choose_auto.py does
(lowest holdout MSIS among widths with 95% coverage in 0.93-0.97). pooled-ar joins `auto`
only if the holdout OWA improves; the test rows are printed for both either way.
Scoring: analyze.py (M4 definitions, as Forecaster's Accuracy).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze as A
import choose_auto as C

AUTO = ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log", "dotm", "dotm-log", "ces", "ces-log"]

def main():
    d = sys.argv[1]
    ids, tr, te = A.load_m3()
    res = {}
    for setup in ("holdout", "test"):
        data = {k: (tr[k][:-18], tr[k][-18:]) for k in ids} if setup == "holdout" else {k: (tr[k], te[k]) for k in ids}
        dumps = {n: A.load_dump(os.path.join(d, f"{n}_{setup}.csv")) for n in AUTO + ["naive2", "pooled-ar"]}
        data = {k: v for k, v in data.items() if k in dumps["naive2"]}  # a `limit` run dumps the first series only
        n2 = A.score(dumps["naive2"], data)
        def row(name, fc):
            s, m, c80, c95, msis = A.score(fc, data)
            r = (s, m, 0.5 * (s / n2[0] + m / n2[1]), c80, c95, msis)
            print(f"{setup:8s} {name:44s} {r[0]:7.3f} {r[1]:7.4f} {r[2]:7.4f} {r[3]:6.3f} {r[4]:6.3f} {r[5]:8.3f}")
            return r
        print(f"== {setup}: candidate, sMAPE, MASE, OWA, cov80, cov95, MSIS")
        res[(setup, "pooled-ar")] = row("pooled-ar (alone)", dumps["pooled-ar"])
        res[(setup, "naive2")] = row("naive2", dumps["naive2"])
        res[(setup, "auto", 1.15)] = row("auto (10 members, w 1.15)", C.combine([dumps[m] for m in AUTO], "trimmed", "trimmed-quantiles", 1.15))
        for w in C.WIDTHS:
            res[(setup, "auto+pooled", w)] = row(f"auto + pooled-ar (11 members, w {w})",
                                                C.combine([dumps[m] for m in AUTO + ["pooled-ar"]], "trimmed", "trimmed-quantiles", w))
    ok = [w for w in C.WIDTHS if 0.93 <= res[("holdout", "auto+pooled", w)][4] <= 0.97]
    w = min(ok, key=lambda w: res[("holdout", "auto+pooled", w)][5]) if ok else 1.15
    better = res[("holdout", "auto+pooled", w)][2] < res[("holdout", "auto", 1.15)][2]
    print(f"== holdout decision: auto + pooled-ar at width {w}: OWA {res[('holdout', 'auto+pooled', w)][2]:.4f} "
          f"vs auto {res[('holdout', 'auto', 1.15)][2]:.4f} -> {'include' if better else 'do not include'}")
    for setup in ("holdout", "test"):
        for key, name in (((setup, "auto", 1.15), "auto"), ((setup, "auto+pooled", w), f"auto+pooled-ar w{w}"),
                          ((setup, "pooled-ar"), "pooled-ar")):
            r = res[key]
            print(f"{setup:8s} {name:22s} sMAPE {r[0]:.3f} MASE {r[1]:.4f} OWA {r[2]:.4f} cov80 {r[3]:.3f} cov95 {r[4]:.3f} MSIS {r[5]:.3f}")

if __name__ == "__main__":
    main()
