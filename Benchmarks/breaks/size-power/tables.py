#!/usr/bin/env python3
"""Markdown tables for RESULTS.md from the harness's results-{null,power}.csv.

Usage: python3 Benchmarks/breaks/size-power/tables.py [DIR]
"""
import csv
import os
import sys

here = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))


def load(part):
    path = os.path.join(here, f"results-{part}.csv")
    return list(csv.DictReader(open(path))) if os.path.exists(path) else []


def short(noise):
    return noise.replace("AR(1) phi=", "φ=")


def table(rows, key, columns, label):
    tests = []
    for r in rows:
        if r["test"] not in tests:
            tests.append(r["test"])
    print("| " + label + " | " + " | ".join(c[0] for c in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for t in tests:
        cells = []
        for _, match in columns:
            v = [r for r in rows if match(r) and r["test"] == t]
            cells.append(f"{float(v[0]['rate']):.3f}" if v else "")
        print(f"| {t} | " + " | ".join(cells) + " |")
    n = sorted({int(r["defined"]) for r in rows if "Bai-Perron" not in r["test"]})
    print(f"\nReplications with a defined p-value per cell: {n[0]}–{n[-1]}.\n")


null = load("null")
if null:
    cells = []
    for r in null:
        c = (r["T"], r["noise"])
        if c not in cells:
            cells.append(c)
    print("### Size under no break (rejection rate at 5%)\n")
    table(null, "test", [(f"T={T} {short(n)}", lambda r, T=T, n=n: (r["T"], r["noise"]) == (T, n)) for T, n in cells], "test")

power = load("power")
if power:
    print("### Power (rejection rate at 5%) of the event verdicts\n")
    cells = []
    for r in power:
        c = (r["T"], r["noise"], r["delta"])
        if c not in cells:
            cells.append(c)
    verdicts = [r for r in power if r["test"].startswith("verdict") or r["test"].startswith("all-coefficient")]
    table(verdicts, "test", [(f"T={T} {short(n)} δ={d}", lambda r, T=T, n=n, d=d: (r["T"], r["noise"], r["delta"]) == (T, n, d)) for T, n, d in cells], "test")

# The README's sizes table: per noise, the range over T = 120 and 201 (two decimals).
if null and "--readme" in sys.argv:
    noises = ["AR(1) phi=0.0", "AR(1) phi=0.5", "AR(1) phi=0.8", "AR(1) phi=0.9", "airline"]

    def span(tests):
        v = sorted(float(r["rate"]) for r in null if r["noise"] == n and r["test"] in tests)
        if not v:
            return ""
        lo, hi = f"{v[0]:.2f}", f"{v[-1]:.2f}"
        return lo if lo == hi else f"{lo}–{hi}"

    rows = [
        ("level-shift verdict, 55 / 12 months after", [["verdict (level shift) L=55"], ["verdict (level shift) L=12"]]),
        ("Chow / predictive Chow (calibrated)", [["all-coefficient (Chow F) L=55"], ["all-coefficient (Chow predictive F) L=12"]]),
        ("supF (calibrated / iid)", [["sup.F (calibrated)"], ["sup.F (iid)"]]),
        ("aveF (calibrated)", [["ave.F (calibrated)"]]),
        ("OLS-CUSUM (calibrated / iid)", [["S0 (calibrated)"], ["S0 (iid)"]]),
        ("OLS-MOSUM (calibrated)", [["M0 (calibrated)"]]),
        ("Rec-CUSUM (calibrated)", [["S (calibrated)"]]),
        ("HAC Wald (`--errors iid --hac`), 55 / 12 months", [["iid HAC Wald L=55"], ["iid HAC Wald L=12"]]),
        ("Bai–Perron ≥ 1 break (calibrated)", [["Bai-Perron >= 1 break (calibrated)"]]),
    ]
    print("| test | AR(1) φ = 0 | φ = 0.5 | φ = 0.8 | φ = 0.9 | airline |")
    print("|---|---|---|---|---|---|")
    for label, groups in rows:
        cells = []
        for n in noises:
            cells.append(" / ".join(span(g) for g in groups))
        print(f"| {label} | " + " | ".join(cells) + " |")
