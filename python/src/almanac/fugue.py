"""Fugue front end: one function for pandas, Spark, Dask and Ray.

``forecast(df, h=12, models=["ets"], engine=None)`` runs the pandas front end
(``almanac.Almanac.forecast``, the binary once per call) on every *coarse* partition of
``df`` through ``fugue.transform``: the rows are hash-partitioned by series, so each series
arrives whole in one partition, but a partition holds many series and costs one binary
process, not one per series (the way statsforecast's Fugue backend partitions). ``engine``
is any Fugue execution engine: ``None`` (pandas, in process), a ``SparkSession``,
``"dask"``, ``"ray"``, … ; ``df`` is whatever that engine takes (a pandas frame, a Spark
DataFrame, …) and the result is of the engine's kind.

On Spark, ``almanac.spark.forecast`` is the faster route (Arrow batches stream through
one binary per partition, no pandas frame per partition); this module trades that for one
function on every Fugue engine. The executors need the binary at the same path (or on
PATH, or through ``ALMANAC_BIN``). A series that cannot be fitted gets
``fallback_model`` as everywhere else; the per-series error lines of the pandas and Spark
front ends are not collected here.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

import pandas as pd
import pyarrow as pa

from . import _frames
from .core import Almanac

__all__ = ["forecast"]


def forecast(df: Any, h: int, models: Sequence[str] = ("auto",), level: Optional[Sequence[float]] = None,
             freq: Optional[str] = None, season_length: Optional[int] = None,
             fallback_model: Optional[str] = "snaive", id_col: str = "unique_id", time_col: str = "ds",
             target_col: str = "y", engine: Any = None, num_partitions: Optional[int] = None,
             jobs_per_task: int = 1, binary: Optional[str] = None) -> Any:
    """Forecasts every series of ``df`` on the Fugue ``engine``; returns statsforecast's
    ``forecast()`` layout (``unique_id, ds, <Model>, <Model>-lo-95, …``), the same rows as
    ``Almanac(models, freq).forecast(df, h, level)`` in some order.

    ``num_partitions``: how many partitions (binary processes) the rows are hashed into
    (default: the engine's choice); ``jobs_per_task``: threads of each binary.
    """
    import fugue.api as fa
    from triad import Schema

    if h < 1:
        raise ValueError("h must be at least 1")
    names = _frames.normalise_models(models)
    levels = sorted(level) if level else []
    columns = _frames.output_columns(names, levels or [80])
    if not levels:
        columns = [_frames.MODEL_NAMES[m] for m in names]
    source = fa.get_schema(df)
    for c in (id_col, time_col, target_col):
        if c not in source:
            raise KeyError(f"df has no column {c!r}")
    schema = source.extract([id_col, time_col]) + Schema([pa.field(c, pa.float64()) for c in columns])
    model = Almanac(models=names, freq=freq, n_jobs=jobs_per_task, fallback_model=fallback_model,
                    season_length=season_length, binary=binary)

    def run(part: pd.DataFrame) -> pd.DataFrame:
        if part.empty:
            return pd.DataFrame({c: pd.Series(dtype=part[c].dtype if c in part else "float64")
                                 for c in [id_col, time_col] + columns})
        return model.forecast(part, h=h, level=levels or None, id_col=id_col, time_col=time_col,
                              target_col=target_col)

    partition = {"by": [id_col], "algo": "coarse"}
    if num_partitions:
        partition["num"] = num_partitions
    return fa.transform(df, run, schema=schema, partition=partition, engine=engine)
