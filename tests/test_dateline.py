"""The dateline cleaner on real wire openings: what it reads, what it takes, what it leaves.

Snippets come from the seeds, from Reuters-21578 (1987, typos and all), and from the forms the
big agencies use today.
"""

from __future__ import annotations

import itertools
import time
from datetime import date

import pytest

from newsnorm.cleaners import dateline
from newsnorm.cleaners import dateline_patterns as patterns
from newsnorm.cleaners.agency_names import agency_spellings, canonical_agency
from newsnorm.cleaners.dateline import Dateline, normal_case, read_dateline
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.pipeline import Pipeline
from newsnorm.words import missing_words

# (opening, raw, city, region, month, day, year, agencies, what the text starts with after)
FORMS = [
    ("LONDON, March 3 (Reuters) - Britain's economy grew faster than expected",
     "LONDON, March 3 (Reuters) -", "London", None, 3, 3, None, ["Reuters"], "Britain's"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday to",
     "WASHINGTON (AP) —", "Washington", None, None, None, None, ["AP"], "The Senate"),
    ("PARIS, March 3, 2024 (AFP) - French farmers blocked roads",
     "PARIS, March 3, 2024 (AFP) -", "Paris", None, 3, 3, 2024, ["AFP"], "French farmers"),
    ("MOSCOW, March 3. /TASS/. Russia's Foreign Ministry said",
     "MOSCOW, March 3. /TASS/.", "Moscow", None, 3, 3, None, ["TASS"], "Russia's"),
    ("BEIJING, Oct. 9 (Xinhua) -- China's exports rose",
     "BEIJING, Oct. 9 (Xinhua) --", "Beijing", None, 10, 9, None, ["Xinhua"], "China's"),
    ("ANKARA (AA) - Turkish President Recep Tayyip Erdogan",
     "ANKARA (AA) -", "Ankara", None, None, None, None, ["Anadolu"], "Turkish President"),
    ("BAKU, Azerbaijan, October 3. Azerbaijan and Armenia must immediately resume peace talks",
     "BAKU, Azerbaijan, October 3.", "Baku", "Azerbaijan", 10, 3, None, [], "Azerbaijan and"),
    ("BAKU, November 6 Azerbaijani Foreign Minister Jeyhun Bayramov, at a joint press",
     "BAKU, November 6", "Baku", None, 11, 6, None, [], "Azerbaijani Foreign"),
    ("NEW DELHI, Jan 5 (PTI) The government on Friday said",
     "NEW DELHI, Jan 5 (PTI)", "New Delhi", None, 1, 5, None, ["PTI"], "The government"),
    ("New Delhi, Jan 5 (UNI) Union Home Minister said",
     "New Delhi, Jan 5 (UNI)", "New Delhi", None, 1, 5, None, ["UNI"], "Union Home"),
    ("(Reuters) - Oil prices rose on Monday",
     "(Reuters) -", None, None, None, None, None, ["Reuters"], "Oil prices"),
    ("(Bloomberg) -- Treasuries fell", "(Bloomberg) --", None, None, None, None, None,
     ["Bloomberg"], "Treasuries"),
    ("BERLIN (dpa) - Germany's economy shrank", "BERLIN (dpa) -", "Berlin", None, None, None,
     None, ["dpa"], "Germany's"),
    ("Madrid, Mar 3 (EFE).- Spain's unemployment fell", "Madrid, Mar 3 (EFE).-", "Madrid", None,
     3, 3, None, ["EFE"], "Spain's"),
    ("ROME, March 3 (ANSA) - Italy's premier said", "ROME, March 3 (ANSA) -", "Rome", None, 3,
     3, None, ["ANSA"], "Italy's"),
    ("TOKYO, March 3 Kyodo - Japan's current account", "TOKYO, March 3 Kyodo -", "Tokyo", None,
     3, 3, None, ["Kyodo"], "Japan's"),
    ("SEOUL, March 3 (Yonhap) -- South Korea's exports", "SEOUL, March 3 (Yonhap) --", "Seoul",
     None, 3, 3, None, ["Yonhap"], "South Korea's"),
    ("MOSCOW. Nov 9 (Interfax) - Russia's central bank", "MOSCOW. Nov 9 (Interfax) -", "Moscow",
     None, 11, 9, None, ["Interfax"], "Russia's"),
    ("WASHINGTON/NEW YORK, March 3 (Reuters) - U.S. stocks", "WASHINGTON/NEW YORK, March 3 "
     "(Reuters) -", "Washington/New York", None, 3, 3, None, ["Reuters"], "U.S. stocks"),
    ("SIOUX FALLS, S.D. (AP) — A judge on Monday", "SIOUX FALLS, S.D. (AP) —", "Sioux Falls",
     "S.D.", None, None, None, ["AP"], "A judge"),
    ("ST. LOUIS (AP) _ A federal jury", "ST. LOUIS (AP) _", "St. Louis", None, None, None, None,
     ["AP"], "A federal"),
    ("SUN CITY, Ariz. (AP) — Retirees here", "SUN CITY, Ariz. (AP) —", "Sun City", "Ariz.",
     None, None, None, ["AP"], "Retirees here"),
    ("MAR DEL PLATA, Argentina, March 3 (Reuters) - Fishermen", "MAR DEL PLATA, Argentina, "
     "March 3 (Reuters) -", "Mar del Plata", "Argentina", 3, 3, None, ["Reuters"], "Fishermen"),
    ("LONDON, March 3 (Reuters Breakingviews) - Banks are", "LONDON, March 3 (Reuters "
     "Breakingviews) -", "London", None, 3, 3, None, ["Reuters"], "Banks are"),
    ("Kyiv, Ukraine — Russian forces shelled", "Kyiv, Ukraine —", "Kyiv", "Ukraine", None, None,
     None, [], "Russian forces"),
    # Reuters-21578
    ("    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone,",
     "SALVADOR, Feb 26 -", "Salvador", None, 2, 26, None, [], "Showers continued"),
    ("    AMSTERDAM, 2 March - The Dutch Central Bank said it has", "AMSTERDAM, 2 March -",
     "Amsterdam", None, 3, 2, None, [], "The Dutch"),
    ("    RIO DE JANEIRO, March 5 - Brazil has no set target for", "RIO DE JANEIRO, March 5 -",
     "Rio de Janeiro", None, 3, 5, None, [], "Brazil has"),
    ("    SAN MATEO, Calif., March 2 -\n    Shr 14 cts vs nine cts", "SAN MATEO, Calif., March 2 -",
     "San Mateo", "Calif.", 3, 2, None, [], "Shr 14"),
    ("    VANCOUVER, British Columbia, March 2 -\n    Period ended December 31, 1986",
     "VANCOUVER, British Columbia, March 2 -", "Vancouver", "British Columbia", 3, 2, 1987, [],
     "Period ended"),  # the year: on or after the period the report covers
    ("    WINSTON-SALEM, N.C., March 2 - R.J. Reynolds Tobacco Co, a",
     "WINSTON-SALEM, N.C., March 2 -", "Winston-Salem", "N.C.", 3, 2, None, [], "R.J. Reynolds"),
    ("    MANILA, April 1, Reuter - Kidnapped Japanese businessman", "MANILA, April 1, Reuter -",
     "Manila", None, 4, 1, None, ["Reuters"], "Kidnapped"),
    ("    ****LONDON, March 5 - India bought eight cargoes", "****LONDON, March 5 -", "London",
     None, 3, 5, None, [], "India bought"),
    ("    JOHANNESBURG March 13 -\n    Shr 516 cts vs 347", "JOHANNESBURG March 13 -",
     "Johannesburg", None, 3, 13, None, [], "Shr 516"),
    ("    CHEVY CHASE, Md., - March 4 - Geico Corp said it named two",
     "CHEVY CHASE, Md., - March 4 -", "Chevy Chase", "Md.", 3, 4, None, [], "Geico Corp"),
    ("    RICHMOND, Va. Feb 26 -\n    Qtly div 40 cts", "RICHMOND, Va. Feb 26 -", "Richmond",
     "Va.", 2, 26, None, [], "Qtly div"),
    ("    GRONINGEN, the Netherlands, March 31 - European countries",
     "GRONINGEN, the Netherlands, March 31 -", "Groningen", "the Netherlands", 3, 31, None, [],
     "European countries"),
    ("    Mexico city, march 18 - mexico's proven reserves of liquid",
     "Mexico city, march 18 -", "Mexico City", None, 3, 18, None, [], "mexico's proven"),
    ("    BALDWIN Park, Calif, March 30 - Baldwin INdustrial", "BALDWIN Park, Calif, March 30 -",
     "Baldwin Park", "Calif", 3, 30, None, [], "Baldwin INdustrial"),
    ("    NEW YORK, March 2\n-The New York Mercantile Exchange expects", "NEW YORK, March 2\n-",
     "New York", None, 3, 2, None, [], "The New York"),
    ("    CHICAGO, March 4, - South Korea's record 7.1 billion dlrs", "CHICAGO, March 4, -",
     "Chicago", None, 3, 4, None, [], "South Korea's"),
    ("    ALBANY, N.Y., Marc 3 - KeyCorp said it has filed", "ALBANY, N.Y., Marc 3 -", "Albany",
     "N.Y.", 3, 3, None, [], "KeyCorp said"),
    ("    CHICAGO, April - U.S. Labor Secretary William Brock said", "CHICAGO, April -",
     "Chicago", None, 4, None, None, [], "U.S. Labor"),
    ("    WASHINGTON - President Reagan ordered a high-level review", "WASHINGTON -",
     "Washington", None, None, None, None, [], "President Reagan"),
    ("    London - Belgium is launching a euro-commercial paper", "London -", "London", None,
     None, None, None, [], "Belgium is"),
    ("    APRIL 11 - ISRAEL INTRODUCES SUMMER TIME.", "APRIL 11 -", None, None, 4, 11, None, [],
     "ISRAEL INTRODUCES"),
]


