"""Spark front end: the same binary, once per partition.

``forecast(spark_df, h=12, models=["ets"])`` repartitions the rows by series (few large
partitions: by default one per core of the cluster), sorts each partition by series and
date, and runs ``almanac forecast - --columns statsforecast`` once per partition through
``mapInArrow``: Arrow batches from the JVM are written as CSV to the binary's standard
input by a C++ writer on a feeding thread, while its standard output is parsed
incrementally by Arrow's streaming CSV reader and handed back batch by batch. No Python
code runs per row, and a partition never has to fit in memory.

The binary reaches the executors with ``SparkContext.addFile`` (build it with
``make dist``; it needs the system OpenBLAS/LAPACK libraries on every executor:
``apt-get install libopenblas0 liblapack3``), or pass ``ship_binary=False`` when it is
installed on the executors (``binary`` is then the path there, or ``almanac`` on PATH).
"""
from __future__ import annotations

import os
import stat
import subprocess
import tempfile
import threading
from typing import Iterator, Optional, Sequence, Tuple

import pyarrow as pa
import pyarrow.csv as pacsv

from . import _frames
from ._binary import AlmanacError, error_message, find_binary

__all__ = ["forecast"]

ERROR_COLUMNS = ["_error_model", "_error_reason", "_error_fallback"]


