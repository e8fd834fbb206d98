"""The SPEC's year rule and year inference from the story's own dates."""

from __future__ import annotations

import contextlib
import re._parser
import time
from datetime import date

import pytest

from newsnorm.cleaners import year_rule
from newsnorm.cleaners.dateline_patterns import (
    _PROSE_YEAR,
    DATE_BEFORE_YEAR,
    MONTH_IN_PROSE,
    PROSE_YEARS,
    TEXT_DATES,
)
from newsnorm.cleaners.year_rule import (
    MONTH_WORDS,
    YearChoice,
    announces_future,
    infer_year,
    nearest_year,
    past_dates,
    resolve_weekday,
    resolve_year,
)

# Sentences from seed 003 (AzerNews/Trend copy of 2023-11-06).
SEED_003 = (
    "Nagorno-Karabakh announced its unilateral secession from the Azerbaijan SSR 35 years ago. "
    "In September 2020, fighting resumed in Karabakh. Armenian Prime Minister Nikol Pashinyan, "
    "in negotiations with the West, and then at a press conference in Yerevan in May 2023, "
    "stated that Karabakh is part of Azerbaijan.\n\nBaku On September 19, 2023, after a "
    "months-long blockade of Karabakh, it launched a military operation there. The unrecognized "
    "authorities of the region announced the “self-dissolution” of the unrecognized republic "
    "from January 1, 2024. Starting from September 24 until the end of the month, more than "
    "100 thousand residents left Karabakh for Armenia."
)


@pytest.mark.parametrize(("month", "day", "reference", "year"), [
    (12, 31, date(2024, 1, 2), 2023),   # the SPEC's own example
    (1, 1, date(2023, 12, 31), 2024),   # a dateline a day ahead, across New Year
    (3, 2, date(1987, 3, 1), 1987),
    (2, 26, date(1987, 2, 26), 1987),
    (7, 1, date(1987, 1, 1), 1987),     # half a year either way: the reference's own year
    (2, 29, date(2023, 3, 1), 2024),    # only a leap year has it
    (12, None, date(2024, 1, 20), 2023),
    (1, None, date(2023, 12, 20), 2024),
])
def test_nearest_year(month, day, reference, year) -> None:
    assert nearest_year(month, day, reference) == year


def test_rule_order_explicit_then_reference_then_inferred() -> None:
    text = "It was signed on September 20, 2023."
    assert resolve_year(10, 3, explicit=2020, reference=date(2024, 1, 1), text=text) == (
        YearChoice(2020, "explicit"))
    assert resolve_year(10, 3, reference=date(2024, 1, 1), text=text) == (
        YearChoice(2023, "reference"))
    assert resolve_year(10, 3, text=text) == YearChoice(2023, "inferred")
    assert resolve_year(10, 3, text="No dates here.") == YearChoice(None, None)
    assert resolve_year(None, None, reference=date(2024, 1, 1)) == YearChoice(None, None)


def test_seed_003_future_date_gives_no_2024() -> None:
    assert date(2024, 1, 1) not in past_dates(SEED_003)
    assert max(past_dates(SEED_003)) == date(2023, 9, 19)
    assert infer_year(11, 6, SEED_003) == 2023


def test_dateline_before_the_latest_event_in_its_year_is_the_next_year() -> None:
    assert infer_year(1, 15, "The ministers met on December 14, 2021, in Brussels.") == 2022
    assert infer_year(12, 20, "The ministers met on December 14, 2021, in Brussels.") == 2021


@pytest.mark.parametrize(("text", "found"), [
    ("When new clashes erupted on Sept. 27, 2020, the army", [date(2020, 9, 27)]),
    ("The fighting ended with an agreement on Nov. 10, 2020, with", [date(2020, 11, 10)]),
    ("the Declaration of November 9-10, 2020, regarding", [date(2020, 11, 10)]),
    ("signed on 20 September 2023 in Khankendi", [date(2023, 9, 20)]),
    ("at a press conference in Yerevan in May 2023, stated", [date(2023, 5, 1)]),
    ("tense since 1991, when the Armenian military", []),
    ("the 44-day war in 2020", []),
])
def test_past_dates(text, found) -> None:
    assert sorted(past_dates(text)) == sorted(found)


@pytest.mark.parametrize("text", [
    "the republic ceases to exist from January 1, 2024",
    "Parliamentary elections will be held on September 1, 2024",
    "The summit is scheduled for March 3, 2025",
    "the tariffs take effect starting June 1, 2024",
    "must be completed by December 31, 2024",
    "the moratorium runs until April 30, 2025",
    "next March 2025 the plant opens",
])
def test_announced_dates_are_no_evidence(text) -> None:
    assert past_dates(text) == []


def test_a_cue_in_an_earlier_sentence_does_not_count() -> None:
    text = "Talks will go on. On September 20, 2023 an agreement was reached"
    assert announces_future(text, text.index("September")) is False
    assert past_dates(text) == [date(2023, 9, 20)]


def test_a_month_and_year_after_the_names_a_period_not_the_storys_time() -> None:
    # KUNA on MENAFN, no reference date: "the June 1967 borders" must not date the story 1967
    text = ("supporting the establishment of a Palestinian state within the June 1967 borders "
            "in accordance with international resolutions")
    assert past_dates(text) == []
    assert infer_year(10, 29, text) is None
    assert past_dates("The October 1973 war changed the region") == []
    # "in May 2023", a month and year opening a sentence, or with a day, still date an event
    assert past_dates("the talks held in May 2023 failed") == [date(2023, 5, 1)]
    assert past_dates("Exports rose. May 2023 saw a record") == [date(2023, 5, 1)]
    assert past_dates("the June 5, 1967 war") == [date(1967, 6, 5)]


