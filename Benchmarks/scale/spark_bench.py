"""Spark local[N] against the CLI on the same generated series (Benchmarks/scale/RESULTS.md).

    python3 Benchmarks/scale/spark_bench.py --series 100000 --model snaive [--cores 2] [--check]

Generates the panel with gen.c (kept as /tmp/almanac-scale-N-SEED.csv), times
`almanac forecast FILE --long --columns statsforecast --jobs CORES` (wall clock, peak RSS),
then `almanac.spark.forecast` on `local[CORES]` from the same CSV to a Parquet file (read,
shuffle by series, sort, the binary per partition, Arrow back, write: everything but the
session start, which is reported apart). `--only cli|spark` runs one side, e.g. each under
`perf stat -e task-clock` to compare whole-process-tree CPU time on a shared machine. --check collects the Spark result and compares it, sorted
and rendered as the CLI renders numbers, with the CLI's output.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "python" / "tests"))


def panel(n: int, seed: int) -> Path:
    path = Path(f"/tmp/almanac-scale-{n}-{seed}.csv")
    if not path.exists() or path.stat().st_size == 0:
        gen = os.environ.get("GEN", "/tmp/almanac-scale-gen")
        if not os.access(gen, os.X_OK):
            subprocess.run(["cc", "-O2", "-o", gen, str(REPO / "Benchmarks/scale/gen.c"), "-lm"], check=True)
        with open(path, "wb") as f:
            subprocess.run([gen, str(n), str(seed)], stdout=f, check=True)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--model", default="snaive")
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only", choices=["cli", "spark"], default=None,
                    help="run one side only (e.g. each under `perf stat -e task-clock` for its CPU time); "
                         "the CLI output is kept in --cli-out for a later --only spark --check")
    ap.add_argument("--cli-out", default=None, help="where the CLI's forecasts are written (default: a temp file)")
    a = ap.parse_args()
    import almanac
    import almanac.spark
    binary = almanac.find_binary()
    data = panel(a.series, a.seed)

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(a.cli_out) if a.cli_out else Path(tmp) / "cli.csv"
        cli_s = float("nan")
        if a.only != "spark":
            cli_s = run_cli(a, binary, data, out, tmp)
        if a.only == "cli":
            return
        run_spark(a, data, out, cli_s)


def run_cli(a, binary, data, out, tmp):
    t0 = time.time()
    subprocess.run(["/usr/bin/time", "-v", "-o", f"{tmp}/time", binary, "forecast", str(data), "--long",
                    "--columns", "statsforecast", "--model", a.model, "--jobs", str(a.cores), "--horizon", "12",
                    "-o", str(out), "--errors", f"{tmp}/errors.csv"], check=True)
    cli_s = time.time() - t0
    rss = [l for l in open(f"{tmp}/time") if "Maximum resident" in l][0].split(":")[1].strip()
    print(f"cli   model={a.model} jobs={a.cores} series={a.series} seconds={cli_s:.1f} "
          f"series/s={a.series / cli_s:.0f} peak_rss_MB={int(rss) / 1024:.1f}", flush=True)
    return cli_s


def run_spark(a, data, out, cli_s):
    import almanac
    import almanac.spark

    from pyspark.sql import SparkSession
    t0 = time.time()
    spark = (SparkSession.builder.master(f"local[{a.cores}]").appName("almanac-scale")
             .config("spark.ui.enabled", "false").config("spark.driver.memory", "2g")
             .config("spark.sql.shuffle.partitions", str(a.cores))
             .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100000")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    start_s = time.time() - t0
    sdf = spark.read.csv(str(data), header=True, schema="unique_id string, ds date, y double")
    fc = almanac.spark.forecast(sdf, h=12, models=[a.model], level=[80, 95], num_partitions=a.partitions)
    # The timed job writes Parquet (a real sink, slightly dearer than Spark's no-op sink), so that
    # --check reads the result back instead of computing the forecasts a second time.
    sink = Path(tempfile.mkdtemp(prefix="almanac-spark-")) / "forecasts.parquet"
    t0 = time.time()
    fc.write.mode("overwrite").parquet(str(sink))
    spark_s = time.time() - t0
    print(f"spark model={a.model} local[{a.cores}] partitions={fc.rdd.getNumPartitions()} series={a.series} "
          f"seconds={spark_s:.1f} series/s={a.series / spark_s:.0f} ratio_to_cli={cli_s / spark_s:.2f} "
          f"(session start {start_s:.1f} s, not counted)", flush=True)
    if a.check:
        from helpers import render
        mine = sorted(render(spark.read.parquet(str(sink)).toPandas()))
        lines = out.read_text().splitlines()
        theirs = sorted(lines[1:])
        same = mine == theirs
        print(f"check identical={same} rows={len(mine)}", flush=True)
        if not same:
            sys.exit(1)
    spark.stop()
    return spark_s


if __name__ == "__main__":
    main()
