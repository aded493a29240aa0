#!/usr/bin/env python3
"""Synthetic long seasonal monthly series for the speed benchmark (issue 17 item 3).

Each series: a positive level with a piecewise-linear trend (one slope change), a
multiplicative monthly seasonal pattern (random shape, amplitude 5-30 %, slowly drifting),
and AR(1) noise on the log scale (phi 0.3-0.8, innovation s.d. 1.5-6 %). The last `h`
months are the test split. Written as long form `series,split,t,value`, the format of
Datasets/m3-monthly.csv, so `almanac benchmark` and `almanac-bench m3` read it as is.

Deterministic: Python's `random` with a fixed seed (Mersenne Twister, stable across
Python 3 versions for `random()`; Gaussians from Box-Muller below, not `random.gauss`).

usage: generate.py OUT.csv --lengths 100,200,300 --count 40 [--h 24] [--seed 17]
       generate.py OUT.csv --around 300 --count 366   (lengths 240-372, median ~306)
"""
import argparse
import math
import random


def normal(rng):
    u1 = rng.random()
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(1.0 - u1)) * math.cos(2.0 * math.pi * u2)


def series(rng, n):
    level = math.exp(rng.uniform(math.log(200.0), math.log(20000.0)))
    slope1 = rng.uniform(-0.002, 0.006)          # log growth per month
    slope2 = slope1 + rng.uniform(-0.004, 0.004)
    change = rng.randint(n // 4, 3 * n // 4)
    amp = rng.uniform(0.05, 0.30)
    shape = [normal(rng) for _ in range(12)]
    mean = sum(shape) / 12.0
    sd = math.sqrt(sum((s - mean) ** 2 for s in shape) / 12.0) or 1.0
    shape = [(s - mean) / sd for s in shape]
    drift = [0.0] * 12
    phi = rng.uniform(0.3, 0.8)
    sigma = rng.uniform(0.015, 0.06)
    e = 0.0
    out = []
    logl = math.log(level)
    for t in range(n):
        logl += slope1 if t < change else slope2
        m = t % 12
        drift[m] += 0.002 * normal(rng)
        e = phi * e + sigma * normal(rng)
        seas = 1.0 + amp * (shape[m] / 2.5) + drift[m]
        out.append(math.exp(logl + e) * max(seas, 0.2))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lengths", default=None, help="comma-separated training lengths")
    ap.add_argument("--around", type=int, default=None, help="training lengths spread around this")
    ap.add_argument("--count", type=int, default=40, help="series per length (or in total with --around)")
    ap.add_argument("--h", type=int, default=24)
    ap.add_argument("--seed", type=int, default=17)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    specs = []
    if a.around:
        for i in range(a.count):
            specs.append((f"L{i:04d}", rng.randint(int(a.around * 0.8), int(a.around * 1.24))))
    else:
        for n in [int(x) for x in a.lengths.split(",")]:
            for i in range(a.count):
                specs.append((f"N{n}_{i:03d}", n))
    with open(a.out, "w") as f:
        f.write("series,split,t,value\n")
        for name, n in specs:
            y = series(rng, n + a.h)
            for t, v in enumerate(y):
                split = "train" if t < n else "test"
                f.write(f"{name},{split},{t + 1},{v:.4f}\n")


if __name__ == "__main__":
    main()
