"""Batch-level (cross-learned) choice of `auto`'s members from the batch's own training holdout.

usage: python3 member_selection.py [--json OUT] FREQ=DUMPDIR [FREQ=DUMPDIR ...]
       FREQ: monthly | quarterly | yearly | other
       --json OUT: also write each collection's choice (members, width, holdout OWA and
       95% coverage) as JSON, the reference of Tests/ForecasterTests/BatchSelectedAutoTests.swift

DUMPDIR is written by `almanac-bench members Datasets/m3/m3-FREQ.csv DUMPDIR jobs 0 PERIOD H`
(monthly: `Datasets/m3-monthly.csv`, period 12, h 18; quarterly 4, 8; yearly 1, 6; other 1, 8):
<member>_holdout.csv (each training series minus its last H values -> those H values) and
<member>_test.csv (train -> test).

The rule scored here is one `auto` could run on any batch (no tuned constant, nothing from
the test part): rank the ten members by their OWA over the batch's holdout, and for
k = 2..10 combine the k best (`auto`'s trimmed mean and trimmed quantile averaging, width
1.15; with k = 2 the plain mean); keep the k with the lowest holdout OWA. The test rows then
show what that choice gives on the test part, against `auto` (all ten). Scoring as
Forecaster's Accuracy (M4 definitions; MASE scaled by the in-sample seasonal-naive MAE at
lag `period`, lag 1 when the series is not longer than a period; OWA against Naive2 of the
same setup; coverage pooled over all forecast steps; MSIS at 95%).
"""
import csv, json, os, sys
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from analyze import load_dump  # noqa: E402  (the dump reader the other scripts share)
ROOT = os.path.join(HERE, "..", "..", "Datasets")
FILES = {"monthly": ("m3-monthly.csv", 12, 18), "quarterly": ("m3/m3-quarterly.csv", 4, 8),
         "yearly": ("m3/m3-yearly.csv", 1, 6), "other": ("m3/m3-other.csv", 1, 8)}
MEMBERS = ["ets-akaike", "ets-akaike-log", "arima", "arima-log", "theta", "theta-log", "dotm", "dotm-log",
           "ces", "ces-log"]
WIDTH = 1.15


def load(freq):
    name, period, h = FILES[freq]
    tr, te = {}, {}
    with open(os.path.join(ROOT, name)) as f:
        for r in csv.DictReader(f):
            (tr if r["split"] == "train" else te).setdefault(r["series"], []).append((int(r["t"]), float(r["value"])))
    order = lambda d: {k: np.array([v for _, v in sorted(x)]) for k, x in d.items()}
    return order(tr), order(te), period, h


def score(fc, data, period):
    sm, ms, msis, h80, h95, n = [], [], [], 0, 0, 0
    for k, (x, y) in data.items():
        f = fc[k]; m = f[:, 0]
        d = np.abs(y) + np.abs(m)
        sm.append(np.mean(np.where(d == 0, 0, 200 * np.abs(y - m) / np.where(d == 0, 1, d))))
        lag = period if len(x) > period else 1
        s = np.mean(np.abs(x[lag:] - x[:-lag]))
        ms.append(np.mean(np.abs(y - m)) / s)
        l, u = f[:, 3], f[:, 4]
        msis.append(np.mean((u - l) + 40 * (l - y) * (y < l) + 40 * (y - u) * (y > u)) / s)
        h80 += np.sum((y >= f[:, 1]) & (y <= f[:, 2])); h95 += np.sum((y >= l) & (y <= u)); n += len(y)
    return np.mean(sm), np.mean(ms), h80 / n, h95 / n, np.mean(msis)


def combine(members, width=WIDTH):
    """auto's rule: trimmed mean of the points, trimmed mean of each bound moved out by `width`."""
    out = {}
    for k in members[0]:
        F = np.sort(np.array([f[k] for f in members]), 0)
        t = F[1:-1] if len(members) >= 3 else F
        mu = t[:, :, 0].mean(0)
        cols = [mu]
        for c in range(1, 5):
            b = t[:, :, c].mean(0)
            b = np.minimum(b, mu) if c in (1, 3) else np.maximum(b, mu)
            cols.append(mu + width * (b - mu))
        out[k] = np.stack(cols, 1)
    return out