def _partition_runner(exe: str, shipped: Optional[str], args: Sequence[str], columns: Sequence[str],
                      out_schema: pa.Schema):
    read_options, convert_options = _frames.read_options(columns)

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        first = next(batches, None)
        while first is not None and first.num_rows == 0:
            first = next(batches, None)
        if first is None:
            return  # an empty partition: nothing to forecast
        path = exe
        if shipped is not None:
            from pyspark import SparkFiles
            path = SparkFiles.get(shipped)
            mode = os.stat(path).st_mode
            if not mode & stat.S_IXUSR:
                os.chmod(path, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        with tempfile.TemporaryDirectory(prefix="almanac-spark-") as tmp:
            errors_path = os.path.join(tmp, "errors.csv")
            proc = subprocess.Popen([path, *args, "--errors", errors_path], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=1 << 20)
            feed_error = []
            stderr_chunks = []

            def feed():
                try:
                    # unique_id, ds (text) and y (double, or text as the user gave it).
                    with pacsv.CSVWriter(proc.stdin, first.schema,
                                         write_options=pacsv.WriteOptions(quoting_style="needed")) as w:
                        w.write_batch(first)
                        for b in batches:
                            if b.num_rows:
                                w.write_batch(b)
                except (BrokenPipeError, OSError) as e:  # the binary stopped early: its stderr says why
                    feed_error.append(e)
                except BaseException as e:  # noqa: BLE001 - re-raised on the task thread
                    feed_error.append(e)
                finally:
                    try:
                        proc.stdin.close()
                    except OSError:
                        pass

            def drain_stderr():
                stderr_chunks.append(proc.stderr.read())

            feeder = threading.Thread(target=feed, daemon=True)
            drainer = threading.Thread(target=drain_stderr, daemon=True)
            feeder.start()
            drainer.start()
            nulls = [pa.nulls(0, pa.string())] * len(ERROR_COLUMNS)
            try:
                reader = pacsv.open_csv(proc.stdout, read_options=read_options, convert_options=convert_options)
                for batch in reader:
                    n = batch.num_rows
                    if n == 0:
                        continue
                    if len(nulls[0]) != n:
                        nulls = [pa.nulls(n, pa.string())] * len(ERROR_COLUMNS)
                    yield pa.RecordBatch.from_arrays(list(batch.columns) + nulls, schema=out_schema)
            except pa.ArrowInvalid:
                if proc.wait() == 0:
                    raise
            feeder.join()
            rc = proc.wait()
            drainer.join()
            for e in feed_error:
                if not isinstance(e, OSError):
                    raise e
            if rc != 0:
                stderr = b"".join(stderr_chunks).decode("utf-8", "replace")
                raise AlmanacError(error_message(stderr, rc), rc, stderr)
            # The error file: one row per failed fit or unreadable series, with ds null.
            errors = pacsv.read_csv(errors_path, convert_options=pacsv.ConvertOptions(
                column_types={c: pa.string() for c in ["series", "model", "reason", "fallback"]},
                strings_can_be_null=False))
            if errors.num_rows:
                n = errors.num_rows
                arrays = [errors.column("series").combine_chunks(), pa.nulls(n, pa.string())]
                arrays += [pa.nulls(n, pa.float64()) for _ in columns]
                arrays += [errors.column(c).combine_chunks() for c in ["model", "reason", "fallback"]]
                yield pa.RecordBatch.from_arrays(arrays, schema=out_schema)

    return run


def forecast(spark_df, h: int, models: Sequence[str] = ("auto",), level: Optional[Sequence[float]] = None,
             freq: Optional[str] = None, season_length: Optional[int] = None,
             fallback_model: Optional[str] = "snaive", id_col: str = "unique_id", time_col: str = "ds",
             target_col: str = "y", num_partitions: Optional[int] = None, binary: Optional[str] = None,
             ship_binary: bool = True, jobs_per_task: int = 1, with_errors: bool = False):
    """Forecasts every series of ``spark_df`` with the almanac binary on the executors.

    Returns a Spark DataFrame in statsforecast's ``forecast()`` layout (``unique_id, ds,
    <Model>, <Model>-lo-95, …``; see ``almanac.Almanac``), or with ``with_errors=True`` the
    pair ``(forecasts, errors)``, ``errors`` having one row ``series, model, reason,
    fallback`` per failed fit or unreadable series. Both are read from one persisted
    result, so using both runs the forecasts once. A series that cannot be fitted gets ``fallback_model`` (then
    naive, then mean) and never fails the job.

    ``num_partitions``: partitions (each one binary process), default the cluster's
    default parallelism; ``jobs_per_task``: threads of each binary (match
    ``spark.task.cpus``).
    """
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    if h < 1:
        raise ValueError("h must be at least 1")
    models = _frames.normalise_models(models)
    levels = sorted(level) if level else []
    cli_levels = levels or [80]
    columns = _frames.output_columns(models, cli_levels)
    spark = spark_df.sparkSession
    sc = spark.sparkContext

    if ship_binary:
        exe = find_binary(binary)
        shipped = os.path.basename(exe)
        sc.addFile(exe)
    else:
        exe, shipped = binary or "almanac", None

    fields = {f.name: f.dataType for f in spark_df.schema.fields}
    for c in (id_col, time_col, target_col):
        if c not in fields:
            raise KeyError(f"spark_df has no column {c!r}")
    ds_type = fields[time_col]
    # Dates stay dates through the shuffle and sort (4 bytes, not a string); Arrow's CSV
    # writer prints them as YYYY-MM-DD for the binary.
    if isinstance(ds_type, (T.TimestampType, getattr(T, "TimestampNTZType", T.TimestampType))):
        ds_text = F.to_date(F.col(time_col))
    elif isinstance(ds_type, T.DateType):
        ds_text = F.col(time_col)
    elif isinstance(ds_type, (T.IntegerType, T.LongType, T.ShortType, T.ByteType, T.StringType)):
        ds_text = F.col(time_col).cast("string")
    else:
        raise TypeError(f"{time_col} must be a date, timestamp, integer or string column, not {ds_type}")
    target = F.col(target_col) if isinstance(fields[target_col], T.StringType) else F.col(target_col).cast("double")

    prepared = spark_df.select(F.col(id_col).cast("string").alias("unique_id"), ds_text.alias("ds"),
                               target.alias("y"))
    n = num_partitions or sc.defaultParallelism
    prepared = prepared.repartition(n, "unique_id").sortWithinPartitions("unique_id", "ds")

    out_fields = [T.StructField("unique_id", T.StringType()), T.StructField("ds", T.StringType())]
    out_fields += [T.StructField(c, T.DoubleType()) for c in columns]
    out_fields += [T.StructField(c, T.StringType()) for c in ERROR_COLUMNS]
    out_schema = T.StructType(out_fields)
    arrow_schema = pa.schema([("unique_id", pa.string()), ("ds", pa.string())]
                             + [(c, pa.float64()) for c in columns]
                             + [(c, pa.string()) for c in ERROR_COLUMNS])
    # Each partition is sorted by series, so its rows are grouped by construction: the
    # binary can skip the grouping check and its table of names.
    args = _frames.cli_args(models, h, cli_levels, season_length, fallback_model, jobs_per_task)
    args.append("--trust-grouping")
    # The input has string y when the user's column is text: the CLI then reports bad cells.
    runner = _partition_runner(exe, shipped, args, columns, arrow_schema)
    raw = prepared.mapInArrow(runner, out_schema)

    keep = columns if levels else [_frames.MODEL_NAMES[m] for m in models]
    ds_back = F.col("ds")
    if isinstance(ds_type, T.DateType):
        ds_back = F.to_date("ds")
    elif isinstance(ds_type, (T.TimestampType, getattr(T, "TimestampNTZType", T.TimestampType))):
        ds_back = F.to_timestamp("ds").cast(ds_type)
    elif not isinstance(ds_type, T.StringType):
        ds_back = F.col("ds").cast(ds_type)
    if freq and freq.upper() in ("M", "ME", "BM", "BME"):
        ds_back = F.last_day(ds_back).cast(ds_type) if not isinstance(ds_type, T.StringType) else ds_back
    if with_errors:
        raw = raw.persist()
    forecasts = raw.filter(F.col("ds").isNotNull()).select(
        F.col("unique_id").cast(fields[id_col]).alias(id_col), ds_back.alias(time_col),
        *[F.col(f"`{c}`") for c in keep])
    if not with_errors:
        return forecasts
    errors = raw.filter(F.col("_error_reason").isNotNull()).select(
        F.col("unique_id").alias("series"), F.col("_error_model").alias("model"),
        F.col("_error_reason").alias("reason"), F.col("_error_fallback").alias("fallback"))
    return forecasts, errors
