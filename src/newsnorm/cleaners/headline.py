"""Take the headline off the top, without site crumbs, site names or a repeated copy.

A headline is the text's first paragraph when that paragraph is one short line followed by a
blank line and more text, and reads as a title rather than as the story's first sentence: it is
no dateline ("BAKU, Azerbaijan, October 3. ..."), no byline, does not run on (no trailing comma),
and ends in "." only when that closes an abbreviation ("... TO U.S.") or a very short title.
A text that starts mid-sentence or with its dateline has no headline. On a page scraped with
one paragraph per line and no blank lines, the title is the short line over the first whole
paragraph. Page furniture above the title (stamps, crumbs, menu labels, the site's masthead) is
passed over and recorded (``site-crumb``).

Scraped pages add to the title; each addition is taken out and recorded:

- a repeated copy in the next paragraph, or run into the story's credited dateline
  (``duplicate-headline``);
- a deck between the title and a shouted dateline, or between the title and the post's stamp,
  source line or credited photo caption over the story (``subheadline``; the caption
  ``photo-caption``);
- the post's date stamp, reading time and widgets between the title and the story
  (``page-stamp``);
- a kicker over the title, in lower case or a short one in capitals, and a blog's header over
  the post's date (``site-crumb``);
- a site name and section glued before it, known because the next paragraph repeats the rest
  (``GENERICO.ruWorld`` + ``Azerbaijan called on ...``: ``site-crumb``);
- a site name after a separator (``Peace talks resume | Reuters``: ``site-suffix``), when the
  name is a known agency or outlet, a domain name, or a short capitalized name after ``|``.
"""

from __future__ import annotations

import re
import string

from pydantic import BaseModel, ConfigDict

from newsnorm.cleaners.agency_names import canonical_agency
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.byline import read_byline
from newsnorm.cleaners.dateline import read_dateline, read_strong_dateline
from newsnorm.cleaners.dateline_patterns import TITLE_OPEN_END
from newsnorm.cleaners.front_matter_patterns import PHOTO_CREDIT, RELATIVE_STAMP
from newsnorm.cleaners.headline_patterns import (
    ABBREVIATION_END,
    BARE_NUMBER,
    BULLET,
    CAPS_SHARE,
    CAPTION_CREDIT,
    CJK_CRUMB,
    DATELINE_PREFIX_CHARS,
    DECK_MAX_CHARS,
    DECK_MIN_WORDS,
    DOMAIN,
    FURNITURE,
    KEYWORD_SLUG,
    MAX_CREDIT_LINE_CHARS,
    MAX_CREDIT_LINES,
    MAX_CRUMB_CHARS,
    MAX_FURNITURE_LINES,
    MAX_HEADLINE_CHARS,
    MAX_SITE_NAME_WORDS,
    MAX_WORDS_OF_DOTTED_TITLE,
    PARAGRAPH_END,
    PARAGRAPH_LINE_MIN_CHARS,
    PARAGRAPH_TITLE_MIN_WORDS,
    READING_TIME,
    READING_TIME_LONGEST,
    REPORTING_VERB,
    REUTERS_PREFIX,
    RUNS_ON_END,
    SENTENCE_END,
    SITE_NAME,
    SITE_SEPARATOR,
    STORY_MIN_CHARS,
    STORY_PARAGRAPH_MIN_CHARS,
    TITLE_WORD,
    WRAPPED_LINE_CHARS,
    is_caps_kicker,
    is_furniture,
    is_kicker,
    is_outlet,
    is_section_word,
    is_stamp,
    may_hold_caption_credit,
    starts_with_byline,
    starts_with_dateline,
)
from newsnorm.document import Document

# Closing quotes and brackets do not change how a line ends ('... ready."' ends in ".").
CLOSERS = "\"'”’»)]"


class HeadlineOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # A first line longer than this is the story's first paragraph, not its title.
    max_chars: int = MAX_HEADLINE_CHARS


