"""The SPEC's year rule for a dateline's month and day, and year inference from the story.

A dateline rarely states its year. The rule, first that applies:

1. a year written in the dateline (``"explicit"``);
2. with a reference date, the year that puts the month/day nearest to it (``"reference"``):
   a dateline can run a day ahead of a reference date taken in another time zone, and
   ``December 31`` against ``2024-01-02`` is 2023;
3. an inference from dates in the text (``"inferred"``): the dateline is on or after the latest
   dated event the story reports; a date it announces for the future is no evidence;
4. else none.

>>> resolve_year(12, 31, reference=date(2024, 1, 2))
YearChoice(year=2023, source='reference')
>>> resolve_year(10, 3, text="an agreement was reached on September 20, 2023, at 13:00")
YearChoice(year=2023, source='inferred')
>>> resolve_year(3, 3, explicit=2024, reference=date(1999, 1, 1))
YearChoice(year=2024, source='explicit')
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from newsnorm.cleaners.dateline_patterns import (
    CLAUSE_BREAK,
    DATE_BEFORE_YEAR,
    DATED_MONTH_NUMBERS,
    FUTURE_CUE_WINDOW,
    FUTURE_CUES,
    MONTH_IN_PROSE,
    PROSE_YEARS,
    TEXT_DATES,
)


class YearChoice(NamedTuple):
    year: int | None
    source: str | None  # "explicit", "reference", "inferred" or None


NO_YEAR = YearChoice(None, None)


def resolve_year(month: int | None, day: int | None, *, explicit: int | None = None,
                 reference: date | None = None, text: str = "") -> YearChoice:
    """Apply the year rule to a dateline's month and day (either may be unknown)."""
    if explicit is not None:
        return YearChoice(explicit, "explicit")
    if month is None:
        return NO_YEAR  # no date in the dateline: nothing to give a year to
    if reference is not None:
        return _by_reference(month, day, reference)
    inferred = infer_year(month, day, text)
    return YearChoice(inferred, "inferred") if inferred is not None else NO_YEAR


@lru_cache(maxsize=4096)  # a corpus has few distinct (month, day, reference date) triples
def _by_reference(month: int, day: int | None, reference: date) -> YearChoice:
    return YearChoice(nearest_year(month, day, reference), "reference")


def nearest_year(month: int, day: int | None, reference: date) -> int:
    """The year, of the reference's and its neighbours, that puts month/day nearest to it.

    Without a day the whole month counts: any day of it may be the one.

    >>> nearest_year(1, 1, date(2023, 12, 31)), nearest_year(3, 2, date(1987, 3, 1))
    (2024, 1987)
    >>> nearest_year(2, 29, date(2023, 3, 1)), nearest_year(12, None, date(2024, 1, 20))
    (2024, 2023)
    """
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        days = calendar.monthrange(year, month)[1]
        if day is not None and day > days:
            continue  # February 29 only in leap years
        first = date(year, month, day or 1)
        last = date(year, month, day or days)
        distance = max((first - reference).days, (reference - last).days, 0)
        candidates.append((distance, abs(year - reference.year), year))
    return min(candidates)[2]


def infer_year(month: int, day: int | None, text: str) -> int | None:
    """The year of a dateline dated on or after the latest past event the text dates.

    >>> infer_year(11, 6, "in May 2023, ... self-dissolution from January 1, 2024")
    2023
    >>> infer_year(1, 15, "talks ended on December 14, 2021") is None
    False
    >>> infer_year(1, 15, "elections will be held on March 3, 2024") is None
    True
    """
    evidence = past_dates(text)
    if not evidence:
        return None
    latest = max(evidence)
    if (month, day or 1) >= (latest.month, latest.day):
        return latest.year
    return latest.year + 1


def past_dates(text: str) -> list[date]:
    """Full dates ("September 20, 2023", "20 September 2023", "May 2023") the text reports.

    Bare years ("since 1991") say too little; announced dates ("from January 1, 2024",
    "scheduled for March 3, 2024") are the future, not evidence.

    >>> past_dates("reached on Sept. 27, 2020; from January 1, 2024 on")
    [datetime.date(2020, 9, 27)]
    """
    found: list[list[date]] = [[] for _ in TEXT_DATES]
    for start, end in _year_windows(text):
        for pattern, dates in zip(TEXT_DATES, found, strict=True):
            for match in pattern.finditer(text, start, end):
                if announces_future(text, match.start()):
                    continue
                parsed = _as_date(match)
                if parsed is not None:
                    dates.append(parsed)
    return [day for dates in found for day in dates]


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Spans that hold every text date: the stretch before each year, overlapping ones merged,
    that has a month word.

    A date lies whole in the window of the year that ends it, so searching the windows finds
    what searching the text would, in the same order (regex assertions still see the text
    around a window). Linear: two scans for years, windows of bounded width.

    >>> _year_windows("Output rose in 1986. It fell on March 3, 1987; nothing since, or so "
    ...               "the company said in 1990")  # the second has no month
    [(0, 45)]
    """
    years = sorted(year.span() for pattern in PROSE_YEARS for year in pattern.finditer(text))
    windows: list[tuple[int, int]] = []
    for year_start, year_end in years:
        start = max(0, year_start - DATE_BEFORE_YEAR)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], year_end)
        else:
            windows.append((start, year_end))
    return [(start, end) for start, end in windows if _has_month_word(text, start, end)]


# MONTH_IN_PROSE is an alternation of some 150 month words: searched in a window it tries them
# all at nearly every position. Every text date has its month as a whole word (a word boundary
# before it, a dot, comma or space after it), so a window needs one of its words to be a month
# word: a set lookup per word. The words are read off MONTH_IN_PROSE itself, so a spelling added
# there is looked for here too; one that is not a plain word (a dot, a space: no longer a run of
# \w) turns the lookup off, and every window is searched as before.
_WORD = re.compile(r"\w+")
_MONTH_ALTERNATIVES = MONTH_IN_PROSE.pattern.split("|")
MONTH_WORDS: frozenset[str] | None = (
    frozenset(_MONTH_ALTERNATIVES) if all(map(_WORD.fullmatch, _MONTH_ALTERNATIVES)) else None
)


def _has_month_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a text date's month word."""
    if MONTH_WORDS is None:
        return MONTH_IN_PROSE.search(text, start, end) is not None
    return not MONTH_WORDS.isdisjoint(_WORD.findall(text, start, end))


def announces_future(text: str, start: int) -> bool:
    """Whether a cue word in the date's own clause, just before it, points to the future.

    >>> announces_future("the republic ends from January 1, 2024", 27)
    True
    >>> announces_future("was reached on September 20, 2023", 15)
    False
    """
    window = text[max(0, start - FUTURE_CUE_WINDOW):start]
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return FUTURE_CUES.search(window) is not None


def _as_date(match) -> date | None:
    groups = match.groupdict()
    month = DATED_MONTH_NUMBERS[groups["month"].lower()]
    year = int(groups["year"])
    day = int(groups["day"]) if groups.get("day") else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(weekday: int, reference: date) -> date:
    """The nearest such weekday not after the reference date (``WASHINGTON, Tuesday -``).

    >>> resolve_weekday(1, date(2024, 3, 7))  # Tuesday before Thursday 2024-03-07
    datetime.date(2024, 3, 5)
    >>> resolve_weekday(3, date(2024, 3, 7))
    datetime.date(2024, 3, 7)
    """
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
