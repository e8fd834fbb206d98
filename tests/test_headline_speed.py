"""The literal screens in front of the headline cleaner's regexes let every match through."""

from __future__ import annotations

import random
import re

from newsnorm.cleaners.headline_patterns import (
    CAPS_KICKER,
    CAPTION_CREDIT,
    CAPTION_LABEL_STEMS,
    MAX_CAPS_KICKER_WORDS,
    NAV_LABEL,
    NAV_LABEL_LONGEST,
    OUTLETS,
    READING_TIME,
    READING_TIME_LONGEST,
    STAMP_NUMBER,
    is_caps_kicker,
    is_outlet,
    may_hold_caption_credit,
    may_hold_stamp_number,
)


def test_stamp_number_screen_lets_every_match_through() -> None:
    # Every number of up to four digits, clock-like strings and random strings of digits and
    # separators: whatever STAMP_NUMBER finds (now or after a change), the screen must pass.
    samples = [str(n) for n in range(10000)] + [f"{n:04d}" for n in range(1000)]
    samples += [f"{h}{sep}{m:02d}" for h in range(100) for m in range(0, 100, 7)
                for sep in ":.hH -"]
    rng = random.Random(7)
    alphabet = "0123456789:.h -/aZ"
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
                for _ in range(20000)]
    for sample in samples:
        for line in (sample, f"Posted {sample} today", f"x{sample}"):
            if STAMP_NUMBER.search(line):
                assert may_hold_stamp_number(line), line


def test_stamp_number_screen_skips_plain_lines() -> None:
    assert not may_hold_stamp_number("NEW YORK, March 3 - Chartwell Group Ltd said")
    assert may_hold_stamp_number("March 3, 2023")
    assert may_hold_stamp_number("3:09 pm")


def test_caption_credit_screen_covers_every_label() -> None:
    # The labels are the alternation right before the colon in CAPTION_CREDIT's pattern.
    labels = re.search(r"\(\?:([\w|]+)\)\\s\?:", CAPTION_CREDIT.pattern)
    assert labels is not None
    for label in labels.group(1).split("|"):
        assert any(stem in label for stem in CAPTION_LABEL_STEMS), label
        assert may_hold_caption_credit(f"A caption - {label}: Someone/Outlet")
        assert CAPTION_CREDIT.search(f"A caption - {label}: Someone/Outlet")


def test_caps_kicker_has_no_more_spaces_than_words() -> None:
    words = ["CREDIT", "BANCAIRE", "L'ECONOMIE", "OIL", "PRICES"]
    for count in range(1, MAX_CAPS_KICKER_WORDS + 3):
        line = " ".join(words[:count])
        expected = count <= MAX_CAPS_KICKER_WORDS
        assert (CAPS_KICKER.fullmatch(line) is not None) == expected
        assert is_caps_kicker(line) == expected


def test_length_screens_cover_the_widest_match() -> None:
    # The screens skip lines longer than the regex's widest match (re's own parser measures
    # it), so a new, longer alternative makes this fail until the constant is raised.
    for pattern, longest in ((NAV_LABEL, NAV_LABEL_LONGEST),
                             (READING_TIME, READING_TIME_LONGEST)):
        assert re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1] <= longest


def test_is_outlet_reads_every_outlet() -> None:
    # is_outlet splits off no more words than the longest outlet has: every table entry, in
    # any spacing and in capitals, is still known, and one word more is not an outlet.
    for outlet in OUTLETS:
        assert is_outlet(outlet) and is_outlet(f" {outlet.upper()} ")
        assert is_outlet("\t".join(outlet.split()))
        assert not is_outlet(f"{outlet} Today and Tomorrow Again Here")