@register
class Headline(Cleaner):
    """Take the headline off the top, without site crumbs or a repeated copy.

    >>> doc = Document("GENERICO.ruWorldAzerbaijan called on Armenia not to miss the chance\\n\\n"
    ...                "Azerbaijan called on Armenia not to miss the chance\\n\\n"
    ...                "BAKU, November 6 Azerbaijani Foreign Minister Jeyhun Bayramov ...")
    >>> Headline().clean(doc)
    >>> doc.headline
    'Azerbaijan called on Armenia not to miss the chance'
    >>> [(r.kind, r.text) for r in doc.removed]  # doctest: +NORMALIZE_WHITESPACE
    [('site-crumb', 'GENERICO.ruWorld'),
     ('duplicate-headline', 'Azerbaijan called on Armenia not to miss the chance')]
    >>> doc.text
    'BAKU, November 6 Azerbaijani Foreign Minister Jeyhun Bayramov ...'
    """

    name = "headline"
    Options = HeadlineOptions

    def clean(self, doc: Document) -> None:
        if doc.headline is not None:
            return
        text = doc.text
        top = _top_lines(text)
        if top is None:
            return
        furniture, bullet, first, second = top  # (their matches of LINE_TEXT)
        title = first.group()
        if len(title) > self.options.max_chars or not reads_as_title(title):
            return
        core_end = strip_site_suffixes(title)
        following = second.group()
        crumb = _crumb_length(title[:core_end], following)
        repeated = crumb > 0 or _repeats(title[:core_end], following)
        stamped = None if repeated else _repeat_under_stamp(doc.text, title[:core_end], second)
        glued = 0 if repeated or stamped else _repeat_glued_to_dateline(title[:core_end], second)
        crumb = crumb or strip_title_crumb(title[:core_end])
        # Whitespace up to the next line's start (after the last newline before it) goes; its
        # indent stays (it marks a paragraph).
        next_line = doc.text.rfind("\n", first.end(), second.start()) + 1
        blanks, repeat = next_line - first.end(), second.end() - next_line
        shift = len(doc.text)
        for line in furniture:  # top down, with its indent; each one moves what is below up
            at = doc.text.rfind("\n", 0, line.start() - (shift - len(doc.text))) + 1
            end = line.end() - (shift - len(doc.text))
            self.take(doc, at, _next_line_start(doc.text, end), "site-crumb")
        shift -= len(doc.text)
        at = first.start() - shift
        self._take_title(doc, at, title, crumb, core_end, blanks)
        if repeated:
            self._take_repeat(doc, at, repeat)
        elif stamped is not None:  # the stamp, then the title again (with its indent)
            self.take(doc, at, _next_line_start(doc.text, at + repeat), "page-stamp")
            self._take_repeat(doc, at, stamped.end() - (text.rfind("\n", 0, stamped.start()) + 1))
        elif glued:  # the copy (with its indent) up to the dateline glued to it
            self.take(doc, at, at + second.start() - next_line + glued, "duplicate-headline")
        if bullet < first.start():  # a list bullet: no word, so not recorded
            doc.edit([(bullet - shift, at, "")])
            at = bullet - shift
        # The line now under the title, read once for the three readings below (none edits
        # the text before it returns); with no line there is no deck and no stamp.
        under = LINE_TEXT.search(doc.text, at)
        if under is None:
            return
        deck = _deck_over_dateline(doc.text, under)
        if deck is not None:  # with the blank lines after it, up to the dateline's line
            self.take(doc, at, _next_line_start(doc.text, deck), "subheadline")
            return
        over = None
        if len(doc.headline.split()) >= DECK_MIN_WORDS:  # a short "title" may be a crumb
            over = _deck_over_furniture(doc.text, under)
        if over is not None:  # the deck, then a stamp or widget line under it (not a credit)
            deck_end, furniture, kind = over
            self.take(doc, at, _next_line_start(doc.text, deck_end), "subheadline")
            if furniture is not None:
                self.take(doc, at, _next_line_start(doc.text, at + furniture), kind)
            return
        for length in _stamp_under_title(doc.text, at, under):  # each with indent and blanks
            self.take(doc, at, _next_line_start(doc.text, at + length), "page-stamp")

    def _take_title(self, doc: Document, at: int, title: str, crumb: int, core_end: int,
                    blanks: int) -> None:
        """Take the first line (at ``at``) piece by piece at its start: crumb, title, site
        suffixes, and the ``blanks`` (characters) between it and what follows."""
        if crumb:
            self.take(doc, at, at + crumb, "site-crumb")
        core = title[crumb:core_end]
        doc.headline = " ".join(core.split())
        pieces = suffix_pieces(title[core_end:])
        if not pieces:  # most titles: the title and the blank lines go in one edit
            doc.edit([(at, at + len(core) + blanks, "")])
            return
        doc.edit([(at, at + len(core), "")])
        for piece in pieces:
            self.take(doc, at, at + len(piece), "site-suffix")
        doc.edit([(at, at + blanks, "")])

    def _take_repeat(self, doc: Document, at: int, length: int) -> None:
        """Take the repeated title (``length`` characters with its indent, now at ``at``) and
        the blank lines after it (which add nothing to what is recorded)."""
        self.take(doc, at, _next_line_start(doc.text, at + length), "duplicate-headline")


