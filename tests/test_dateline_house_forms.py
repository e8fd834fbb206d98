"""Agencies' and papers' own dateline forms: SANA's glued dash, dpa's relay of a partner's
story, KUNA's unclosed credit bracket, Egypt Today's dated colon. Each from a real opening, with
story text that looks like it and must stay."""

from __future__ import annotations

from datetime import date

import pytest

from newsnorm.cleaners.dateline import Dateline, read_dateline
from newsnorm.document import Document
from newsnorm.words import missing_words

# (opening, raw, city, month, day, year, agencies)
HOUSE_FORMS = [
    # SANA (sana.sy): "City, SANA-" with the hyphen glued to the name, a space after ...
    ("Daraa, SANA- Syrian Arab Army's units continued to reinforce their deployment",
     "Daraa, SANA-", "Daraa", None, None, None, ["SANA"]),
    # ... or none ("Damascus, SANA-President Bashar al-Assad received a cable ...")
    ("Damascus, SANA-President Bashar al-Assad received a cable of congratulation",
     "Damascus, SANA-", "Damascus", None, None, None, ["SANA"]),
    # ... or an underscore for the dash
    ("Prague, SANA_ Member of Foreign Affairs Committee of the Czech-Moravian Trade Unions",
     "Prague, SANA_", "Prague", None, None, None, ["SANA"]),
    ("Damascus, SANA _ The huge sculptures of the Syrian sculptor Issa Salameh",
     "Damascus, SANA _", "Damascus", None, None, None, ["SANA"]),
    # ... and its spaced form, read as before
    ("Aleppo, SANA – Syrian Arab Army units operating in Aleppo carried out",
     "Aleppo, SANA –", "Aleppo", None, None, None, ["SANA"]),
    # dpa's English service relaying Tribune Content Agency copy (dpa IPTC 7901)
    ("San Diego (tca/dpa) - History says this wasn't a Super Bowl preview",
     "San Diego (tca/dpa) -", "San Diego", None, None, None, ["TCA", "dpa"]),
    # KUNA via MENAFN, the bracket's close dropped before the wire's dash
    ("KUWAIT, Oct 29 (KUNA -- Palestinian cause is a \"priority\" for Kuwait",
     "KUWAIT, Oct 29 (KUNA --", "Kuwait", 10, 29, None, ["KUNA"]),
    # Egypt Today: a shouted city, a dash, the full date and a colon
    ("CAIRO - 2 July 2017: President Abdel Fatah al-Sisi met with U.S. republican",
     "CAIRO - 2 July 2017:", "Cairo", 7, 2, 2017, []),
]


@pytest.mark.parametrize(("text", "raw", "city", "month", "day", "year", "agencies"),
                         HOUSE_FORMS)
def test_reads_the_house_form(text, raw, city, month, day, year, agencies) -> None:
    reading = read_dateline(text)
    assert reading is not None
    assert text[reading.start:reading.end] == raw
    assert (reading.city, reading.month, reading.day, reading.year) == (city, month, day, year)
    assert reading.agencies == agencies


@pytest.mark.parametrize("text", [
    "Damascus, SANA-run television said on Monday that",  # a compound, not the dash
    "Daraa, SANA said on Monday that the army",  # the agency as the sentence's subject
    "Damascus, AP-NORC poll shows a majority",  # other agencies' names glued to a hyphen
    "Damascus, SANA_TV reported",  # an underscore inside a name
    "Cairo - 2 July 2017: the day the metro opened",  # a title-case city needs more than this
])
def test_story_text_like_a_house_form_is_no_dateline(text) -> None:
    reading = read_dateline(text)
    assert reading is None or (not reading.agencies and reading.month is None)


def test_an_unclosed_bracket_needs_the_wires_long_dash() -> None:
    reading = read_dateline("KUWAIT, Oct 29 (KUNA - Palestinian cause is a priority")
    assert reading is not None and reading.agencies == []
    assert read_dateline("BERLIN (dpa the German agency said") is None


def test_egypt_today_colon_needs_the_year() -> None:
    reading = read_dateline("CAIRO - 2 July: the day the metro opened")
    assert reading is not None and reading.day is None  # "CAIRO -" alone, as before


def test_cleaner_takes_the_sana_dateline_and_credits_sana() -> None:
    text = ("Daraa, SANA- Syrian Arab Army’s units continued to reinforce their deployment in "
            "several villages.")
    doc = Document(text, reference_date=date(2018, 7, 20))
    Dateline().clean(doc)
    assert doc.dateline is not None and doc.dateline.city == "Daraa"
    assert doc.agencies == ["SANA"]
    assert doc.text.lstrip().startswith("Syrian Arab Army")
    assert not missing_words(text, [doc.text, doc.dateline.raw])
