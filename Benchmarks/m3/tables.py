#!/usr/bin/env python3
"""One table per M3 frequency: re-scores Almanac's `benchmark --forecasts` CSV together with
the R (`r_reference.R`) and statsforecast (`statsforecast_reference.py`) reference forecasts,
all with Benchmarks/rescore.py's M4 scoring (sMAPE, MASE, 80/95% coverage, MSIS), OWA relative
to Almanac's `naive2` (the M4 Naive2) in the same file, so every row is measured the same way.

  python3 Benchmarks/m3/tables.py DATA PERIOD ALMANAC.csv [PREFIX:REFERENCE.csv[.gz] ...] > table.json

A reference file given as `R:r-yearly.csv.gz` has its models renamed `R ets`, `R thetaf`, …;
`FILE#ets,arima` keeps only those models of FILE.

Prints JSON {models: [...]} (rows in the order read) and, on standard error, a markdown table.
"""
import csv
import gzip
import io
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import rescore  # noqa: E402


def merged(paths):
    """One model,series,t,... CSV from several (gzip allowed); a model seen twice is an error."""
    out = io.StringIO()
    out.write("model,series,t,mean,lo80,hi80,lo95,hi95\n")
    seen = set()
    for spec in paths:
        prefix, p = spec.split(":", 1) if ":" in spec else ("", spec)
        prefix = prefix + " " if prefix else ""
        p, keep = p.split("#", 1) if "#" in p else (p, None)
        keep = set(keep.split(",")) if keep else None
        fh = gzip.open(p, "rt") if p.endswith(".gz") else open(p, newline="")
        models = set()
        for row in csv.DictReader(fh):
            if keep is not None and row.get("model") not in keep:
                continue
            m = prefix + row.get("model", os.path.basename(p))
            models.add(m)
            out.write(",".join([m] + [row[c] for c in ("series", "t", "mean", "lo80", "hi80", "lo95", "hi95")]) + "\n")
        fh.close()
        if models & seen:
            sys.exit(f"tables: models {sorted(models & seen)} appear twice")
        seen |= models
    return out.getvalue()


def main(data, period, *paths):
    tmp = f"/tmp/m3-tables-{os.getpid()}.csv"
    with open(tmp, "w") as fh:
        fh.write(merged(paths))
    buf = io.StringIO()
    stdout, sys.stdout = sys.stdout, buf
    try:
        rescore.main([data, tmp, "--period", period])
    finally:
        sys.stdout = stdout
        os.remove(tmp)
    result = json.loads(buf.getvalue())
    result["forecasts"] = list(paths)
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    print()
    lines = ["| method | series | sMAPE | MASE | OWA | 80% cov. | 95% cov. | MSIS |", "|---|---|---|---|---|---|---|---|"]
    for m in result["models"]:
        lines.append(f"| {m['model']} | {m['series']} | {m['sMAPE']:.3f} | {m['MASE']:.4f} | {m['OWA']:.4f} | "
                     f"{m['coverage80']:.3f} | {m['coverage95']:.3f} | {m['MSIS']:.3f} |")
    print("\n".join(lines), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