def _repeat_under_stamp(text: str, title: str, second: re.Match[str]) -> re.Match[str] | None:
    """The title printed again under a date stamp right below it ("Russian, Turkish foreign
    ministers to meet in Moscow⏎⏎30 August 2023    Read: 503⏎Russian, Turkish foreign ministers
    to meet in Moscow⏎⏎Russian Foreign Minister ..."): the repeat's line, else None."""
    if not is_stamp(second.group()):
        return None
    third = LINE_TEXT.search(text, second.end())
    if third is None or not _repeats(title, third.group()):
        return None
    return third


def _repeat_glued_to_dateline(title: str, second: re.Match[str]) -> int:
    """Length of the title's copy that opens the next line glued to the story's dateline, else
    0: listing pages print each item's title, then the title again run into its teaser with no
    space ("HM The Sultan Greets President of Austria⏎⏎HM The Sultan Greets President of
    AustriaMuscat, 25 Oct (ONA) --- His Majesty ..." on omannews.gov.om, every item so). Only
    the exact title, and only before a strong dateline (one crediting an agency)."""
    line = second.group()
    if len(line) <= len(title) or not line.startswith(title):
        return 0
    reading = read_strong_dateline(second.string, second.start() + len(title))
    return len(title) if reading is not None and reading.agencies else 0


def _deck_over_dateline(text: str, deck: re.Match[str]) -> int | None:
    """Where a deck ends that stands between the title (taken) and a shouted dateline: one
    line of at least :data:`DECK_MIN_WORDS` words that reads as a title, a paragraph of its
    own, right above a paragraph that opens with a city in capitals ("Amir congratulates
    National Assembly committee members⏎⏎MPs adhere to tenets of Amiri address: Speaker⏎⏎
    KUWAIT: His Highness the Amir ..." on Kuwait Times pages). What stands between a title and
    the dateline that opens the story is front matter, never story. ``deck`` is the line
    under the title."""
    line = deck.group()
    if len(line.split()) < DECK_MIN_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return None
    after = LINE_TEXT.search(text, deck.end())
    if after is None or text.count("\n", deck.end(), after.start()) < 2:
        return None
    if not reads_as_title(line) or (SENTENCE_END.search(line) and not line.endswith(("?", "!"))):
        return None
    if is_furniture(line) or _byline_opens(deck):
        return None
    reading = read_dateline(text[after.start():after.start() + DATELINE_PREFIX_CHARS])
    if reading is None or reading.shape != "shouted" or reading.city is None:
        return None
    return deck.end()


