"""Take the byline ("By Name") off the top and split it into authors.

A byline is a short line among the first few of the text: ``By`` and one or more names
(``By Vafa Ismayilova``, ``By A and B``, ``By A, B and C``), or names followed by the agency or
outlet they write for (``Jane Doe, Reuters``, ``Jane Doe | AP``). Job titles, handles, places
and outlets on the line are no part of any name: the ``byline`` field keeps the names as written,
``authors`` lists them, and the rest of the line ("By", ", Staff Writer") is recorded as removed
with kind ``byline``, so no word of the line is lost. An agency on the line is credited.

Every word between the lead and the credits must read as a name, so a sentence that happens to
start with "By" (``By subscribing to our online newspaper, ...``) is never a byline, and names
that contain "by" (``Bobby Byrne``, ``Kirby``) are never cut.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from newsnorm.cleaners.agency_names import canonical_agency
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.byline_patterns import (
    AGENCY_WORDS,
    BARE_LEAD,
    BARE_LEAD_BACKWARDS,
    BARE_LEAD_SCAN_CHARS,
    CREDIT_MARKS,
    LEAD,
    MAX_BYLINE_CHARS,
    MAX_BYLINE_WORDS,
    MAX_NAME_WORDS,
    NAME_JOINERS,
    NAME_PARTICLES,
    OUTLET_WORDS,
    PUBLICATION_LEADS,
    SEARCH_LINES,
    SHORT_LINE,
    SIGNED_AT_END_AGENCIES,
    SIGNED_AT_END_MAX_WORDS,
    STAMP_TAIL,
    STORY_WORD,
    TITLE_HEADS,
    TITLE_WORDS,
    TOKEN,
    UNCAPITALIZED_BYLINE_WORDS,
)
from newsnorm.cleaners.dateline import read_dateline
from newsnorm.cleaners.headline_patterns import (
    DOMAIN,
    is_outlet,
    is_stamp,
    may_hold_stamp_number,
    starts_with_dateline,
)
from newsnorm.cleaners.reflow_patterns import SENTENCE_END_CHARS
from newsnorm.document import Document


@dataclass
class _Segment:
    start: int  # offsets within the line
    end: int
    words: list[str]
    after: str | None  # the mark before it (None for the first)
    crediting: bool  # it follows a credit mark: "| AP", "for AzerNews", "(Reuters)"

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass
class _Reading:
    """What a byline line says: name spans (in the line), and agencies it credits."""

    names: list[tuple[int, int]] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    credits_someone: bool = False


class BylineOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # How many of the first non-blank lines may hold the byline.
    search_lines: int = SEARCH_LINES


@register
class Byline(Cleaner):
    """Take the byline ("By Name") and split it into authors.

    >>> doc = Document("By Vafa Ismayilova\\nSenior Azerbaijani and Russian military officials "
    ...                "have discussed the fulfillment of the trilateral statements.")
    >>> Byline().clean(doc)
    >>> doc.byline, doc.authors, [(r.kind, r.text) for r in doc.removed]
    ('Vafa Ismayilova', ['Vafa Ismayilova'], [('byline', 'By')])
    >>> doc.text[:24]
    'Senior Azerbaijani and R'
    """

    name = "byline"
    Options = BylineOptions

    def clean(self, doc: Document) -> None:
        if doc.byline is not None:
            return
        found = _find_byline(doc.text, self.options.search_lines)
        if found is not None:
            self._take(doc, *found)
            return
        bare = _find_bare_lead(doc.text, self.options.search_lines)
        if bare is not None:  # "By" alone: no one named, the line recorded
            self.take(doc, bare[0], _line_after(doc.text, bare[1]), "byline")
            return
        closing = _find_closing_byline(doc.text)
        if closing is not None:  # the name goes to the byline; the blank lines before it too
            start, end = closing
            doc.byline = doc.text[start:end]
            doc.authors = [doc.byline]
            doc.edit([(len(doc.text[:start].rstrip()), end, "")])

    def _take(self, doc: Document, start: int, line: str, reading: _Reading) -> None:
        runs = _name_runs(line, reading.names)
        if runs:
            doc.byline = ", ".join(line[a:b] for a, b in runs)
            doc.authors = [line[a:b] for a, b in reading.names]
        elif (desk := _desk_byline(line)) is not None:  # "By dpa correspondents"
            runs = [desk]
            doc.byline = line[desk[0]:desk[1]]
        for agency in reading.agencies:
            doc.credit(agency)
        # Take the line piece by piece at its start: names into the byline, the rest recorded.
        position = 0
        for run_start, run_end in [*runs, (len(line), len(line))]:
            self.take(doc, start, start + run_start - position, "byline")
            doc.edit([(start, start + run_end - run_start, "")])
            position = run_end
        rest = doc.text[start:]
        blank = len(rest) - len(rest.lstrip())
        newline = doc.text.rfind("\n", start, start + blank)
        doc.edit([(start, newline + 1 if newline >= 0 else start, "")])


def _find_byline(text: str, count: int) -> tuple[int, str, _Reading] | None:
    """The byline among the first ``count`` non-blank lines, as its offset, the stripped line
    and its reading. Only a line that starts a paragraph is read: a byline is a paragraph of
    its own, not the wrapped end of a sentence ("... an investor group led\nby Dudley Taft.").
    """
    previous = ""  # the line before, stripped
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        raw = text[start:end]
        line = raw.strip()
        if line:
            # A line starts a paragraph after a blank line, a short line (a headline, a
            # dateline) that was not wrapped, or the end of a sentence.
            if not previous or len(previous) < SHORT_LINE or previous[-1] in SENTENCE_END_CHARS:
                at = start + len(raw) - len(raw.lstrip())
                reading = read_byline(line)
                if reading is not None:
                    return at, line, reading
                if LEAD.fullmatch(line) and (split := _lead_over_names(text, at, end)):
                    return split
            count -= 1
            if count <= 0:
                return None
        previous = line
        start = end + 1
    return None


def _lead_over_names(text: str, at: int, end: int) -> tuple[int, str, _Reading] | None:
    """A byline whose lead ("By") stands on its line (ending at ``end``) and whose names stand
    on the next, as pages render the author's link on a line of its own ("By⏎John Smith"):
    the two lines read as one byline, or None.

    >>> at, line, reading = _lead_over_names("By\\nJohn Smith\\n\\nThe story.", 0, 2)
    >>> line, [line[a:b] for a, b in reading.names]
    ('By\\nJohn Smith', ['John Smith'])
    """
    next_end = text.find("\n", end + 1)
    if next_end < 0:
        next_end = len(text)
    names = text[end + 1:next_end].strip()
    if not names or not names[0].isupper():
        return None
    line = text[at:next_end].rstrip()
    reading = read_byline(line)
    return (at, line, reading) if reading is not None and reading.names else None


def _find_bare_lead(text: str, count: int) -> tuple[int, int] | None:
    """The span of a byline's lead standing alone, a paragraph of its own among the first
    ``count`` lines, its name lost where the scraper dropped the author's link ("N. Korea fires
    missile, artillery shells⏎⏎The North Korean moves ...⏎⏎By⏎⏎World News" on the Iola
    Register; "... Says Iran Foreign Minister⏎⏎By⏎⏎Iran's Foreign Minister ..." on Eurasia
    Review).

    >>> _find_bare_lead("A title\\n\\nBy\\n\\nThe story.", 4)
    (9, 11)
    >>> _find_bare_lead("A title\\n\\nBy and large, it held.", 4) is None
    True

    A paragraph in lower case under it continues a sentence that a scrape broke after "By"
    ("By⏎⏎the end of the year, ..."): no byline, the word stays.

    >>> _find_bare_lead("A title\\n\\nBy\\n\\nthe end of the year.", 4) is None
    True
    """
    reach = min(len(text), BARE_LEAD_SCAN_CHARS)
    if BARE_LEAD_BACKWARDS.search(text[:reach][::-1]) is None:
        return None
    match = BARE_LEAD.search(text, 0, reach)
    if match is None:
        return None
    if text[match.end():match.end() + 80].lstrip()[:1].islower():
        return None
    above = sum(1 for line in text[:match.start()].split("\n") if line.strip())
    return (match.start("lead"), match.end("lead")) if above < count else None


def _line_after(text: str, end: int) -> int:
    """Where the next non-blank line starts after ``end`` (its indent kept)."""
    rest = text[end:]
    blank = len(rest) - len(rest.lstrip())
    newline = text.rfind("\n", end, end + blank)
    return newline + 1 if newline >= 0 else end


def _find_closing_byline(text: str) -> tuple[int, int] | None:
    """The span of a writer's name printed after the story on a line of its own, in a text that
    opens with the dateline of an agency that signs so (:data:`SIGNED_AT_END_AGENCIES`): one to
    :data:`MAX_NAME_WORDS` capitalised name words, a paragraph of its own, no agency.

    >>> text = "Daraa, SANA- Army units entered the villages.\\n\\nShaza Qreima\\n"
    >>> start, end = _find_closing_byline(text)
    >>> text[start:end]
    'Shaza Qreima'
    >>> _find_closing_byline("Daraa, SANA- Army units entered.\\n\\nThe army advanced.") is None
    True
    """
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    words = text[start:end].split()
    if not words or len(words) > MAX_NAME_WORDS or not _blank_line_before(text, start):
        return None
    if not all(word.isalpha() and word[0].isupper() for word in words):
        return None  # a name only: no digit, no mark, no sentence
    if canonical_agency(" ".join(words)) or is_outlet(" ".join(words)):
        return None
    # A writer's name is short, no job word, and not the story's own words: "Damascus Airport"
    # or "Army Units Advance" under a story about them is a label or a related title.
    if len(words) > SIGNED_AT_END_MAX_WORDS or any(word.lower() in TITLE_WORDS for word in words):
        return None
    story = set(STORY_WORD.findall(text, 0, start))
    if any(word in story for word in words):
        return None
    reading = read_dateline(text)
    if reading is None or not SIGNED_AT_END_AGENCIES.intersection(reading.agencies):
        return None
    return start + len(text[start:end]) - len(text[start:end].lstrip()), end


def _blank_line_before(text: str, start: int) -> bool:
    """Whether a blank line stands right above the line that starts at ``start``."""
    before = text[:start].rstrip(" \t")
    return before.endswith("\n") and before[:-1].rstrip(" \t").endswith("\n")


def _name_runs(line: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names joined only by "," / "and" / "&" as one span each ("A, B and C" stays as written)."""
    runs: list[tuple[int, int]] = []
    for start, end in names:
        if runs and _only_joiners(line[runs[-1][1]:start]):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _only_joiners(between: str) -> bool:
    return all(token.group().strip() in NAME_JOINERS for token in TOKEN.finditer(between))