def test_lowercase_or_cut_month_words_in_prose_are_not_dates() -> None:
    assert past_dates("they may 2023 be late; Marc 2023 said") == []


@pytest.mark.parametrize(("weekday", "reference", "resolved"), [
    (1, date(2024, 3, 7), date(2024, 3, 5)),   # Tuesday before a Thursday
    (3, date(2024, 3, 7), date(2024, 3, 7)),   # the reference day itself
    (4, date(2024, 3, 7), date(2024, 3, 1)),   # a Friday: the one before, never after
])
def test_resolve_weekday(weekday, reference, resolved) -> None:
    assert resolve_weekday(weekday, reference) == resolved


# -- searching only before the years ---------------------------------------------------------


def _past_dates_everywhere(text: str) -> list[date]:
    """past_dates as first written: every pattern over the whole text (slow, the reference)."""
    found = []
    for pattern in TEXT_DATES:
        for match in pattern.finditer(text):
            if not announces_future(text, match.start()):
                groups = match.groupdict()
                with contextlib.suppress(ValueError):  # "31 September"
                    found.append(date(int(groups["year"]), _MONTHS[groups["month"][:3]],
                                      int(groups["day"]) if groups.get("day") else 1))
    return found


_MONTHS = {name: number for number, name in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], 1)}


def test_the_two_year_scans_find_the_years_of_text_dates() -> None:
    text = ("1987 2020x 19999 12020 1899, 2099. 1799 200 20201 a1987 _1987 1987_ 2019-20 "
            "1919 2020 20202020 1820\n18201")
    wanted = [match.span() for match in re.finditer(_PROSE_YEAR, text)]
    assert sorted(m.span() for scan in PROSE_YEARS for m in scan.finditer(text)) == wanted


def test_every_text_date_fits_before_its_year() -> None:
    for pattern in TEXT_DATES:
        longest = re._parser.parse(pattern.pattern).getwidth()[1]
        assert longest - len("2023") <= DATE_BEFORE_YEAR


@pytest.mark.parametrize("text", [
    SEED_003,
    "10 - 11th of September, 2023 and 9–10 Oct. 2021; in May 2022, then June  2020.",
    "On 31 of September 2023, 20  September 2023, 20th September 2023 and 1 of May 2021",
    "March 3, 1987 1988 1989 " * 3 + "x" * 50 + " April 2, 1986",
    "Sales in 1986 rose; on March 3, 1987, it said. " + "Numbers 2019 2020 2021. " * 5,
    "will be held on March 3, 2024" + " " * 45 + "May 2023",
    "2023 May 2023 May 2023 " + "x" * 41 + "20 May 2023",
    "due " + "x" * 44 + "December 14, 2021",
    "The Mayor said in 1987 that Marches 1988 and Junior Jan. 1989 rose, on March 3, 1987.",
])
def test_searching_before_the_years_finds_what_searching_everywhere_does(text) -> None:
    assert past_dates(text) == _past_dates_everywhere(text)


def test_every_month_word_in_prose_is_looked_up() -> None:
    # A spelling that is not a plain word would turn the month-word lookup off (still right,
    # only slower): a new one must keep it on.
    assert MONTH_WORDS is not None
    assert all(MONTH_IN_PROSE.fullmatch(word) for word in MONTH_WORDS)


@pytest.mark.parametrize("word", sorted(MONTH_WORDS or ()))
def test_the_month_word_lookup_finds_what_the_month_search_does(word, monkeypatch) -> None:
    # Whole, glued into a longer word, after a day, with a dot or comma: each way a month word
    # can stand before a year.
    text = (f"on 3 {word} 2020, {word}. 4, 2021 and {word}, 2019; x{word} 2018, {word}x 2017, "
            f"{word}s 5, 2016, 6{word} 2015 and 7 of {word} 2014")
    looked_up = past_dates(text)
    monkeypatch.setattr(year_rule, "MONTH_WORDS", None)  # every window searched
    assert looked_up == past_dates(text)


@pytest.mark.parametrize("text", [
    "1987 " * 100_000, "March 3, 2020 " * 40_000, "9 May 2019, " * 40_000,
    "from January 1, 2024 " * 30_000, "May " * 200_000, "September 20, 20" * 50_000,
], ids=["years", "full-dates", "day-first", "announced", "months", "cut-years"])
def test_year_inference_stays_linear(text) -> None:
    started = time.perf_counter()
    infer_year(3, 4, text)
    assert time.perf_counter() - started < 2.0


def test_year_inferred_from_a_russian_date() -> None:
    # Interfax: "Москва. 12 января. INTERFAX.RU - ... взрыва 31 декабря 2010 года ..."
    text = "о факте взрыва 31 декабря 2010 года примерно в 21:30 на юго-востоке Москвы"
    assert resolve_year(1, 12, text=text) == YearChoice(2011, "inferred")
    # A short foreign form ("ago", Spanish August) never counts as a month in prose.
    assert resolve_year(1, 12, text="ago 3 2010 was nothing") == YearChoice(None, None)