@pytest.mark.parametrize(
    ("text", "raw", "city", "region", "month", "day", "year", "agencies", "rest"), FORMS,
    ids=[form[1] for form in FORMS])
def test_reads_and_takes_the_dateline(text, raw, city, region, month, day, year, agencies,
                                      rest) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    line = doc.dateline
    assert line is not None
    assert line.raw == raw
    assert (line.city, line.region, line.month, line.day) == (city, region, month, day)
    assert line.year == year
    assert doc.agencies == agencies
    assert doc.text.lstrip().startswith(rest)
    assert missing_words(text, [doc.text, line.raw]) == []


NOT_DATELINES = [
    "Baku, Moscow eye illegal Armenian groups' withdrawal from Karabakh",  # seed 004 headline
    "Senior Azerbaijani and Russian military officials have discussed the fulfillment",
    "doesn't compel anyone to leave Karabakh, Assistant to the President",  # seed 001
    "Moscow said on Tuesday that it would retaliate",
    "On March 3, 2024 the company said it would cut 300 jobs",
    "In March 1987 Japan's exports rose",
    "The Associated Press (AP) reported that the vote",
    "EXCLUSIVE - Oil majors weigh",
    "BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued",
    "U.S. officials said on Monday",
    "President Ilham Aliyev - The head of state noted",
    "Armenia's Pashinyan - The prime minister said",
    "By Vafa Ismayilova\nSenior Azerbaijani and Russian military officials",
    "    Deliverable Grades - graded grain meeting exchange quality",
    " Mar       ---    ---    ---    ---    ---   ---\n Apr    148.00 148.00",
    " us        7.8015 - 7.8035\n uk        12.622 - 12.634",
    "    COPPER GRADE A - 2650 tonnes mainly carries cash nil",
    "Azerbaijan's President Ilham Aliyev said on Saturday that he is ready",
    "",
    "   \n\n  ",
    # a colon closes only a shouted city, and no label
    "Note: The company said it would", "NOTE: Full name of company is Moet-Hennessy SA",
    "UPDATE: The Senate voted", "EDITOR'S NOTE: This story", "Source: Reuters data",
    "Washington: The Senate voted", "WATCH: President speaks", "LONDON: 10:30 GMT prices",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_never_invents_a_dateline(text) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    assert doc.dateline is None
    assert doc.text == text
    assert doc.agencies == []


def test_seed_000_year_inferred_from_a_reported_date() -> None:
    doc = Document(
        "BAKU, Azerbaijan, October 3. Azerbaijan and Armenia must immediately resume peace talks,"
        " Representative of the President of Azerbaijan for Special Assignments Elchin Amirbayov"
        " said, Trend reports.\n\nTaking into account the appeal of the representatives of the"
        " Armenian population of Karabakh through the Russian peacekeeping contingent, an"
        " agreement was reached on September 20, 2023, at 13:00 (GMT+4) to cease anti-terrorist"
        " activities of a local nature under the following conditions")
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.city, line.region, line.month, line.day) == ("Baku", "Azerbaijan", 10, 3)
    assert (line.year, line.year_source, line.date) == (2023, "inferred", "2023-10-03")
    assert "year-inferred" in doc.warnings
    # The story goes on on the dateline's line: as many spaces as the cut keep its width.
    assert doc.text.startswith(" " * len("BAKU, Azerbaijan, October 3. ") + "Azerbaijan and")