# -- reading a line -----------------------------------------------------------------------------


def read_byline(line: str) -> _Reading | None:
    """Read one stripped line as a byline, or None when it is not one.

    >>> [line for line in ["By Bobby Byrne and Kirby Smith", "Bobby Byrne, Reuters"]
    ...  if read_byline(line)] == ["By Bobby Byrne and Kirby Smith", "Bobby Byrne, Reuters"]
    True
    >>> read_byline("By subscribing to our online newspaper, you can have full digital access")
    """
    if len(line) > MAX_BYLINE_CHARS:
        return None
    reading = _read_line(line)
    if reading is None and _may_end_in_stamp(line) and (tail := STAMP_TAIL.search(line)) and (
            is_stamp(tail["stamp"])):
        # "By Jane Doe | Published: March 3, 2023": the names before the post's date stamp
        # (recorded with the rest of the line)
        return _read_line(line[:tail.start()])
    return reading


def _may_end_in_stamp(line: str) -> bool:
    """Whether a line may end in a stamp behind a separator: it holds one of
    :data:`STAMP_TAIL_SEPARATORS`, without which :data:`STAMP_TAIL` cannot match
    (tests/test_byline_speed.py), and what :func:`is_stamp` needs of the tail, a part of the
    line: a year's or a clock's digits (:func:`may_hold_stamp_number`) or a post's age ("ago")."""
    return ("-" in line or "|" in line or "–" in line or "—" in line) and (
        may_hold_stamp_number(line) or "ago" in line or "AGO" in line)


