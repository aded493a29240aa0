#!/usr/bin/env python3
"""Chooses `auto`'s interval calibration rule on the M3 *training holdouts* only (cases.py:
the pseudo-test is the last H training values; `auto` and its calibration origins see only
the training values before them).

For each frequency and each rule of rules.py: pooled 80%/95% coverage and MSIS (mean over
series). Selection, pooled over the four frequencies: a rule is eligible when its 95% holdout
coverage is within 0.93–0.97 on every frequency and its 80% coverage, pooled over all steps
of the four, within 0.77–0.83; among eligible rules the one with the lowest mean over the four
frequencies of MSIS relative to the model intervals (×1.15) wins. (Without an eligible rule:
the smallest total distance outside the bands, then MSIS.) The last line prints the choice.

Rules towards the constant prior are scored (it is the single-series fallback) but cannot be
chosen: the prior is the pooled factor of these same holdouts, so on them it is fitted
in-sample, and a constant learned on M3 is what the rule is meant to avoid. (This exclusion was
added after the first complete output, in which "shrink to prior, κ=25" came first.)

  python3 Benchmarks/m3/calibration/choose_calibration.py DIR [holdout|test]
  (DIR: run_records.sh's output; `test` prints the same tables on the M3 test data)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import cases as C  # noqa: E402
import rules as R  # noqa: E402


def outside(x, lo, hi):
    return max(0.0, lo - x, x - hi)


def main(directory, part="holdout", freqs=None):
    freqs = freqs or [f for f in C.FREQS if os.path.exists(os.path.join(directory, f"{f}-records.csv"))]
    rules = R.all_rules()
    per = {}
    # The holdout run of a frequency when there is one, else the holdout rebuilt from the test
    # run's records (cases.py, "holdout-in-run"; monthly).
    kind = {f: "holdout" if os.path.exists(os.path.join(directory, f"{f}-holdout-forecasts.csv")) else "holdout-in-run"
            for f in freqs}
    holdouts = {f: C.build(f, directory, part=kind[f]) for f in freqs}
    prior = R.prior_factors([c for cs in holdouts.values() for c in cs])
    print(f"prior (pooled over the training holdouts of {', '.join(freqs)}): 80% {prior[80]:.4f}, 95% {prior[95]:.4f}\n")
    for f in freqs:
        cases = holdouts[f] if part == "holdout" else C.build(f, directory, part=part)
        res, pooled = R.evaluate(cases, rules, prior)
        per[f] = res
        short = sum(1 for c in cases if R.quantile(c["scores"][95], 95) is None)
        print(f"## {f} ({part if part == 'test' else kind[f]}): {len(cases)} series, "
              f"{short} without a 95% factor of their own; pooled factor 80% {pooled[80]:.3f}, 95% {pooled[95]:.3f}")
        print("| rule | 80% cov. | 95% cov. | MSIS |\n|---|---|---|---|")
        for name, m in res.items():
            print(f"| {name} | {m['cov80']:.3f} | {m['cov95']:.3f} | {m['MSIS']:.3f} |")
        print()
    print(f"## pooled over {', '.join(freqs)} ({part})")
    print("| rule | 80% cov. (all steps) | 95% cov. min–max over frequencies | mean MSIS / model MSIS | eligible |")
    print("|---|---|---|---|---|")
    base = "model (×1.15)"
    table = []
    for name in rules:
        cov80 = sum(per[f][name]["cov80"] * w for f, w in WEIGHTS(freqs, per, name).items())
        c95 = [per[f][name]["cov95"] for f in freqs]
        rel = sum(per[f][name]["MSIS"] / per[f][base]["MSIS"] for f in freqs) / len(freqs)
        miss = outside(cov80, 0.77, 0.83) + sum(outside(c, 0.93, 0.97) for c in c95)
        prior = "prior" in name
        if not prior:
            table.append((name, cov80, min(c95), max(c95), rel, miss))
        verdict = 'yes' if miss == 0 else f'no ({miss:.3f} outside)'
        print(f"| {name} | {cov80:.3f} | {min(c95):.3f}–{max(c95):.3f} | {rel:.4f} | "
              f"{verdict + ', not choosable (in-sample prior)' if prior else verdict} |")
    best = min(table, key=lambda t: (t[5], t[4]))
    if part == "test":
        print("\n(test data: every rule scored for the record; the choice is made on the holdouts only)")
        return
    print(f"\nchosen: {best[0]} (80% {best[1]:.3f}, 95% {best[2]:.3f}–{best[3]:.3f}, relative MSIS {best[4]:.4f})")


_STEPS = {"monthly": 18, "quarterly": 8, "yearly": 6, "other": 8}


def WEIGHTS(freqs, per, name):
    """Share of each frequency's forecast steps in the pooled 80% coverage."""
    tot = {f: per[f][name]["series"] * _STEPS[f] for f in freqs}
    s = sum(tot.values())
    return {f: t / s for f, t in tot.items()}


if __name__ == "__main__":
    main(sys.argv[1], *(sys.argv[2:3] or []))
