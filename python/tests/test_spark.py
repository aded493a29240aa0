"""almanac.spark on PySpark local[2]: same bytes as one process, failures reported."""
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

import almanac
import almanac.spark
from helpers import render, synthetic_panel

MODELS = ["snaive", "theta"]


def write_panel(df: pd.DataFrame, path) -> None:
    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.set_column(1, "ds", table.column("ds").cast(pa.timestamp("s")).cast(pa.date32()))
    pacsv.write_csv(table, str(path), write_options=pacsv.WriteOptions(quoting_style="needed"))


def test_20000_series_on_local2_are_byte_identical_to_one_process(spark, run_cli, tmp_path):
    path = tmp_path / "panel.csv"
    write_panel(synthetic_panel(20_000, seed=3), path)
    one = run_cli(["forecast", str(path), "--long", "--columns", "statsforecast", "--models", ",".join(MODELS),
                   "--horizon", "12", "--level", "80", "--level", "95", "--jobs", "1"]).stdout.decode().splitlines()
    sdf = spark.read.csv(str(path), header=True, schema="unique_id string, ds date, y double")
    fc = almanac.spark.forecast(sdf, h=12, models=MODELS, level=[80, 95])
    assert fc.rdd.getNumPartitions() == 2  # one binary per core
    pdf = fc.toPandas()
    assert ",".join(pdf.columns) == one[0]
    assert len(pdf) == 20_000 * 12
    assert sorted(render(pdf)) == sorted(one[1:])


def test_a_failing_series_inside_spark_is_reported_and_the_job_completes(spark):
    good = synthetic_panel(40, seed=5)
    good["y"] = good["y"].map(repr)
    short = pd.DataFrame({"unique_id": "SHORT", "ds": pd.date_range("2020-01-01", periods=4, freq="MS"),
                          "y": ["1.5", "2.5", "3.5", "4.5"]})
    bad = pd.DataFrame({"unique_id": "BAD", "ds": pd.date_range("2020-01-01", periods=30, freq="MS"),
                        "y": ["7"] * 14 + ["n/a?"] + ["7"] * 15})
    rows = pd.concat([good, short, bad], ignore_index=True).sample(frac=1.0, random_state=1)  # shuffled
    sdf = spark.createDataFrame(rows, schema="unique_id string, ds timestamp, y string")
    fc, errors = almanac.spark.forecast(sdf, h=6, models=["ets"], level=[95], with_errors=True)
    fc = fc.toPandas()
    errors = errors.toPandas().set_index("series")
    assert set(fc["unique_id"]) == set(good["unique_id"]) | {"SHORT"}
    assert len(fc) == 41 * 6 and fc["AutoETS"].notna().all()
    assert "'n/a?'" in errors.loc["BAD", "reason"] and errors.loc["BAD", "fallback"] == "none"
    # SHORT: too short for ETS and for the seasonal naive fallback (no full year), so naive.
    assert errors.loc["SHORT", "model"] == "ets" and errors.loc["SHORT", "fallback"] == "naive"
    assert list(fc.loc[fc["unique_id"] == "SHORT", "AutoETS"]) == [4.5] * 6
    assert str(fc["ds"].dtype).startswith("datetime64")
