#!/usr/bin/env python3
"""Every k-th series (in file order, starting with the first) of a long CSV series,split,t,value.

  python3 Benchmarks/m3/calibration/every_kth.py DATA K > SUBSET.csv
"""
import csv
import sys


def main(path, k):
    rows = list(csv.DictReader(open(path, newline="")))
    order = list(dict.fromkeys(r["series"] for r in rows))
    keep = set(order[::int(k)])
    print("series,split,t,value")
    for r in rows:
        if r["series"] in keep:
            print(f"{r['series']},{r['split']},{r['t']},{r['value']}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