def test_seed_003_a_date_announced_for_the_future_is_no_evidence() -> None:
    doc = Document(
        "BAKU, November 6 Azerbaijani Foreign Minister Jeyhun Bayramov, at a joint press "
        "conference with his Romanian counterpart Luminica Odobescu in Bucharest, called on "
        "Armenia not to miss the chance for a peace agreement.\n\nBaku On September 19, 2023, "
        "after a months-long blockade of Karabakh, it launched a military operation there. "
        "President Ilham Aliyev said that the country had restored its territorial integrity, "
        "and the unrecognized authorities of the region announced the “self-dissolution” of the "
        "unrecognized republic from January 1, 2024. Starting from September 24 until the end "
        "of the month, more than 100 thousand residents left Karabakh for Armenia.")
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.month, line.day) == ("BAKU, November 6", "Baku", 11, 6)
    assert (line.year, line.date) == (2023, "2023-11-06")
    assert doc.text.startswith(" " * len("BAKU, November 6 ") + "Azerbaijani Foreign Minister")


def test_reference_date_gives_the_nearest_year() -> None:
    doc = Document("WASHINGTON, Dec. 31 (Reuters) - The U.S. Treasury said",
                   reference_date=date(2024, 1, 2))
    Dateline().clean(doc)
    assert (doc.dateline.year, doc.dateline.year_source) == (2023, "reference")
    assert doc.dateline.date == "2023-12-31"
    assert "year-inferred" not in doc.warnings


def test_reference_date_a_day_behind_the_dateline() -> None:
    doc = Document("    JOHANNESBURG March 13 -\n    Shr 516 cts vs 347",
                   reference_date=date(1987, 3, 12))
    Dateline().clean(doc)
    assert doc.dateline.date == "1987-03-13"


def test_explicit_year_beats_the_reference_date() -> None:
    doc = Document("PARIS, 3 March 2024 (AFP) - France", reference_date=date(1999, 6, 1))
    Dateline().clean(doc)
    assert (doc.dateline.year, doc.dateline.year_source) == (2024, "explicit")


def test_weekday_dateline_resolves_against_the_reference_date() -> None:
    doc = Document("WASHINGTON, Tuesday - The president signed", reference_date=date(2024, 3, 7))
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.date, line.year_source) == ("WASHINGTON, Tuesday -", "2024-03-05",
                                                       "reference")


def test_weekday_dateline_without_reference_has_no_date() -> None:
    doc = Document("WASHINGTON, Tuesday - The president signed")
    Dateline().clean(doc)
    assert (doc.dateline.month, doc.dateline.day, doc.dateline.date) == (None, None, None)


def test_without_any_year_evidence_the_year_is_null() -> None:
    doc = Document("BAKU, Azerbaijan, October 3. Talks resumed in 2020 and since 1991.")
    Dateline().clean(doc)
    assert (doc.dateline.year, doc.dateline.year_source, doc.dateline.date) == (None, None, None)
    assert "year-inferred" not in doc.warnings


def test_year_inference_can_be_switched_off() -> None:
    doc = Document("BAKU, Azerbaijan, October 3. It was agreed on September 20, 2023.")
    Dateline({"infer_year": False}).clean(doc)
    assert doc.dateline.year is None and doc.warnings == []


def test_typo_month_is_unknown_and_flagged() -> None:
    doc = Document("    NEW YORK, Narch 2 - Qtr ended Jan 31\n    Shr 72 cts vs 71 cts",
                   reference_date=date(1987, 3, 2))
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.month, line.day, line.date) == (
        "NEW YORK, Narch 2 -", "New York", None, None, None)
    assert "dateline-month-unknown" in doc.warnings
    assert doc.text.startswith(" " * len("    NEW YORK, Narch 2 - ") + "Qtr ended")


