"""Bounded reads: a file is read by the size it reports, but never trusted to keep it."""

from __future__ import annotations

import io

import pytest

from newsnorm.io.read import ReadError, _bounded, read_article


@pytest.mark.parametrize("expected", [0, 10, 100, 10_000])
def test_whatever_size_is_reported_the_whole_stream_is_read(expected: int) -> None:
    # 0 is what /proc files report; 10 is a file that grew after it was stat'ed.
    data = bytes(range(256)) * 4
    assert _bounded(io.BytesIO(data).read, 10_000, expected) == data


@pytest.mark.parametrize("expected", [0, 10, 1024, 5000])
def test_a_stream_over_the_limit_is_refused(expected: int) -> None:
    with pytest.raises(ReadError) as error:
        _bounded(io.BytesIO(b"x" * 1025).read, 1024, expected)
    assert error.value.reason == "too-large"


def test_a_stream_of_exactly_the_limit_is_read() -> None:
    assert _bounded(io.BytesIO(b"x" * 1024).read, 1024, 0) == b"x" * 1024


def test_a_proc_file_that_reports_size_zero_is_read_whole() -> None:
    path = "/proc/self/status"
    try:
        open(path, "rb").close()
    except OSError:
        pytest.skip("no /proc here")
    assert b"Name:" in read_article(path)


class ShortReads(io.BytesIO):
    """A stream that hands out at most 7 bytes per read, as a pipe or a signal may."""

    def read(self, size: int = -1) -> bytes:
        return super().read(min(size, 7) if size >= 0 else 7)


@pytest.mark.parametrize("expected", [0, 100, 1024, 5000])
def test_short_reads_are_read_on_to_the_end(expected: int) -> None:
    data = bytes(range(256)) * 4
    assert _bounded(ShortReads(data).read, 10_000, expected) == data


def test_a_folder_is_refused_by_name(tmp_path) -> None:
    with pytest.raises(ReadError) as error:
        read_article(tmp_path)
    assert error.value.reason == "not-a-regular-file"


def test_a_vanished_file_is_refused_by_name(tmp_path) -> None:
    with pytest.raises(ReadError) as error:
        read_article(tmp_path / "gone.txt")
    assert error.value.reason == "vanished"


@pytest.mark.parametrize("size", [0, 1, 4096, 100_000])
def test_plain_and_gzip_files_read_whole(tmp_path, size: int) -> None:
    import gzip

    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(data))
    assert read_article(tmp_path / "a.txt") == data
    assert read_article(tmp_path / "a.txt.gz") == data


@pytest.mark.parametrize("walked", [0, 10, 1000, 1024, 5000])
def test_a_file_that_changed_since_the_walk_is_read_whole(tmp_path, walked: int) -> None:
    data = bytes(range(256)) * 4
    (tmp_path / "a.txt").write_bytes(data)
    assert read_article(tmp_path / "a.txt", 10_000, walked) == data
    with pytest.raises(ReadError) as error:
        read_article(tmp_path / "a.txt", 1023, walked)
    assert error.value.reason == "too-large"
