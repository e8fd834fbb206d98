"""The literal screens in front of the byline cleaner's regexes let every match through."""

from __future__ import annotations

import random
import re

from newsnorm.cleaners.byline import _may_end_in_stamp, read_byline
from newsnorm.cleaners.byline_patterns import (
    BARE_LEAD_BACKWARDS,
    BARE_LEADS,
    STAMP_TAIL,
    STAMP_TAIL_SEPARATORS,
)
from newsnorm.cleaners.headline_patterns import is_stamp


def test_stamp_tail_separators_are_the_regex_class() -> None:
    assert f"[{STAMP_TAIL_SEPARATORS}]" in STAMP_TAIL.pattern
    for mark in STAMP_TAIL_SEPARATORS:
        line = f"By Jane Doe {mark} March 3, 2023"
        assert _may_end_in_stamp(line)
        assert STAMP_TAIL.search(line)


def test_stamp_tail_screen_lets_every_stamp_through() -> None:
    # Whatever STAMP_TAIL finds that reads as a stamp, the screen must pass.
    rng = random.Random(11)
    pieces = [*"ab 1:.|–—-‐−/\t029", "ago", "AGO", "2023", "1987", "12:30", " hours ", "March"]
    found = 0
    for _ in range(40000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        tail = STAMP_TAIL.search(line)
        if tail and is_stamp(tail["stamp"]):
            found += 1
            assert _may_end_in_stamp(line), line
    assert found > 100
    for line in ("By Jane Doe - 3 hours ago", "By Jane Doe | 12:30", "By Jane Doe — 1987"):
        assert _may_end_in_stamp(line)


def test_byline_with_stamp_tail_still_read() -> None:
    assert read_byline("By Jane Doe | Published: March 3, 2023") is not None


def test_bare_lead_backwards_finds_what_the_forward_form_finds() -> None:
    forward = re.compile("(?:" + "|".join(BARE_LEADS) + r"):?[^\S\n]*\n[^\S\n]*\n")
    assert all(re.escape(lead) == lead.replace(" ", "\\ ") for lead in BARE_LEADS)
    pieces = [*BARE_LEADS, "y", "B", ":", " ", "\t", "\n", "\n\n", "\u00a0", "x", "by", "Y"]
    rng = random.Random(5)
    for _ in range(30000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert (forward.search(text) is None) == (
            BARE_LEAD_BACKWARDS.search(text[::-1]) is None), repr(text)
    assert BARE_LEAD_BACKWARDS.search("A title\n\nBy:  \n \nThe story."[::-1])