def test_impossible_day_is_dropped_and_flagged() -> None:
    doc = Document("    NEW YORK, March 119 - Moody's Investors Service Inc said it",
                   reference_date=date(1987, 3, 19))
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.month, line.day, line.year, line.date) == (3, None, 1987, None)
    assert "dateline-day-invalid" in doc.warnings


def test_trend_byline_inside_the_dateline() -> None:
    doc = Document("BAKU, Azerbaijan, Oct. 3. By Leman Zeynalova - Trend: Azerbaijan's oil "
                   "exports rose")
    Dateline().clean(doc)
    assert doc.dateline.raw == "BAKU, Azerbaijan, Oct. 3. By Leman Zeynalova - Trend:"
    assert (doc.byline, doc.authors, doc.agencies) == ("Leman Zeynalova", ["Leman Zeynalova"],
                                                      ["Trend"])
    cut = "BAKU, Azerbaijan, Oct. 3. By Leman Zeynalova - Trend: "
    assert doc.text == " " * len(cut) + "Azerbaijan's oil exports rose"


def test_two_authors_in_a_dateline_byline_and_a_phrase_that_is_not_one() -> None:
    doc = Document("BAKU, Azerbaijan, Oct. 3. By Jean-Pierre Dupont and Leman Zeynalova – "
                   "Trend: Oil")
    Dateline().clean(doc)
    assert doc.authors == ["Jean-Pierre Dupont", "Leman Zeynalova"]
    prose = Document("BAKU, Azerbaijan, Oct. 3. By contrast, oil - Trend: rose")
    Dateline().clean(prose)
    assert prose.dateline.raw == "BAKU, Azerbaijan, Oct. 3." and prose.byline is None


def test_byline_in_dateline_does_not_replace_one_already_found() -> None:
    doc = Document("BAKU, Azerbaijan, Oct. 3. By Leman Zeynalova – Trend: Oil", byline="Other")
    Dateline().clean(doc)
    assert doc.byline == "Other" and doc.agencies == ["Trend"]


def test_slashed_trend_credit_with_correspondent() -> None:
    doc = Document("Baku, Azerbaijan, Oct.3 /Trend corr. S.Agayeva/ Azerbaijan's ...")
    Dateline().clean(doc)
    assert doc.dateline.raw == "Baku, Azerbaijan, Oct.3 /Trend corr. S.Agayeva/"
    assert (doc.dateline.month, doc.dateline.day, doc.agencies) == (10, 3, ["Trend"])


def test_two_agencies_in_one_credit() -> None:
    doc = Document("GAZA (AP/Reuters) - Israeli aircraft struck")
    Dateline().clean(doc)
    assert doc.agencies == ["AP", "Reuters"]


def test_emptied_line_goes_with_its_break_and_the_next_line_keeps_its_indent() -> None:
    doc = Document("    HAMMOND, IND., March 26 -\n    Shr loss 66 cts vs profit 1.07 dlrs\n")
    Dateline().clean(doc)
    assert doc.text == "    Shr loss 66 cts vs profit 1.07 dlrs\n"


def test_note_offsets_follow_the_removal() -> None:
    doc = Document("LONDON, March 3 (Reuters) - Talks [held in Paris] ended.")
    doc.note_at(34, "held in Paris", "gloss")
    Dateline().clean(doc)
    assert doc.text.startswith(" " * len("LONDON, March 3 (Reuters) - ") + "Talks")
    assert doc.text[doc.notes[0].offset:].startswith("[held in Paris]")


def test_runs_once_per_document() -> None:
    doc = Document("LONDON, March 3 (Reuters) - PARIS, March 4 (AFP) - Both")
    cleaner = Dateline()
    cleaner.clean(doc)
    cleaner.clean(doc)
    assert doc.text == " " * len("LONDON, March 3 (Reuters) - ") + "PARIS, March 4 (AFP) - Both"
    assert doc.agencies == ["Reuters"]


def test_works_on_reflowed_text_and_crlf() -> None:
    doc = Document("    SALVADOR, Feb 26 - Showers continued throughout the week in\n"
                   "the Bahia cocoa zone.\n    The dry period means the temporao will be late")
    Reflow().clean(doc)
    Dateline().clean(doc)
    assert doc.dateline.raw == "SALVADOR, Feb 26 -"
    assert doc.text.startswith(" " * len("SALVADOR, Feb 26 - ")
                               + "Showers continued throughout the week in the Bahia")
    crlf = Document("    SALVADOR, Feb 26 -\r\n    Shr 14 cts\r\n")
    Dateline().clean(crlf)
    assert crlf.dateline.raw == "SALVADOR, Feb 26 -" and crlf.text == "    Shr 14 cts\r\n"


def test_pipeline_finds_the_dateline_under_a_reuters_title() -> None:
    text = ("BAHIA COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued throughout the week "
            "in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.\n Reuter\n")
    doc = Pipeline.from_config().run(text, reference_date=date(1987, 2, 26))
    assert doc.dateline is not None
    assert (doc.dateline.city, doc.dateline.date) == ("Salvador", "1987-02-26")
    assert not [w for w in doc.warnings if w.startswith("cleaner-failed")]


@pytest.mark.parametrize("text", [
    "A" * 200_000, "NEW YORK, " * 20_000, "BAKU, Azerbaijan, " * 10_000, ", " * 100_000,
    "By A B C D " * 20_000, "(Reuters " * 20_000, "- " * 100_000, "\n" * 200_000 + "LONDON -",
    "LONDON" + " " * 200_000 + "- x", "BAKU, October 3. " + "from January 1, 2024 " * 10_000,
])
def test_hostile_input_stays_fast(text) -> None:
    started = time.perf_counter()
    doc = Document(text)
    Dateline().clean(doc)
    assert time.perf_counter() - started < 2.0
    assert missing_words(text, [doc.text, doc.dateline.raw if doc.dateline else None]) == []


