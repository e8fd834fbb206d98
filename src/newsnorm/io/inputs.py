"""Finding inputs: walk folders in sorted order, and turn each file or JSONL line into a task.

Articles are ``.txt`` and ``.txt.gz`` files; ``.jsonl`` (and ``.jsonl.gz``) files hold one
``{"text": ...}`` object per line. Tasks are small and picklable so that worker processes can
read and decode the files themselves: the walk never holds file contents.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from newsnorm.io.read import DEFAULT_MAX_BYTES, read_lines

ARTICLE_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class FileTask:
    """An article file, read and decoded by whichever process cleans it."""

    path: str  # filesystem path to open
    display: str  # path as recorded: under the ingested root, POSIX separators
    size: int = 0  # bytes on disk when walked: how the runner sizes its chunks


@dataclass(frozen=True)
class TextTask:
    """One line of a JSONL input, already parsed."""

    text: str
    display: str
    input_id: str | None = None
    reference_date: date | None = None


@dataclass(frozen=True)
class Failure:
    """An input that cannot become a record: reported, never skipped silently."""

    path: str
    reason: str
    detail: str

    def as_json(self) -> str:
        return json.dumps({"path": self.path, "reason": self.reason, "detail": self.detail},
                          ensure_ascii=False)


Task = FileTask | TextTask | Failure


@dataclass
class WalkStats:
    ignored: int = 0  # files under a folder that are not articles (counted, not reported)
    max_bytes: int = DEFAULT_MAX_BYTES  # longest JSONL line read
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)


def is_article(name: str) -> bool:
    return name.endswith(ARTICLE_SUFFIXES)


def is_jsonl(name: str) -> bool:
    return name.endswith(JSONL_SUFFIXES)


def iter_tasks(paths: list[str], stats: WalkStats | None = None) -> Iterator[Task]:
    """Every task for the given paths, in a stable order (arguments as given, folders sorted)."""
    stats = stats or WalkStats()
    for given in paths:
        root = str(Path(given))  # normalized once ("raw/" and "./raw" are "raw")
        try:
            info = os.stat(root)
        except FileNotFoundError:
            kind = "broken-symlink" if os.path.islink(root) else "not-found"
            yield Failure(_posix(given), kind, "no such file or folder")
            continue
        except OSError as error:
            yield Failure(_posix(given), "unreadable", error.strerror or str(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(root, stats)
        else:
            yield from _file_tasks(root, _posix(given), info, stats, explicit=True)


def _walk(root: str, stats: WalkStats) -> Iterator[Task]:
    """Depth-first in name order, with a stack of name iterators rather than recursion:
    a very deep tree must not exhaust the call stack.

    Paths are plain strings (a folder's path and its display path under the root): a million
    files should not each pay for pathlib objects."""
    stack = [(root, "", iter((yield from _entries(root, "", stats))))]
    while stack:
        folder, shown, names = stack[-1]
        name = next(names, None)
        if name is None:
            stack.pop()
            continue
        path = os.path.join(folder, name)
        display = f"{shown}/{name}" if shown else name
        try:
            info = os.stat(path)
        except FileNotFoundError:
            if is_article(name) or is_jsonl(name):
                yield Failure(display, "broken-symlink", "link to nothing")
            else:
                stats.ignored += 1
            continue
        except OSError as error:
            yield Failure(display, "unreadable", error.strerror or str(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            stack.append((path, display, iter((yield from _entries(path, display, stats)))))
        elif is_article(name) or is_jsonl(name):
            yield from _file_tasks(path, display, info, stats, explicit=False)
        else:
            stats.ignored += 1


def _entries(folder: str, shown: str, stats: WalkStats):
    """Sorted names in a folder not seen before (symlink cycles are walked once). Only names
    are held, so a flat folder of a million files costs its name list, nothing more."""
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in stats.seen_dirs:
            return []
        stats.seen_dirs.add(key)
        return sorted(os.listdir(folder))
    except OSError as error:
        yield Failure(shown or ".", "unreadable", error.strerror or str(error))
        return []


def _file_tasks(path: str, display: str, info: os.stat_result, stats: WalkStats, *,
                explicit: bool) -> Iterator[Task]:
    if not stat.S_ISREG(info.st_mode):
        # FIFOs, sockets and devices are never opened: reading a FIFO would hang the run.
        yield Failure(display, "not-a-regular-file", "a FIFO, socket or device, not a file")
    elif is_jsonl(path):
        yield from _jsonl_tasks(Path(path), display, stats.max_bytes)
    else:
        # An explicitly named file is an article whatever its suffix: the user asked for it.
        yield FileTask(path, display, info.st_size)


def _jsonl_tasks(path: Path, display: str, max_bytes: int) -> Iterator[Task]:
    try:
        for number, raw in read_lines(path, max_bytes):
            yield _parse_jsonl_line(raw, display, number)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        yield Failure(display, "bad-gzip", f"not a whole gzip stream: {error}")
    except OSError as error:
        yield Failure(display, "unreadable", error.strerror or str(error))


def _parse_jsonl_line(raw: bytes | None, display: str, number: int) -> Task:
    where = f"{display}:{number}"
    if raw is None:
        return Failure(where, "too-large", "line over the size limit (--max-bytes)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return Failure(where, "invalid-encoding", f"not valid UTF-8: {error.reason}")
    if not line.strip():
        return Failure(where, "blank-line", "blank line in JSONL input")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        return Failure(where, "bad-json", error.msg)
    if not isinstance(obj, dict):
        return Failure(where, "not-an-object", f"a JSON {type(obj).__name__}, not an object")
    text = obj.get("text")
    if not isinstance(text, str):
        return Failure(where, "missing-text", '"text" is missing or not a string')
    reference = obj.get("reference_date")
    try:
        reference_date = date.fromisoformat(reference) if reference is not None else None
    except (TypeError, ValueError):
        return Failure(where, "bad-reference-date", f"not a YYYY-MM-DD date: {reference!r}")
    input_id = obj.get("id")
    path = obj.get("path")
    return TextTask(
        text=text,
        display=path if isinstance(path, str) and path else where,
        input_id=None if input_id is None else str(input_id),
        reference_date=reference_date,
    )


def _posix(given: str) -> str:
    return Path(given).as_posix()
