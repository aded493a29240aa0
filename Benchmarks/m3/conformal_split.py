#!/usr/bin/env python3
"""95% coverage and MSIS of a model's conformal rows split into the series that were calibrated
(bounds differ from the model's) and those too short to calibrate (bounds equal), from an
`almanac benchmark --intervals conformal --forecasts` file.

  python3 Benchmarks/m3/conformal_split.py DATA PERIOD FORECASTS.csv MODEL
"""
import sys

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 2)[0])
import rescore  # noqa: E402


def main(data, period, forecasts, model):
    train, test = rescore.read_long(data)
    fc = rescore.read_forecasts(forecasts, model)
    base, conf = fc[model], fc[model + "+conformal"]
    for label, pick in (("calibrated", False), ("fallback (model intervals)", True)):
        ids = [s for s in base if np.array_equal(base[s][:, 1:], conf[s][:, 1:]) == pick]
        for name, f in ((model, base), (model + "+conformal", conf)):
            rows = [rescore.score_series(test[s], f[s], rescore.scale(train[s], int(period))) for s in ids]
            n = sum(r["n"] for r in rows)
            print(f"{label:28s} {name:18s} series {len(ids):5d}  cov95 {sum(r['h95'] for r in rows) / max(1, n):.3f}"
                  f"  MSIS {np.mean([r['MSIS'] for r in rows]):.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:5])