def test_normal_case() -> None:
    assert normal_case("COEUR D'ALENE") == "Coeur D'Alene"
    assert normal_case("DAR ES SALAAM") == "Dar es Salaam"
    assert normal_case("Rio de Janeiro") == "Rio de Janeiro"
    assert normal_case("omaha") == "Omaha"


def test_reading_is_bounded_to_a_prefix() -> None:
    far = " " * 400 + "LONDON, March 3 (Reuters) - x"
    assert read_dateline(far) is None


# -- the one-match shortcut for the common shape ------------------------------------------------

COMMON = [  # the shortcut takes these
    "    SALVADOR, Feb 26 - Showers continued", "NEW YORK, FEB 26 - Shr", "CHICAGO, Feb. 26 - x",
    "    SAN MATEO, Calif., March 2 -\n    Shr 14 cts", "BOSTON, Mass., March 2 - x",
    "LUDWIGSHAFEN, West Germany, March 30 - BASF", "MEXICO CITY, Mexico, Feb 26 - x",
    "SUN CITY, Ariz., March 4 - x", "MAR DEL PLATA, Argentina, March 3 - x", "DE KALB, Ill., "
    "April 1 - x", "RIO DE JANEIRO, March 5 - Brazil", "NEW YORK, Marc 3 - x", "TOKYO, Feb 29 - x",
    "ALBANY, N.Y., March 3 - KeyCorp", "WASHINGTON, Sept 3 - The", "LONDON, Mayo, March 3 - x",
    "LONDON, Reuter, March 3 - x",  # a region to the reader too: no dash follows the credit
]
DEFERRED = [  # the shortcut's shape, but the careful reader decides
    "MAY, Feb 3 - x", "UPDATE, March 3 - x", "SAN MARCH, March 3 - x", "IN ROME, March 3 - x",
    "AP, March 3 - x", "REUTER, March 3 - x", "NEW YORK, March 119 - x", "NEW YORK, Feb 30 - x",
    "NEW YORK, April 0 - x", "BAKU, Oct 3 - Trend: Oil", "BAKU, Oct 3 - Trend : Oil",
    "LONDON, Jan., March 3 - x", "LONDON, Sun, March 3 - x", "DALLAS, Texas City, March 3 - x",
    "ROME, By, March 3 - x", "PARIS, Mar, March 3 - x",
    "NEW YORK, March 2 -5 pct", "NEW YORK, March 2 -- x", "NEW YORK, Narch 2 - x",
    "LONDON, Sat, March 3 - x", "LONDON, Sept.N.Y., March 3 - x",
    "****LONDON, March 5 - x", "RPT --LONDON, March 5 - x", "NEW  YORK, March 5 - x",
    "LONDONÜ, March 5 - x", "L" * 35 + ", March 5 - x", "A B, March 5 - x",
]


@pytest.mark.parametrize("text", COMMON + DEFERRED)
def test_shortcut_reads_as_the_careful_reader(text, monkeypatch) -> None:
    quick = read_dateline(text)
    start = patterns.LEADING_BLANK.match(text).end()
    took = dateline._read_common(text, start, start + patterns.PREFIX_CHARS) is not None
    assert took == (text in COMMON)
    monkeypatch.setattr(dateline, "_read_common", lambda *args: None)
    assert quick == read_dateline(text)


def _city_the_reader_takes(city: str) -> str | None:
    """What the city reader makes of ``city`` before ", ": its name, if it takes it whole."""
    probe = city + ", "
    read = dateline._read_city(probe, 0, len(probe))
    if read is None or read[0] != len(city) or read[2] != "shouted":
        return None
    return normal_case(city)


_SHOUTED_WORDS = sorted({
    word.upper() for table in (patterns.NOT_CITIES, patterns.NOT_CITY_OPENERS,
                               patterns.MONTH_NUMBERS, patterns.WEEKDAY_NUMBERS,
                               patterns.CITY_PARTICLES, patterns.STATE_ABBREVIATIONS,
                               agency_spellings())
    for word in table if word.isalpha() and len(word) >= 2 and word.isascii()
} | {"NEW", "YORK", "SAN", "CITY", "RIO", "JANEIRO", "LOS", "ANGELES", "SUN", "PARK"})


def test_plain_city_words_follow_the_city_reader() -> None:
    words = _SHOUTED_WORDS
    cities = [" ".join(c) for n in (1, 2) for c in itertools.product(words, repeat=n)]
    cities += [" ".join(c) for c in itertools.product(words[::7], repeat=3)]
    disagree = [c for c in cities if dateline._plain_city_name(c) != _city_the_reader_takes(c)]
    assert disagree == []


# -- a cut that leaves story on its line keeps the line's width -------------------------------


def test_story_left_on_the_dateline_line_keeps_its_width() -> None:
    text = ("    MONTREAL, Feb 26 - (Groupe Videotron Ltd) said it agreed to\n"
            "buy 50 pct of Tele-Metropole Inc.\n")
    doc = Document(text)
    Dateline().clean(doc)
    first, rest = doc.text.split("\n", 1)
    cut = "    MONTREAL, Feb 26 - "
    assert first == " " * len(cut) + "(Groupe Videotron Ltd) said it agreed to"
    assert len(first) == text.index("\n") and rest == "buy 50 pct of Tele-Metropole Inc.\n"


def test_reflow_joins_the_first_line_it_no_longer_sees_short() -> None:
    text = ("DIAMOND SHAMROCK <DIA> SETS RECORD DATE\n\n"
            "    DALLAS, MARCH 2 - Diamond Shamrock Corp said it set March\n"
            "26 as the record date for stockholders entitled to vote at its\n"
            "April 30 annual meeting.\n Reuter\n")
    doc = Pipeline.from_config().run(text, reference_date=date(1987, 3, 2))
    assert doc.dateline.raw == "DALLAS, MARCH 2 -"
    assert doc.text == ("Diamond Shamrock Corp said it set March 26 as the record date for "
                        "stockholders entitled to vote at its April 30 annual meeting.")