def _read_line(line: str) -> _Reading | None:
    words = line.split()
    if len(words) > MAX_BYLINE_WORDS:
        return None
    # Most lines of prose are told here, before their segments are read. A lead is two words
    # at most (and a colon: "Written by:"), so from the third word on every word is read.
    if _holds_prose_word(words[2:]) or starts_with_dateline(line):
        return None
    lead = LEAD.match(line) if line[0].isupper() else None
    offset = lead.end() if lead and lead.end() < len(line) else 0
    if lead and offset and not (line[offset].isupper() or _agency_opens(line[offset:])):
        return None  # "By subscribing ..." (but "By dpa correspondents" is dpa's byline)
    if not offset and _holds_prose_word(words[:2]):
        return None
    reading = _read_segments(_segments(line, offset), bool(offset), line.isupper())
    if reading is None:
        return None
    if offset:
        return reading if reading.names or reading.agencies else None
    # Without "By", a line is a byline only when names are followed by whom they write for.
    return reading if reading.names and reading.credits_someone else None


def _agency_opens(rest: str) -> bool:
    """Whether a wire agency spelt in lower case opens the rest ("dpa correspondents")."""
    first = rest.split(None, 1)[0].rstrip(",")
    return first in AGENCY_WORDS and canonical_agency(first) is not None


