"""Locating and running the ``almanac`` binary."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Optional, Sequence

__all__ = ["AlmanacError", "find_binary", "run"]


class AlmanacError(RuntimeError):
    """The CLI failed; ``message`` is its ``almanac: error: …`` line, ``returncode`` its exit code."""

    def __init__(self, message: str, returncode: int = 1, stderr: str = ""):
        super().__init__(message)
        self.message = message
        self.returncode = returncode
        self.stderr = stderr


def _executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def find_binary(binary: Optional[str] = None) -> str:
    """The almanac binary: ``binary`` if given, else ``$ALMANAC_BIN``, else ``almanac`` on
    PATH, else ``.build/release/almanac`` of the repository this package lives in (or of
    the current directory or one of its parents)."""
    if binary:
        if not _executable(Path(binary)):
            raise AlmanacError(f"{binary}: not an executable file")
        return str(binary)
    env = os.environ.get("ALMANAC_BIN")
    if env:
        if not _executable(Path(env)):
            raise AlmanacError(f"ALMANAC_BIN={env}: not an executable file")
        return env
    on_path = shutil.which("almanac")
    if on_path:
        return on_path
    starts = [Path(__file__).resolve().parent, Path.cwd().resolve()]
    for start in starts:
        for folder in [start, *start.parents]:
            candidate = folder / ".build" / "release" / "almanac"
            if _executable(candidate):
                return str(candidate)
    raise AlmanacError(
        "almanac binary not found: set ALMANAC_BIN, put almanac on PATH, "
        "or build the repository with `swift build -c release`"
    )


def error_message(stderr: str, returncode: int) -> str:
    """The CLI's own error line(s), without the ``almanac: error:`` prefix."""
    lines = [l for l in stderr.splitlines() if l.startswith("almanac: error:")]
    if lines:
        return "\n".join(l[len("almanac: error:"):].strip() for l in lines)
    rest = stderr.strip()
    return rest or f"almanac exited with status {returncode}"


def run(args: Sequence[str], input: Optional[bytes] = None, binary: Optional[str] = None) -> bytes:
    """Runs ``almanac ARGS`` and returns its standard output; raises ``AlmanacError`` with
    the CLI's message when it fails."""
    exe = find_binary(binary)
    proc = subprocess.run([exe, *args], input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", "replace")
        raise AlmanacError(error_message(stderr, proc.returncode), proc.returncode, stderr)
    return proc.stdout