# -- colon datelines and a credit before the city ----------------------------------------------


@pytest.mark.parametrize(("text", "raw", "city", "month", "day", "rest"), [
    ("NEW DELHI: The Centre on Friday notified", "NEW DELHI:", "New Delhi", None, None,
     "The Centre"),
    ("WASHINGTON: The Senate voted", "WASHINGTON:", "Washington", None, None, "The Senate"),
    ("MUMBAI : Shares rose", "MUMBAI :", "Mumbai", None, None, "Shares rose"),
    ("NEW DELHI, Jan 5: The government said", "NEW DELHI, Jan 5:", "New Delhi", 1, 5,
     "The government"),
    ("Mumbai, Jan 5: Shares rose", "Mumbai, Jan 5:", "Mumbai", 1, 5, "Shares rose"),
])
def test_colon_closes_a_shouted_or_dated_dateline(text, raw, city, month, day, rest) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.month, line.day) == (raw, city, month, day)
    assert doc.text.lstrip().startswith(rest)
    assert missing_words(text, [doc.text, line.raw]) == []


@pytest.mark.parametrize(("text", "raw", "city", "month", "agencies", "rest"), [
    ("(ANSA) - ROME, March 3 - Italy's premier said", "(ANSA) - ROME, March 3 -", "Rome", 3,
     ["ANSA"], "Italy's premier"),
    ("(ANSA) - Rome, MAR 12 - Italian exports", "(ANSA) - Rome, MAR 12 -", "Rome", 3, ["ANSA"],
     "Italian exports"),
    ("(ANSA) - ROME - Italy's premier said", "(ANSA) - ROME -", "Rome", None, ["ANSA"],
     "Italy's premier"),
    ("(AP) - NEW YORK, March 3 (Reuters) - Stocks", "(AP) - NEW YORK, March 3 (Reuters) -",
     "New York", 3, ["AP", "Reuters"], "Stocks"),
    ("(Reuters) - Oil prices rose on Monday", "(Reuters) -", None, None, ["Reuters"],
     "Oil prices"),
    ("(Reuters) - U.S. stocks fell", "(Reuters) -", None, None, ["Reuters"], "U.S. stocks"),
    ("(Reuters) - London-listed shares fell", "(Reuters) -", None, None, ["Reuters"],
     "London-listed"),
])
def test_credit_before_the_city(text, raw, city, month, agencies, rest) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.month, doc.agencies) == (raw, city, month, agencies)
    assert doc.text.lstrip().startswith(rest)
    assert missing_words(text, [doc.text, line.raw]) == []


# -- other languages, ANI and IANS, a dateline under a title -----------------------------------

NEEDS_SPELLINGS = pytest.mark.skipif(
    not all(canonical_agency(name) for name in ("INTERFAX.RU", "ТАСС", "ИА Регнум")),
    reason="agency_names has no Russian credit spellings yet")


@pytest.mark.parametrize(("text", "raw", "city", "region", "month", "day", "agencies", "rest"), [
    ("New Delhi [India], September 16 (ANI): The Delhi Police on Friday",
     "New Delhi [India], September 16 (ANI):", "New Delhi", "India", 9, 16, ["ANI"],
     "The Delhi Police"),
    ("Mumbai (ANI): Security outside Mumbai's two Taj Hotels", "Mumbai (ANI):", "Mumbai", None,
     None, None, ["ANI"], "Security outside"),
    ("Mumbai, Jan 5 (IANS) The 12 crore hungry janata", "Mumbai, Jan 5 (IANS)", "Mumbai", None,
     1, 5, ["IANS"], "The 12 crore"),
    ("NEW DELHI, Jan 5 (PTI) The government said", "NEW DELHI, Jan 5 (PTI)", "New Delhi", None,
     1, 5, ["PTI"], "The government"),
    ("By IANS, Kolkata : In separate incidents, suspected Maoist guerrillas",
     "By IANS, Kolkata :", "Kolkata", None, None, None, ["IANS"], "In separate"),
    ("Nueva Delhi, 21 ene (EFE).- Una pareja de leones", "Nueva Delhi, 21 ene (EFE).-",
     "Nueva Delhi", None, 1, 21, ["EFE"], "Una pareja"),
    ("MADRID, 3 mar (EFE).- El paro bajó", "MADRID, 3 mar (EFE).-", "Madrid", None, 3, 3,
     ["EFE"], "El paro"),
    ("Berlin, 3. März (dpa) - Die Regierung", "Berlin, 3. März (dpa) -", "Berlin", None, 3, 3,
     ["dpa"], "Die Regierung"),
    ("Paris, 21 janv. (AFP) - Le gouvernement", "Paris, 21 janv. (AFP) -", "Paris", None, 1, 21,
     ["AFP"], "Le gouvernement"),
    ("Roma, 12 giugno (ANSA) - Il governo", "Roma, 12 giugno (ANSA) -", "Roma", None, 6, 12,
     ["ANSA"], "Il governo"),
    ("Moscow, Russia | Xinhua | Russia, Turkey, Ukraine and the United Nations",
     "Moscow, Russia | Xinhua |", "Moscow", "Russia", None, None, ["Xinhua"], "Russia, Turkey"),
    ("Baku. 27 June. REPORT.AZ/ \"I urge the whole world\"", "Baku. 27 June. REPORT.AZ/", "Baku",
     None, 6, 27, ["Report"], "\"I urge"),
    ("Москва. 18 августа. Interfax - Пресс-секретарь мэра", "Москва. 18 августа. Interfax -",
     "Москва", None, 8, 18, ["Interfax"], "Пресс-секретарь"),
    ("МОСКВА, 3 марта. /TASS/. Пресс-секретарь", "МОСКВА, 3 марта. /TASS/.", "Москва", None, 3,
     3, ["TASS"], "Пресс-секретарь"),
])
def test_other_wires_forms(text, raw, city, region, month, day, agencies, rest) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.region, line.month, line.day) == (
        raw, city, region, month, day)
    assert doc.agencies == agencies
    assert doc.text.lstrip().startswith(rest)
    assert missing_words(text, [doc.text, line.raw]) == []


