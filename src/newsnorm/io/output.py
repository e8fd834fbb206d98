"""Writing JSONL: to stdout, or atomically to a file (plain or gzip).

A file target is written to a temporary file beside it and renamed into place only when the run
completes, so an interrupted run never leaves a half file where a complete one is expected.
"""

from __future__ import annotations

import gzip
import os
import sys
import tempfile
from pathlib import Path
from typing import IO


class JsonlWriter:
    def __init__(self, target: str | None) -> None:
        self.target = Path(target) if target else None
        self._temp: Path | None = None
        self._raw: IO[bytes] | None = None
        self.stream: IO[bytes]
        if self.target is None:
            self.stream = sys.stdout.buffer
            return
        directory = self.target.parent if str(self.target.parent) else Path(".")
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".partial",
                                    dir=directory)
        self._temp = Path(name)
        self._raw = os.fdopen(fd, "wb")
        if self.target.name.endswith(".gz"):
            # mtime=0 keeps gzip output byte-identical between runs.
            self.stream = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0)
        else:
            self.stream = self._raw

    def write(self, line: str) -> None:
        self.stream.write(line.encode("utf-8"))
        self.stream.write(b"\n")

    def commit(self) -> None:
        """Finish the output: flush stdout, or move the temporary file into place."""
        if self.target is None:
            self.stream.flush()
            return
        self.stream.close()
        if self._raw is not None and self._raw is not self.stream:
            self._raw.close()
        assert self._temp is not None
        os.replace(self._temp, self.target)
        self._temp = None

    def abort(self) -> None:
        """Drop a file target's partial output (the target itself is left as it was)."""
        if self.target is None or self._temp is None:
            return
        try:
            self.stream.close()
            if self._raw is not None:
                self._raw.close()
        finally:
            self._temp.unlink(missing_ok=True)
            self._temp = None
