"""almanac.fugue: the same rows as the pandas front end, on Fugue's pandas and Spark engines."""
import pandas as pd
import pytest

import almanac
from helpers import render, synthetic_panel

fugue = pytest.importorskip("fugue", reason="fugue is installed by .ci/run (pip install fugue)")
import almanac.fugue  # noqa: E402  (after the import check)

MODELS = ["snaive", "theta"]


@pytest.fixture(scope="module")
def panel():
    return synthetic_panel(300, seed=11)


@pytest.fixture(scope="module")
def reference(panel):
    return sorted(render(almanac.Almanac(models=MODELS, freq="MS").forecast(panel, h=6, level=[80, 95])))


def test_native_engine_matches_the_pandas_front_end(panel, reference):
    fc = almanac.fugue.forecast(panel, h=6, models=MODELS, level=[80, 95], freq="MS", num_partitions=3)
    assert isinstance(fc, pd.DataFrame)
    assert list(fc.columns)[:3] == ["unique_id", "ds", "SeasonalNaive"]
    assert len(fc) == 300 * 6
    assert sorted(render(fc)) == reference


def test_spark_engine_matches_the_pandas_front_end(spark, panel, reference):
    sdf = spark.createDataFrame(panel)
    fc = almanac.fugue.forecast(sdf, h=6, models=MODELS, level=[80, 95], freq="MS", engine=spark, num_partitions=2)
    assert type(fc).__name__ == "DataFrame" and hasattr(fc, "rdd")  # a Spark DataFrame back
    assert sorted(render(fc.toPandas())) == reference


def test_point_forecasts_only_and_a_missing_column(panel):
    fc = almanac.fugue.forecast(panel.head(60), h=2, models=["naive"], freq="MS")
    assert list(fc.columns) == ["unique_id", "ds", "Naive"]
    with pytest.raises(KeyError):
        almanac.fugue.forecast(panel.rename(columns={"y": "value"}), h=2, models=["naive"])
