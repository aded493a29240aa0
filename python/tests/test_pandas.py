"""The pandas front end against the CLI it wraps."""
import io
import os
import stat

import numpy as np
import pandas as pd
import pytest

import almanac
from helpers import render


@pytest.fixture(scope="module")
def m3_200(repo, tmp_path_factory):
    """The first 200 M3 monthly series (train rows), as the CLI's long file and as a frame."""
    rows = pd.read_csv(repo / "Datasets" / "m3-monthly.csv", dtype={"series": str})
    names = rows["series"].drop_duplicates().iloc[:200]
    rows = rows[rows["series"].isin(set(names)) & (rows["split"] == "train")]
    path = tmp_path_factory.mktemp("m3") / "m3-200.csv"
    rows.to_csv(path, index=False)
    df = rows.rename(columns={"series": "unique_id", "t": "ds", "value": "y"})[["unique_id", "ds", "y"]]
    return path, df


def test_m3_200_series_match_the_cli_exactly(m3_200, run_cli):
    path, df = m3_200
    sf = almanac.Almanac(models=["ets", "theta"], season_length=12, n_jobs=2)
    fc = sf.forecast(df, h=18, level=[80, 95])
    assert list(fc.columns) == ["unique_id", "ds", "AutoETS", "AutoETS-lo-95", "AutoETS-lo-80", "AutoETS-hi-80",
                                "AutoETS-hi-95", "Theta", "Theta-lo-95", "Theta-lo-80", "Theta-hi-80", "Theta-hi-95"]
    assert fc["unique_id"].nunique() == 200 and len(fc) == 200 * 18
    assert sf.errors_.empty
    for model, name in [("ets", "AutoETS"), ("theta", "Theta")]:
        # The CLI's in-memory path (no streaming), one model at a time, as the user runs it.
        out = run_cli(["forecast", str(path), "--frequency", "12", "--horizon", "18", "--model", model,
                       "--format", "csv"]).stdout.decode()
        cli = pd.read_csv(io.StringIO(out), dtype={"series": str}, keep_default_na=False, na_values=["NA"],
                          float_precision="round_trip")
        cli = cli.sort_values(["series", "date"], kind="stable").reset_index(drop=True)
        ours = fc.sort_values(["unique_id", "ds"], kind="stable").reset_index(drop=True)
        assert (ours["unique_id"] == cli["series"]).all()
        assert (ours["ds"].to_numpy() == cli["date"].to_numpy()).all()
        for mine, theirs in [(name, "mean"), (f"{name}-lo-80", "lo80"), (f"{name}-hi-80", "hi80"),
                             (f"{name}-lo-95", "lo95"), (f"{name}-hi-95", "hi95")]:
            np.testing.assert_array_equal(ours[mine].to_numpy(), cli[theirs].to_numpy(), err_msg=mine)


def test_dates_and_point_forecasts_only(repo):
    df = pd.DataFrame({"unique_id": ["a"] * 30, "ds": pd.date_range("2020-01-01", periods=30, freq="MS"),
                       "y": np.arange(30, dtype=float) + 1})
    fc = almanac.Almanac(models="naive", freq="MS").forecast(df, h=3)
    assert list(fc.columns) == ["unique_id", "ds", "Naive"]
    assert list(fc["ds"]) == list(pd.date_range("2022-07-01", periods=3, freq="MS"))
    assert list(fc["Naive"]) == [30.0, 30.0, 30.0]
    end = almanac.Almanac(models="naive", freq="ME").forecast(df, h=2)
    assert list(end["ds"]) == [pd.Timestamp("2022-07-31"), pd.Timestamp("2022-08-31")]


def test_a_bad_series_falls_back_or_is_listed_and_the_rest_is_forecast():
    df = pd.DataFrame({
        "unique_id": ["short"] * 3 + ["bad"] * 3 + ["good"] * 24,
        "ds": list(range(1, 4)) + list(range(1, 4)) + list(range(1, 25)),
        "y": ["1", "2", "3"] + ["4", "oops", "6"] + [str(10 + (i % 12)) for i in range(24)],
    })
    sf = almanac.Almanac(models=["ets"], season_length=12, fallback_model="snaive")
    fc = sf.forecast(df, h=2, level=[95])
    assert sorted(fc["unique_id"].unique()) == ["good", "short"]
    errors = sf.errors_.set_index("series")
    assert errors.loc["short", "model"] == "ets" and errors.loc["short", "fallback"] == "naive"
    assert "not enough data" in errors.loc["short", "reason"]
    assert "'oops'" in errors.loc["bad", "reason"] and errors.loc["bad", "fallback"] == "none"
    # The fallback's numbers are the naive forecast of the short series.
    assert list(fc.loc[fc["unique_id"] == "short", "AutoETS"]) == [3.0, 3.0]


def test_cli_errors_are_raised_with_the_cli_message():
    df = pd.DataFrame({"unique_id": ["a"] * 5, "ds": range(1, 6), "y": [1.0, 2, 3, 4, 5]})
    with pytest.raises(almanac.AlmanacError) as info:
        almanac.Almanac(models="naive").forecast(df, h=2, level=[120])
    assert "level" in str(info.value) and "almanac: error" not in str(info.value)
    assert info.value.returncode != 0
    with pytest.raises(almanac.AlmanacError, match="no such file"):
        almanac.breaks("/nonexistent/file.csv")


def test_breaks_and_impact_return_the_json(repo):
    nile = repo / "Datasets" / "reference" / "nile.csv"
    b = almanac.breaks(nile, at=["1899"], errors="iid")
    assert b["schema"] == "almanac.breaks" and b["observations"] == 100
    assert b["known_dates"][0]["regime_starts"] == ["1899"] and b["known_dates"][0]["p_value"] < 1e-6
    i = almanac.impact(nile, at="1899", model="arima", order="1,0,0")
    assert i["schema"] == "almanac.impact" and i["event"] == "1899"
    assert i["cumulative"]["estimate"] < 0  # the Aswan dam year: the flow dropped
    # A Series indexed by year goes through standard input as a wide CSV.
    series = pd.read_csv(nile).set_index("date")["value"].rename("flow")
    from_series = almanac.breaks(series, at=["1899"], errors="iid")
    assert from_series["name"] == "flow"
    assert from_series["known_dates"][0]["p_value"] == b["known_dates"][0]["p_value"]


def test_binary_lookup_order(tmp_path, monkeypatch, binary):
    monkeypatch.setenv("ALMANAC_BIN", str(tmp_path / "missing"))
    with pytest.raises(almanac.AlmanacError, match="ALMANAC_BIN"):
        almanac.find_binary()
    monkeypatch.delenv("ALMANAC_BIN")
    shim = tmp_path / "almanac"
    shim.write_text(f"#!/bin/sh\nexec {binary} \"$@\"\n")
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    assert almanac.find_binary() == str(shim)