def _deck_over_furniture(text: str, deck: re.Match[str]) -> tuple[int, int | None, str] | None:
    """Where a deck ends that stands between the title (taken) and a line of page furniture
    over the story, and the length and kind of that furniture line when it is a stamp or a
    widget's reading (``page-stamp``) or a photo's caption closed by its labelled credit
    (``photo-caption``; a "Source:" line is a credit, left to the agencies cleaner); else None.

    Pages set the deck (standfirst) right under the title and the post's date, source line or
    counters under the deck, then the story: tvperu.gob.pe ("Apurímac: mesa de diálogo llega a
    acuerdos en Andahuaylas⏎⏎Sin embargo un sector se opuso a lo pactado ...⏎20:19 horas -
    Miércoles, 30 Noviembre 2016⏎⏎El Ministro ..."), b92.net ("Vucic: If Serbia's security is
    compromised, I'm ready⏎⏎Vucic reiterated that ...⏎⏎Source: Tanjug⏎...") and telegraf.rs
    (the deck, then its comment counter "• 0") and Folha de Pernambuco's copies ("Presidente
    da FPF confirma ...⏎⏎Evandro Carvalho ainda afirmou ...⏎⏎Evandro Carvalho em coletiva ...
    - Foto: Ricardo Fernandes/Folha de Pernambuco⏎⏎Em meio ..."). Story never puts a stamp,
    a source line or a credited caption after its first paragraph with more story below. The
    deck is one line of at least :data:`DECK_MIN_WORDS` words and at most
    :data:`DECK_MAX_CHARS` characters that opens with no dateline or byline; a story of at
    least :data:`STORY_MIN_CHARS` must follow. ``deck`` is the line under the title."""
    line = deck.group()
    if len(line) > DECK_MAX_CHARS or len(line.split()) < DECK_MIN_WORDS:
        return None
    under = LINE_TEXT.search(text, deck.end())
    if under is None:
        return None
    below = under.group()
    stamp = BARE_NUMBER.fullmatch(below) is None and (is_stamp(below) or _is_widget_reading(below))
    # A caption may follow the story's first paragraph too: under a "deck" that ends a sentence
    # (the lead), it is no sign of a deck.
    caption = (not stamp and len(below) <= DECK_MAX_CHARS and may_hold_caption_credit(below)
               and CAPTION_CREDIT.search(below)
               and not PARAGRAPH_END.search(line))
    if not (stamp or caption) and not (below.startswith("Source") and FURNITURE.fullmatch(below)):
        return None
    if not _story_follows(text, under.end()):
        return None
    if is_furniture(line) or starts_with_dateline(line) or starts_with_byline(line):
        return None
    if read_dateline(line[:DATELINE_PREFIX_CHARS]) is not None:
        return None  # the story's lead under its dateline
    if not (stamp or caption):
        return deck.end(), None, "page-stamp"
    # the stamp's or caption's line with its indent: it opens the text once the deck is taken
    kind = "page-stamp" if stamp else "photo-caption"
    return deck.end(), under.end() - (text.rfind("\n", 0, under.start()) + 1), kind


def _is_widget_reading(line: str) -> bool:
    """Whether a word-less line holds a widget's reading: a figure ("• 0", "73.0°F"), where a
    section break ("***", "—") has none (a bare number is ruled out by :data:`BARE_NUMBER`).

    >>> _is_widget_reading("• 0"), _is_widget_reading("73.0°F"), _is_widget_reading("***")
    (True, True, False)
    """
    return TITLE_WORD.search(line) is None and any(c.isdigit() for c in line)


