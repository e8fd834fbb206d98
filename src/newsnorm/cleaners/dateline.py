"""Parse the wire dateline at the start of the story and resolve its year.

A dateline opens the first non-blank line of the story (the headline and byline are gone by
then) and says where, often when, and sometimes through whom the story was filed::

    LONDON, March 3 (Reuters) -          WASHINGTON (AP) —           MOSCOW, March 3. /TASS/.
    BAKU, Azerbaijan, October 3.         SIOUX FALLS, S.D., Feb 26 - AMSTERDAM, 2 Mar -
    BAKU, Azerbaijan, Oct. 3. By Name - Trend:                       (Reuters) -
    NEW DELHI: The Centre ...            (ANSA) - ROME, MAR 12 -
    New Delhi [India], September 16 (ANI):                           By IANS, Kolkata :
    Москва. 18 августа. INTERFAX.RU -    МОСКВА, 3 марта. /ТАСС/.    Madrid, 3 mar (EFE).-
    Moscow, Russia | Xinhua |            Baku. 27 June. REPORT.AZ/   Mumbai (ANI):

A strong one (credited, or a shouted city with a date) is also read on the line right under a
title line or two that the headline cleaner left ("... growth target⏎BEIJING, Dec. 11 (Xinhua)").

It is read piece by piece at a cursor (city, regions, date, credit, separator; tables in
:mod:`~newsnorm.cleaners.dateline_patterns`) inside a bounded prefix, taken out of the text
through a recorded edit, and kept whole in ``dateline.raw``. A dateline is never invented: a
capitalised word that opens a sentence ("Baku, Moscow eye ...", "Moscow said on Tuesday") is
story, so a city must be shouted or be followed by a date, an agency credit or a dash (a colon
closes only a shouted city, and never a label: "NOTE: Full name ..." is story).
The common shape (``SALVADOR, Feb 26 -``, nine in ten Reuters datelines) is first tried in one
match that takes only what the piece-by-piece reader would read the same way: a million stories
should not pay for the rare ones.
The year follows the SPEC's rule (:mod:`~newsnorm.cleaners.year_rule`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from newsnorm.cleaners import dateline_patterns as patterns
from newsnorm.cleaners.agency_names import (
    PLACE_NAMED_SPELLINGS,
    canonical_agency,
    dateline_agency,
)
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.year_rule import resolve_weekday, resolve_year
from newsnorm.document import Document
from newsnorm.model import Dateline as DatelineRecord


@dataclass
class Reading:
    """What the dateline at the start of a text says, before the year rule."""

    start: int  # offset of its first character
    end: int  # offset just after its last character
    city: str | None = None
    shape: str = ""  # of the city: "shouted" (NEW YORK), "title" (Sioux City), "loose" (omaha)
    city_words: int = 0
    region: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    garbled_date: bool = False  # a mistyped date ("Narch 2") stood where the date goes
    foreign_date: bool = False  # the month is in another language ("18 августа", "3 mar" no)
    agencies: list[str] = field(default_factory=list)
    byline: str | None = None
    separated: bool = False  # a dash ends it
    warnings: list[str] = field(default_factory=list)
    colon: bool = False  # a colon ends it ("NEW DELHI: ...")

    @property
    def dated(self) -> bool:
        return self.month is not None or self.garbled_date


class DatelineOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # Infer a year from the story's own dates when neither the dateline nor a reference date
    # gives one (flagged "year-inferred"); off, such a dateline keeps a null year.
    infer_year: bool = True
    # How much of the text, from its first non-blank character, may hold the dateline.
    prefix_chars: int = Field(default=patterns.PREFIX_CHARS, ge=40, le=2000)
    # Cities a corpus uses whose datelines the reader's shape rules alone would not accept
    # ("New Delhi: The ...", title case before a colon; "Rio de Janeiro - ..."), as written.
    # Still only at the story's start, and only when a separator, a colon, a credit or a full
    # date closes the city: "New Delhi is ..." stays story.
    extra_cities: list[str] = Field(default_factory=list)


@register
class Dateline(Cleaner):
    """Take the wire dateline off the story's start; record its city, date, year and credit.

    >>> doc = Document("    SALVADOR, Feb 26 - Showers continued throughout the week in\\n"
    ...                "the Bahia cocoa zone.", reference_date=date(1987, 2, 26))
    >>> Dateline().clean(doc)
    >>> doc.text  # the line keeps its width, for reflow to see it wrapped
    '                       Showers continued throughout the week in\\nthe Bahia cocoa zone.'
    >>> doc.dateline.raw, doc.dateline.city, doc.dateline.date, doc.dateline.year_source
    ('SALVADOR, Feb 26 -', 'Salvador', '1987-02-26', 'reference')
    """

    name = "dateline"
    Options = DatelineOptions

    def clean(self, doc: Document) -> None:
        if doc.dateline is not None:
            return  # one dateline per story, even if the cleaner runs twice
        reading = read_dateline(doc.text, self.options.prefix_chars)
        if reading is None and self.options.extra_cities:
            reading = read_known_city(doc.text, self._known_cities(), self.options.prefix_chars)
        if reading is None:
            return
        raw = doc.text[reading.start:reading.end]
        doc.edit([_removal_span(doc.text, reading)])
        for agency in reading.agencies:
            doc.credit(agency)
        if reading.byline and doc.byline is None:
            doc.byline = reading.byline
            doc.authors = split_authors(reading.byline)
        for code in reading.warnings:
            doc.warn(code)
        doc.dateline = self._record(raw, reading, doc)

    def _known_cities(self) -> frozenset[str]:
        if not hasattr(self, "_known"):
            self._known = frozenset(" ".join(c.split()).lower() for c in self.options.extra_cities)
        return self._known

    def _record(self, raw: str, reading: Reading, doc: Document) -> DatelineRecord:
        month, day, year, source = reading.month, reading.day, reading.year, None
        if month is None and reading.weekday is not None and doc.reference_date is not None:
            resolved = resolve_weekday(reading.weekday, doc.reference_date)
            month, day, year, source = resolved.month, resolved.day, resolved.year, "reference"
        else:
            text = doc.text if self.options.infer_year else ""
            year, source = resolve_year(month, day, explicit=year,
                                        reference=doc.reference_date, text=text)
            if source == "inferred":
                doc.warn("year-inferred")
        return DatelineRecord(
            raw=raw, city=reading.city, region=reading.region, month=month, day=day,
            year=year, date=iso_date(year, month, day), year_source=source,
        )


# -- reading ---------------------------------------------------------------------------------


def read_dateline(text: str, prefix_chars: int = patterns.PREFIX_CHARS) -> Reading | None:
    """Read the dateline that opens ``text``, or None when it does not open with one.

    >>> r = read_dateline("BAKU, Azerbaijan, October 3. Azerbaijan and Armenia must ...")
    >>> r.city, r.region, r.month, r.day, r.end
    ('Baku', 'Azerbaijan', 10, 3, 28)
    >>> read_dateline("Baku, Moscow eye illegal Armenian groups' withdrawal") is None
    True
    """
    start = patterns.LEADING_BLANK.match(text, 0, prefix_chars).end()
    if (text.startswith(patterns.SOURCE_BRACKET_OPENINGS, start)
            and (source := patterns.SOURCE_BRACKET.match(text, start))):
        start = source.end()  # "( MENAFN - Kuwait News Agency (KUNA)) KUWAIT, Dec 2 (KUNA) --"
    endpos = start + prefix_chars
    common = _read_common(text, start, endpos)  # never after junk: it opens with no city word
    if common is not None:
        return common
    reading = _read_at(text, start, endpos)
    if reading is None:
        return _read_under_title(text, start, prefix_chars)
    return reading


def read_strong_dateline(text: str, pos: int,
                         prefix_chars: int = patterns.PREFIX_CHARS) -> Reading | None:
    """The strong dateline that opens ``text`` at ``pos`` (a line's first character), or None.

    Strong: it credits an agency ("Geneva (dpa) -", "LONDON, Feb. 1, 2017 /PRNewswire/ --"),
    or a shouted city has a date ("BEIJING, July 23 -") or a wire's long dash ("SEOUL --").
    A capitalised word that opens a sentence never is one.

    >>> read_strong_dateline("Title\\nGeneva (dpa) - Switzerland is", 6).city
    'Geneva'
    >>> read_strong_dateline("Moscow said on Tuesday - that", 0) is None
    True
    """
    endpos = pos + prefix_chars
    reading = _read_common(text, pos, endpos) or _read_at(text, pos, endpos)
    if reading is None or not is_strong(reading, text):
        return None
    return reading


def is_strong(reading: Reading, text: str) -> bool:
    """Whether a dateline read at a line's start is strong enough to mark what stands above it
    as front matter (see :func:`read_strong_dateline`)."""
    if reading.agencies:
        return reading.city is not None or reading.separated
    if reading.shape != "shouted" or reading.city is None:
        return False
    if reading.dated and reading.separated:
        return True
    if reading.colon and reading.day is not None and _is_colon_dateline(reading, text):
        # The colon of Nepal's RSS and Indian papers after a full date: "KATHMANDU, March 6:
        # The CPN ..." (RSS items on myrepublica.nagariknetwork.com; rssnepal.com writes
        # "Kathmandu, Sept 7: With ..."), "NEW DELHI, March 5: The Centre ...": a shouted city
        # so dated is as strong as one closed by a dash. (A city alone before
        # a colon, "KUWAIT: His Highness ...", is not: a deck's "...: Speaker" looks the same.)
        return True
    return reading.separated and bool(patterns.LONG_DASH_END.search(text, reading.start,
                                                                     reading.end))


def read_known_city(text: str, known: frozenset[str],
                    prefix_chars: int = patterns.PREFIX_CHARS) -> Reading | None:
    """A dateline whose city is one the configuration names (lower-cased in ``known``).

    >>> read_known_city("New Delhi: The government said", frozenset({"new delhi"})).city
    'New Delhi'
    >>> read_known_city("New Delhi is a large city", frozenset({"new delhi"})) is None
    True
    """
    start = patterns.LEADING_BLANK.match(text, 0, prefix_chars).end()
    reading = _read_with_city(text, start, start, start + prefix_chars)
    if reading is None or reading.city is None or reading.city.lower() not in known:
        return None
    closed = (reading.separated or reading.colon or bool(reading.agencies)
              or (reading.month is not None and reading.day is not None))
    return reading if closed else None


def _read_at(text: str, start: int, endpos: int) -> Reading | None:
    """The careful reader: the dateline that opens the text at ``start``, or None."""
    junk = patterns.JUNK_PREFIX.match(text, start, endpos) or _image_name(text, start, endpos)
    begin = junk.end() if junk else start
    for reader in (_read_with_city, _read_credit_only, _read_date_only):
        reading = reader(text, start, begin, endpos)
        if reading is not None and _is_dateline(reading, text):
            if reading.city is None and reading.agencies and reading.separated:
                return _read_city_after_credit(text, reading, endpos)
            return reading
    return _read_by_agency(text, start, endpos) or _read_city_stop(text, start, endpos)


def _read_city_stop(text: str, start: int, endpos: int) -> Reading | None:
    """A shouted city closed by a full stop alone, a sentence after it: "BISHKEK. Kyrgyz Prime
    Minister ..." (RFE/RL's Kyrgyz service), or None.

    >>> r = read_dateline("BISHKEK. Kyrgyz Prime Minister Nikolai Tanayev today arrived")
    >>> r.city, r.end
    ('Bishkek', 8)
    >>> read_dateline("U.S. officials said on Monday") is None
    True
    """
    name = patterns.CITY_STOP_NAME.match(text, start, endpos)
    if name is None:  # (at most CITY_STOP_MAX_WORDS hyphen-joined runs: see CITY_STOP_NAME)
        return None
    stop = patterns.CITY_STOP_STORY.match(text, name.end(), endpos)
    if stop is None:
        return None
    city = name.group()
    words = city.lower().split()
    if len(words) == 1 and len(city.replace("-", "")) <= patterns.ACRONYM_MAX_LETTERS:
        return None  # "NATO. The alliance ...": an acronym's sentence
    if (city.lower() in patterns.CITY_STOP_LABELS
            or any(word in patterns.NOT_CITIES or word in patterns.COLON_LABELS
                   or word in patterns.CITY_STOP_LABELS or word in patterns.NOT_CITY_OPENERS
                   or _is_calendar_word(word) for word in words)
            or canonical_agency(city) is not None):
        return None
    return Reading(start, name.end() + 1, city=normal_case(city), shape="shouted",
                   city_words=len(words))


def _image_name(text: str, start: int, endpos: int) -> re.Match[str] | None:
    """A photo's file name glued before the dateline ("A02370181.jpgTEHRAN (Fars ..."), or None.

    >>> _image_name("A02370181.jpgTEHRAN (Fars News Agency)- Iranian", 0, 300).end()
    13
    >>> _image_name("U.S. banks report", 0, 300) is None
    True
    """
    dot = text.find(".", start, min(endpos, start + patterns.IMAGE_NAME_CHARS))
    if dot < 0 or text[dot + 1:dot + 2] not in patterns.IMAGE_EXTENSION_FIRST:
        return None  # (one character tested first: most lines' first dot ends a sentence)
    if not text[dot + 1:dot + 5].lower().startswith(patterns.IMAGE_EXTENSIONS):
        return None
    return patterns.IMAGE_NAME.match(text, start, endpos)


def _read_by_agency(text: str, start: int, endpos: int) -> Reading | None:
    """``By IANS, Kolkata : In separate ...``: a credit as a byline, then the city and a colon or
    dash (some Indian sites print IANS copy so); the city may be in title case here.

    >>> r = _read_by_agency("By IANS, Kolkata : In separate incidents", 0, 300)
    >>> r.city, r.agencies, r.end
    ('Kolkata', ['IANS'], 18)
    >>> _read_by_agency("By IANS, Kolkata police said", 0, 300) is None
    True
    """
    credit = patterns.BY_AGENCY.match(text, start, endpos)
    if credit is None:
        return None
    reading = _read_with_city(text, start, credit.end(), endpos)
    if reading is None or reading.shape == "loose" or reading.city_words > 3:
        return None
    closed = reading.separated or reading.colon or _is_dateline(reading, text)
    if not (closed and patterns.STORY_START.match(text, reading.end)):
        return None
    _add_agencies(reading, credit.group("agencies"))
    return reading


def _read_under_title(text: str, start: int, prefix_chars: int) -> Reading | None:
    """A strong dateline on a line right under one or two title lines, with no blank line
    between (the headline cleaner takes such a title; the title stays where it is here).

    Strong: it credits an agency, or a shouted city has a date ("BEIJING, July 23"). A title
    is short and does not run on into the next line ("... told", "He said:", "... growth.").

    >>> text = "Premier confident in meeting growth target\\nBEIJING, Dec. 11 (Xinhua) -- Li"
    >>> r = read_dateline(text)
    >>> text[r.start:r.end], r.city, r.agencies
    ('BEIJING, Dec. 11 (Xinhua) --', 'Beijing', ['Xinhua'])
    >>> read_dateline("The minister said in\\nMOSCOW, March 3 (Reuters) - that") is None
    True
    """
    line_start = start
    for _ in range(patterns.TITLE_LINES_MAX):
        line_end = text.find("\n", line_start, line_start + patterns.TITLE_MAX_CHARS + 1)
        if line_end < 0 or not _is_title_line(text[line_start:line_end]):
            return None
        line_start = patterns.LEADING_SPACE.match(text, line_end + 1).end()
        if text.startswith("\n", line_start):
            return None  # a blank line: the headline cleaner's to judge
        endpos = line_start + prefix_chars
        reading = _read_common(text, line_start, endpos) or _read_at(text, line_start, endpos)
        if reading is not None:
            strong = bool(reading.agencies) or (reading.shape == "shouted" and reading.dated)
            return reading if strong else None
    return None


def _is_title_line(line: str) -> bool:
    """Whether a line reads as a title: words, no sentence-final stop, not a run-on line."""
    words = line.split()
    return (bool(words) and not words[0][0].islower() and len(words) <= patterns.TITLE_MAX_WORDS
            and not patterns.TITLE_OPEN_END.search(line))


def _read_city_after_credit(text: str, credit: Reading, endpos: int) -> Reading:
    """``(ANSA) - ROME, March 3 -``: the city and date after a credit that opens the dateline
    (ANSA's English wire), read as one dateline with it; the credit alone when none follows.

    >>> text = "(ANSA) - ROME, March 3 - Italy's"
    >>> r = _read_city_after_credit(text, read_dateline("(ANSA) -"), 300)
    >>> r.city, r.month, r.day, r.agencies, text[r.start:r.end]
    ('Rome', 3, 3, ['ANSA'], '(ANSA) - ROME, March 3 -')
    """
    pos = patterns.TRAILING_SPACE.match(text, credit.end, endpos).end()
    reading = _read_with_city(text, credit.start, pos, endpos)
    if reading is None or not _is_dateline(reading, text):
        return credit
    reading.agencies = [*credit.agencies,
                        *(agency for agency in reading.agencies if agency not in credit.agencies)]
    reading.warnings = [*credit.warnings, *reading.warnings]
    return reading


def _read_common(text: str, start: int, endpos: int) -> Reading | None:
    """``CITY[, REGION], Month Day -`` in one match, exactly as the readers below would read it.

    >>> r = _read_common("SAN MATEO, Calif., March 2 - Shr", 0, 300)
    >>> r.city, r.region, r.month, r.day, r.end
    ('San Mateo', 'Calif.', 3, 2, 28)
    >>> _read_common("NEW YORK, March 119 - Moody's", 0, 300) is None  # left to the reader
    True
    """
    match = patterns.COMMON_DATELINE.match(text, start, endpos)
    if match is None:
        return None
    city, region, month_word, day_digits = match.group("city", "region", "month", "day")
    month = patterns.MONTH_NUMBERS.get(month_word.lower())
    day = int(day_digits)
    if month is None or not 1 <= day <= _DAYS_IN_MONTH[month]:
        return None
    name = _plain_city_name(city)
    if name is None or (region is not None and not _is_plain_region(region)):
        return None
    date_end = match.end("day")  # "- Trend:" after the date is a credit, read by the reader
    if text.find(":", date_end, endpos) >= 0 and patterns.CREDIT_FORMS["dash-colon"].match(
            text, date_end, endpos):
        return None
    # Positional: the first eight fields, in order (a million calls notice keyword parsing).
    return Reading(start, match.end(), name, "shouted", city.count(" ") + 1, region, month, day,
                   separated=True)


@lru_cache(maxsize=4096)
def _plain_city_name(city: str) -> str | None:
    """The normal-case name of a city of shouted words (``[A-Z]{2,}``, one space apart) that
    :func:`_read_city` would take whole, else None ("MAY", "UPDATE", "SAN MARCH", "IN ROME").

    The reader's rules for such words, word by word (a test holds the two to agree): each can
    be a city word, the first opens no sentence, and a month or weekday is a name only when
    more of it follows ("SUN CITY", "MAR DEL PLATA"; not "SAN MARCH").

    >>> _plain_city_name("RIO DE JANEIRO"), _plain_city_name("SUN CITY"), _plain_city_name("MAY")
    ('Rio de Janeiro', 'Sun City', None)
    """
    words = city.split(" ")
    if words[0].lower() in patterns.NOT_CITY_OPENERS:
        return None
    calendar_before = False
    for word in words:
        calendar_word = _is_calendar_word(word)
        if not _can_be_city_word(word) or (calendar_before and calendar_word):
            return None
        calendar_before = calendar_word
    if calendar_before:
        return None  # the name ends on a month or weekday
    return " ".join(word.lower() if index and word.lower() in patterns.CITY_PARTICLES
                    else word.capitalize() for index, word in enumerate(words))


@lru_cache(maxsize=4096)
def _is_plain_region(region: str) -> bool:
    """Whether the slot reader takes ``region`` (before ", Month") whole as one region, and not
    as a date or weekday ("Calif." and "West Germany" yes; "Jan.", "Sun", "Texas City" no)."""
    probe = region + ", "
    trial = Reading(0, 0, shape="shouted")
    regions: list[tuple[int, int]] = []
    end = _read_slot(probe, 0, len(probe), trial, "comma", regions)
    return end == len(region) and regions == [(0, end)] and not trial.dated and (
        trial.weekday is None and not trial.warnings)


def _read_with_city(text: str, start: int, pos: int, endpos: int) -> Reading | None:
    """``CITY[, REGION][, DATE[, YEAR]][.] [CREDIT] [-]``."""
    city = _read_city(text, pos, endpos)
    if city is None:
        return None
    city_end, words, shape, dotted = city
    reading = Reading(start, city_end, city=normal_case(text[pos:city_end]), shape=shape,
                      city_words=len(words))
    position = _read_slots(text, city_end, endpos, reading, after_dot=dotted)
    reading.end = _read_ending(text, position, endpos, reading)
    _put_country_second(reading)
    return reading


def _put_country_second(reading: Reading) -> None:
    """Trend's country-first dateline ("Georgia, Tbilisi, Feb. 7 /Trend/"): the city is the
    place after the country, which becomes the region.

    >>> r = read_dateline("Georgia, Tbilisi, Feb. 7 /Trend, N. Kirtskhalia/ The")
    >>> r.city, r.region, r.byline
    ('Tbilisi', 'Georgia', 'N. Kirtskhalia')
    >>> read_dateline("BAKU, Azerbaijan, Oct. 3 - Text").city
    'Baku'
    """
    city, region = reading.city, reading.region
    if (city is None or region is None or not reading.agencies
            or city.lower() not in patterns.COUNTRIES or region.lower() in patterns.COUNTRIES
            or "," in region):
        return
    reading.city, reading.region = normal_case(region), city


def _read_credit_only(text: str, start: int, pos: int, endpos: int) -> Reading | None:
    """``(Reuters) -``: a credit with no city."""
    reading = Reading(start, pos)
    end = _read_credit(text, pos, endpos, reading)
    if end is None:
        return None
    reading.end = _read_ending(text, end, endpos, reading)
    return reading


def _read_date_only(text: str, start: int, pos: int, endpos: int) -> Reading | None:
    """``APRIL 7 -``, ``TUE, APR 07 -``: a date and a dash, no city (Reuters' tables)."""
    reading = Reading(start, pos)
    weekday = patterns.WEEKDAY.match(text, pos, endpos)
    comma = weekday and patterns.COMMA.match(text, weekday.end(), endpos)
    if comma:
        pos = comma.end()
    end = _read_date(text, pos, endpos, reading, after_comma=True)
    if end is None:
        return None
    reading.end = _read_ending(text, end, endpos, reading)
    return reading


def _is_dateline(reading: Reading, text: str) -> bool:
    """Whether what was read is unambiguous enough to be a dateline and not story."""
    if reading.colon and _is_colon_dateline(reading, text):
        return True
    if (reading.city is not None and canonical_agency(reading.city)
            and reading.city not in PLACE_NAMED_SPELLINGS):
        return False  # "The Associated Press (AP) - The vote": an agency, not a city
    dated_fully = reading.day is not None or (reading.garbled_date and reading.separated)
    closed = reading.separated or bool(reading.agencies)
    if reading.foreign_date and not (closed or text.startswith(".", reading.end - 1)):
        return False  # "Moscow, 3 set of talks": a foreign month needs a credit, dash or stop
    if reading.city is None:
        return bool(reading.agencies) or (reading.month is not None and dated_fully and closed)
    if (reading.colon and not reading.agencies
            and not patterns.STORY_START.match(text, reading.end)):
        return False  # a date in a sentence ("London, March 6: that was the day ...",
        #  "MOSCOW, May 9: a day of parades"): a dateline's colon is followed by a capital
    if reading.shape == "loose":  # "omaha, april 7 -", "Mexico city, march 18 -"
        return dated_fully and closed and reading.city_words <= 4
    if reading.shape == "shouted":
        return reading.dated or reading.weekday is not None or closed
    if reading.month is not None and reading.day is not None:
        # "New Delhi, Jan 5 (PTI) The ...", "Baku, November 6 Azerbaijani ..."; not a sentence
        # whose subject is a city's date: "Geneva, March 3 marked the start of talks", "Paris,
        # May 1 is a holiday" (a lower-case word right after the date, nothing closing it)
        return (reading.separated or bool(reading.agencies)
                or not _lower_case_after(text, reading.end))
    if reading.agencies:  # "Berlin (dpa) - ...", not "The Associated Press (AP) reported"
        # The Swiss wire puts no dash after its credit: "Paris (ats afp) Les violences ...";
        # Mediamax closes its slashes with a full stop: "Yerevan /Mediamax/. According to ...".
        closed_credit = (text.startswith(")", reading.end - 1)
                         or text.startswith("/.", reading.end - 2))
        return reading.separated or (
            closed_credit and reading.city_words <= 3
            and bool(patterns.STORY_START.match(text, reading.end)))
    if reading.dated or reading.weekday is not None:
        return reading.separated
    # A dash alone after one title-case word: "London - Belgium is launching", "Kyiv, Ukraine —"
    # (not "President Aliyev - The", "Armenia's Pashinyan - The", "Deliverable Grades - graded").
    return (reading.separated and reading.city_words == 1 and reading.city.isalpha()
            and bool(patterns.STORY_START.match(text, reading.end)))


def _lower_case_after(text: str, end: int) -> bool:
    """Whether the first character after ``end`` past whitespace is a lower-case letter.

    >>> _lower_case_after("Paris, May 1 is a holiday", 12), _lower_case_after("Baku, May 1 Az", 11)
    (True, False)
    """
    rest = text[end:end + patterns.LOWER_CASE_AFTER_REACH].lstrip()
    return bool(rest) and rest[0].islower()


def _is_colon_dateline(reading: Reading, text: str) -> bool:
    """``NEW DELHI: The ...``: a colon closes a shouted city, before a story's first word; never
    a capitalised word ("Note: the", "Source: Reuters") nor a shouted label ("NOTE: Full name")."""
    if reading.shape != "shouted" or reading.city is None:
        return False
    words = reading.city.lower().replace("/", " ").split()
    return (not any(word in patterns.COLON_LABELS for word in words)
            and bool(patterns.STORY_START.match(text, reading.end)))


# -- the city ----------------------------------------------------------------------------------


def _read_city(text: str, pos: int, endpos: int):
    """The city's words at ``pos``: (end, words, shape, ended-by-a-dot) or None."""
    first = _city_word_at(text, pos, endpos)
    if first is None or first.group().lower() in patterns.NOT_CITY_OPENERS:
        return None
    words = [first]
    while len(words) < patterns.MAX_CITY_WORDS and not _ends_with_stop(words[-1].group()):
        word = _next_city_word(text, words[-1].end(), endpos)
        if word is None:
            break
        words.append(word)
    while len(words) > 1 and words[-1].group() in patterns.CITY_PARTICLES:
        words.pop()
    end = words[-1].end()
    dotted = _ends_with_stop(words[-1].group())
    return (end - 1 if dotted else end), words, city_shape([w.group() for w in words]), dotted


def _next_city_word(text: str, pos: int, endpos: int):
    gap = patterns.CITY_SLASH.match(text, pos, endpos) or patterns.WORD_SPACE.match(
        text, pos, endpos)
    return _city_word_at(text, gap.end(), endpos) if gap else None


def _city_word_at(text: str, pos: int, endpos: int):
    """A word that can be part of a city: not an agency, a dotted state or a slug, and not a
    month or weekday unless more of the name follows ("SUN CITY", "MAR DEL PLATA")."""
    word = patterns.PLACE_WORD.match(text, pos, endpos)
    if word is None or not _can_be_city_word(word.group()):
        return None
    if _is_calendar_word(word.group()) and not _name_goes_on(text, word.end(), endpos):
        return None  # "JOHANNESBURG March 13 -", "APRIL 7 -", "WASHINGTON, Tuesday -"
    return word


def _can_be_city_word(word: str) -> bool:
    bare = word.rstrip(".").lower()
    if bare in patterns.NOT_CITIES or word.lower() in _STATES_DOTTED:
        return False
    return canonical_agency(word) is None or word in PLACE_NAMED_SPELLINGS  # "Petra, Dec. 21"


def _name_goes_on(text: str, pos: int, endpos: int) -> bool:
    gap = patterns.WORD_SPACE.match(text, pos, endpos)
    word = gap and patterns.PLACE_WORD.match(text, gap.end(), endpos)
    return bool(word) and _can_be_city_word(word.group()) and not _is_calendar_word(word.group())


def city_shape(words: list[str]) -> str:
    """How a city is written, which decides how much else a dateline needs to be one.

    >>> city_shape(["RIO", "DE", "JANEIRO"]), city_shape(["Rio", "de", "Janeiro"])
    ('shouted', 'title')
    >>> city_shape(["Mexico", "city"]), city_shape(["BALDWIN", "Park"])
    ('loose', 'loose')
    """
    if all(is_shouted(word) for word in words):
        return "shouted"
    if words[0][0].isupper() and not is_shouted(words[0]) and all(
            _is_particle(word) or (word[0].isupper() and not is_shouted(word))
            for word in words[1:]):
        return "title"
    return "loose"


def _is_particle(word: str) -> bool:
    return word in patterns.CITY_PARTICLES or bool(patterns.PARTICLE_HEAD.match(word))


_STATES_DOTTED = frozenset(s for s in patterns.STATE_ABBREVIATIONS if s.endswith("."))


def _ends_with_stop(word: str) -> bool:
    """A final dot that ends the city ("MOSCOW. Nov 9"), not one of an abbreviation ("ST.")."""
    return (word.endswith(".") and word.count(".") == 1
            and word.lower() not in patterns.CITY_ABBREVIATIONS)


def _is_calendar_word(word: str) -> bool:
    bare = word.rstrip(".").lower()
    return bare in patterns.MONTH_NUMBERS or bare in patterns.WEEKDAY_NUMBERS


def is_shouted(word: str) -> bool:
    """Written in capitals: "NEW", "N.J.", "ST." (one capital letter alone is not shouting).

    >>> is_shouted("WASHINGTON"), is_shouted("Calif."), is_shouted("A")
    (True, False, False)
    """
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and word.upper() == word


# -- regions, date, weekday -----------------------------------------------------------------


def _read_slots(text: str, pos: int, endpos: int, reading: Reading, after_dot: bool) -> int:
    """Regions, the date (with its year) and a weekday after the city; returns the new cursor."""
    regions: list[tuple[int, int]] = []
    bracketed = not after_dot and patterns.BRACKETED_REGION.match(text, pos, endpos)
    if bracketed:  # "New Delhi [India], September 16 (ANI):"
        regions.append(bracketed.span("region"))
        pos = bracketed.end()
    for index in range(patterns.MAX_SLOTS):
        joint, kind = _read_joint(text, pos, endpos, after_dot and index == 0)
        if joint is None:
            break
        end = _read_slot(text, joint, endpos, reading, kind, regions)
        if end is None:
            break
        pos = end
    if regions:
        reading.region = text[regions[0][0]:regions[-1][1]]
    return pos


def _read_joint(text: str, pos: int, endpos: int, after_dot: bool):
    """The comma, dot, dash or space before the next piece: (its end, its kind)."""
    if after_dot:
        dot = patterns.DOT_SPACE.match(text, pos, endpos)
        return (dot.end(), "comma") if dot else (None, "")
    # A dash first: it is the dateline's end unless a date follows ("Md., - March 4 -").
    for kind, pattern in (("dash", patterns.DASH_BEFORE_DATE), ("comma", patterns.COMMA),
                          ("space", patterns.SPACE)):
        joint = pattern.match(text, pos, endpos)
        if joint:
            return joint.end(), kind
    return None, ""


def _read_slot(text: str, pos: int, endpos: int, reading: Reading, kind: str,
               regions: list[tuple[int, int]]) -> int | None:
    after_comma = kind == "comma"
    if kind == "dash":
        return _read_date_before_dash(text, pos, endpos, reading)
    # A date or weekday follows a comma, a region ("RICHMOND, Va. Feb 26 -") or a shouted city
    # ("JOHANNESBURG March 13 -"); right after a title-case word it is story ("On March 3, ...").
    introduced = after_comma or bool(regions) or reading.shape == "shouted"
    if not reading.dated and introduced:
        end = _read_date(text, pos, endpos, reading, after_comma)
        if end is not None:
            return end
    if not reading.dated and not regions and kind == "space" and reading.shape == "title":
        end = _read_date_before_credit(text, pos, endpos, reading)
        if end is not None:
            return end
    if reading.dated or reading.weekday is not None:
        return None
    weekday = patterns.WEEKDAY.match(text, pos, endpos)
    if weekday and introduced and (after_comma or weekday.group()[0].isupper()):
        reading.weekday = patterns.WEEKDAY_NUMBERS[weekday.group("weekday").lower()]
        return weekday.end()
    if len(regions) >= patterns.MAX_REGIONS:
        return None
    region_end = _read_region(text, pos, endpos, after_comma)
    if region_end is None:
        return None
    regions.append((pos, region_end))
    return region_end


def _read_date_before_credit(text: str, pos: int, endpos: int, reading: Reading) -> int | None:
    """The date right after a title-case city with no comma between, taken only when an
    agency's bracket follows it: "Addis Ababa December 9/2023 (ENA)The ..." (the Ethiopian News
    Agency), "Lima 6 Dic. (ANDINA) -" (Peru's Andina). "Paris March 3 was ..." stays story.

    >>> r = read_dateline("Lima 6 Dic. (ANDINA) - Altos representantes")
    >>> r.city, r.month, r.day, r.agencies
    ('Lima', 12, 6, ['Andina'])
    >>> read_dateline("Paris March 3 was a day to remember") is None
    True
    """
    trial = Reading(reading.start, pos)
    end = _read_date(text, pos, endpos, trial, after_comma=False)
    if end is None or trial.day is None:
        return None
    if patterns.CREDIT_FORMS["parenthesised"].match(text, end, endpos) is None:
        return None
    reading.month, reading.day, reading.year = trial.month, trial.day, trial.year
    reading.foreign_date = trial.foreign_date
    reading.warnings.extend(trial.warnings)
    return end


def _read_date(text: str, pos: int, endpos: int, reading: Reading,
               after_comma: bool) -> int | None:
    """A month and day (either order), a garbled date before a dash, or a month alone."""
    for pattern in (patterns.DATE_MONTH_FIRST, patterns.DATE_DAY_FIRST):
        match = pattern.match(text, pos, endpos)
        if match and (after_comma or match.group("month")[0].isupper()):
            month_word = match.group("month").lower()
            reading.month = patterns.DATED_MONTH_NUMBERS[month_word]
            reading.foreign_date = month_word not in patterns.MONTH_NUMBERS
            reading.day = _valid_day(reading.month, int(match.group("day")), reading)
            end = match.end()
            year = patterns.DATE_YEAR.match(text, end, endpos)
            if year is not None:
                reading.year = int(year.group("year"))
                end = year.end()
            clock = year and patterns.CLOCK_TIME.match(text, end, endpos)
            return clock.end() if clock else end
    garbled = _read_garbled_date(text, pos, endpos, reading, after_comma)
    if garbled is not None:
        return garbled
    alone = patterns.DATE_MONTH_ONLY.match(text, pos, endpos)
    if alone and (after_comma or alone.group("month")[0].isupper()):
        reading.month = patterns.MONTH_NUMBERS[alone.group("month").lower()]
        return alone.end()
    return None


def _read_date_before_dash(text: str, pos: int, endpos: int, reading: Reading) -> int | None:
    """The date of "KANSAS CITY, Mo. - March 13 -", only when a dash closes it; or of Egypt
    Today's "CAIRO - 2 July 2017: President ...", a shouted city's full date closed by a colon.

    >>> r = read_dateline("CAIRO - 2 July 2017: President Abdel Fatah al-Sisi met")
    >>> r.city, r.month, r.day, r.year, r.end
    ('Cairo', 7, 2, 2017, 20)
    >>> read_dateline("CAIRO - 2 July: the day the ...").day is None
    True
    """
    if reading.dated or reading.weekday is not None:
        return None
    trial = Reading(reading.start, pos)
    end = _read_date(text, pos, endpos, trial, after_comma=False)
    if end is None or trial.day is None:
        return None
    colon_closed = (reading.shape == "shouted" and trial.year is not None
                    and patterns.COLON_SEPARATOR.match(text, end, endpos) is not None)
    if not (colon_closed or patterns.SEPARATOR.match(text, end, endpos)):
        return None
    reading.month, reading.day, reading.year = trial.month, trial.day, trial.year
    reading.warnings.extend(trial.warnings)
    return end


def _read_garbled_date(text: str, pos: int, endpos: int, reading: Reading,
                       after_comma: bool) -> int | None:
    """ "Narch 2 -", "April l -", "March 2O -": a date-shaped slip right before the dash."""
    match = patterns.GARBLED_DATE.match(text, pos, endpos)
    if not (after_comma and match and patterns.SEPARATOR.match(text, match.end(), endpos)):
        return None
    first, second = match.group("first"), match.group("second")
    month = patterns.MONTH_NUMBERS.get(first.lower())
    if month is None and not any(c.isdigit() for c in match.group()):
        return None  # a word, not a date: maybe a region ("CALGARY, Alberta -")
    if month is not None and second is None:
        return None  # a month alone ("CHICAGO, April -"): not garbled
    reading.garbled_date = True
    reading.month = month
    # "Narch 2": the month is unknown; "March 2O": the day is.
    reading.warnings.append("dateline-month-unknown" if month is None else "dateline-day-invalid")
    return match.end()


def _valid_day(month: int, day: int, reading: Reading) -> int | None:
    """The day, or None (with a warning) when the month cannot have it ("March 119")."""
    if 1 <= day <= _DAYS_IN_MONTH[month]:
        return day
    reading.warnings.append("dateline-day-invalid")
    return None


_DAYS_IN_MONTH = {month: calendar.monthrange(2000, month)[1]  # 2000: a leap year has Feb 29
                  for month in range(1, 13)}


def _read_region(text: str, pos: int, endpos: int, after_comma: bool) -> int | None:
    """A state, province or country after the city ("Calif.", "British Columbia")."""
    first = patterns.PLACE_WORD.match(text, pos, endpos)
    if first is None or _is_calendar_word(first.group()):
        return None
    if first.group().lower() in patterns.STATE_ABBREVIATIONS:
        return first.end()
    if not after_comma or not _can_open_region(text, first, endpos):
        return None
    words = [first]
    while len(words) < patterns.MAX_REGION_WORDS:
        gap = patterns.WORD_SPACE.match(text, words[-1].end(), endpos)
        word = gap and patterns.PLACE_WORD.match(text, gap.end(), endpos)
        if not word or _is_calendar_word(word.group()) or not (
                word.group()[0].isupper() or word.group() in patterns.REGION_PARTICLES):
            break
        words.append(word)
    while len(words) > 1 and words[-1].group() in patterns.REGION_PARTICLES:
        words.pop()
    return words[-1].end()


def _can_open_region(text: str, first, endpos: int) -> bool:
    """A capitalised word or "the", but not a credit ("LONDON, Reuter -") nor a byline."""
    word = first.group()
    if word in patterns.REGION_ARTICLES:
        return True
    if not word[0].isupper() or word == "By" or patterns.GLUED_DASH_WORD.match(word):
        return False  # "Damascus, SANA-President ...": a credit, not a region
    return not (canonical_agency(word) and patterns.SEPARATOR.match(text, first.end(), endpos))


# -- credit, byline, separator ----------------------------------------------------------------


def _read_ending(text: str, pos: int, endpos: int, reading: Reading) -> int:
    """The full stop, agency credit, byline and dash that close a dateline."""
    if (reading.dated or reading.region) and (stop := patterns.FULL_STOP.match(text, pos, endpos)):
        pos = stop.end()
    credited = _read_credit(text, pos, endpos, reading)
    if credited is not None:
        pos = credited
        if stop := patterns.CREDIT_CLOSE.match(text, pos, endpos):
            pos = stop.end()
            # "Mumbai (ANI): Security ...": a colon after the credit closes it as a dash would.
            if stop.group() == ":" and patterns.STORY_START.match(text, stop.end(), endpos):
                reading.separated = True
    closed = _read_dash_credit(text, pos, endpos, reading)
    if closed is not None:
        return closed
    if credited is None and (bare := patterns.CREDIT_FORMS["bare"].match(text, pos, endpos)
                             or patterns.CREDIT_FORMS["glued-dash"].match(text, pos, endpos)):
        _add_agencies(reading, bare.group("agencies"))
        pos = bare.end()
    separator = patterns.SEPARATOR.match(text, pos, endpos)
    if separator:
        reading.separated = True
        return separator.end()
    colon = patterns.COLON_SEPARATOR.match(text, pos, endpos)
    if colon:
        reading.colon = True
        return colon.end()
    return pos


def _read_dash_credit(text: str, pos: int, endpos: int, reading: Reading) -> int | None:
    """Trend's closing "By Name - Trend:" or "- Trend:", Regnum's "— ИА Регнум.": dash and
    credit in one."""
    byline = patterns.BYLINE_CREDIT.match(text, pos, endpos)
    if byline and not is_names(byline.group("byline")):
        byline = None
    if byline:
        reading.byline = " ".join(byline.group("byline").split())
    match = (byline or patterns.CREDIT_FORMS["dash-colon"].match(text, pos, endpos)
             or patterns.CREDIT_FORMS["dash-stop"].match(text, pos, endpos))
    if match is None:
        return None
    _add_agencies(reading, match.group("agencies"))
    reading.separated = True
    return match.end()


def _read_credit(text: str, pos: int, endpos: int, reading: Reading) -> int | None:
    for form in ("parenthesised", "pooled", "slashed", *patterns.CLOSING_CREDITS):
        match = patterns.CREDIT_FORMS[form].match(text, pos, endpos)
        if match:
            relay = match.groupdict().get("relay")  # "(NNN-ONA)", "(AFP-JIJI)"
            if relay and canonical_agency(relay):
                _add_agencies(reading, relay)
            if agencies := match.groupdict().get("agencies"):  # none in "(NNN-AGENCIES)"
                _add_agencies(reading, agencies)
            named = match.groupdict().get("byline")
            if named and is_names(named.strip()):  # "/Trend, N. Kirtskhalia/"
                reading.byline = " ".join(named.split())
            if form in patterns.CLOSING_CREDITS:
                reading.separated = True
            return match.end()
    return None


def _add_agencies(reading: Reading, names: str) -> None:
    pieces = patterns.AGENCY_SPLIT.split(names)
    if names.islower() and " " in names.strip():  # "(ats afp)": lower case, a space apart
        pieces = names.split()
    for name in pieces:
        agency = dateline_agency(name) or (name.islower() and canonical_agency(name.upper()))
        if agency and agency not in reading.agencies:
            reading.agencies.append(agency)


def is_names(text: str) -> bool:
    """Whether a byline is names only: capitalised words and "and", "&" or commas between.

    >>> is_names("Leman Zeynalova and Vafa Ismayilova"), is_names("the way")
    (True, False)
    """
    words = text.replace(",", " , ").split()
    return bool(words) and len(words) <= 12 and all(
        word in patterns.BYLINE_CONNECTORS or word[0].isupper() for word in words)


def split_authors(byline: str) -> list[str]:
    """The names in a byline read from a dateline.

    >>> split_authors("Leman Zeynalova and Vafa Ismayilova")
    ['Leman Zeynalova', 'Vafa Ismayilova']
    """
    return [name for name in patterns.AUTHOR_SPLIT.split(byline) if name.strip()]


# -- output ----------------------------------------------------------------------------------


def _removal_span(text: str, reading: Reading) -> tuple[int, int, str]:
    """The dateline with its line's indentation and the spaces after it, as an edit.

    When nothing else stood on its line, the line goes with its break. When the story goes on
    there, spaces as wide as the cut stay, so the line keeps its width: reflow tells a wrapped
    line from a paragraph's last one by how far it reaches, and collapses the spaces anyway.

    >>> text = "    MONTREAL, Feb 26 - Videotron said it agreed to\\nbuy 50 pct"
    >>> start, end, kept = _removal_span(text, read_dateline(text))
    >>> (start, end, len(kept)), text[end:end + 9]
    ((0, 23, 23), 'Videotron')
    """
    line_start = text.rfind("\n", 0, reading.start) + 1
    if text[line_start:reading.start].strip():
        line_start = reading.start  # a source bracket before it stays, for the agencies cleaner
    end = patterns.TRAILING_SPACE.match(text, reading.end).end()
    if end == len(text):
        return line_start, end, ""
    if text.startswith("\n", end):
        return line_start, end + 1, ""
    return line_start, end, " " * (end - line_start)


_WORD_PART = re.compile(r"[^\W\d_]+")


def normal_case(city: str) -> str:
    """A shouted (or lower-case) city in normal case; a title-case city stays as written.

    >>> normal_case("ST. LOUIS"), normal_case("RIO DE JANEIRO"), normal_case("ST. JOHN'S")
    ('St. Louis', 'Rio de Janeiro', "St. John's")
    >>> normal_case("WINSTON-SALEM"), normal_case("Sioux City"), normal_case("İSTANBUL")
    ('Winston-Salem', 'Sioux City', 'İstanbul')
    """
    city = " ".join(city.split())
    if city_shape(city.replace("/", " ").split()) == "title":
        return city
    pieces = []
    position = 0
    for index, match in enumerate(_WORD_PART.finditer(city)):
        before = city[position:match.start()]
        pieces.append(before + _normal_word(match.group(), index, before))
        position = match.end()
    pieces.append(city[position:])
    return "".join(pieces)


def _normal_word(word: str, index: int, before: str) -> str:
    rest = word[1:].lower()
    if before.endswith(("'", "’")) and not rest:
        return word.lower()  # "JOHN'S" -> "John's"
    if index > 0 and word.lower() in patterns.CITY_PARTICLES:
        return word.lower()  # "RIO DE JANEIRO" -> "Rio de Janeiro"
    # The first letter is upper-cased alone: lower-casing "İ" would split off its dot.
    return word[0].upper() + rest


@lru_cache(maxsize=4096)  # few distinct dates in a corpus; a cached one costs less than date()
def iso_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """``YYYY-MM-DD`` when the three make a real date."""
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
