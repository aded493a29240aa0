#!/usr/bin/env python3
"""Randomized option-combination sweep of the `almanac` CLI (issue #14).

With a fixed seed, draws N command lines across the subcommands (forecast with its scenario,
xreg, conformal and streaming options, --save/--load, describe, breaks, impact, report,
benchmark), options from each command's --help with valid, boundary and hostile values, and
inputs from Datasets/ plus small generated hostile CSVs. Runs the binary with a timeout and
classifies every run:

  trap          killed by a signal, or exit status >= 128
  hang          the timeout was reached, and again when rerun alone with --recheck seconds
  slow          the timeout was reached, but the rerun completed cleanly
  runtime       a Swift runtime message on stderr ("Fatal error", "Illegal instruction", ...)
  silent-wrong  exit 0 with nan/inf where a number is expected, a p-value outside [0, 1]
                in JSON, a "significant" verdict on a zero-width interval, or an absurd number (|x| >= 1e250: inputs are limited to 1e100, so
                even a sum of squares stays below about 1e205)
  messy-error   non-zero exit whose stderr is not exactly one `almanac: error: ...` line
                (warning lines before it are allowed)
  ok            exit 0, clean output
  refused       non-zero exit with one clean error line

Writes a TSV of every run and prints a summary (and a Markdown table).

Usage: option-combinations.py [--runs N] [--seed S] [--timeout T] [--jobs J]
                              [--budget SECONDS] [--bin PATH] [--tsv PATH]
Python 3 standard library only. Run from anywhere; paths are relative to the package root.
"""
import argparse
import json
import math
import os
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# ----------------------------------------------------------------------------------------
# Hostile inputs


def month_dates(start_year, start_month, n):
    out = []
    y, m = start_year, start_month
    for _ in range(n):
        out.append("%04d-%02d" % (y, m))
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


def wide(path, dates, values, name="value"):
    lines = ["date,%s" % name] + ["%s,%s" % (d, v) for d, v in zip(dates, values)]
    return write(path, "\n".join(lines) + "\n")


