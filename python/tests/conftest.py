"""Shared fixtures: the binary under test, the repository root, one Spark session."""
import subprocess
from pathlib import Path

import pytest

import almanac

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def binary() -> str:
    # ALMANAC_BIN, PATH, or this repository's release build: never a skip, the tests need it.
    return almanac.find_binary()


@pytest.fixture(scope="session")
def run_cli(binary):
    def run(args, input=None, check=True):
        proc = subprocess.run([binary, *args], input=input, capture_output=True)
        if check and proc.returncode != 0:
            raise AssertionError(f"almanac {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode()}")
        return proc
    return run


@pytest.fixture(scope="session")
def spark():
    from pyspark.sql import SparkSession
    session = (SparkSession.builder.master("local[2]").appName("almanac-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100000")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
