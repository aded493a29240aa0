"""The CLI's streaming batch mode, the engine under the Python and Spark front ends."""
import os
import select
import subprocess
import threading
import time

import pyarrow as pa
import pyarrow.csv as pacsv
import pytest

from helpers import synthetic_panel


def csv_bytes(df) -> bytes:
    table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.set_column(1, "ds", table.column("ds").cast(pa.timestamp("s")).cast(pa.date32()))
    sink = pa.BufferOutputStream()
    pacsv.write_csv(table, sink, write_options=pacsv.WriteOptions(quoting_style="needed"))
    return sink.getvalue().to_pybytes()


@pytest.fixture(scope="module")
def panel_csv():
    return csv_bytes(synthetic_panel(3000, seed=11))


def test_jobs_do_not_change_the_output(panel_csv, run_cli):
    args = ["forecast", "-", "--models", "snaive,theta", "--horizon", "12", "--columns", "statsforecast"]
    one = run_cli(args + ["--jobs", "1"], input=panel_csv).stdout
    two = run_cli(args + ["--jobs", "2"], input=panel_csv).stdout
    assert one == two
    lines = one.decode().splitlines()
    assert lines[0] == ("unique_id,ds,SeasonalNaive,SeasonalNaive-lo-95,SeasonalNaive-lo-80,SeasonalNaive-hi-80,"
                        "SeasonalNaive-hi-95,Theta,Theta-lo-95,Theta-lo-80,Theta-hi-80,Theta-hi-95")
    assert len(lines) == 1 + 3000 * 12
    assert [l.split(",")[0] for l in lines[1::12]] == [f"S{i:06d}" for i in range(3000)]


def test_first_forecasts_come_before_the_input_ends(binary, panel_csv):
    header, *rows = panel_csv.decode().splitlines(keepends=True)
    proc = subprocess.Popen([binary, "forecast", "-", "--model", "snaive", "--horizon", "3", "--jobs", "2"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # A tenth of the rows, and standard input stays open (written from a thread: the
        # output of those rows may fill the pipe before we read it).
        first = threading.Thread(target=lambda: (proc.stdin.write((header + "".join(rows[: len(rows) // 10])).encode()),
                                                  proc.stdin.flush()))
        first.start()
        seen = b""
        deadline = time.time() + 30
        while seen.count(b"\n") < 2 and time.time() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 0.5)
            if ready:
                seen += proc.stdout.read1(1 << 16)
        assert seen.startswith(b"series,date,mean,lo80,hi80,lo95,hi95\nS000000,"), seen[:200]
        assert proc.poll() is None  # still waiting for the rest of the input
        def finish():
            first.join()
            proc.stdin.write("".join(rows[len(rows) // 10:]).encode())
            proc.stdin.close()
        second = threading.Thread(target=finish)
        second.start()
        rest = proc.stdout.read()
        second.join()
        assert proc.wait() == 0
        assert (seen + rest).count(b"\n") == 1 + 3000 * 3
    finally:
        proc.kill()
        proc.wait()


def test_a_series_resuming_later_is_an_error_unless_grouping_is_trusted(run_cli):
    data = b"unique_id,ds,y\na,1,1\na,2,2\nb,1,5\nb,2,6\na,3,3\n"
    proc = run_cli(["forecast", "-", "--model", "naive", "--horizon", "1"], input=data, check=False)
    assert proc.returncode == 65
    assert b"rows of series 'a' resume here after other series" in proc.stderr
    assert b"--trust-grouping" in proc.stderr
    # What was read before the error is written.
    assert proc.stdout.decode().splitlines()[1:] and proc.stdout.decode().splitlines()[1].startswith("a,3,2")
    trusted = run_cli(["forecast", "-", "--model", "naive", "--horizon", "1", "--trust-grouping", "--errors", "/dev/null"],
                      input=data)
    assert [l.split(",")[0] for l in trusted.stdout.decode().splitlines()[1:]] == ["a", "b", "a"]


def test_errors_file_and_fallbacks(run_cli, tmp_path):
    data = (b"series,split,t,value\nx,train,1,5\nx,train,2,6\nx,train,3,8\n"
            b"y,train,1,1\ny,train,2,huh\nz,train,1,NA\nz,train,2,NA\n")
    out, errors = tmp_path / "out.csv", tmp_path / "errors.csv"
    run_cli(["forecast", "-", "--model", "ets", "--fallback", "drift", "--horizon", "2", "--level", "90",
             "-o", str(out), "--errors", str(errors)], input=data)
    assert not (tmp_path / "out.csv.partial").exists()
    lines = out.read_text().splitlines()
    # x: too short for ETS, so drift: 8 + 1.5 h; y: unreadable, no rows; z: nothing fits, NA.
    assert lines[0] == "series,date,mean,lo90,hi90"
    assert lines[1].startswith("x,4,9.5,") and lines[2].startswith("x,5,11,")
    assert lines[3:] == ["z,3,NA,NA,NA", "z,4,NA,NA,NA"]
    lines = errors.read_text().splitlines()
    assert lines[0] == "series,model,reason,fallback"
    assert lines[1].startswith("x,ets,") and lines[1].endswith(",drift")
    assert lines[2].startswith("y,,") and "'huh'" in lines[2] and lines[2].endswith(",none")
    assert lines[3].startswith("z,ets,") and lines[3].endswith(",none (NA)")
    assert len(lines) == 4


def test_special_output_files_are_written_in_place(run_cli):
    data = b"unique_id,ds,y\na,1,1\na,2,2\nb,1,x\n"
    run_cli(["forecast", "-", "--model", "naive", "--horizon", "1", "-o", "/dev/null", "--errors", "/dev/null"], input=data)
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
    assert not os.path.exists("/dev/null.partial")


def test_wide_csv_on_standard_input_keeps_the_single_series_path(run_cli):
    out = run_cli(["forecast", "-", "--model", "naive", "--horizon", "2", "--format", "csv"],
                  input=b"date,sales\n2020-01,1\n2020-02,2\n2020-03,3\n").stdout.decode()
    assert out.splitlines()[0] == "date,mean,lo80,hi80,lo95,hi95"
    assert out.splitlines()[1].startswith("2020-04,3,")