def _stamp_under_title(text: str, at: int, line: re.Match[str] | None) -> list[int]:
    """The lengths (each with its indent) of the lines of the post's date stamp and the widgets
    under it that stand right under the title (taken at ``at``), over the story; else none.
    The first line is a date or time (:func:`is_stamp`, read as no dateline) or a reading time
    (:data:`READING_TIME`); up to
    :data:`MAX_FURNITURE_LINES` more such lines, or lines with no word (a font-size widget's
    "• A"), may follow; at least :data:`STORY_MIN_CHARS` of text must stand below. Pages print
    the post's date between the title and the story ("Derrota del gobierno: ...⏎⏎20 Marzo
    2026⏎⏎La Unión de Empleados ..." on agenciapacourondo.com.ar's listings, "... Royal Family
    Council⏎2015-09-28 - 11:10 p⏎..." on bahrainmirror.com, "RSP to expand its organization
    ...⏎⏎23 January 2023⏎⏎Time taken to read : 2 Minute⏎⏎• A⏎• A⏎• A⏎⏎KATHMANDU: ..." on
    english.khabarhub.com); a story never opens with a bare date. ``line`` is the first line
    at or after ``at``."""
    lengths: list[int] = []
    end = at
    for count in range(MAX_FURNITURE_LINES + 2):
        if line is None:
            break
        found = line.group()
        if not (_is_stamp_line(found) or (len(found) <= READING_TIME_LONGEST
                                          and READING_TIME.fullmatch(found) is not None) or (
                count and TITLE_WORD.search(found) is None)):
            break
        lengths.append(line.end() - max(at, text.rfind("\n", 0, line.start()) + 1))
        end = line.end()
        line = LINE_TEXT.search(text, end)
    if len(text) - end < STORY_MIN_CHARS:
        return []
    return lengths


def _is_stamp_line(line: str) -> bool:
    """Whether a line under the title is a stamp, not a dateline alone on its line."""
    if not is_stamp(line) or starts_with_dateline(line):
        return False
    if not any(c.isalpha() or c in ":/.-" for c in line):
        return False  # years alone ("1987 1986") head a table's columns, no post's date
    reading = read_dateline(line)
    # "Moscow, March 5, 2024" alone on its line opens the story; a "city" with no capital is
    # words of a script without case before the date, Al Ghad's Arabic "تم نشره في" (published
    # on) in "تم نشره في Sat 1 April / Apr 2017. 12:00 AM"
    return reading is None or reading.city is None or not any(c.isupper() for c in reading.city)


def _story_follows(text: str, at: int) -> bool:
    """Whether the story goes on below ``at``: past up to :data:`MAX_CREDIT_LINES` short lines
    (photo credits: b92.net's "Tanjug, Rade Prelić"), a whole paragraph of at least
    :data:`STORY_PARAGRAPH_MIN_CHARS` that ends a sentence (not a teaser's "..."), with at least
    :data:`STORY_MIN_CHARS` of text from it on. A short item closed by its source line and
    followed by a page's teasers has none, and keeps its one paragraph."""
    for _ in range(MAX_CREDIT_LINES + 1):
        line = LINE_TEXT.search(text, at)
        if line is None:
            return False
        found = line.group()
        if len(found) >= STORY_PARAGRAPH_MIN_CHARS:
            return (PARAGRAPH_END.search(found) is not None and not found.endswith("...")
                    and len(text) - line.start() >= STORY_MIN_CHARS)
        if len(found) > MAX_CREDIT_LINE_CHARS:
            return False
        at = line.end()
    return False


def _top_lines(
    text: str,
) -> tuple[list[re.Match[str]], int, re.Match[str], re.Match[str]] | None:
    """The furniture lines above the title, where the title line starts (at its bullet, if it
    has one), the title without its bullet, and the first line after it.

    The title line is a paragraph of its own, or sits right above a dateline or a byline. Up to
    :data:`MAX_FURNITURE_LINES` lines of page furniture above it (stamps, archive headings,
    share prompts, a one-word section name) are passed over. A bullet before it is left out.
    """
    furniture: list[re.Match[str]] = []
    first = LINE_TEXT.search(text)
    while first:
        second = LINE_TEXT.search(text, first.end())
        if not second:
            return None
        line = first.group()
        if len(furniture) < MAX_FURNITURE_LINES and (
            is_furniture(line) or (is_section_word(line) and (
                _titles_follow(text, second) or is_section_word(second.group())))
            or (is_kicker(line) and _titles_follow(text, second)
                and len(second.group().split()) >= DECK_MIN_WORDS)
            or (is_caps_kicker(line) and _titles_follow(text, second)
                and len(second.group().split()) >= DECK_MIN_WORDS
                and not _set_in_caps(second.group()))
            or (not furniture and is_stamp(second.group())
                and _title_over_shouted_dateline(text, second))
        ):
            furniture.append(first)
            first = second
            continue
        start = first.start()
        bullet = BULLET.match(text, start)
        if bullet and bullet.end() < first.end():
            first = LINE_TEXT.search(text, bullet.end())
        if text.count("\n", first.end(), second.start()) >= 2:
            return furniture, start, first, second
        if not TITLE_OPEN_END.search(first.group()) and (
            _dateline_opens(second) or _byline_opens(second)
        ):
            return furniture, start, first, second
        if _paragraph_per_line(first.group(), second.group()):
            return furniture, start, first, second
        wrapped = _wrapped_title(text, first, second)
        if wrapped is not None:
            return furniture, start, *wrapped
        return None  # the first line of a wrapped paragraph
    return None


