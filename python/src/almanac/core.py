"""The pandas front end: ``Almanac(...).forecast(df, h)`` and the JSON commands."""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Optional, Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from . import _frames
from ._binary import AlmanacError, find_binary, run

__all__ = ["Almanac", "breaks", "impact"]


class Almanac:
    """Forecasts every series of a long frame with the almanac binary, the way
    ``statsforecast.StatsForecast`` does with its models.

    >>> sf = Almanac(models=["auto", "ets"], freq="MS", n_jobs=-1)
    >>> fc = sf.forecast(df=df, h=12, level=[80, 95])   # unique_id, ds, AlmanacAuto, AlmanacAuto-lo-95, …

    ``models``: almanac model names (``auto``, ``ets``, ``arima``, ``theta``, ``dotm``,
    ``ces``, ``combo``, ``naive``, ``snaive``, ``drift``, ``naive2``, ``mean``); the result
    columns carry statsforecast's names (``AutoETS``, ``AutoARIMA``, ``SeasonalNaive``, …;
    ``AlmanacAuto`` / ``AlmanacCombo`` for the ensembles). ``freq``: a pandas frequency of
    the dates (monthly, quarterly or annual; month/quarter/year-end frequencies give
    period-end dates); with integer ``ds`` give ``season_length``. ``fallback_model``
    forecasts a series a model cannot fit (then naive, then mean); each such fit is
    listed in ``errors_`` after ``forecast`` (``series, model, reason, fallback``).
    """

    def __init__(self, models: Sequence[str] = ("auto",), freq: Optional[str] = None, n_jobs: int = 1,
                 fallback_model: Optional[str] = "snaive", season_length: Optional[int] = None,
                 binary: Optional[str] = None):
        self.models = _frames.normalise_models(models)
        self.freq = freq
        self.n_jobs = (os.cpu_count() or 1) if n_jobs in (-1, None) else int(n_jobs)
        if self.n_jobs < 1:
            raise ValueError("n_jobs must be -1 or at least 1")
        self.fallback_model = fallback_model
        self.season_length = season_length
        self.binary = binary
        self.errors_: Optional[pd.DataFrame] = None

    def __repr__(self) -> str:
        return f"Almanac(models={self.models}, freq={self.freq!r}, n_jobs={self.n_jobs})"

    def forecast(self, df: pd.DataFrame, h: int, level: Optional[Sequence[float]] = None,
                 id_col: str = "unique_id", time_col: str = "ds", target_col: str = "y") -> pd.DataFrame:
        """Forecasts ``h`` steps of every series of ``df`` (columns ``id_col``, ``time_col``,
        ``target_col``); returns statsforecast's frame ``unique_id, ds, <Model>[, <Model>-lo-95,
        <Model>-lo-80, <Model>-hi-80, <Model>-hi-95 …]``, series in sorted order."""
        if h < 1:
            raise ValueError("h must be at least 1")
        for c in (id_col, time_col, target_col):
            if c not in df.columns:
                raise KeyError(f"df has no column {c!r}")
        levels = sorted(level) if level else []
        data = df[[id_col, time_col, target_col]].sort_values([id_col, time_col], kind="stable")
        table = pa.Table.from_pandas(data, preserve_index=False)
        table = pa.table({
            "unique_id": table.column(0).cast(pa.string()),
            "ds": _frames.ds_as_text(table.column(1).combine_chunks()),
            # Text values go as they are: the CLI reports an unreadable series and goes on.
            "y": table.column(2) if pa.types.is_string(table.column(2).type) or pa.types.is_large_string(table.column(2).type)
            else table.column(2).cast(pa.float64()),
        })
        buf = io.BytesIO()
        _frames.write_input(table, buf)
        # --level is repeated; with no level the CLI would default to 80 and 95, so one is
        # asked and its columns dropped (statsforecast without level has point forecasts only).
        cli_levels = levels or [80]
        with tempfile.TemporaryDirectory(prefix="almanac-") as tmp:
            errors_path = os.path.join(tmp, "errors.csv")
            args = _frames.cli_args(self.models, h, cli_levels, self.season_length, self.fallback_model, self.n_jobs)
            out = run(args + ["--errors", errors_path], input=buf.getvalue(), binary=self.binary)
            self.errors_ = pd.read_csv(errors_path, dtype=str, keep_default_na=False)
        columns = _frames.output_columns(self.models, cli_levels)
        read, convert = _frames.read_options(columns)
        result = pacsv.read_csv(io.BytesIO(out), read_options=read, convert_options=convert).to_pandas()
        if not levels:
            result = result[["unique_id", "ds"] + [_frames.MODEL_NAMES[m] for m in self.models]]
        result["unique_id"] = _restore(result["unique_id"], df[id_col].dtype)
        result["ds"] = _restore_ds(result["ds"], df[time_col].dtype, self.freq)
        return result.rename(columns={"unique_id": id_col, "ds": time_col})