def _holds_prose_word(words: list[str]) -> bool:
    """Whether some of a line's words (split at spaces) is one no byline holds, told without
    reading the line: ASCII lower-case letters or digits alone (so a token of its own), and not
    one of the few such words a segment with a role can hold ("staff", "dpa", "24")."""
    for word in words:
        if (word.isdigit() or (word.islower() and word.isalpha())) and word.isascii() and (
            word not in UNCAPITALIZED_BYLINE_WORDS
        ):
            return True
    return False


def _segments(line: str, offset: int) -> Iterator[_Segment | None]:
    """Runs of words between marks; a handle ("@AzerNewsAz") is a segment of its own. Read
    lazily, for most lines are no byline, and stopped with None at a word no segment of a
    byline holds ("wheat"): then the line is none."""
    mark: str | None = None
    crediting = False
    words: list[str] = []
    start = end = offset
    for token in TOKEN.finditer(line, offset):
        text = token.group().strip()
        is_mark = text in NAME_JOINERS or text in CREDIT_MARKS
        if not (is_mark or _may_stand_in_byline(text)):
            yield None
            return
        if words and (is_mark or text.startswith("@")):
            yield _Segment(start, end, words, mark, crediting)
            words = []
        if is_mark:
            mark = text
            crediting = crediting or text in CREDIT_MARKS
            continue
        if not words:
            start = token.start()
        words.append(text)
        end = token.end()
        if text.startswith("@"):
            yield _Segment(start, end, words, mark, True)
            words = []
    if words:
        yield _Segment(start, end, words, mark, crediting)


def _read_segments(segments: Iterable[_Segment | None], led: bool, caps: bool
                   ) -> _Reading | None:
    reading = _Reading()
    for segment in segments:
        role = _role(segment, led, caps) if segment else None
        if role is None:
            return None
        if role == "name":
            reading.names.append((segment.start, segment.end))
        elif role in ("agency", "outlet"):
            reading.credits_someone = reading.credits_someone or segment.after is not None
            agency = _agency(segment.words)
            if agency:
                reading.agencies.append(agency)
    return reading


def _role(segment: _Segment, led: bool, caps: bool) -> str | None:
    """name, title, agency, outlet, handle or place; None for anything a byline cannot hold."""
    if segment.words[0].startswith("@"):
        return "handle"
    if _is_title(segment.words):
        return "title"
    if _agency(segment.words):
        return "agency"
    if is_outlet(segment.text) or (segment.after is not None and DOMAIN.fullmatch(segment.text)):
        return "outlet"  # a known outlet, or a site by its domain ("Geir Molnes / Faktisk.no")
    if segment.crediting:
        return "place" if _is_capitalized(segment.words) else None
    if led and _is_publication(segment):  # only after "By": "Mark Rutte, The Hague" is a caption
        return "outlet"
    if _is_name(segment.words, led, caps):
        return "name"
    return None


def _is_publication(segment: _Segment) -> bool:
    """A newspaper named after a writer's name and a comma: "The" and capitalised words, as
    syndicated copy signs its writers ("By Tom Krasovic, The San Diego Union-Tribune" on
    Tribune Content Agency stories). No person's name starts with "The"."""
    words = segment.words
    return (segment.after == "," and len(words) >= 2 and words[0] in PUBLICATION_LEADS
            and _is_capitalized(words[1:]))


def _may_stand_in_byline(word: str) -> bool:
    """Whether a segment holding the word can have a role: the word can be part of a handle,
    a title, a name or place, an agency's or an outlet's name."""
    return (
        _is_name_word(word)
        or word.lower() in TITLE_WORDS
        or word in AGENCY_WORDS
        or word.upper() in OUTLET_WORDS
        or word.startswith("@")
    )


def _agency(words: list[str]) -> str | None:
    """The agency a segment names, also with a title after it ("Reuters Staff")."""
    while words and words[-1].lower() in TITLE_WORDS:
        words = words[:-1]
    return canonical_agency(" ".join(words)) if words else None