class _Lines:
    """Two lines read as one title, with the methods of the match it stands in for."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.string, self._start, self._end = text, start, end

    def group(self) -> str:
        return self.string[self._start:self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _wrapped_title(text: str, first: re.Match[str], second: re.Match[str]
                   ) -> tuple[_Lines, re.Match[str]] | None:
    """A title the feed hard-wrapped onto a second line (``second`` follows ``first`` with no
    blank line between), a paragraph of its own: the first line is as long as a wrapped line
    and ends no sentence ("Rovnag Abdullayev: Caspian's gas potential is great and there
    will⏎occur need for additional gas corridors⏎⏎By selecting TAP ...")."""
    line = first.group()
    if len(line) < WRAPPED_LINE_CHARS or SENTENCE_END.search(line):
        return None
    after = LINE_TEXT.search(text, second.end())
    if after is None or text.count("\n", second.end(), after.start()) < 2:
        return None
    if second.end() - first.start() > MAX_HEADLINE_CHARS:
        return None
    return _Lines(text, first.start(), second.end()), after


def _paragraph_per_line(line: str, following: str) -> bool:
    """Whether a title line stands right above the story's first paragraph on a page scraped
    with one paragraph per line and no blank lines (kt.kz's "In the name of peace, we renounced
    inherited nuclear arsenal - Kassym-Jomart Tokayev⏎Taking the floor at the plenary session
    ..., Kazinform News Agency reports.⏎He said ..."): the next line is a whole paragraph,
    longer than any hard wrap (:data:`PARAGRAPH_LINE_MIN_CHARS`) and ending a sentence, and the
    title line ends none. A feed's hard-wrapped paragraph has no line that long."""
    if len(following) < PARAGRAPH_LINE_MIN_CHARS or len(line) >= len(following):
        return False
    if SENTENCE_END.search(line) or not PARAGRAPH_END.search(following):
        return False
    if PHOTO_CREDIT.fullmatch(line) or RELATIVE_STAMP.fullmatch(line):
        return False  # "AP Photo/Ahn Young-joon", "Updated: 15 hr ago" over the story
    return len(line.split()) >= PARAGRAPH_TITLE_MIN_WORDS


def _title_over_shouted_dateline(text: str, stamp: re.Match[str]) -> bool:
    """Whether under a date stamp stands a title, a paragraph of its own, over a paragraph that
    opens with a shouted dateline: then the line above the stamp is the page's header, not the
    title. Blogs print their name, then each post's date, then its title ("KADER PARTAI ...⏎⏎
    Senin, November 08, 2010⏎⏎Inilah Agenda Obama di Jakarta⏎⏎JAKARTA, KOMPAS.com - ..." on
    a Blogger blog reposting Kompas; "News Cuttings⏎⏎Wednesday, January 28, 2004⏎⏎Four
    Political Secretaries Sworn In⏎⏎..." reposting Bernama). A page's own title over its stamp
    has the story, not another title, under the stamp."""
    title = LINE_TEXT.search(text, stamp.end())
    if title is None or text.count("\n", stamp.end(), title.start()) < 1:
        return False
    line = title.group()
    if len(line) > MAX_HEADLINE_CHARS or len(line.split()) < PARAGRAPH_TITLE_MIN_WORDS:
        return False
    after = LINE_TEXT.search(text, title.end())
    if after is None or text.count("\n", title.end(), after.start()) < 2:
        return False
    if not reads_as_title(line) or is_furniture(line):
        return False
    reading = read_dateline(text[after.start():after.start() + DATELINE_PREFIX_CHARS])
    return reading is not None and reading.shape == "shouted" and reading.city is not None


def _titles_follow(text: str, line: re.Match[str]) -> bool:
    """Whether ``line`` reads as a title that is a paragraph of its own or tops a dateline."""
    after = LINE_TEXT.search(text, line.end())
    if not after or not reads_as_title(line.group()) or is_section_word(line.group()):
        return False
    return text.count("\n", line.end(), after.start()) >= 2 or _dateline_opens(after)


def _byline_opens(line: re.Match[str]) -> bool:
    """Whether a line is a byline led by "By" (a wire's closing "=" forgiven: "By Manuel
    Schwarz, dpa =")."""
    text = line.group()
    return starts_with_byline(text) and read_byline(text.rstrip("= ")) is not None


def _dateline_opens(line: re.Match[str]) -> bool:
    """Whether a line opens with a strong dateline: one crediting an agency, or a shouted city
    with its date ("BEIJING, Dec. 11 (Xinhua) --", "BEIJING, July 23")."""
    reading = read_dateline(line.string[line.start():line.end()])
    if reading is None:
        return False
    return bool(reading.agencies) or (reading.shape == "shouted" and reading.dated)


def _next_line_start(text: str, at: int) -> int:
    """Where the first non-blank line at or after ``at`` starts (before its indent)."""
    blank_end = BLANKS.match(text, at).end()
    if blank_end == len(text):
        return blank_end
    newline = text.rfind("\n", at, blank_end)
    return newline + 1 if newline >= 0 else at


# A line's text without the spaces around it; searched from anywhere, the next line with any.
LINE_TEXT = re.compile(r"\S(?:[^\n]*\S)?")
BLANKS = re.compile(r"\s*")


def reads_as_title(title: str) -> bool:
    if not TITLE_WORD.search(title):
        return False  # "73.0°F": no word
    if title.isascii() and title.isupper():  # most wire titles: all capitals (so some letter)
        in_caps = True
    else:
        letters, capitals = _letters(title)
        if not letters:
            return False
        in_caps = capitals >= CAPS_SHARE * letters
    if starts_with_dateline(title) or starts_with_byline(title):
        return False
    if in_caps:
        return True  # Reuters titles end as they like: "... TO U.S.", "... New York,"
    ending = title.rstrip(CLOSERS)
    if RUNS_ON_END.search(ending):
        return False
    if title[0].islower() and (ending.endswith(".") or REPORTING_VERB.search(title)):
        return False  # the tail of a sentence cut off above
    if ending.endswith("."):
        return bool(ABBREVIATION_END.search(ending)) or (
            title[0].isupper() and len(title.split()) <= MAX_WORDS_OF_DOTTED_TITLE
        )
    return True


def _set_in_caps(text: str) -> bool:
    if text.isascii() and text.isupper():
        return True
    letters, capitals = _letters(text)
    return capitals >= CAPS_SHARE * letters


def _letters(text: str) -> tuple[int, int]:
    """How many letters the text has, and how many of them are capitals."""
    if text.isascii():  # most titles: counted in C, by deleting the other bytes
        raw = text.encode()
        return (len(raw) - len(raw.translate(None, ASCII_LETTERS)),
                len(raw) - len(raw.translate(None, ASCII_CAPITALS)))
    found = [c for c in text if c.isalpha()]
    return len(found), sum(c.isupper() for c in found)


ASCII_CAPITALS = string.ascii_uppercase.encode()
ASCII_LETTERS = string.ascii_letters.encode()


# -- site names -------------------------------------------------------------------------------


def strip_site_suffixes(title: str) -> int:
    """Where the title ends once trailing site names ("| Section | Site.com") are cut off."""
    end = len(title)
    if not SITE_SEPARATOR.search(title):
        return end  # most titles
    caps_title = _set_in_caps(title)
    for _ in range(2):
        separators = list(SITE_SEPARATOR.finditer(title, 0, end))
        if not separators:
            break
        last = separators[-1]
        name = title[last.end():end].strip()
        if len(title[:last.start()].split()) < 2 or not _is_site_name(
            name, last.group(), caps_title
        ):
            break
        end = last.start()
    return end


def _is_site_name(name: str, separator: str, caps_title: bool) -> bool:
    if DOMAIN.fullmatch(name):
        return True
    piped = separator.strip() == "|"
    if caps_title and not piped:
        return False  # a wire title's "- USDA", "- JIJI" says who reports it: part of the title
    if canonical_agency(name) or is_outlet(name):
        return True
    return piped and bool(SITE_NAME.fullmatch(name)) and len(name.split()) <= MAX_SITE_NAME_WORDS


def suffix_pieces(suffix: str) -> list[str]:
    """A stripped suffix (" | World | Site.com") as one piece per site name, separator first."""
    if not suffix:
        return []
    cuts = [m.start() for m in SITE_SEPARATOR.finditer(suffix)]
    return [suffix[a:b] for a, b in zip(cuts, [*cuts[1:], len(suffix)], strict=False)]


# -- repeats ----------------------------------------------------------------------------------


def _repeats(title: str, following: str) -> bool:
    """Whether the next line repeats the title, give or take spacing, case and site names."""
    # Most next lines are told apart by their first letter, or else by their words: what is
    # left of a line without its site names starts it and ends at a word, so the title must
    # start it. Only then are its site names read.
    firsts = title[0] + following[0]
    if firsts.isascii() and firsts[0].lower() != firsts[1].lower():
        return False
    if not _words(following).startswith(_words(title)):
        return False
    return _same(title, _without_site(following))


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _without_site(title: str) -> str:
    return title[:strip_site_suffixes(title)]


def _same(a: str, b: str) -> bool:
    return _words(a) == _words(b)


def strip_title_crumb(title: str) -> int:
    """Length of a CJK section crumb or a Reuters desk prefix glued before a title, else 0.

    >>> strip_title_crumb("国内英语新闻:Chinese premier confident in meeting 2015 growth target")
    7
    >>> strip_title_crumb("UPDATE 2-PRECIOUS-Gold rises as Trump policy fuels safe haven demand")
    18
    >>> strip_title_crumb("Chinese premier: confident"), strip_title_crumb("US-China talks resume")
    (0, 0)
    >>> strip_title_crumb("SENEGAL-JUSTICE-DIVERS / Etudiant retrouvé mort à l’UGB")
    25
    >>> strip_title_crumb("US-CHINA / TRADE TALKS RESUME"), strip_title_crumb("AC/DC tour")
    (0, 0)
    """
    match = CJK_CRUMB.match(title) or REUTERS_PREFIX.match(title)
    if match is None and "/" in title[:120]:
        match = KEYWORD_SLUG.match(title)
        if match is not None and _set_in_caps(title[match.end():]):
            return 0  # a caps title keeps what stands before it
    return match.end() if match else 0


def _crumb_length(title: str, following: str) -> int:
    """Length of a site crumb glued before the title, known by the next line repeating the rest.

    >>> _crumb_length("GENERICO.ruWorldAzerbaijan calls on Armenia", "Azerbaijan calls on Armenia")
    16
    """
    following = following.strip()
    crumb = len(title) - len(following)
    if not 0 < crumb <= MAX_CRUMB_CHARS or not title.endswith(following):
        return 0
    if len(following.split()) < 2 or not reads_as_title(following):
        return 0
    return crumb