@NEEDS_SPELLINGS
@pytest.mark.parametrize(("text", "raw", "city", "month", "day", "year", "agencies"), [
    ("Москва. 18 августа. INTERFAX.RU - Пресс-секретарь мэра Москвы",
     "Москва. 18 августа. INTERFAX.RU -", "Москва", 8, 18, None, ["Interfax"]),
    ("14 марта. Interfax-Russia.ru - Россия не хочет войны",
     "14 марта. Interfax-Russia.ru -", None, 3, 14, None, ["Interfax"]),
    ("МОСКВА, 3 марта. /ТАСС/. Пресс-секретарь", "МОСКВА, 3 марта. /ТАСС/.", "Москва", 3, 3,
     None, ["TASS"]),
    ("Москва, 15 марта, 2022, 12:58 — ИА Регнум. Президент России",
     "Москва, 15 марта, 2022, 12:58 — ИА Регнум.", "Москва", 3, 15, 2022, ["Regnum"]),
])
def test_russian_credits(text, raw, city, month, day, year, agencies) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    line = doc.dateline
    assert (line.raw, line.city, line.month, line.day, line.year) == (raw, city, month, day, year)
    assert doc.agencies == agencies


@pytest.mark.parametrize(("text", "raw", "title"), [
    ("国内英语新闻:Chinese premier confident in meeting 2015 growth target\n"
     "BEIJING, Dec. 11 (Xinhua) -- Chinese Premier Li Keqiang voiced",
     "BEIJING, Dec. 11 (Xinhua) --", "国内英语新闻:Chinese premier confident"),
    ("Ex-Chinese Premier Li Peng dies aged 90: Xinhua\n     BEIJING, July 23\n"
     "     Former Chinese Premier Li Peng", "BEIJING, July 23", "Ex-Chinese Premier"),
    ("Russia\nDiplomats evacuated from Pyongyang head to Moscow - foreign ministry\n"
     "VLADIVOSTOK, March 10. /TASS/: Russian and foreign diplomats",
     "VLADIVOSTOK, March 10. /TASS/:", "Russia\nDiplomats"),
    ("• Maharashtra's breakfast today - a brand new government!\n"
     "    Mumbai, November 23 (IANS) The 12 crore hungry janata",
     "Mumbai, November 23 (IANS)", "• Maharashtra's"),
])
def test_dateline_right_under_a_title_line(text, raw, title) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    assert doc.dateline.raw == raw
    assert doc.text.startswith(title)  # the title stays, for the headline cleaner
    assert missing_words(text, [doc.text, doc.dateline.raw]) == []


@pytest.mark.parametrize("text", [
    # a capitalised place opening a sentence, with the new forms' pieces nearby
    "New Delhi [India] police said on Monday that",
    "Paris, 3 out of 5 voters said they would",
    "Moscow, 3 set of talks ended on Monday",
    "The Associated Press (AP): the vote was",
    "The Associated Press (AP) - The vote was",
    "By IANS, Kolkata police said on Thursday",
    "By Reuters staff\nLONDON is expected to",
    "Berlin | The government said",
    "Москва. Пресс-секретарь мэра сказал",
    "Москва заявила 18 августа, что",
    # under a title: no blank line allowed, a strong dateline only, the title must end
    "Markets\n\nBEIJING, Dec. 11 (Xinhua) -- Chinese",
    "Markets today\nLondon - Belgium is launching",
    "The vote was held on Monday.\nWASHINGTON (AP) — The Senate",
    "The minister said in\nMOSCOW, March 3 (Reuters) - that",
    "He told reporters:\nMOSCOW, March 3 (Reuters) - the",
    "One\nTwo\nThree\nBEIJING, Dec. 11 (Xinhua) -- Chinese",
    "Shares in Moscow\nMoscow said on Tuesday that",
])
def test_new_forms_never_invent_a_dateline(text) -> None:
    doc = Document(text)
    Dateline().clean(doc)
    assert doc.dateline is None
    assert doc.text == text


