#!/usr/bin/env python3
"""The M3 *test* table of the chosen rule: per frequency, writes the forecasts of `auto` (model
intervals, ×1.15), `auto+conformal` (its own factor from origins 1…8, as `--intervals
conformal`) and `auto+calibrated` (the rule chosen by choose_calibration.py on the training
holdouts, pooled over the frequency's test batch) from run_records.sh's test run, and scores
them with Benchmarks/m3/tables.py (with `naive2` from the same binary for OWA) (Benchmarks/rescore.py's M4 scoring), as the other M3 tables.

  python3 Benchmarks/m3/calibration/test_calibration.py DIR "RULE"   # RULE: a name in rules.py
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import cases as C  # noqa: E402
import rules as R  # noqa: E402


def main(directory, rule_name):
    rules = R.all_rules()
    freqs = [f for f in C.FREQS if os.path.exists(os.path.join(directory, f"{f}-records.csv"))]
    kind = {f: "holdout" if os.path.exists(os.path.join(directory, f"{f}-holdout-forecasts.csv")) else "holdout-in-run"
            for f in freqs}
    prior = R.prior_factors([c for f in freqs for c in C.build(f, directory, part=kind[f])])
    for f in freqs:
        data, p, H, s = C.FREQS[f]
        cases = C.build(f, directory, part="test")
        _, pooled = R.evaluate(cases, {}, prior)
        out = os.path.join(directory, f"{f}-test-table.csv")
        with open(out, "w") as fh:
            fh.write("model,series,t,mean,lo80,hi80,lo95,hi95\n")
            for name, rule in (("auto", lambda c, q: {L: 1.0 for L in R.LEVELS}), ("auto+conformal", R.conformal),
                               ("auto+calibrated", rules[rule_name])):
                for c in cases:
                    fc = R.apply(c["fc"], rule(c, pooled))
                    for t, row in enumerate(fc, 1):
                        fh.write(",".join([name, c["id"], str(t)] + [repr(float(v)) for v in row]) + "\n")
        print(f"## {f} (test): rule {rule_name}; pooled factor 80% {pooled[80]:.4f}, 95% {pooled[95]:.4f}", flush=True)
        naive2 = os.path.join(directory, f"{f}-naive2.csv")  # OWA's reference, from the same binary
        if not os.path.exists(naive2):  # on the same series as the run (a subset with STRIDE or LIMIT)
            ids = {c["id"] for c in cases}
            subset = os.path.join(directory, f"{f}-naive2-input.csv")
            with open(os.path.join(C.ROOT, data)) as src, open(subset, "w") as dst:
                for i, line in enumerate(src):
                    if i == 0 or line.split(",", 1)[0] in ids:
                        dst.write(line)
            subprocess.run([os.environ.get("ALMANAC", "/tmp/almanac-calib"), "benchmark", subset,
                            "--frequency", str(p), "--models", "naive2", "--forecasts", naive2], check=True,
                           capture_output=True)
            with open(naive2) as fh:  # one model: add the model column tables.py reads
                rows = fh.read().splitlines()
            with open(naive2, "w") as fh:
                fh.write("\n".join(["model," + rows[0]] + ["naive2," + r for r in rows[1:]]) + "\n")
        r = subprocess.run([sys.executable, os.path.join(C.ROOT, "Benchmarks/m3/tables.py"), os.path.join(C.ROOT, data),
                            str(p), out, f"{naive2}"], capture_output=True, text=True)
        if r.returncode:
            sys.exit(r.stderr)
        with open(os.path.join(os.path.dirname(__file__), f"test-{f}.json"), "w") as fh:
            fh.write(r.stdout)
        print(r.stderr, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
