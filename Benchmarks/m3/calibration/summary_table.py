#!/usr/bin/env python3
"""A compact markdown table of selected rows of choose_calibration.py's output (for the docs).

  python3 Benchmarks/m3/calibration/summary_table.py choose_calibration-output.txt
"""
import re
import sys

ROWS = ["model (×1.15)", "conformal", "pooled", "shrink to pooled, κ=10", "shrink to pooled, κ=25",
        "shrink to pooled, κ=100", "geometric shrink to pooled, κ=25", "pooled, latest 2 origins",
        "prior (M3 holdout constant)", "shrink to prior, κ=10", "shrink to 1 (×1.15), κ=25",
        "shrink to 1/1.15 (no 1.15), κ=25"]
FREQS = ["monthly", "quarterly", "yearly", "other"]


def main(path):
    sec, cur = {}, None
    for line in open(path).read().splitlines():
        m = re.match(r"## (pooled over|\w+)", line)
        if m:
            cur = "pooled" if m.group(1) == "pooled over" else m.group(1)
            sec[cur] = {}
            continue
        if cur and line.startswith("| ") and not line.startswith("| rule"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            sec[cur][cells[0]] = cells[1:]
    print("| rule | " + " | ".join(f"{f} 80% / 95% / MSIS" for f in FREQS) + " | all: 80% | 95% min–max | MSIS / model |")
    print("|---" * (len(FREQS) + 4) + "|")
    for r in ROWS:
        cells = [" / ".join(sec[f][r][:3]) for f in FREQS]
        p = sec["pooled"][r]
        print(f"| {r} | " + " | ".join(cells) + f" | {p[0]} | {p[1]} | {p[2]} |")


if __name__ == "__main__":
    main(sys.argv[1])