def _restore(values: pd.Series, dtype) -> pd.Series:
    if pd.api.types.is_integer_dtype(dtype):
        return values.astype(dtype)
    return values


def _restore_ds(values: pd.Series, dtype, freq: Optional[str]) -> pd.Series:
    if pd.api.types.is_integer_dtype(dtype):
        return values.astype(dtype)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        ds = pd.to_datetime(values, format="%Y-%m-%d")
        if freq:
            offset = pd.tseries.frequencies.to_offset(freq)
            end = (pd.offsets.MonthEnd, pd.offsets.QuarterEnd, pd.offsets.YearEnd)
            if isinstance(offset, end):
                # The CLI names a period by its first day; period-end frequencies want the last.
                ds = ds + offset * 0  # n = 0 rolls forward to the period's end
        return ds.astype(dtype) if getattr(dtype, "tz", None) is None else ds.dt.tz_localize(dtype.tz)
    return values


def _options(options: dict) -> list:
    """Keyword arguments as CLI flags: ``max_breaks=2`` → ``--max-breaks 2``; ``log=True``
    → ``--log``; a list repeats the flag (``at=["2020-01", "2021-03"]``)."""
    args = []
    for key, value in options.items():
        if value is None or value is False:
            continue
        flag = "--" + key.replace("_", "-")
        if value is True:
            args.append(flag)
        elif isinstance(value, (list, tuple)):
            for v in value:
                args += [flag, str(v)]
        else:
            args += [flag, str(value)]
    return args


def _json_command(command: str, data: Any, column: Optional[str], options: dict, binary: Optional[str]) -> Any:
    args = [command]
    payload = None
    if isinstance(data, (str, Path)):
        args.append(str(data))
    elif isinstance(data, (pd.Series, pd.DataFrame)):
        frame = data.to_frame() if isinstance(data, pd.Series) else data
        # A wide CSV: the index (dates) first, then the value columns.
        index = frame.index
        if isinstance(index, pd.PeriodIndex):
            index = index.astype(str)
        elif isinstance(index, pd.DatetimeIndex):
            index = index.strftime("%Y-%m-%d")
        frame = frame.copy()
        frame.index = pd.Index(index, name=frame.index.name or "date")
        payload = frame.to_csv().encode()
        args.append("-")
    else:
        raise TypeError("data must be a CSV path, a pandas Series or a DataFrame indexed by date")
    if column is not None:
        args += ["--column", column]
    args += _options(options) + ["--format", "json"]
    return json.loads(run(args, input=payload, binary=binary))


def breaks(data: Any, column: Optional[str] = None, binary: Optional[str] = None, **options) -> Any:
    """``almanac breaks … --format json`` as Python objects (schema ``almanac.breaks``).
    ``data``: a CSV path, or a Series / DataFrame indexed by date; ``options`` are the
    CLI's options in snake case (``at=["2022-02"]``, ``log=True``, ``regressors="season"``)."""
    return _json_command("breaks", data, column, options, binary)


def impact(data: Any, column: Optional[str] = None, binary: Optional[str] = None, **options) -> Any:
    """``almanac impact … --format json`` as Python objects (schema ``almanac.impact``);
    ``at`` is required, as on the command line."""
    return _json_command("impact", data, column, options, binary)
