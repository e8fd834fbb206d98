"""Bounded reads: a file is read by the size it reports, but never trusted to keep it."""

from __future__ import annotations

import io

import pytest

from newsnorm.io.read import ReadError, _bounded, read_article


@pytest.mark.parametrize("expected", [0, 10, 100, 10_000])
def test_whatever_size_is_reported_the_whole_stream_is_read(expected: int) -> None:
    # 0 is what /proc files report; 10 is a file that grew after it was stat'ed.
    data = bytes(range(256)) * 4
    assert _bounded(io.BytesIO(data), 10_000, expected) == data


@pytest.mark.parametrize("expected", [0, 10, 1024, 5000])
def test_a_stream_over_the_limit_is_refused(expected: int) -> None:
    with pytest.raises(ReadError) as error:
        _bounded(io.BytesIO(b"x" * 1025), 1024, expected)
    assert error.value.reason == "too-large"


def test_a_stream_of_exactly_the_limit_is_read() -> None:
    assert _bounded(io.BytesIO(b"x" * 1024), 1024, 0) == b"x" * 1024


def test_a_proc_file_that_reports_size_zero_is_read_whole() -> None:
    path = "/proc/self/status"
    try:
        open(path, "rb").close()
    except OSError:
        pytest.skip("no /proc here")
    assert b"Name:" in read_article(path)