def main():
    args = sys.argv[1:]
    out = None
    if args[:1] == ["--json"]:
        out, args = args[1], args[2:]
    choices = {}
    for arg in args:
        freq, d = arg.split("=", 1)
        tr, te, period, H = load(freq)
        rows = {}
        ranking = None
        for setup in ("holdout", "test"):
            data = ({k: (tr[k][:-H], tr[k][-H:]) for k in tr} if setup == "holdout" else {k: (tr[k], te[k]) for k in tr})
            dumps = {m: load_dump(os.path.join(d, f"{m}_{setup}.csv")) for m in MEMBERS + ["naive2"]}
            n2 = score(dumps["naive2"], data, period)
            def row(fc):
                s, m, c80, c95, msis = score(fc, data, period)
                return (s, m, 0.5 * (s / n2[0] + m / n2[1]), c80, c95, msis)
            single = {m: row(dumps[m]) for m in MEMBERS}
            if ranking is None:  # the holdout's ranking is used for both setups
                ranking = sorted(MEMBERS, key=lambda m: single[m][2])
            rows[setup] = {k: row(combine([dumps[m] for m in ranking[:k]])) for k in range(2, 11)}
            rows[setup]["single"] = single
        best = min(range(10, 1, -1), key=lambda k: rows["holdout"][k][2])  # ties: more members
        # The width, chosen as choose_auto.py chose 1.15 on the monthly holdout: the lowest
        # holdout MSIS among widths whose holdout 95% coverage is in 0.93-0.97 (none: the
        # coverage closest to 0.95).
        widths = [round(0.5 + 0.05 * i, 2) for i in range(31)]
        wrows = {}
        for setup in ("holdout", "test"):
            data = ({k: (tr[k][:-H], tr[k][-H:]) for k in tr} if setup == "holdout" else {k: (tr[k], te[k]) for k in tr})
            dumps = {m: load_dump(os.path.join(d, f"{m}_{setup}.csv")) for m in ranking[:best] + MEMBERS + ["naive2"]}
            n2 = score(dumps["naive2"], data, period)
            for kk in sorted({best, 10}):
                for w in widths:
                    s_, m_, c80, c95, msis = score(combine([dumps[m] for m in ranking[:kk]], w), data, period)
                    wrows[(setup, kk, w)] = (s_, m_, 0.5 * (s_ / n2[0] + m_ / n2[1]), c80, c95, msis)
        def pick(kk):
            ok = [w for w in widths if 0.93 <= wrows[("holdout", kk, w)][4] <= 0.97]
            if ok:
                return min(ok, key=lambda w: wrows[("holdout", kk, w)][5])
            return min(widths, key=lambda w: abs(wrows[("holdout", kk, w)][4] - 0.95))
        print(f"## {freq} (period {period}, h {H}, {len(tr)} series)")
        print("holdout ranking of the members (OWA): " + ", ".join(f"{m} {rows['holdout']['single'][m][2]:.4f}" for m in ranking))
        print("| k best | holdout sMAPE | holdout OWA | holdout 95% | test sMAPE | test MASE | test OWA | test 80% | test 95% | test MSIS |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for k in range(2, 11):
            h, t = rows["holdout"][k], rows["test"][k]
            mark = " (chosen)" if k == best else (" (auto)" if k == 10 else "")
            print(f"| {k}{mark} | {h[0]:.3f} | {h[2]:.4f} | {h[4]:.3f} | {t[0]:.3f} | {t[1]:.4f} | {t[2]:.4f} | {t[3]:.3f} | {t[4]:.3f} | {t[5]:.3f} |")
        print()
        print("| members, width (chosen on the holdout) | holdout 95% | holdout MSIS | test sMAPE | test OWA | test 80% | test 95% | test MSIS |")
        print("|---|---|---|---|---|---|---|---|")
        for kk in sorted({best, 10}, reverse=True):
            for w in sorted({WIDTH, pick(kk)}):
                h, t = wrows[("holdout", kk, w)], wrows[("test", kk, w)]
                tag = ("all 10" if kk == 10 else f"{kk} best") + f", w {w}" + (" (chosen)" if w == pick(kk) and w != WIDTH else "")
                print(f"| {tag} | {h[4]:.3f} | {h[5]:.3f} | {t[0]:.3f} | {t[2]:.4f} | {t[3]:.3f} | {t[4]:.3f} | {t[5]:.3f} |")
        print()
        w = pick(best)
        choices[freq] = {"members": [m for m in MEMBERS if m in ranking[:best]], "width": w,
                         "holdoutOWA": rows["holdout"][best][2], "holdoutCoverage95": wrows[("holdout", best, w)][4],
                         "scoredSeries": len(tr)}
    if out:
        with open(out, "w") as f:
            json.dump(choices, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
