"""Reading bytes with a bound: plain and gzip files, never more than the size limit.

A gzip bomb or a 2 GB "article" is refused as too large after reading at most the limit plus
one chunk: nothing is ever read whole into memory before its size is known.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # decoded bytes per article (and per JSONL line)
CHUNK = 1024 * 1024


class ReadError(OSError):
    """An input that cannot be read; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def read_article(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
                 size: int | None = None) -> bytes:
    """The (decompressed) bytes of an article file, at most ``max_bytes`` of them.

    ``size``: the file's size when it was walked, if known; it saves asking the file again
    and is only a first guess (a file that changed since is still read whole, or refused).
    """
    try:
        if os.fspath(path).endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                return _bounded(stream.read, max_bytes)
        return _read_plain(path, max_bytes, size)
    except ReadError:
        raise
    except FileNotFoundError as error:
        raise ReadError("vanished", "the file disappeared before it was read") from error
    except IsADirectoryError as error:
        raise ReadError("not-a-regular-file", "a folder, not a file") from error
    except PermissionError as error:
        raise ReadError("unreadable", "permission denied") from error
    except (gzip.BadGzipFile, zlib.error, EOFError) as error:
        raise ReadError("bad-gzip", f"not a whole gzip stream: {error}") from error
    except OSError as error:
        raise ReadError("unreadable", error.strerror or str(error)) from error


def _read_plain(path: str | Path, max_bytes: int, size: int | None) -> bytes:
    # Through the file descriptor, not open(): a buffered file object costs more to set up and
    # tear down than reading a typical article (7.6 -> 3.0 µs per file; 1.8 µs when the walk's
    # size spares the fstat). A folder opens but refuses the read with IsADirectoryError, as
    # open() would have refused it.
    descriptor = os.open(path, os.O_RDONLY)
    try:
        if size is None:
            size = os.fstat(descriptor).st_size
        return _bounded(partial(os.read, descriptor), max_bytes, size)
    finally:
        os.close(descriptor)


def _bounded(read: Callable[[int], bytes], max_bytes: int, expected: int = CHUNK) -> bytes:
    """At most ``max_bytes`` through ``read`` (a stream's or a descriptor's: up to n bytes, b""
    at the end), or ReadError("too-large").

    ``read(n)`` allocates ``n`` bytes up front, so asking for the limit (20 MB) every time cost
    more than reading a typical article; the first read asks for the size the file reports
    (plus one, to see the end), and only a stream that keeps going is read on, chunk by chunk.
    """
    chunks = [read(min(expected, max_bytes) + 1)]
    total = len(chunks[0])
    # Exactly the reported size, and nothing past it: the whole file. Otherwise (it grew, it
    # reports no size, or a read came back short) read on to the end, up to the limit + 1.
    while total != expected and total <= max_bytes:
        more = read(min(CHUNK, max_bytes + 1 - total))
        if not more:
            break
        chunks.append(more)
        total += len(more)
    if total > max_bytes:
        raise ReadError("too-large", f"over the {max_bytes}-byte limit (--max-bytes)")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_lines(path: Path, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, line bytes)`` of a plain or gzip file; ``None`` for a line over the
    limit, which is skipped over in chunks rather than held in memory."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as stream:
        number = 0
        while True:
            raw = stream.readline(max_bytes + 1)
            if not raw:
                return
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):
                    raw = stream.readline(CHUNK)
                yield number, None
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield number, raw.rstrip(b"\r\n")