def _is_title(words: list[str]) -> bool:
    lowered = [word.lower() for word in words]
    return all(word in TITLE_WORDS for word in lowered) and any(
        word in TITLE_HEADS for word in lowered
    )


def _is_name(words: list[str], led: bool, caps: bool) -> bool:
    if not 1 <= len(words) <= MAX_NAME_WORDS or (not led and len(words) < 2):
        return False
    if not led and all(word.isupper() for word in words):
        return False  # "NEW YORK": a place set in caps, not a name
    if words[0].lower() in NAME_PARTICLES and not caps:
        return False
    return all(_is_name_word(word) for word in words)


def _is_name_word(word: str) -> bool:
    if word.isalpha():  # most words: letters only, so no digits and no "al-" to look into
        return word[0].isupper() or word.lower() in NAME_PARTICLES
    if any(ch.isdigit() for ch in word):
        return False
    if word.lower() in NAME_PARTICLES or word.split("-")[0].lower() in NAME_PARTICLES:
        return True  # "von", "al-Assad"
    return word[0].isupper() and any(ch.isalpha() for ch in word)


def _is_capitalized(words: list[str]) -> bool:
    return all(_is_name_word(word) for word in words) and len(words) <= MAX_NAME_WORDS


# -- for the front-matter reader --------------------------------------------------------------


def describe_byline(line: str) -> tuple[str | None, list[str], list[str], list[str]] | None:
    """A stripped line read as a byline: (byline, authors, agencies credited, the other pieces
    of the line, to be recorded), or None when it is no byline.

    A byline led by "By" that names no person keeps its words as written (dpa's
    "By dpa correspondents": the byline is "dpa correspondents").

    >>> describe_byline("By Manuel Schwarz, dpa")
    ('Manuel Schwarz', ['Manuel Schwarz'], ['dpa'], ['By', ', dpa'])
    >>> describe_byline("By dpa correspondents")
    ('dpa correspondents', [], ['dpa'], ['By'])
    >>> describe_byline("By subscribing to our newsletter, you agree") is None
    True
    """
    reading = read_byline(line)
    if reading is None:
        return None
    runs = _name_runs(line, reading.names)
    if runs:
        byline = ", ".join(line[a:b] for a, b in runs)
        authors = [line[a:b] for a, b in reading.names]
    else:
        desk = _desk_byline(line)
        if desk is None:
            return None, [], reading.agencies, [line]  # "By dpa", "Reuters Staff": no names
        runs = [desk]
        byline, authors = line[desk[0]:desk[1]], []
    cuts = [0, *(edge for run in runs for edge in run), len(line)]
    pieces = [line[a:b].strip() for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    # Only pieces with a word are recorded (a closing "=" is none).
    return byline, authors, reading.agencies, [p for p in pieces if any(c.isalnum() for c in p)]


def _desk_byline(line: str) -> tuple[int, int] | None:
    """The span of a byline led by "By" that names a desk, not a person ("By dpa
    correspondents", "By Reuters Staff"): kept as written. None for a credit alone ("By dpa",
    AP's "By The Associated Press" on its roundups: an agency's full name is no desk).

    >>> _desk_byline("By Reuters Staff"), _desk_byline("By The Associated Press")
    ((3, 16), None)
    """
    lead = LEAD.match(line)
    end = len(line.rstrip(" ="))  # dpa's closing "="
    tail = STAMP_TAIL.search(line, 0, end)
    if tail and is_stamp(tail["stamp"]):
        end = tail.start()  # "By UPI Staff | Jan. 03, 2018": the desk, without the date
    if lead is None or not lead.group().strip() or len(line[lead.end():end].split()) < 2:
        return None
    if canonical_agency(line[lead.end():end].strip()):
        return None
    return lead.end(), end


def is_byline_role(line: str) -> bool:
    """Whether a line is the role printed under a byline ("AP Sports Writer", "Associated
    Press"): an agency, or job-title words after an optional agency name.

    >>> is_byline_role("AP Business Writer"), is_byline_role("Associated Press")
    (True, True)
    >>> is_byline_role("Chief executive resigns")
    False
    """
    line = line.strip()
    if canonical_agency(line):
        return True
    words = line.split()
    while words and canonical_agency(words[0]):
        words = words[1:]
    if words[:2] and canonical_agency(" ".join(words[:2])):
        words = words[2:]
    return bool(words) and _is_title(words)
