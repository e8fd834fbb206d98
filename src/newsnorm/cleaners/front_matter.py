"""Read the front matter above a strong wire dateline: title, byline, and what else stood there.

Wire copy has a fixed shape::

    [header and slug lines]      eca0003 3 i 380  dpa 0045 / BC-Soccer-Emperor's-Cup / REFILE
    [title]                      Switzerland joins list of countries resisting UN migration pact
    [byline lines]               By CHARLES ODUM / AP Sports Writer
    DATELINE — body              Geneva (dpa) - Switzerland is joining ...

Web pages put their own matter in the same place (a stamp "Updated: 15 hr ago", a section
crumb, a deck, a photo caption). The headline cleaner reads a title at the very top and the
dateline cleaner a dateline at the very top or under a title, so anything more above the dateline
hid all three. A *strong* dateline (one crediting an agency, or a shouted city with a date or a
wire's long dash) opening one of the first few lines is strong evidence that what stands above
it is front matter: the title is the nearest title-like line above it (byline lines, stamps,
advisories, photo credits and captions passed over), the "By" lines between are the byline, and
the rest is taken out and recorded (kind ``front-matter``). The dateline itself is left at the
top for the dateline cleaner. A weak dateline (a capitalised place opening a sentence) never
triggers this, and a text the headline and dateline cleaners read on their own is left to them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from newsnorm.cleaners import front_matter_patterns as patterns
from newsnorm.cleaners.agency_names import canonical_agency
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.byline import describe_byline, is_byline_role
from newsnorm.cleaners.dateline import read_dateline, read_strong_dateline
from newsnorm.cleaners.headline import (
    reads_as_title,
    strip_site_suffixes,
    strip_title_crumb,
    suffix_pieces,
)
from newsnorm.cleaners.headline_patterns import (
    BULLET,
    MAX_SITE_NAME_WORDS,
    SITE_NAME,
    SITE_SEPARATOR,
    WIRE_HEADER,
    is_furniture,
    is_section_word,
    is_stamp,
    starts_with_byline,
)
from newsnorm.document import Document
from newsnorm.model import Removal


@dataclass
class Unit:
    """One line of the front matter, or several that a hard wrap split (offsets in the text)."""

    start: int
    end: int
    text: str  # its lines joined by single spaces
    block: int  # which blank-line-separated block it stands in
    kind: str = "front-matter"
    wrapped: bool = False  # more than one line


@register
class FrontMatter(Cleaner):
    """Take the wire and page matter above a strong dateline; read its title and byline.

    >>> doc = Document(" eca0003 3 i 380  dpa 0045\\n\\n REFILE\\n\\n"
    ...                "Switzerland joins list of countries resisting UN migration pact\\n"
    ...                "By dpa correspondents =\\n\\nGeneva (dpa) - Switzerland is joining")
    >>> FrontMatter().clean(doc)
    >>> doc.headline, doc.byline
    ('Switzerland joins list of countries resisting UN migration pact', 'dpa correspondents')
    >>> [(r.kind, r.text) for r in doc.removed]  # doctest: +NORMALIZE_WHITESPACE
    [('front-matter', 'eca0003 3 i 380  dpa 0045'), ('front-matter', 'REFILE'),
     ('byline', 'By')]
    >>> doc.text
    'Geneva (dpa) - Switzerland is joining'
    """

    name = "front_matter"

    def clean(self, doc: Document) -> None:
        if doc.headline is not None or doc.dateline is not None:
            return
        if doc.text.find(patterns.MENAFN_MARK, 0, patterns.MENAFN_REACH) >= 0:
            _close_up_source_bracket(doc)
        found = find_front_matter(doc.text)
        if found is None:
            return
        dateline_line, units, title, bylines = found
        removed: list[Removal] = []
        if title is not None:
            doc.headline = self._title(title.text, removed)
        for unit in units:
            if unit is title:
                continue
            if unit in bylines:
                self._byline(doc, unit, removed)
            elif unit.kind == "source-line":
                agency = canonical_agency(patterns.SOURCE_LINE.fullmatch(unit.text)["agency"])
                if agency:
                    doc.credit(agency)
                removed.append(self._removal(unit.kind, unit.text))
            else:
                removed.append(self._removal(unit.kind, unit.text))
        doc.removed.extend(removed)
        doc.edit([(0, dateline_line, "")])

    def _title(self, text: str, removed: list[Removal]) -> str:
        text = strip_end_marks(text)
        bullet = BULLET.match(text)  # a list bullet: no word, so not recorded
        if bullet:
            text = text[bullet.end():]
        crumb = strip_title_crumb(text)
        if crumb:
            removed.append(self._removal("site-crumb", text[:crumb].strip()))
            text = text[crumb:]
        end = strip_site_suffixes(text)
        for piece in suffix_pieces(text[end:]):
            removed.append(self._removal("site-suffix", piece.strip()))
        return " ".join(text[:end].split())

    def _byline(self, doc: Document, unit: Unit, removed: list[Removal]) -> None:
        text = strip_end_marks(unit.text)
        described = describe_byline(text)
        if described is None:  # a role line under the byline ("AP Sports Writer")
            removed.append(self._removal("byline", text))
            return
        byline, authors, agencies, pieces = described
        if byline and doc.byline is None:
            doc.byline, doc.authors = byline, authors
        elif byline:
            pieces = [text]
        for agency in agencies:
            doc.credit(agency)
        removed.extend(self._removal("byline", piece) for piece in pieces)

    def _removal(self, kind: str, text: str) -> Removal:
        return Removal.model_construct(cleaner=self.name, kind=kind, text=text)


def _close_up_source_bracket(doc: Document) -> None:
    """Glue MENAFN's source bracket on a line of its own at the top to the line under it
    (:data:`~newsnorm.cleaners.front_matter_patterns.MENAFN_LINE`): only whitespace goes.

    >>> doc = Document("(MENAFN- Jordan News Agency)\\n\\nPetra, Oct. 18 (Petra)-- Text")
    >>> _close_up_source_bracket(doc)
    >>> doc.text
    '(MENAFN- Jordan News Agency) Petra, Oct. 18 (Petra)-- Text'
    """
    found = patterns.MENAFN_LINE.match(doc.text)
    if found is not None:
        doc.edit([(found.start("gap"), found.end("gap"), " ")])


def find_front_matter(text: str) -> tuple[int, list[Unit], Unit | None, list[Unit]] | None:
    """Where the line of a strong dateline below the top starts, the units above it, the title
    among them and the byline units; None when there is none, or the other cleaners read the
    top on their own (a title and a dateline, or a dateline alone).

    >>> text = "REFILE\\nTitle of the story\\nBy Jane Doe\\n\\nGeneva (dpa) - Text"
    >>> start, units, title, bylines = find_front_matter(text)
    >>> text[start:start + 6], title.text, [u.text for u in bylines]
    ('Geneva', 'Title of the story', ['By Jane Doe'])
    """
    lines: list[tuple[int, int, int]] = []
    for line in _iter_lines(text):
        lines.append(line)
        index = len(lines) - 1
        start = line[0]
        if index == 0:
            continue
        reading = read_strong_dateline(text, start)
        if reading is None:
            continue
        if index == 1:
            # Under one line: a title alone, which the headline cleaner reads; or a post's date
            # alone over an untitled post ("Sunday, December 31, 2017"), page matter.
            first, end = lines[0][0], lines[0][1]
            if not (text[end - 1].isdigit() or text.startswith(patterns.CLOCK_ENDS, end - 2)
                    ) or not is_stamp(text[first:end]):
                return None  # (a post date ends on its year or clock: a cheap test first)
            return None if _read_at_top(text, lines) else (
                start, _units(text, lines[:1]), None, [])
        units = _units(text, lines[:index])
        for unit in units:
            if is_source_line(unit.text):
                unit.kind = "source-line"
        title, bylines = _title_and_bylines(units)
        if title is not None and reading.agencies:
            title = _title_over_subheadline(units, title, bylines,
                                            text[start] == "(" and reading.city is not None)
        if title is None:
            if not all(is_furniture(unit.text) for unit in units):
                return None  # nothing reads as a title: maybe story above, keep it
            # Only stamps and page furniture above the dateline: no title, no story to keep.
            return None if _read_at_top(text, lines) else (start, units, None, [])
        if len(units) == 1 and not title.wrapped:
            return None  # a title alone: the headline cleaner reads it
        if sum(_words(unit) >= patterns.PROSE_WORDS for unit in units) > patterns.MAX_PROSE:
            return None  # more prose than a deck and a caption: maybe story, keep it
        return None if _read_at_top(text, lines) else (start, units, title, bylines)
    if len(lines) < 2:
        return None
    found = (_find_repeated_title(text, lines) or _find_title_deck_byline(text, lines)
             or _find_page_title_repeat(text, lines))
    return None if found is None or _read_at_top(text, lines) else found


def _read_at_top(text: str, lines: list[tuple[int, int, int]]) -> bool:
    """Does a dateline open the first line, or the line under a one-line title? Then the other
    cleaners read the top on their own. (Asked last: reading a dateline at the top is the
    costly step, and most texts are settled before it.)"""
    top = read_dateline(text)
    return top is not None and top.start < lines[1][1]


def _find_repeated_title(text: str, lines: list[tuple[int, int, int]]
                         ) -> tuple[int, list[Unit], Unit | None, list[Unit]] | None:
    """A page that prints its title twice, the second copy right above the "By" line
    ("World media follows ...⏎<deck>⏎<stamp>⏎World media follows ...⏎By Ilker Girit and
    Sorwar Alam⏎Global media ..."): the title, its byline, and the matter above them.

    >>> text = "\\n".join(["World", "A title here", "A deck", "A title here", "By Jane Doe",
    ...                   "Story."])
    >>> start, units, title, bylines = find_front_matter(text)
    >>> text[start:], title.text, [u.kind for u in units][:2]
    ('Story.', 'A title here', ['front-matter', 'duplicate-headline'])
    """
    texts = [text[start:end] for start, end, _block in lines]
    for index in range(2, len(lines) - 1):
        line = texts[index]
        if not (starts_with_byline(line) and describe_byline(line) is not None):
            continue
        title = texts[index - 1]
        if title not in texts[:index - 1] or not _is_title_candidate(title):
            return None
        units = [Unit(start, end, texts[i], block) for i, (start, end, block)
                 in enumerate(lines[:index + 1])]
        for unit in units[:index - 1]:
            if unit.text == title:
                unit.kind = "duplicate-headline"
        return lines[index + 1][0], units, units[index - 1], [units[index]]
    return None


def _find_title_deck_byline(text: str, lines: list[tuple[int, int, int]]
                            ) -> tuple[int, list[Unit], Unit | None, list[Unit]] | None:
    """A title, one line of deck or abstract, then the "By" line, over an undated story: AP's
    ANPA copy without a dateline ("10 Things to Know for Today⏎Among 10 Things to Know: ...⏎
    By The Associated Press⏎Your daily look at ..."). The deck is taken as front matter.

    >>> text = "A title of the story\\nA deck that runs on\\nBy Jane Doe\\nStory."
    >>> start, units, title, bylines = find_front_matter(text)
    >>> text[start:], title.text, [u.kind for u in units]
    ('Story.', 'A title of the story', ['front-matter', 'front-matter', 'front-matter'])
    """
    if len(lines) < 4:
        return None
    texts = [text[start:end] for start, end, _block in lines[:3]]
    title, deck, byline = texts
    if not (starts_with_byline(byline) and describe_byline(strip_end_marks(byline)) is not None):
        return None
    if starts_with_byline(deck) or not _is_title_candidate(title) or _has_glued_words(title):
        return None
    if _words(Unit(0, 0, title, 0)) < patterns.DECK_TITLE_MIN_WORDS:
        return None
    units = [Unit(start, end, texts[i], block) for i, (start, end, block) in enumerate(lines[:3])]
    return lines[3][0], units, units[0], [units[2]]


def _find_page_title_repeat(text: str, lines: list[tuple[int, int, int]]
                            ) -> tuple[int, list[Unit], Unit | None, list[Unit]] | None:
    """A scraped page's title bar, "<title> - <site name>", then up to two lines of crumbs,
    then the title again as a paragraph of its own ("Iran president in charge of IRNA -
    Islamic Invitation Turkey⏎IranWest AsiaWorld News⏎⏎Iran president in charge of IRNA⏎⏎...").
    The bar (recorded as a duplicate headline) and the crumbs are taken; the repeat is the title.

    >>> text = "A title of the story - Some Site\\nNewsWorld\\n\\nA title of the story\\n\\nStory."
    >>> start, units, title, bylines = find_front_matter(text)
    >>> text[start:], title.text, [u.kind for u in units]
    ('Story.', 'A title of the story', ['duplicate-headline', 'front-matter', 'front-matter'])
    """
    first = text[lines[0][0]:lines[0][1]]
    separator = SITE_SEPARATOR.search(first)
    if separator is None:
        return None
    title, site = first[:separator.start()], first[separator.end():]
    if (len(site.split()) > MAX_SITE_NAME_WORDS or not SITE_NAME.fullmatch(site)
            or len(title.split()) < patterns.DECK_TITLE_MIN_WORDS):
        return None
    for index in range(1, min(len(lines) - 1, patterns.PAGE_TITLE_REPEAT_LINES + 1)):
        start, end, block = lines[index]
        if text[start:end] != title:
            continue
        if lines[index + 1][2] == block or not _is_title_candidate(title):
            return None  # the repeat runs on in its paragraph: story
        units = [Unit(a, b, text[a:b], k) for a, b, k in lines[:index + 1]]
        units[0].kind = "duplicate-headline"  # the title again, with the site's name
        return lines[index + 1][0], units, units[index], []
    return None


def _iter_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """The first non-blank lines, one at a time: (start of the text on it, end, block number).
    Lazy, because most texts settle on their second line."""
    count = 0
    block = 0
    opened = False  # a line stands in the current block
    position = 0
    limit = min(len(text), patterns.SCAN_CHARS)
    while position < limit and count < patterns.SCAN_LINES:
        end = text.find("\n", position)
        if end < 0:
            end = len(text)
        raw = text[position:end]
        stripped = raw.strip()
        if stripped:
            first = position + len(raw) - len(raw.lstrip())
            count += 1
            opened = True
            yield first, first + len(stripped), block
        elif opened:
            block += 1
            opened = False
        position = end + 1


def _units(text: str, lines: list[tuple[int, int, int]]) -> list[Unit]:
    """Lines joined where a hard wrap split them: a long line that ends no sentence goes on in
    the next line of its block."""
    units: list[Unit] = []
    for start, end, block in lines:
        line = text[start:end]
        if (units and units[-1].block == block and _runs_on(text, units[-1].end)
                and not starts_with_byline(line) and not is_furniture(line)
                and not is_source_line(line)):
            last = units[-1]
            last.end, last.text, last.wrapped = end, f"{last.text.rstrip()} {line}", True
            continue
        units.append(Unit(start, end, line, block))
    return units


def _runs_on(text: str, end: int) -> bool:
    last_line = text[text.rfind("\n", 0, end) + 1:end]
    return len(last_line) >= patterns.WRAP_MIN_CHARS and not patterns.WRAP_END.search(last_line)


def _title_and_bylines(units: list[Unit]) -> tuple[Unit | None, list[Unit]]:
    """The title among the units above the dateline, and the byline units below it.

    The title is the fullest title-like unit (most words before any site names after it; the
    upper of equals): page and wire matter that reads like a title ("World News", "Yonhap News
    Summary", a photo caption "North Korean flags", a crumb "Хроника...") is shorter than a
    story's title, and a deck stands under its title ("Alitalia struggles to return thousands
    of bags after go-slow⏎Chaos follows airport baggage handlers' agitation over job cuts",
    nine words each; a deck longer than its title: :func:`_title_over_subheadline`).
    """
    captions = _captions(units)
    title_index = None
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if starts_with_byline(unit.text) or _is_role(units, index):
            continue
        if index in captions or not _is_title_candidate(unit.text):
            continue
        if title_index is None or _title_words(unit) >= _title_words(units[title_index]):
            title_index = index
    if title_index is None:
        return None, []
    bylines = [unit for index, unit in enumerate(units) if index > title_index and (
        _is_role(units, index) or (starts_with_byline(unit.text) and describe_byline(
            strip_end_marks(unit.text)) is not None))]
    return units[title_index], bylines


def _title_over_subheadline(units: list[Unit], title: Unit, bylines: list[Unit],
                            agency_first: bool) -> Unit:
    """The title above a subheadline (a deck), over a dateline that credits an agency.

    Agencies send a headline and a subheadline (NewsML-G2 ``<headline
    role="hld:subHeadline">``) printed in that order, and the subheadline, often the longer,
    was read as the title (the fullest unit). Two shapes are read:

    - over an agency-first dateline (Italian wire house style, ANSA's "(ANSA) - Rome, October
      11 -"), the title and the subheadline are the last two units ("Catalan independence
      declaration unacceptable - Alfano⏎Foreign minister expresses faith in Spanish
      government⏎(ANSA) - Rome, ...");
    - the title and its deck right above the "By" line (Anadolu Agency's pages and reposts:
      "Turkey to chase up all terror groups: President Erdogan⏎Recep Tayyip Erdogan reiterates
      vow against terror groups PKK, FETO, Daesh⏎By Aynur Ekiz⏎ANKARA (AA) - ..."), the shape
      AP's undated copy has too (:func:`_find_title_deck_byline`).

    The unit right above the one read as the title must itself read as a title of at least
    :data:`~patterns.DECK_TITLE_MIN_WORDS` words; then it is the title, and the other is
    recorded as a ``subheadline``.

    >>> text = ("Pompeii to host opera festival\\n\\nCulture minister weighs art, music at site"
    ...         "\\n\\n(ANSA) - Rome, September 10 - The ancient city")
    >>> start, units, title, bylines = find_front_matter(text)
    >>> title.text, [u.kind for u in units]
    ('Pompeii to host opera festival', ['front-matter', 'subheadline'])
    """
    index = units.index(title)
    after = units[index + 1:]
    if index == 0 or not (after if after else agency_first):
        return title
    if not all(unit in bylines for unit in after):
        return title
    above = units[index - 1]
    if (starts_with_byline(above.text) or not _is_title_candidate(above.text)
            or _words(above) < patterns.DECK_TITLE_MIN_WORDS):
        return title
    title.kind = "subheadline"
    return above


def _has_glued_words(text: str) -> bool:
    """Whether a capital follows a small letter inside a word: links of a page's crumb trail
    glued together ("ХроникаВоенная операция на Украине", "IranWest AsiaWorld News"); a name
    like "McCain" counts too, which only keeps the fuller unit as the title."""
    return any(a.islower() and b.isupper() for a, b in pairwise(text))


def is_source_line(line: str) -> bool:
    """An agency's source line ("IRNA - Islamic Republic News Agency"); the cheap test of its
    last word first, as most lines fail it."""
    return line.endswith(patterns.SOURCE_LINE_ENDS) and bool(patterns.SOURCE_LINE.fullmatch(line))


def _words(unit: Unit) -> int:
    return len(unit.text.split())


def _title_words(unit: Unit) -> int:
    """The words of a unit read as a title, without the site names after it: a page's title
    bar "North & South Korea News, Updates & Discussions | Page 7 | World Defense" is no
    fuller than the story's title for its crumbs."""
    return len(unit.text[:strip_site_suffixes(unit.text)].split())


def _is_role(units: list[Unit], index: int) -> bool:
    """A byline's second line: "By CHARLES ODUM⏎AP Sports Writer"."""
    return index > 0 and starts_with_byline(units[index - 1].text) and is_byline_role(
        units[index].text)


def _captions(units: list[Unit]) -> set[int]:
    """Photo credits and the caption right under one in the same block."""
    found: set[int] = set()
    for index, unit in enumerate(units):
        if patterns.PHOTO_CREDIT.fullmatch(unit.text):
            found.add(index)
            if index + 1 < len(units) and units[index + 1].block == unit.block:
                found.add(index + 1)
    return found


def _is_title_candidate(text: str) -> bool:
    """Whether a unit reads as the story's title and not as page or wire matter."""
    text = strip_end_marks(text)
    if not text or len(text) > patterns.TITLE_MAX_CHARS:
        return False
    if len(text.split()) > patterns.TITLE_MAX_WORDS:
        return False
    if (is_furniture(text) or is_section_word(text) or WIRE_HEADER.fullmatch(text)
            or patterns.RELATIVE_STAMP.fullmatch(text) or patterns.ADVISORY.match(text)
            or is_source_line(text) or patterns.SUMMARY_BULLET.match(text)
            or text.count("|") >= patterns.NAV_BAR_MIN_BARS or _ends_in_photo_credit(text)):
        return False
    if not any(c.isalpha() for c in text) or len(text.split()) < 2:
        return False
    return reads_as_title(text)


def _ends_in_photo_credit(text: str) -> bool:
    """Whether a unit is a photo caption closed by its credit (:data:`patterns.CAPTION_CREDIT_END`).

    >>> _ends_in_photo_credit("Xi returns home in Beijing in 1972. (Xinhua/Xie Huanchi)")
    True
    >>> _ends_in_photo_credit("Erdogan meets Putin in Sochi (Update)")
    False
    >>> _ends_in_photo_credit("The PM speaks at the meeting in Hai Phong city (Photo: VNA)")
    True
    >>> _ends_in_photo_credit('It is a "win-win" situation (PHOTO)')
    False
    """
    if not text.endswith((")", "]")):
        return False  # most units: cheap first
    if patterns.LABELLED_CREDIT_END.search(text):
        return True
    match = patterns.CAPTION_CREDIT_END.search(text)
    if match is None:
        return False
    credit = match["credit"].strip()
    return (credit in patterns.PHOTO_LABELS or credit.startswith(patterns.PHOTO_BY)
            or canonical_agency(credit) is not None)


def strip_end_marks(line: str) -> str:
    """A title or byline line without the wire's marks at its end (dpa's "=", Kyodo's "+").

    >>> strip_end_marks("Coalition talks could fail ="), strip_end_marks("Vegalta Sendai+")
    ('Coalition talks could fail', 'Vegalta Sendai')
    >>> strip_end_marks("Why developers still learn C++")
    'Why developers still learn C++'
    """
    line = line.rstrip()
    while line.endswith(patterns.HEADER_END):
        line = line[:-1].rstrip()
    if line.endswith(patterns.TITLE_END) and not line.endswith(patterns.TITLE_END * 2):
        line = line[:-1].rstrip()
    return line