def make_inputs(d, rng):
    """Small hostile CSVs, event, scenario, driver, baseline and model files in `d`."""
    files = {}
    seasonal = [100 + 20 * math.sin(2 * math.pi * i / 12) + i * 0.5 + rng.gauss(0, 3) for i in range(72)]
    md = month_dates(2015, 1, 72)
    files["constant"] = wide(os.path.join(d, "constant.csv"), md[:48], ["5"] * 48)
    files["three"] = wide(os.path.join(d, "three.csv"), md[:3], ["1", "2", "3"])
    files["one"] = wide(os.path.join(d, "one.csv"), md[:1], ["7"])
    files["two"] = wide(os.path.join(d, "two.csv"), md[:2], ["7", "9"])
    files["nan"] = wide(os.path.join(d, "holes.csv"), md,
                        ["NaN" if i % 7 == 3 else ("" if i % 11 == 5 else "%.3f" % v) for i, v in enumerate(seasonal)])
    files["allnan"] = wide(os.path.join(d, "allnan.csv"), md[:24], ["NaN"] * 24)
    gap_dates = [x for i, x in enumerate(md) if i not in (10, 11, 40)]
    files["gaps"] = wide(os.path.join(d, "gaps.csv"), gap_dates, ["%.3f" % v for v in seasonal[:len(gap_dates)]])
    files["huge300"] = wide(os.path.join(d, "huge300.csv"), md[:36], ["%.6g" % (1e300 * (1 + 0.01 * i)) for i in range(36)])
    files["huge99"] = wide(os.path.join(d, "huge99.csv"), md[:48], ["%.6g" % (v * 1e97) for v in seasonal[:48]])
    files["tiny"] = wide(os.path.join(d, "tiny.csv"), md[:48], ["%.6g" % (v * 1e-300) for v in seasonal[:48]])
    files["spike"] = wide(os.path.join(d, "spike.csv"), md, ["%.3f" % (1e90 if i == 30 else v) for i, v in enumerate(seasonal)])
    files["negative"] = wide(os.path.join(d, "negative.csv"), md, ["%.3f" % (v - 130) for v in seasonal])
    files["zeros"] = wide(os.path.join(d, "zeros.csv"), md[:36], ["0"] * 36)
    files["withzero"] = wide(os.path.join(d, "withzero.csv"), md, ["0" if i == 20 else "%.3f" % v for i, v in enumerate(seasonal)])
    files["alternating"] = wide(os.path.join(d, "alternating.csv"), md[:40], ["%d" % (1 if i % 2 else -1) for i in range(40)])
    files["steps"] = wide(os.path.join(d, "steps.csv"), md, ["%d" % (10 if i < 36 else 1000) for i in range(72)])
    files["onecol"] = write(os.path.join(d, "onecol.csv"), "value\n" + "\n".join("%.2f" % v for v in seasonal) + "\n")
    files["datesonly"] = write(os.path.join(d, "datesonly.csv"), "date\n" + "\n".join(md[:24]) + "\n")
    files["empty"] = write(os.path.join(d, "empty.csv"), "")
    files["header"] = write(os.path.join(d, "header.csv"), "date,value\n")
    # 5000 rows: integer indices (no calendar covers 5000 months from a sane start).
    files["rows5000"] = write(os.path.join(d, "rows5000.csv"), "t,value\n" + "\n".join(
        "%d,%.4f" % (i + 1, 50 + 10 * math.sin(2 * math.pi * i / 12) + 0.01 * i + rng.gauss(0, 2)) for i in range(5000)) + "\n")
    files["quarterly"] = write(os.path.join(d, "quarterly.csv"), "date,value\n" + "\n".join(
        "%dQ%d,%.2f" % (2000 + i // 4, i % 4 + 1, 50 + 5 * (i % 4) + rng.gauss(0, 1)) for i in range(40)) + "\n")
    files["weekly"] = write(os.path.join(d, "weekly.csv"), "date,value\n" + "\n".join(
        "%s,%.2f" % (time.strftime("%Y-%m-%d", time.gmtime(1420070400 + 7 * 86400 * i)), 20 + rng.gauss(0, 1)) for i in range(120)) + "\n")
    files["daily"] = write(os.path.join(d, "daily.csv"), "date,value\n" + "\n".join(
        "%s,%.2f" % (time.strftime("%Y-%m-%d", time.gmtime(1420070400 + 86400 * i)), 20 + (i % 7) + rng.gauss(0, 1)) for i in range(60)) + "\n")
    files["indexed"] = write(os.path.join(d, "indexed.csv"), "t,value\n" + "\n".join(
        "%d,%.2f" % (i + 1, v) for i, v in enumerate(seasonal)) + "\n")
    files["multi"] = write(os.path.join(d, "multi.csv"), "date,a,b,c\n" + "\n".join(
        "%s,%.2f,%.2f,%s" % (x, v, v * 2 + rng.gauss(0, 1), "5") for x, v in zip(md, seasonal)) + "\n")
    files["semicolon"] = write(os.path.join(d, "semicolon.csv"), "date;value\r\n" + "".join(
        "%s;%.2f\r\n" % (x, v) for x, v in zip(md, seasonal)))
    # Long form: train/test split (benchmark) and unique_id,ds,y (streaming forecast).
    lines = ["series,split,t,value"]
    for s in range(4):
        n = [30, 3, 40, 24][s]
        vals = [("5" if s == 3 else "%.2f" % (100 + 10 * math.sin(i / 2) + rng.gauss(0, 2) + s)) for i in range(n + 6)]
        for i, v in enumerate(vals):
            lines.append("S%d,%s,%d,%s" % (s, "train" if i < n else "test", i + 1, v))
    files["longsplit"] = write(os.path.join(d, "longsplit.csv"), "\n".join(lines) + "\n")
    lines = ["series,split,t,value"]
    for i in range(24):
        lines.append("H,train,%d,%s" % (i + 1, "%.4g" % (1e99 * (1 + i % 5))))
    for i in range(6):
        lines.append("H,test,%d,1e99" % (25 + i))
    for i in range(20):
        lines.append("Z,train,%d,%s" % (i + 1, "NaN" if i == 5 else "0"))
    for i in range(4):
        lines.append("Z,test,%d,0" % (21 + i))
    files["longhostile"] = write(os.path.join(d, "longhostile.csv"), "\n".join(lines) + "\n")
    lines = ["unique_id,ds,y"]
    for s, n in (("A", 48), ("B", 3), ("C", 30), ("D", 1)):
        for i, x in enumerate(month_dates(2019, 1, n)):
            lines.append("%s,%s-01,%s" % (s, x, "1" if s == "C" else "%.2f" % (50 + 5 * math.sin(i) + rng.gauss(0, 1))))
    files["panel"] = write(os.path.join(d, "panel.csv"), "\n".join(lines) + "\n")
    # Events.
    files["events_bad"] = write(os.path.join(d, "events-bad.csv"), "date,label\n2099-01,future\nnot-a-date,x\n")
    files["events_outside"] = write(os.path.join(d, "events-outside.csv"), "date,label\n1800-01,ancient\n2099-01,future\n")
    files["events_empty"] = write(os.path.join(d, "events-empty.csv"), "")
    files["events_dup"] = write(os.path.join(d, "events-dup.csv"), "date,label\n2022-02,a\n2022-02,b\n2017-06,x\n")
    files["events_edge"] = write(os.path.join(d, "events-edge.csv"), "date,label\n2015-01,first\n2020-12,last\n2015-02,second\n")
    # Scenario files.
    files["scen_ok"] = write(os.path.join(d, "scen-ok.csv"), "name,kind,date,size\nup,step,2027-01,0.1\ndown,ramp,2027-03,-0.05\n")
    files["scen_bad"] = write(os.path.join(d, "scen-bad.csv"), "name,kind,date,size\nx,wobble,2027-01,nan\n")
    files["scen_nan"] = write(os.path.join(d, "scen-nan.csv"), "name,kind,date,size\nx,step,2027-01,NaN\ny,pulse,2027-02,1e300\n")
    files["scen_dup"] = write(os.path.join(d, "scen-dup.csv"), "name,kind,date,size\nx,step,2027-01,1\nx,step,2027-01,1\n")
    files["scen_empty"] = write(os.path.join(d, "scen-empty.csv"), "name,kind,date,size\n")
    # Drivers (the turnover runs 2010-01..2026-09).
    tmd = month_dates(2010, 1, 216)
    files["drivers_const"] = write(os.path.join(d, "drivers-const.csv"), "date,oil,flat\n" + "\n".join(
        "%s,%.2f,3" % (x, 70 + rng.gauss(0, 5)) for x in tmd) + "\n")
    files["drivers_short"] = write(os.path.join(d, "drivers-short.csv"), "date,oil\n" + "\n".join(
        "%s,%.2f" % (x, 70 + rng.gauss(0, 5)) for x in tmd[:100]) + "\n")
    files["drivers_nan"] = write(os.path.join(d, "drivers-nan.csv"), "date,oil\n" + "\n".join(
        "%s,%s" % (x, "NaN" if i == 205 else "%.2f" % (70 + rng.gauss(0, 5))) for i, x in enumerate(tmd)) + "\n")
    files["drivers_huge"] = write(os.path.join(d, "drivers-huge.csv"), "date,oil\n" + "\n".join(
        "%s,%.4g" % (x, 1e99 * (1 + rng.random())) for x in tmd) + "\n")
    files["drivers_collinear"] = write(os.path.join(d, "drivers-collinear.csv"), "date,a,b\n" + "\n".join(
        "%s,%.4f,%.4f" % (x, i * 0.1 + math.sin(i), 2 * (i * 0.1 + math.sin(i))) for i, x in enumerate(tmd)) + "\n")
    files["drivers_future_only"] = write(os.path.join(d, "drivers-future.csv"), "date,oil\n" + "\n".join(
        "%s,%.2f" % (x, 70.0 + i) for i, x in enumerate(month_dates(2026, 10, 15))) + "\n")
    # Model files: bundled, edited, empty.
    files["model_bad"] = write(os.path.join(d, "model-bad.json"), '{"schema":"almanac.model","version":1}')
    files["model_empty"] = write(os.path.join(d, "model-empty.json"), "")
    files["model_trunc"] = write(os.path.join(d, "model-trunc.json"),
                                 open(os.path.join(ROOT, "Models/airpassengers.json")).read()[:5000])
    files["baseline_bad"] = write(os.path.join(d, "baseline-bad.json"), '{"schema":"x"}')
    return files


# ----------------------------------------------------------------------------------------
# Value pools

INT_VALUES = ["0", "-1", "-5", "1", "2", "3", "7", "12", "13", "24", "52", "100", "1000", "1001", "1200", "1201",
              "10000", "10001", "99999999999", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
              "", "abc", "1e3", "nan", "1.5", " 12", "0x10", "+3", "٣"]
DOUBLE_VALUES = ["0", "-0", "95", "80", "99.99", "99.999", "100", "1e-300", "1e300", "nan", "NaN", "inf", "-inf", "-5",
                 "0.5", "50", "", "abc", "1e309", "5e-324", "0x1p3", "1_000"]
BAD_DATES = ["2099-01", "1800-01", "2022-13", "2022-00", "0000-01", "9999-12", "2022Q5", "2022Q0", "1899", "-5", "",
             "2022-02-30", "1e3", "2022-1", "abc", "2022-02-01", "1", "100000", "-9223372036854775808", "2022W05"]
MODELS = ["auto", "combo", "arima", "ets", "theta", "dotm", "ces", "naive", "snaive", "drift", "naive2", "mean", "sdrift"]


# Values that fail option validation; a "mild" run avoids them (redraws) so that it reaches
# the analysis with a combination of valid options and a hostile input.
HOSTILE = set(BAD_DATES) | {v for v in INT_VALUES if v not in ("1", "2", "3", "7", "12", "13", "24", "52", "100", "1000", "1200")} \
    | {v for v in DOUBLE_VALUES if v not in ("95", "80", "99.99", "0.5", "50")} \
    | {"", ",", "bogus", "abc", "x", "xml", "lag:", "lag:0", "lag:-1", "lag:1000", "lag:99999999999999999999",
       "season,trend", "18", "100001", "1,1", "a,b,c", "-1,0,0", "11,0,0", "99,0,0", "nosuch", "wobble", "STEP", "ARIMA",
       "ses", "ets,,theta", "18446744073709551616", "/nonexistent.csv", "/nonexistent", "/nonexistent.json", "date", "1"}


class SweepRandom(random.Random):
    """random.Random whose choice() redraws hostile values while `mild` is set."""
    mild = False

    def choice(self, seq):
        v = super().choice(seq)
        if self.mild:
            for _ in range(12):
                if not (isinstance(v, str) and v in HOSTILE):
                    break
                v = super().choice(seq)
        return v


def choice_w(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def int_value(rng, good):
    return rng.choice(good) if rng.random() < 0.75 else rng.choice(INT_VALUES)


def double_value(rng, good):
    return rng.choice(good) if rng.random() < 0.75 else rng.choice(DOUBLE_VALUES)


def dates_of(path):
    """The first column of a wide CSV (for event dates inside the series)."""
    try:
        with open(path) as f:
            rows = f.read().splitlines()[1:]
        return [r.split(",")[0].split(";")[0] for r in rows if r]
    except OSError:
        return []


class Generator:
    def __init__(self, rng, files, scratch):
        self.rng = rng
        self.f = files
        self.scratch = scratch
        self.saved = []  # model files written by earlier --save runs
        self.ds = {
            "turnover": "Datasets/russia-serbia-turnover.csv",
            "air": "Datasets/reference/airpassengers.csv",
            "nile": "Datasets/reference/nile.csv",
            "usacc": "Datasets/reference/usaccdeaths.csv",
            "realint": "Datasets/reference/realint.csv",
            "seatbelts": "Datasets/reference/seatbelts.csv",
            "co2": "Datasets/reference/co2.csv",
            "usincexp": "Datasets/reference/usincexp.csv",
            "ukdd": "Datasets/reference/ukdriverdeaths.csv",
        }
        self.wide_inputs = list(self.ds.values()) + [files[k] for k in (
            "constant", "three", "one", "two", "nan", "allnan", "gaps", "huge300", "huge99", "tiny", "spike", "negative",
            "zeros", "withzero", "alternating", "steps", "onecol", "datesonly", "empty", "header", "rows5000",
            "quarterly", "weekly", "daily", "indexed", "multi", "semicolon")]
        self.date_cache = {}

    # -- helpers
    def input_file(self, weights_real=0.45):
        r = self.rng.random()
        if r < weights_real:
            return self.rng.choice(list(self.ds.values()))
        if r < 0.97:
            return self.rng.choice(self.wide_inputs)
        return self.rng.choice(["/nonexistent.csv", "/tmp", "/dev/null", "-", self.f["panel"], self.f["longsplit"]])

    def dates(self, path):
        if path not in self.date_cache:
            self.date_cache[path] = dates_of(path if os.path.isabs(path) else os.path.join(ROOT, path))
        return self.date_cache[path]

    def date_for(self, path, inside=0.8):
        ds = self.dates(path)
        if ds and self.rng.random() < (0.97 if self.rng.mild else inside):
            r = self.rng.random()
            if r < 0.15:
                return ds[0]
            if r < 0.3:
                return ds[-1]
            if r < 0.4:
                return ds[min(1, len(ds) - 1)]
            if r < 0.5:
                return ds[max(0, len(ds) - 2)]
            return self.rng.choice(ds)
        return self.rng.choice(BAD_DATES)

    def out_path(self, ext):
        r = self.rng.random()
        if r < 0.8:
            return os.path.join(self.scratch, "out%d.%s" % (self.rng.randrange(1 << 30), ext))
        return self.rng.choice(["/dev/null", "/dev/full", "/tmp", "/nonexistent-dir/x." + ext, "", self.scratch])

    def column_opts(self, path):
        opts = []
        if path.endswith("seatbelts.csv") and self.rng.random() < 0.8:
            opts += ["--column", self.rng.choice(["drivers", "front", "rear", "law", "PetrolPrice", "kms"])]
        elif path.endswith("turnover.csv") and self.rng.random() < 0.8:
            opts += ["--column", "turnover"]
        elif path.endswith("usincexp.csv") and self.rng.random() < 0.5:
            opts += ["--column", self.rng.choice(["income", "expenditure"])]
        elif path.endswith("multi.csv") and self.rng.random() < 0.7:
            opts += ["--column", self.rng.choice(["a", "b", "c"])]
        elif self.rng.random() < 0.06:
            opts += ["--column", self.rng.choice(["nosuch", "", "date", "value", "1"])]
        if self.rng.random() < 0.04:
            opts += ["--date-column", self.rng.choice(["date", "value", "nosuch", ""])]
        return opts

    def common_input_opts(self):
        opts = []
        if self.rng.random() < 0.08:
            opts += ["--frequency", int_value(self.rng, ["1", "4", "7", "12", "52", "365", "1000"])]
        if self.rng.random() < 0.1:
            opts += ["--fill"]
        return opts

    def format_opts(self, allowed=("table", "csv", "json", "markdown")):
        opts = []
        if self.rng.random() < 0.35:
            opts += ["--format", self.rng.choice(list(allowed) * 4 + ["xml", ""])]
        if self.rng.random() < 0.12:
            opts += ["-o", self.out_path("txt")]
        return opts

    def maybe_duplicate(self, opts):
        """Repeat one option pair (duplicate flags) or append a conflicting/unknown flag."""
        r = self.rng.random()
        if self.rng.mild:
            r = 1
        if r < 0.05 and len(opts) >= 2:
            i = self.rng.randrange(len(opts))
            if opts[i].startswith("--"):
                pair = opts[i:i + 2] if i + 1 < len(opts) and not opts[i + 1].startswith("--") else opts[i:i + 1]
                opts = opts + pair
        elif r < 0.07:
            opts = opts + [self.rng.choice(["--bogus", "--", "-x", "--help", "--version", "-h", "--horizon=3", "--=x"])]
        return opts

    # -- commands
    def forecast(self):
        rng = self.rng
        kind = choice_w(rng, [("plain", 40), ("xreg", 14), ("scenario", 14), ("conformal", 10), ("stream", 9),
                              ("save", 7), ("load", 6)])
        if kind == "stream":
            path = rng.choice([self.f["panel"], self.f["longsplit"], self.f["longhostile"], self.f["panel"]])
            opts = ["forecast", path]
            if rng.random() < 0.5:
                opts += ["--models", rng.choice(["ets,snaive", "naive", "auto", "", ",", "bogus", "naive,naive", "mean,drift,theta"])]
            if rng.random() < 0.4:
                opts += ["--columns", rng.choice(["almanac", "statsforecast", "x"])]
            if rng.random() < 0.3:
                opts += ["--errors", self.out_path("csv")]
            if rng.random() < 0.3:
                opts += ["--fallback", rng.choice(MODELS + ["bogus"])]
            if rng.random() < 0.2:
                opts += ["--trust-grouping"]
            if rng.random() < 0.3:
                opts += ["--long"]
            if rng.random() < 0.4:
                opts += ["--horizon", int_value(rng, ["1", "6", "12", "18"])]
            if rng.random() < 0.3:
                opts += ["--jobs", int_value(rng, ["1", "2"])]
            if rng.random() < 0.2:
                opts += ["--level", double_value(rng, ["80", "90", "99"])]
            if rng.random() < 0.15:
                opts += ["--intervals", "conformal"]
            if rng.random() < 0.15:
                opts += self.common_input_opts()
            if rng.random() < 0.1:
                opts += [rng.choice(["--annual", "--plot", "--save"])] + ([] if rng.random() < 0.3 else [self.out_path("svg")])
            opts += self.format_opts()
            stdin = None
            if rng.random() < 0.3:
                opts[1] = "-"
                stdin = path
            return self.maybe_duplicate(opts), stdin
        if kind == "load":
            model = rng.choice(["Models/airpassengers.json", "Models/usaccdeaths.json", "Models/russia-serbia-turnover.json",
                                self.f["model_bad"], self.f["model_empty"], self.f["model_trunc"], "/nonexistent.json", "/tmp"]
                               + self.saved * 2)
            opts = ["forecast", "--load", model]
            if rng.random() < 0.6:
                opts += ["--horizon", int_value(rng, ["1", "12", "18", "120", "1200"])]
            if rng.random() < 0.4:
                opts += ["--annual"]
            if rng.random() < 0.3:
                opts += ["--level", double_value(rng, ["50", "99.9"])]
            if rng.random() < 0.1:
                opts += ["--plot", self.out_path("svg")]
            if rng.random() < 0.05:
                opts += [rng.choice(["--log", "--save", "--intervals"]), rng.choice(["conformal", self.out_path("json")])]
            if rng.random() < 0.05:
                opts += [self.ds["air"]]
            opts += self.format_opts()
            return self.maybe_duplicate(opts), None
        path = self.input_file()
        if kind in ("xreg", "scenario"):
            path = rng.choice([self.ds["turnover"]] * 4 + [self.ds["air"], self.ds["nile"], self.ds["usincexp"]] +
                              [self.f[k] for k in ("constant", "three", "nan", "negative", "zeros", "huge99", "gaps", "quarterly")])
        opts = ["forecast", path] + self.column_opts(path) + (self.common_input_opts() if rng.random() < 0.5 else [])
        if kind in ("plain", "save", "conformal") and rng.random() < 0.7:
            opts += ["--model", rng.choice(MODELS + ["bogus", "ARIMA", ""])]
        if rng.random() < 0.5:
            opts += ["--horizon", int_value(rng, ["1", "2", "6", "12", "18", "24", "36", "120"])]
        for _ in range(choice_w(rng, [(0, 70), (1, 15), (2, 10), (3, 5)])):
            opts += ["--level", double_value(rng, ["50", "80", "90", "95", "99", "99.9"])]
        if rng.random() < 0.3:
            opts += ["--annual"]
        if rng.random() < 0.1:
            opts += ["--plot", self.out_path(rng.choice(["svg", "svg", "png"]))]
            if rng.random() < 0.5:
                opts += ["--events", rng.choice([self.f["events_bad"], self.f["events_outside"], self.f["events_empty"],
                                                 "Datasets/sanctions.csv", self.f["events_dup"], "/nonexistent"])]
        if rng.random() < 0.08:
            opts += ["--jobs", int_value(rng, ["1", "2", "64"])]
        if kind == "xreg":
            drivers = rng.choice(["Datasets/russia-serbia-drivers.csv"] * 4 + [self.f[k] for k in (
                "drivers_const", "drivers_short", "drivers_nan", "drivers_huge", "drivers_collinear", "drivers_future_only")]
                + [self.ds["usincexp"], "/nonexistent.csv"])
            opts += ["--xreg", drivers]
            if rng.random() < 0.6:
                opts += ["--xreg-columns", rng.choice(["oil,rub", "oil", "rub", "flat", "oil,flat", "a,b", "a", "", ",",
                                                       "oil,oil", "nosuch", "income", "expenditure", "date"])]
            if rng.random() < 0.4:
                opts += ["--log"]
            if rng.random() < 0.3:
                opts += ["--order", rng.choice(["1,1,1", "0,1,1,0,1,1", "2,0,0", "1,1,1,1,1,1", "10,2,10", "0,0,0",
                                                "11,0,0", "-1,0,0", "1,1", "a,b,c", "", "0,3,0,0,3,0", "5,1,5,2,1,2"])]
            if rng.random() < 0.2:
                opts += ["--scenario", self.scenario_spec(path)]
        if kind == "scenario":
            for _ in range(choice_w(rng, [(1, 60), (2, 25), (3, 10), (0, 5)])):
                opts += ["--scenario", self.scenario_spec(path)]
            if rng.random() < 0.2:
                opts += ["--scenarios", rng.choice([self.f[k] for k in ("scen_ok", "scen_bad", "scen_nan", "scen_dup", "scen_empty")]
                                                   + ["/nonexistent.csv"])]
            if rng.random() < 0.5:
                opts += ["--log"]
            if rng.random() < 0.2:
                opts += ["--order", rng.choice(["0,1,1,0,1,1", "1,0,0", "0,0,0", "1,1,1", "3,2,3"])]
            if rng.random() < 0.05:
                opts += ["--model", rng.choice(["ets", "arima", "auto"])]
        if kind == "conformal":
            opts += ["--intervals", rng.choice(["conformal"] * 5 + ["model", "bogus"])]
            if rng.random() < 0.5:
                opts += ["--conformal-origins", int_value(rng, ["1", "2", "4", "8", "50"])]
            if rng.random() < 0.4:
                opts += ["--conformal-step", int_value(rng, ["1", "3", "12", "100"])]
        if kind == "save":
            target = self.out_path("json")
            opts += ["--save", target]
        opts += self.format_opts()
        return self.maybe_duplicate(opts), None

    def scenario_spec(self, path):
        rng = self.rng
        name = rng.choice(["up", "down", "x", "", "a b", "x:y", "lifted", "é"])
        kind = rng.choice(["step", "pulse", "ramp"] * 3 + ["wobble", "", "STEP"])
        ds = self.dates(path)
        future = ["2027-01", "2026-10", "2026-12", "2028-06", "2030-01", "2099-01"]
        if ds and path.endswith(".csv"):
            last = ds[-1]
            future += [last]
        date = rng.choice(future) if rng.random() < 0.6 else self.date_for(path, inside=0.5)
        size = rng.choice(["0.1", "-0.15", "0", "1", "-1", "100", "1e300", "-1e300", "nan", "inf", "", "abc", "1e99",
                           "estimated@2025-10", "-estimated@2025-10", "estimated@2022-02", "estimated@2099-01",
                           "estimated@" + self.date_for(path, inside=0.8), "-estimated@", "estimated@abc"])
        r = rng.random()
        if r < 0.04:
            return ""
        if r < 0.08:
            return rng.choice(["up", "up:step", "up:step@2027-01", "up:step@=1", ":@=", "up:step@2027-01=1=2"])
        return "%s:%s@%s=%s" % (name, kind, date, size)

    def describe(self):
        path = self.input_file()
        opts = ["describe", path] + self.column_opts(path) + self.common_input_opts()
        if self.rng.random() < 0.4:
            opts += ["--acf-lags", int_value(self.rng, ["1", "5", "12", "48", "100", "1000"])]
        opts += self.format_opts()
        stdin = None
        if self.rng.random() < 0.05 and not path.startswith("/"):
            opts[1] = "-"
            stdin = path
        return self.maybe_duplicate(opts), stdin

    def breaks(self):
        rng = self.rng
        path = self.input_file()
        opts = ["breaks", path] + self.column_opts(path) + (self.common_input_opts() if rng.random() < 0.4 else [])
        if rng.random() < 0.5:
            opts += ["--regressors", rng.choice(["1", "trend", "season", "lag:1,12", "lag:1", "lag:0", "lag:-1", "lag:1000",
                                                 "lag:", "", "bogus", "season,trend", "lag:1,1", "lag:99999999999999999999"])]
        if rng.random() < 0.3:
            opts += ["--log"]
        for _ in range(choice_w(rng, [(0, 40), (1, 40), (2, 12), (3, 8)])):
            opts += ["--at", self.date_for(path)]
        if rng.random() < 0.15:
            opts += ["--events", rng.choice([self.f["events_bad"], self.f["events_outside"], self.f["events_empty"],
                                             self.f["events_dup"], self.f["events_edge"], "Datasets/sanctions.csv", "/nonexistent"])]
        if rng.random() < 0.2:
            opts += ["--max-breaks", int_value(rng, ["1", "2", "5", "10", "100"])]
        if rng.random() < 0.25:
            opts += ["--trim", double_value(rng, ["0.05", "0.1", "0.15", "0.25", "0.49", "0.01", "0.001"])]
        errors = "arima"
        if rng.random() < 0.4:
            errors = rng.choice(["arima", "iid", "iid", "bogus"])
            opts += ["--errors", errors]
        # Bootstrap: small by default so a run costs seconds; the limits are probed too.
        opts += ["--bootstrap", rng.choice(["19", "19", "19", "49", "99", "0", "18", "-1", "100001", "abc", ""])
                 if rng.random() < 0.9 else "19"]
        if rng.random() < 0.15:
            opts += ["--seed", rng.choice(["0", "1", "18446744073709551615", "18446744073709551616", "-1", "abc"])]
        if rng.random() < 0.2:
            opts += ["--hac"]
        if rng.random() < 0.08:
            opts += ["--plot", self.out_path(rng.choice(["svg", "png"]))]
        opts += self.format_opts()
        return self.maybe_duplicate(opts), None

    def impact(self):
        rng = self.rng
        path = self.input_file()
        opts = ["impact", path] + self.column_opts(path) + (self.common_input_opts() if rng.random() < 0.4 else [])
        if rng.random() < 0.96:
            opts += ["--at", self.date_for(path, inside=0.8)]
        if rng.random() < 0.04 or path.endswith(("seatbelts.csv", "usincexp.csv", "multi.csv")) and rng.random() < 0.5:
            opts += ["--controls", rng.choice(["rear", "front,rear", "kms", "law", "drivers", "", ",", "nosuch", "b", "c",
                                               "income", "expenditure", "value"])]
        model = "auto"
        if rng.random() < 0.35:
            model = rng.choice(["auto", "arima", "ets", "bogus"])
            opts += ["--model", model]
        if rng.random() < 0.2:
            if model != "arima" and rng.random() < 0.9:
                opts += ["--model", "arima"]
            opts += ["--order", rng.choice(["1,1,1", "0,1,1,0,1,1", "2,0,0", "0,0,0", "10,2,10", "-1,0,0", "1,1", "", "a,b,c",
                                            "99,0,0", "0,5,0", "0,0,0,0,3,0", "1,0,0,9,0,9"])]
        if rng.random() < 0.3:
            opts += ["--log"]
        if rng.random() < 0.2:
            opts += ["--level", double_value(rng, ["50", "80", "90", "99"])]
        if rng.random() < 0.25:
            opts += ["--intervention", rng.choice(["step", "pulse", "ramp", "step,pulse", "step,pulse,ramp", "none", "",
                                                   "step,step", "bogus", "NONE", ","])]
        if rng.random() < 0.2:
            opts += ["--simulations", int_value(rng, ["100", "1000", "4000", "100000"])]
        if rng.random() < 0.08:
            opts += ["--plot", self.out_path(rng.choice(["svg", "png"]))]
        opts += self.format_opts()
        return self.maybe_duplicate(opts), None

    def report(self):
        rng = self.rng
        path = self.input_file()
        opts = ["report", path] + self.column_opts(path) + (self.common_input_opts() if rng.random() < 0.4 else [])
        if rng.random() < 0.4:
            opts += ["--events", rng.choice([self.f["events_bad"], self.f["events_outside"], self.f["events_empty"],
                                             self.f["events_dup"], self.f["events_edge"], "Datasets/sanctions.csv", "/nonexistent"])]
        if rng.random() < 0.4:
            opts += ["--model", rng.choice(MODELS + ["bogus"])]
        if rng.random() < 0.3:
            opts += ["--horizon", int_value(rng, ["1", "12", "24", "1200"])]
        if rng.random() < 0.3:
            opts += ["--regressors", rng.choice(["1", "trend", "season", "lag:1,12", "lag:0", "bogus"])]
        if rng.random() < 0.25:
            opts += ["--log"]
        if rng.random() < 0.15:
            opts += ["--trim", double_value(rng, ["0.1", "0.25", "0.49"])]
        if rng.random() < 0.2:
            opts += ["--errors", rng.choice(["arima", "iid", "bogus"])]
        if rng.random() < 0.3:
            opts += ["--impact-at", self.date_for(path)]
        if rng.random() < 0.95:
            opts += ["-o", self.out_path("html")]
        return self.maybe_duplicate(opts), None

    def benchmark(self):
        rng = self.rng
        rolling = rng.random() < 0.45
        if rolling:
            path = self.input_file(0.5)
            opts = ["benchmark", path, "--windows", int_value(rng, ["1", "2", "3", "6", "20"])]
            if rng.random() < 0.5:
                opts += ["--step", int_value(rng, ["1", "3", "6", "12"])]
            if rng.random() < 0.5:
                opts += ["--horizon", int_value(rng, ["1", "6", "12", "18"])]
            opts += self.column_opts(path)
        else:
            path = rng.choice([self.f["longsplit"], self.f["longhostile"], "Datasets/m3-monthly.csv",
                               "Datasets/m3/m3-quarterly.csv", "Datasets/m3/m3-yearly.csv", "Datasets/m3/m3-other.csv",
                               self.f["panel"], self.ds["air"]])
            opts = ["benchmark", path]
            if path.startswith("Datasets/m3") or rng.random() < 0.4:
                opts += ["--limit", rng.choice(["1", "2", "3", "0", "-1", "abc"]) if path.startswith("Datasets/m3")
                         else int_value(rng, ["1", "2", "100"])]
            if rng.random() < 0.1:
                opts += ["--horizon", int_value(rng, ["6", "12"])]
        if rng.random() < 0.3:
            opts += ["--frequency", int_value(rng, ["1", "4", "12"])]
        models = rng.choice(["naive,snaive", "ets,theta", "mean", "naive2", "theta,dotm,ces", "arima", "auto", "all", "",
                             ",", "ets,,theta", "bogus", "naive,naive", " ets ", "ses", "combo"])
        if rng.random() < 0.9:
            opts += ["--models", models]
        if rng.random() < 0.1:
            opts += ["--jobs", int_value(rng, ["1", "2"])]
        if rng.random() < 0.2:
            opts += ["--forecasts", self.out_path("csv")]
        if rng.random() < 0.12:
            opts += ["--write-baseline", self.out_path("json")]
        if rng.random() < 0.12:
            opts += ["--baseline", rng.choice(["Benchmarks/m3/baseline-300.json", self.f["baseline_bad"], "/nonexistent.json",
                                               self.f["model_empty"]])]
            if rng.random() < 0.5:
                opts += ["--tolerance", double_value(rng, ["0", "0.01", "1", "1e300"])]
        if rng.random() < 0.12:
            opts += ["--intervals", "conformal"]
            if rng.random() < 0.5:
                opts += ["--conformal-origins", int_value(rng, ["1", "2", "4"])]
        if rng.random() < 0.3:
            opts += ["--format", rng.choice(["table", "csv", "json", "markdown", "bogus"])]
        if rng.random() < 0.1:
            opts += ["-o", self.out_path("txt")]
        return self.maybe_duplicate(opts), None

    def draw(self):
        self.rng.mild = False
        self.rng.mild = self.rng.random() < 0.55
        cmd = choice_w(self.rng, [("forecast", 38), ("describe", 12), ("breaks", 17), ("impact", 15), ("report", 6),
                                  ("benchmark", 12)])
        return cmd, getattr(self, cmd)()


# ----------------------------------------------------------------------------------------
# Classification

RUNTIME = re.compile(r"Fatal error|Illegal instruction|Segmentation fault|Stack dump|Current stack trace|"
                     r"Trace/breakpoint|Aborted|core dumped|Precondition failed|Assertion failed|Thread \d+ crashed|"
                     r"unexpectedly found nil|Index out of range|Unexpectedly found|Swift runtime failure")
NONFINITE = re.compile(r"(?<![A-Za-z_])(nan|-?inf|-?infinity|∞)(?![A-Za-z_])", re.IGNORECASE)
ZERO_WIDTH = re.compile(r"\d+%: ([-+]?[\d.,]+%?) (?:to|–) \1[);]")
NUMBER = re.compile(r"(?<![A-Za-z_\d.])[-+]?(?:\d[\d,]*\.?\d*|\.\d+)(?:[eE][-+]?\d+)(?![A-Za-z_\d])")


def walk_json(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk_json(v, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk_json(v, path + "[%d]" % i)
    else:
        yield path, obj


def silent_wrong(text):
    """The reason a successful output is wrong, or None."""
    # Names and labels the user chose could contain "nan"; our inputs do not.
    m = NONFINITE.search(text)
    if m:
        s = max(0, m.start() - 60)
        return "non-finite '%s' in: %s" % (m.group(0), text[s:m.end() + 20].replace("\n", "⏎").replace("\t", " "))
    for m in NUMBER.finditer(text):
        try:
            v = float(m.group(0).replace(",", ""))
        except ValueError:
            continue
        if abs(v) >= 1e250:
            s = max(0, m.start() - 60)
            return "absurd number %s in: %s" % (m.group(0), text[s:m.end() + 10].replace("\n", "⏎"))
    # A verdict resting on a zero-width interval ("95%: +7.0% to +7.0%) … significant") is a
    # fit without error variance, not a finding.
    for line in text.splitlines():
        m = ZERO_WIDTH.search(line)
        if m and "significant at" in line and "not significant" not in line[m.end():m.end() + 200]:
            return "verdict on a zero-width interval: %s" % line.strip()[:200]
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            doc = json.loads(stripped, parse_constant=lambda c: float("nan"))
        except ValueError:
            return "invalid JSON"
        for path, v in walk_json(doc):
            key = path.rsplit(".", 1)[-1].lower()
            if isinstance(v, float) and not math.isfinite(v):
                return "non-finite JSON value at %s" % path
            if isinstance(v, (int, float)) and not isinstance(v, bool) and ("p_value" in key or key in ("p", "pvalue")):
                if not (0 <= v <= 1):
                    return "p-value %s at %s" % (v, path)
    return None


def output_texts(args, scratch):
    """Texts the run wrote to files in the scratch directory (-o, --forecasts, --errors)."""
    texts = []
    for i, a in enumerate(args[:-1]):
        if a in ("-o", "--output", "--forecasts", "--errors", "--write-baseline"):
            p = args[i + 1]
            if p.startswith(scratch) and os.path.isfile(p):
                try:
                    with open(p, errors="replace") as f:
                        t = f.read(2_000_000)
                except OSError:
                    continue
                if p.endswith(".html"):
                    # Only the text between tags; the SVG paths hold coordinates, not answers.
                    t = re.sub(r"<svg.*?</svg>", " ", t, flags=re.S)
                    t = re.sub(r"<[^>]+>", " ", t)
                texts.append(t)
    return texts


def classify(rc, timed_out, out, err, args, scratch):
    if timed_out:
        return "hang", "timeout"
    if rc < 0 or rc >= 128:
        return "trap", "status %d" % rc
    m = RUNTIME.search(err)
    if m:
        return "runtime", m.group(0)
    if rc == 0:
        if any(a in ("--help", "-h", "--version") for a in args):
            return "ok", ""
        for t in [out] + output_texts(args, scratch):
            why = silent_wrong(t)
            if why:
                return "silent-wrong", why
        return "ok", ""
    lines = [l for l in err.splitlines() if l.strip() and not l.startswith("almanac: warning:")
             and not l.startswith("almanac: regression:")]
    if len(lines) != 1 or not lines[0].startswith("almanac: error: "):
        return "messy-error", "%d line(s): %s" % (len(lines), " ⏎ ".join(lines)[:200])
    return "refused", ""


# ----------------------------------------------------------------------------------------
# Runner


def run_one(binary, args, stdin_path, timeout, cwd):
    start = time.monotonic()
    stdin = open(stdin_path if os.path.isabs(stdin_path) else os.path.join(cwd, stdin_path), "rb") if stdin_path else subprocess.DEVNULL
    try:
        p = subprocess.Popen([binary] + args, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
        timed_out = False
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
    finally:
        if stdin_path:
            stdin.close()
    return p.returncode, timed_out, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), time.monotonic() - start


def tsv_field(s):
    return s.replace("\t", " ").replace("\n", "⏎").replace("\r", "")[:400]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--budget", type=float, default=25 * 60, help="stop drawing new runs after this many seconds")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release/almanac"))
    ap.add_argument("--tsv", default=os.path.join(ROOT, "Benchmarks/sweep/options.tsv"))
    ap.add_argument("--recheck", type=float, default=600, help="timeout of the rerun of a run that timed out (0: none)")
    ap.add_argument("--dry-run", action="store_true", help="print the command lines only")
    ap.add_argument("--only", default="", help="comma-separated classes to print in full at the end")
    ns = ap.parse_args()

    binary = os.path.abspath(ns.bin)
    if not os.access(binary, os.X_OK) and not ns.dry_run:
        sys.exit("option-combinations.py: %s is not executable; build it first" % binary)
    rng = SweepRandom(ns.seed)
    scratch = tempfile.mkdtemp(prefix="almanac-optsweep-")
    inputs = os.path.join(scratch, "in")
    os.makedirs(inputs)
    outs = os.path.join(scratch, "out")
    os.makedirs(outs)
    files = make_inputs(inputs, random.Random(ns.seed + 1))
    gen = Generator(rng, files, outs)
    # Models saved with --save (several model kinds) for the --load runs.
    for k, (data, model, extra) in enumerate([("Datasets/reference/airpassengers.csv", "ets", []),
                                               ("Datasets/reference/nile.csv", "theta", []),
                                               ("Datasets/reference/usaccdeaths.csv", "arima", []),
                                               (files["constant"], "naive", []), (files["three"], "mean", []),
                                               (files["quarterly"], "dotm", []), (files["negative"], "ces", []),
                                               ("Datasets/russia-serbia-turnover.csv", "combo", ["--column", "turnover"]),
                                               (files["huge99"], "auto", []), (files["indexed"], "sdrift", ["--frequency", "12"])]):
        target = os.path.join(inputs, "saved-%d-%s.json" % (k, model))
        run_one(binary, ["forecast", data, "--model", model, "--save", target] + extra, None, ns.timeout, ROOT)
        if os.path.isfile(target):
            gen.saved.append(target)
    if ns.dry_run:
        for cmd, (args, stdin_path) in (gen.draw() for _ in range(ns.runs)):
            print(shlex.join(args) + ((" < " + stdin_path) if stdin_path else ""))
        return
    # Draw every command line up front (deterministic whatever the timing), except that
    # --load also picks models saved by earlier runs: those are drawn from the fixed list only.
    plans = [gen.draw() for _ in range(ns.runs)]

    results = [None] * len(plans)
    lock = threading.Lock()
    started = time.monotonic()
    next_index = [0]

    def worker():
        while True:
            with lock:
                i = next_index[0]
                if i >= len(plans) or time.monotonic() - started > ns.budget:
                    return
                next_index[0] += 1
            cmd, (args, stdin_path) = plans[i]
            rc, timed_out, out, err, secs = run_one(binary, args, stdin_path, ns.timeout, ROOT)
            cls, why = classify(rc, timed_out, out, err, args, outs)
            first = next((l for l in err.splitlines() if l.strip()), "")
            results[i] = (i, cmd, cls, rc if not timed_out else "timeout", "%.2f" % secs, shlex.join(args)
                          + ((" < " + stdin_path) if stdin_path else ""), why, first)
            if cls in ("trap", "hang", "runtime", "silent-wrong"):
                print("[%d] %s %s: %s | %s" % (i, cls, shlex.join(args), why[:200], first[:200]), file=sys.stderr, flush=True)
            # Keep the directory small: delete what the run wrote (saved models are kept for --load).
            for a in args:
                if a.startswith(outs) and os.path.isfile(a) and not a.endswith(".json"):
                    try:
                        os.remove(a)
                    except OSError:
                        pass

    threads = [threading.Thread(target=worker) for _ in range(max(1, ns.jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # A run that hit the timeout is run again alone with a longer one: "slow" when it then
    # completes (its class is judged on that run), "hang" when it does not.
    for i, r in enumerate(results):
        if r is None or r[2] != "hang" or ns.recheck <= 0:
            continue
        cmd, (args, stdin_path) = plans[i]
        rc, timed_out, out, err, secs = run_one(binary, args, stdin_path, ns.recheck, ROOT)
        cls, why = classify(rc, timed_out, out, err, args, outs)
        if cls == "hang":
            why = "no answer within %gs nor %gs" % (ns.timeout, ns.recheck)
        elif cls in ("ok", "refused"):
            why = "completed in %.0fs on a recheck (status %d, %s)" % (secs, rc, cls)
            cls = "slow"
        first = next((l for l in err.splitlines() if l.strip()), "")
        results[i] = (i, cmd, cls, rc if not timed_out else "timeout", "%.2f" % secs, r[5], why, first)
    wall = time.monotonic() - started
    done = [r for r in results if r is not None]

    with open(ns.tsv, "w") as f:
        f.write("run\tcommand\tclass\tstatus\tseconds\targs\tdetail\tstderr_first_line\n")
        for r in done:
            # The scratch directory (hostile inputs in $T/in, outputs in $T/out) is named $T.
            f.write("\t".join(tsv_field(str(x).replace(scratch, "$T")) for x in r) + "\n")

    classes = ["trap", "hang", "runtime", "silent-wrong", "messy-error", "slow", "refused", "ok"]
    commands = ["forecast", "describe", "breaks", "impact", "report", "benchmark"]
    counts = {(c, k): 0 for c in commands for k in classes}
    for r in done:
        counts[(r[1], r[2])] += 1
    print("runs %d of %d drawn, seed %d, timeout %gs, %d jobs, wall %.0fs, binary %s" % (
        len(done), len(plans), ns.seed, ns.timeout, ns.jobs, wall, binary))
    print("| command | runs | " + " | ".join(classes) + " |")
    print("|---|---|" + "---|" * len(classes))
    for c in commands:
        n = sum(counts[(c, k)] for k in classes)
        print("| %s | %d | %s |" % (c, n, " | ".join(str(counts[(c, k)]) for k in classes)))
    tot = {k: sum(counts[(c, k)] for c in commands) for k in classes}
    print("| **all** | %d | %s |" % (len(done), " | ".join(str(tot[k]) for k in classes)))
    bad = [r for r in done if r[2] in ("trap", "hang", "runtime", "silent-wrong", "messy-error", "slow")]
    for r in bad:
        print(("%s\t%s\t%s\t%s\t%s" % (r[2], r[3], r[5], r[6][:200], r[7][:200])).replace(scratch, "$T"))
    shutil.rmtree(scratch, ignore_errors=True)
    sys.exit(1 if any(tot[k] for k in ("trap", "hang", "runtime", "silent-wrong")) else 0)


if __name__ == "__main__":
    main()
