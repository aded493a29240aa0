"""Test data and the CLI's number format (Swift's shortest round-trip text)."""
import math

import numpy as np
import pandas as pd


def synthetic_panel(n_series: int, seed: int = 7) -> pd.DataFrame:
    """Monthly series of 60–200 observations: level × trend × seasonality × AR(1) noise."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(60, 201, n_series)
    starts = rng.integers(1990 * 12, 2010 * 12, n_series)
    ids = np.repeat(np.array([f"S{i:06d}" for i in range(n_series)], dtype=object), lengths)
    t = np.concatenate([np.arange(n) for n in lengths])
    month = np.repeat(starts, lengths) + t
    ds = pd.to_datetime({"year": month // 12, "month": month % 12 + 1, "day": 1})
    level = np.repeat(rng.uniform(100, 1000, n_series), lengths)
    trend = np.repeat(rng.uniform(-0.003, 0.007, n_series), lengths)
    amp = np.repeat(rng.uniform(0, 0.3, n_series), lengths)
    phase = np.repeat(rng.uniform(0, 2 * np.pi, n_series), lengths)
    noise = rng.normal(0, 0.05, len(t))
    y = level * (1 + trend * t) * (1 + amp * np.sin(phase + 2 * np.pi * t / 12)) * (1 + noise)
    return pd.DataFrame({"unique_id": ids, "ds": ds, "y": np.round(np.maximum(y, 1.0), 2)})


def cli_number(x: float) -> str:
    """The CLI's text of a double: NA, an integer below 1e15, else the shortest round trip."""
    if math.isnan(x):
        return "NA"
    if x == int(x) and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def render(df: pd.DataFrame) -> list:
    """Rows of ``df`` as the CLI writes them (dates as YYYY-MM-DD)."""
    cols = []
    for c in df.columns:
        s = df[c]
        if pd.api.types.is_datetime64_any_dtype(s):
            cols.append(s.dt.strftime("%Y-%m-%d").tolist())
        elif pd.api.types.is_float_dtype(s):
            cols.append([cli_number(v) for v in s.tolist()])
        else:
            cols.append([str(v) for v in s.tolist()])
    return [",".join(row) for row in zip(*cols)]
