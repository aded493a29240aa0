"""Arrow helpers shared by the pandas and Spark front ends: long frames to the CLI's
CSV input, and its statsforecast-layout CSV output back to typed columns."""
from __future__ import annotations

from typing import Dict, List, Sequence

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

# statsforecast's default model aliases for the CLI's models (--columns statsforecast).
MODEL_NAMES: Dict[str, str] = {
    "auto": "AlmanacAuto",
    "combo": "AlmanacCombo",
    "arima": "AutoARIMA",
    "ets": "AutoETS",
    "theta": "Theta",
    "dotm": "DynamicOptimizedTheta",
    "ces": "CES",
    "naive": "Naive",
    "snaive": "SeasonalNaive",
    "drift": "RWD",
    "naive2": "Naive2",
    "mean": "HistoricAverage",
}


def level_text(level: float) -> str:
    return str(int(level)) if float(level) == int(level) else str(level)


def normalise_models(models) -> List[str]:
    if isinstance(models, str):
        models = [models]
    out = []
    for m in models:
        key = str(m).strip().lower()
        if key not in MODEL_NAMES:
            raise ValueError(f"unknown model {m!r}; choose from {', '.join(MODEL_NAMES)}")
        if key not in out:
            out.append(key)
    if not out:
        raise ValueError("give at least one model")
    return out


def output_columns(models: Sequence[str], level: Sequence[float]) -> List[str]:
    """The forecast columns statsforecast's ``forecast()`` writes, in its order."""
    levels = sorted(float(l) for l in level)
    cols = []
    for m in models:
        name = MODEL_NAMES[m]
        cols.append(name)
        cols += [f"{name}-lo-{level_text(l)}" for l in reversed(levels)]
        cols += [f"{name}-hi-{level_text(l)}" for l in levels]
    return cols


def cli_args(models, h: int, level, season_length=None, fallback_model="snaive", jobs: int = 1) -> List[str]:
    args = ["forecast", "-", "--long", "--columns", "statsforecast", "--models", ",".join(models),
            "--horizon", str(int(h)), "--jobs", str(int(jobs))]
    for l in level:
        args += ["--level", level_text(l)]
    if season_length:
        args += ["--frequency", str(int(season_length))]
    if fallback_model:
        args += ["--fallback", normalise_models([fallback_model])[0]]
    return args


def ds_as_text(column: pa.Array) -> pa.Array:
    """Dates and timestamps as ISO dates; integers as they are (the CLI reads both)."""
    t = column.type
    if pa.types.is_timestamp(t):
        return pc.cast(pc.cast(column, pa.timestamp("s")), pa.date32())
    if pa.types.is_date(t) or pa.types.is_integer(t) or pa.types.is_string(t) or pa.types.is_large_string(t):
        return column
    raise TypeError(f"ds must be dates, timestamps or integers, not {t}")


def write_input(table: pa.Table, sink) -> None:
    """``unique_id,ds,y`` CSV of ``table`` (columns in that order) to a binary file object."""
    pacsv.write_csv(table, sink, write_options=pacsv.WriteOptions(include_header=True, quoting_style="needed"))


def read_options(columns: Sequence[str]):
    """Reader options for the CLI's statsforecast-layout CSV: every column typed up front."""
    types = {"unique_id": pa.string(), "ds": pa.string()}
    types.update({c: pa.float64() for c in columns})
    convert = pacsv.ConvertOptions(column_types=types, null_values=["NA"], strings_can_be_null=False,
                                   quoted_strings_can_be_null=False)
    read = pacsv.ReadOptions(block_size=1 << 22)
    return read, convert
