"""Hostile shapes stay linear: long runs of brackets, quotes and dashes, a repeated dateline-like
prefix, one huge line. Each input is ~0.5 MB; linear code handles it in about a second, while a
regex that backtracks catastrophically or a quadratic loop would take hours. The alarm is a
generous ceiling that catches the latter, not a timing: it never decides anything about speed.
"""

from __future__ import annotations

import signal

import pytest

from newsnorm import normalize
from newsnorm.pipeline import Pipeline

PIPELINE = Pipeline.from_config()
SIZE = 500_000
CEILING_SECONDS = 60

HOSTILE = {
    "open brackets": "[" * SIZE,
    "close brackets": "]" * SIZE,
    "bracket pairs": "[a] " * (SIZE // 4),
    "unclosed bracket then words": "[" + "word " * (SIZE // 5),
    "nested brackets": "[" * (SIZE // 2) + "]" * (SIZE // 2),
    "curly quotes": "“" * SIZE,
    "straight quotes": '"' * SIZE,
    "alternating quotes": "“”" * (SIZE // 2),
    "dashes": "-" * SIZE,
    "em dashes": "— " * (SIZE // 2),
    "dateline prefix repeated": "LONDON, March 3 (Reuters) - " * (SIZE // 28),
    "trend dateline repeated": "BAKU, Azerbaijan, October 3. " * (SIZE // 29),
    "one huge line": "Oil prices rose sharply on Tuesday, traders said. " * (SIZE // 50),
    "many short lines": "Shr 1 cts\n" * (SIZE // 10),
    "blank lines": "\n" * SIZE,
    "by lines": "By By By\n" * (SIZE // 9),
    "debris lines": "Please enter your comment!\n" * (SIZE // 27),
    "parentheses": "(" * SIZE,
    "all caps words": "REUTER " * (SIZE // 7),
    "dates": "on January 1, 2024, " * (SIZE // 20),
    "anpa item, one long marked line": "\x16\x01a1\x02^BC-x<\n^" + " \t" * (SIZE // 2) + "x\x03",
    "anpa item, many marked lines": "\x16\x01a1\x02^BC-x<\n" + "^a <\n" * (SIZE // 5) + "\x03",
}


class Ceiling(Exception):
    pass


def _alarm(signum, frame):
    raise Ceiling(f"over the {CEILING_SECONDS} s ceiling: superlinear behaviour")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_shape_finishes_and_keeps_every_word(name: str) -> None:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CEILING_SECONDS)
    try:
        record = normalize(HOSTILE[name], pipeline=PIPELINE)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [w for w in record.warnings
            if w == "words-lost" or w.startswith("cleaner-failed")] == []
