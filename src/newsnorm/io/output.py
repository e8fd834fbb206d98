"""Writing JSONL: to stdout, or atomically (and resumably) to a file.

A file target is written as a hidden partial file beside it (``.NAME.partial``), with a small
checkpoint file (``.NAME.progress``) that says how many inputs the partial file covers and how
many of its bytes are whole. The partial file is moved into place only when the run completes,
so a killed or interrupted run never leaves a half file where a complete one is expected; and
``--resume`` continues from the last checkpoint, truncating anything written after it, so the
final file is byte-identical to an uninterrupted run's. A ``.gz`` target is compressed at the
end (with a fixed mtime, so output stays byte-identical between runs).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
from pathlib import Path
from typing import IO


class ResumeError(ValueError):
    """A partial output that cannot be resumed (other inputs or options, or damaged)."""


class JsonlWriter:
    def __init__(self, target: str | None, *, fingerprint: str = "", resume: bool = False,
                 errors: str | None = None) -> None:
        self.target = Path(target) if target else None
        self.fingerprint = fingerprint
        self.done_tasks = 0  # inputs covered by what is already written (when resuming)
        self.errors: IO[str] | None = None
        self._errors_path = Path(errors) if errors else None
        if self.target is None:
            self.stream: IO[bytes] = sys.stdout.buffer
            self.errors = open(errors, "w", encoding="utf-8") if errors else None  # noqa: SIM115
            return
        folder = self.target.parent
        self.partial = folder / f".{self.target.name}.partial"
        self.progress = folder / f".{self.target.name}.progress"
        state = self._resume_state() if resume else None
        if state is None:
            self.stream = open(self.partial, "wb")  # noqa: SIM115
            self.errors = open(errors, "w", encoding="utf-8") if errors else None  # noqa: SIM115
        else:
            self.done_tasks = state["tasks"]
            self.stream = _truncated(self.partial, state["bytes"], "r+b")
            if errors:
                self.errors = _truncated_text(Path(errors), state.get("errors_bytes", 0))

    def _resume_state(self) -> dict | None:
        if not (self.partial.exists() and self.progress.exists()):
            return None
        try:
            state = json.loads(self.progress.read_text(encoding="utf-8"))
            tasks, size = int(state["tasks"]), int(state["bytes"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ResumeError(f"{self.progress}: damaged checkpoint ({error}); "
                              "run again without --resume") from error
        if state.get("fingerprint") != self.fingerprint:
            raise ResumeError(f"{self.partial} was made from other inputs or options; "
                              "run again without --resume to start over")
        if self.partial.stat().st_size < size:
            raise ResumeError(f"{self.partial} is shorter than its checkpoint says")
        return {**state, "tasks": tasks, "bytes": size}

    def write(self, line: str) -> None:
        self.stream.write(line.encode("utf-8"))
        self.stream.write(b"\n")

    def write_error(self, line: str) -> None:
        if self.errors:
            self.errors.write(line + "\n")

    def checkpoint(self, tasks_done: int) -> None:
        """Record that the first ``tasks_done`` inputs are fully written (file targets only)."""
        if self.target is None:
            return
        self.stream.flush()
        os.fsync(self.stream.fileno())
        state = {"fingerprint": self.fingerprint, "tasks": self.done_tasks + tasks_done,
                 "bytes": self.stream.tell()}
        if self.errors:
            self.errors.flush()
            state["errors_bytes"] = self.errors.tell()
        temporary = self.progress.with_suffix(".tmp")
        temporary.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temporary, self.progress)

    def commit(self) -> None:
        """Finish the output: flush stdout, or move the complete file into place."""
        if self.errors:
            self.errors.close()
        if self.target is None:
            self.stream.flush()
            return
        self.stream.close()
        if self.target.name.endswith(".gz"):
            packed = self.partial.with_suffix(".gz-partial")
            with open(self.partial, "rb") as source, open(packed, "wb") as raw, \
                    gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as zipped:
                shutil.copyfileobj(source, zipped)
            os.replace(packed, self.target)
            self.partial.unlink()
        else:
            os.replace(self.partial, self.target)
        self.progress.unlink(missing_ok=True)

    def interrupt(self, tasks_done: int) -> None:
        """Stop early: keep the partial file and a checkpoint beside the target for --resume."""
        if self.target is None:
            self.stream.flush()
            if self.errors:
                self.errors.close()
            return
        self.checkpoint(tasks_done)
        self.stream.close()
        if self.errors:
            self.errors.close()


def _truncated(path: Path, size: int, mode: str) -> IO[bytes]:
    stream = open(path, mode)  # noqa: SIM115
    stream.truncate(size)
    stream.seek(size)
    return stream


def _truncated_text(path: Path, size: int) -> IO[str]:
    if not path.exists():
        path.touch()
    with open(path, "r+b") as raw:
        raw.truncate(size)
    return open(path, "a", encoding="utf-8")
