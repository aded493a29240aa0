#!/usr/bin/env python3
"""The holdout setup of an M3 long file, for choosing on training data only: each series'
training part split again, its last H values becoming the `test` rows (the real test rows are
dropped). Series too short to keep at least H + 1 training values are left out.

  python3 Benchmarks/m3/make_holdout.py DATA H > HOLDOUT.csv
"""
import csv
import sys


def main(data, h):
    h = int(h)
    train = {}
    with open(data, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["split"] == "train":
                train.setdefault(row["series"], []).append((int(row["t"]), row["value"]))
    print("series,split,t,value")
    for sid, vals in train.items():
        v = [x for _, x in sorted(vals)]
        if len(v) <= h:
            continue
        for t, x in enumerate(v[:-h], 1):
            print(f"{sid},train,{t},{x}")
        for t, x in enumerate(v[-h:], 1):
            print(f"{sid},test,{t},{x}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
