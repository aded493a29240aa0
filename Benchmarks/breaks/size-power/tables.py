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
