#!/usr/bin/env python3
"""Side-by-side table from OUTDIR/timing.tsv and the forecast CSVs next to it: CPU time per
series, the time scaled to all 1428 M3 monthly series, the time ratio to Almanac's
counterpart (per series, so runs on different subsets compare), the largest relative
difference of the point forecasts from R's counterpart (same series), and the accuracy of every
forecast file re-scored by Benchmarks/rescore.py (so all systems are scored by one code).

  python3 Benchmarks/side-by-side/compare.py DATA OUTDIR
"""
import io
import json
import os
import sys
from contextlib import redirect_stdout

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import rescore  # noqa: E402

FAMILY = {"auto.arima": "auto ARIMA", "AutoARIMA": "auto ARIMA", "arima": "auto ARIMA",
          "ets": "ETS", "AutoETS": "ETS", "thetaf": "Theta", "Theta": "Theta", "theta": "Theta",
          "ces": "CES", "AutoCES": "CES", "dotm": "DOTM", "DynamicOptimizedTheta": "DOTM"}
FILE = {"R": "r-{}.csv", "statsforecast": "sf-{}.csv", "Almanac": "almanac-{}.csv"}
M3_SERIES = 1428


def means(path):
    """(series, t) -> point forecast."""
    import csv
    with open(path, newline="") as fh:
        return {(r["series"], r["t"]): float(r["mean"]) for r in csv.DictReader(fh)}


def agreement(path, reference):
    """Largest relative difference of the point forecasts from R's on the shared steps."""
    if not os.path.exists(reference) or path == reference:
        return "—"
    a, b = means(path), means(reference)
    common = [k for k in a if k in b]
    if not common:
        return "—"
    return f"{max(abs(a[k] - b[k]) / max(abs(b[k]), 1e-300) for k in common):.1e}"


def main(data, out):
    rows = []
    with open(os.path.join(out, "timing.tsv")) as fh:
        for line in fh:
            system, model, n, cpu, wall, failures = line.rstrip("\n").split("\t")
            rows.append(dict(system=system, model=model, n=int(n), cpu=float(cpu), wall=float(wall),
                             failures=int(failures), family=FAMILY.get(model, model)))
    almanac = {r["family"]: r["cpu"] / r["n"] for r in rows if r["system"] == "Almanac"}
    r_file = {r["family"]: os.path.join(out, FILE["R"].format(r["model"])) for r in rows if r["system"] == "R"}
    print("| method | system | series | CPU s | CPU ms/series | CPU s scaled to 1428 | × Almanac | wall s "
          "| sMAPE | MASE | cov80 | cov95 | MSIS | failures | max rel. Δ mean vs R |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in sorted(rows, key=lambda r: (r["family"], r["system"])):
        path = os.path.join(out, FILE[r["system"]].format(r["model"]))
        buf = io.StringIO()
        with redirect_stdout(buf):
            rescore.main([data, path, "--model", r["model"]])
        s = json.loads(buf.getvalue())["models"][0]
        per = r["cpu"] / r["n"]
        ratio = f"{per / almanac[r['family']]:.1f}" if almanac.get(r["family"]) else "—"
        print(f"| {r['family']} | {r['system']} `{r['model']}` | {r['n']} | {r['cpu']:.2f} | {1000 * per:.2f} "
              f"| {per * M3_SERIES:.1f} | {ratio} | {r['wall']:.1f} | {s['sMAPE']:.3f} | {s['MASE']:.4f} "
              f"| {s['coverage80']:.3f} | {s['coverage95']:.3f} | {s['MSIS']:.3f} | {r['failures']} "
              f"| {agreement(path, r_file.get(r['family'], ''))} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