def test_configured_extra_cities_open_datelines_the_shape_rules_refuse(tmp_path) -> None:
    import json

    from typer.testing import CliRunner

    from newsnorm.cli import app

    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("New Delhi: The government said on Tuesday it would act.\n",
                       encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text('[cleaners.dateline]\nextra_cities = ["New Delhi", "Rio de Janeiro"]\n',
                      encoding="utf-8")
    plain = CliRunner().invoke(app, ["ingest", str(article.parent), "-j", "1", "-q"])
    assert json.loads(plain.stdout)["dateline"] is None
    configured = CliRunner().invoke(app, ["ingest", str(article.parent), "-j", "1", "-q",
                                          "--config", str(config)])
    record = json.loads(configured.stdout)
    assert (record["dateline"]["raw"], record["dateline"]["city"]) == ("New Delhi:", "New Delhi")
    assert record["body"] == "The government said on Tuesday it would act."


def test_extra_cities_still_need_a_closing_mark() -> None:
    from newsnorm import normalize
    from newsnorm.config import Config

    config = Config(cleaners={"dateline": {"extra_cities": ["Rio de Janeiro"]}})
    assert normalize("Rio de Janeiro is hot in summer.", config=config).dateline is None
    record = normalize("Rio de Janeiro - Brazil's central bank raised rates.", config=config)
    assert record.dateline is not None and record.dateline.city == "Rio de Janeiro"


# -- country first, lower-case credits, strong datelines below the top -------------------------


def test_trend_country_first_with_the_reporter_in_the_credit() -> None:
    text = "Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/\n\nThe Georgian government is"
    reading = read_dateline(text)
    assert (reading.city, reading.region, reading.month, reading.day) == ("Tbilisi", "Georgia",
                                                                          2, 7)
    assert reading.agencies == ["Trend"] and reading.byline == "N. Kirtskhalia"
    # The usual order stays: a city, then its country.
    reading = read_dateline("BAKU, Azerbaijan, Oct. 3 /Trend/ - Azerbaijan and Armenia")
    assert (reading.city, reading.region, reading.byline) == ("Baku", "Azerbaijan", None)
    # Two countries: nothing to swap ("PANAMA, Panama" style).
    reading = read_dateline("Georgia, Turkey, Feb. 7 /Trend/ - Text")
    assert reading is None or reading.city == "Georgia"


def test_swiss_wire_lower_case_credit_without_a_dash() -> None:
    reading = read_dateline("Paris (ats afp) Les violences liées aux manifestations")
    assert (reading.city, reading.agencies) == ("Paris", ["ATS", "AFP"])
    # No dash, and the credit is followed by no sentence: story.
    assert read_dateline("Paris (ats afp) said on Sunday that") is None
    # Lower-case words in brackets that name no agency are no credit.
    assert read_dateline("Paris (the capital) Les violences") is None


def test_strong_datelines_below_the_top() -> None:
    text = "Title\nSEOUL -- The breathtakingly ornate throne hall"
    assert dateline.read_strong_dateline(text, 6).city == "Seoul"
    # A shouted city with a single dash and no date or credit is not strong.
    assert dateline.read_strong_dateline("Title\nSEOUL - The hall", 6) is None
    # A title-case city with a date but no credit is not strong.
    assert dateline.read_strong_dateline("Title\nSeoul, March 3 - The hall", 6) is None
    assert dateline.read_strong_dateline("Title\nGeneva (dpa) - Switzerland", 6).city == "Geneva"


def test_photo_file_name_glued_to_the_dateline() -> None:
    # eurasia.ro's repost of Fars: the photo's file name runs into the shouted city.
    text = ("A02370181.jpgTEHRAN (Fars News Agency)- Iranian Foreign Ministry Spokesman Seyed "
            "Mohammad Ali Hosseini said")
    reading = read_dateline(text)
    assert (reading.city, reading.agencies) == ("Tehran", ["Fars"])
    assert text[reading.start:reading.end] == "A02370181.jpgTEHRAN (Fars News Agency)-"
    # A file name followed by a space and a sentence is no dateline junk.
    assert read_dateline("IMG_1234.jpg Tehran said on Sunday that talks would go on") is None


def test_spaced_en_dash_after_a_shouted_city_is_strong() -> None:
    from newsnorm.cleaners.dateline import read_strong_dateline
    # The Philippine News Agency: "MANILA – After 50 years ..." under its title and byline.
    text = "Title\nMANILA – After 50 years of being the government's newswire"
    reading = read_strong_dateline(text, 6)
    assert (reading.city, text[reading.start:reading.end]) == ("Manila", "MANILA –")
    # A hyphen is no long dash, and a title-case word with an en dash opens a sentence.
    assert read_strong_dateline("Title\nMANILA - After 50 years", 6) is None
    assert read_strong_dateline("Title\nManila – after 50 years", 6) is None


def test_menafn_source_bracket_before_the_dateline() -> None:
    # MENAFN's repost of KUNA: its source bracket is glued before the wire's own dateline.
    text = ("( MENAFN - Kuwait News Agency (KUNA)) KUWAIT, Dec 2 (KUNA) -- The health condition "
            "of His Highness the Amir remains stable")
    reading = read_dateline(text)
    assert (reading.city, reading.month, reading.day, reading.agencies) == (
        "Kuwait", 12, 2, ["KUNA"])
    assert text[reading.start:reading.end] == "KUWAIT, Dec 2 (KUNA) --"
    # The cleaner takes the dateline only: the bracket stays for the agencies cleaner.
    doc = Document(text)
    Dateline().clean(doc)
    assert doc.text.startswith("( MENAFN - Kuwait News Agency (KUNA))")
    assert " ".join(doc.text.split()).endswith(") The health condition of His Highness the Amir "
                                                "remains stable")
    assert missing_words(text, [doc.text, doc.dateline.raw]) == []
    # A bracket that is no MENAFN source, and a story after the bracket, read no dateline.
    assert read_dateline("(Reuters Pictures) KUWAIT, Dec 2 (KUNA) -- The health") is None
    assert read_dateline("(MENAFN- AzerNews) Kuwait said on Saturday that") is None


def test_antara_credit_after_a_comma() -> None:
    # ANTARA's English service: a comma before its "(ANTARA News)" credit.
    text = "Purwokerto, C Java, (ANTARA News) - The National News Agency (LKBN) Antara is expected"
    reading = read_dateline(text)
    assert (reading.city, reading.region, reading.agencies) == ("Purwokerto", "C Java", ["Antara"])
    assert text[reading.start:reading.end] == "Purwokerto, C Java, (ANTARA News) -"
    assert read_dateline("JAKARTA (ANTARA News) - Indonesia").agencies == ["Antara"]
    # A comma and a bracket that credit no agency are story.
    assert read_dateline("Purwokerto, C Java, (the regency seat) - it said") is None
    assert read_dateline("Smith, (ANTARA News) said on Monday that") is None
