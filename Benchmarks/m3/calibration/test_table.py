#!/usr/bin/env python3
"""The M3 test table of docs/calibration.md from test_calibration.py's test-<freq>.json files.

  python3 Benchmarks/m3/calibration/test_table.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    print("| frequency | series | method | 80% cov. | 95% cov. | MSIS |\n|---|---|---|---|---|---|")
    for f in ("monthly", "quarterly", "yearly", "other"):
        path = os.path.join(HERE, f"test-{f}.json")
        if not os.path.exists(path):
            continue
        for m in json.load(open(path))["models"]:
            if m["model"].startswith("auto"):
                print(f"| {f} | {m['series']} | {m['model']} | {m['coverage80']:.3f} | {m['coverage95']:.3f} | {m['MSIS']:.3f} |")


if __name__ == "__main__":
    main()
