"""Remove web debris: cookie notices, comment forms, promos, link lists, rules, credits.

Scrapers keep what sits around a story on the page. This cleaner takes out whole *units* of it,
never parts of a sentence, and records each with its kind. A unit is one line of a web scrape,
or, in hard-wrapped copy, the run of wrapped lines up to a line that ends a sentence or a line
broken early (so a wrapped story sentence is judged whole, never by a fragment).

A unit is debris when it matches a family of :mod:`boilerplate_patterns` as a whole line, starts
with a family label, or is short and dominated by a family phrase without reporting speech.
When unsure it stays: a story paragraph that mentions cookies or subscriptions is kept.
Two things are judged by position:

- a rule (``--``, ``*****``) is debris only before or after the story, never between two story
  paragraphs, where it is the story's own section break;
- a debris block at the very end may end with a short closing line ("Thank you!") and, after a
  related-links heading, with the titles it lists;
- an embedded tweet's signature takes the tweet's text above it, and a press release's "About X"
  heading the paragraph under it that starts with X;
- a heading takes the items under it in its run of lines: a tag box's label ("• Country:") its
  bulleted tags, dpa's "## Note to editors" its dashed notes, a release's dateline
  ("... /PRNewswire/ --") the title-case summary bullets under it;
- a summary above the story that the story then repeats word for word (a page's description,
  its sentences run together, or a feed's teaser cut off with "… Leer más") goes; the story's
  own copy stays;
- a number alone on its line (a comment or picture counter) goes before the story's first
  paragraph or after its last, never between two;
- a caption printed twice in a row goes (anywhere when closed by a credit, else only above the
  story); an image's alt text goes with the caption under it that opens with it, alone on its
  line or glued after a paragraph's last full stop; the page's title printed again further down
  goes (an image block's caption under it too), the first copy staying for the headline
  cleaner; unbulleted titles under a related-links heading go up to the first sentence; the
  pieces of a stamp whose date was never written ("Publié" over "," over "le") go with it.

A page's stamps ("17.01.2013 13:06") are units of their own even under a title in wrapped copy,
and a site's masthead or toolbar glued to a line's start goes alone, as a prefix of that line, as
does a picture's credit glued to the story's dateline ("NASA/Bill Ingalls(WASHINGTON) —").

Most texts hold no debris at all: a screen built from the same tables tells them at once (see
:func:`boilerplate_screen.build_screen`), and only a text it flags is cut into units.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from newsnorm.cleaners.agency_names import canonical_agency
from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.boilerplate_patterns import (
    ABOUT_FOLLOWS,
    ABOUT_HEADING,
    BANNER,
    BANNER_KIND,
    BANNER_WORDS,
    CAPTION_CREDIT_WORDS,
    CATEGORY_COUNT,
    CHARS_PER_PHRASE_HIT,
    CLOSING_CREDIT,
    CLOSING_KIND,
    CLOSING_LINE,
    COMPILED_FAMILIES,
    COUNTER,
    COUNTER_KIND,
    CREDIT_LABEL,
    DOUBLED_CAPTION_KIND,
    DUPLICATE_LEAD_KIND,
    END_MARK,
    END_MARK_KIND,
    END_MARK_WORDS,
    FAMILIES,
    GLUED_CREDIT,
    GLUED_CREDIT_DATELINE,
    GLUED_CREDIT_KIND,
    LEAD_PROBE_CHARS,
    LEAD_PROBE_LINES,
    LEAD_SEARCH_UNITS,
    LISTING_KINDS,
    MAX_CAPTION_CHARS,
    MAX_FOLLOW_ON_WORDS,
    MAX_LINK_TITLE_CHARS,
    MAX_NOTICE_CHARS,
    MAX_TAG_CHARS,
    MAX_TITLE_WORDS,
    MIN_ALT_CHARS,
    MIN_CAPTION_WORDS,
    MIN_LEAD_WORDS,
    MIN_LISTED_TITLES,
    MIN_PARAGRAPH_WORDS,
    MIN_WRAP_WIDTH,
    NEUTRAL_KINDS,
    NOTEBOOK_ITEM,
    NOTEBOOK_ITEMS_HEADING,
    OTHER_SCRIPT_WORDS,
    PROMO_KINDS,
    RELEASE_DATELINE_END,
    RELEASE_DATELINE_WORDS,
    REPEATED_TITLE_KIND,
    RULE,
    RUNS_ON,
    RUNS_ON_REACH,
    STAMP_REMNANT,
    STORY_MARKER,
    SUMMARY_BULLET,
    SUMMARY_KIND,
    TEASER_BULLET,
    TEASER_TAIL,
    TEASER_TAIL_KIND,
    TEASER_TAIL_WORDS,
    TITLE_CASE_SHARE,
    TITLE_WORD_MIN_CHARS,
    TOOLBAR,
    TOOLBAR_KIND,
    TOOLBAR_WORDS,
    TWEET_KIND,
    TWEET_LINK,
    UNDERSCORE_RULE,
    WORD,
    CompiledFamily,
    compile_family,
    extra_phrase_family,
)
from newsnorm.cleaners.boilerplate_screen import (
    SCREEN,
    build_screen,
    fold,
)
from newsnorm.cleaners.reflow_patterns import FIRST_WORD, MAX_WRAP_WIDTH, SENTENCE_END_CHARS
from newsnorm.document import Document

RULE_KIND = "rule"
PRESS_RELEASE_KIND = "press-release"


@dataclass
class _Unit:
    start: int  # offset of the first character of its first line
    end: int  # offset just after its last line (before the newline)
    text: str  # its lines joined by single spaces
    kind: str | None = None  # the debris kind, once judged
    block: int = 0  # which run of non-blank lines it is in


class BoilerplateOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    # More debris phrases, matched like the built-in ``phrases`` (literally, in any case), for
    # sites the tables do not know yet; their removals have kind "boilerplate".
    extra_phrases: list[str] = Field(default_factory=list)


@register
class Boilerplate(Cleaner):
    """Remove web debris lines: cookie notices, comment forms, promos, rules.

    >>> doc = Document("Peace talks will resume, he said.\\n\\n\\n"
    ...                "Please enter your comment!\\nPlease enter your name here\\n\\n"
    ...                "LATEST POSTS in this category")
    >>> Boilerplate().clean(doc)
    >>> doc.text.strip()
    'Peace talks will resume, he said.'
    >>> [(r.kind, r.text) for r in doc.removed]  # doctest: +NORMALIZE_WHITESPACE
    [('comment-form', 'Please enter your comment!'),
     ('comment-form', 'Please enter your name here'),
     ('related-links', 'LATEST POSTS in this category')]
    """

    name = "boilerplate"
    Options = BoilerplateOptions

    def __init__(self, options: BaseModel | dict | None = None) -> None:
        super().__init__(options)
        extra = extra_phrase_family(self.options.extra_phrases)
        self.families = (*COMPILED_FAMILIES, compile_family(extra)) if extra else COMPILED_FAMILIES
        self.screen = build_screen((*FAMILIES, extra)) if extra else SCREEN
        self.standalone = tuple(
            family.whole for family in self.families
            if family.standalone and family.whole is not None
        )

    def clean(self, doc: Document) -> None:
        folded = fold(doc.text)
        # (The banner is looked for in the folded text, lower case already: a plain substring
        # search, where the case-blind regex over every text cost more than all the rest.)
        if (folded is not None and not self.screen.might_hold_debris(folded)
                and BANNER_WORDS not in folded
                and not _holds_marked_words(folded)
                and not _holds_other_script_words(folded)
                and not _holds_release_dateline_words(folded)
                and not _may_repeat_a_lead(doc.text)
                and not _may_hold_teaser_tail(folded)
                and not _holds_lone_number(doc.text, folded)
                and not GLUED_CREDIT_DATELINE.search(doc.text)):
            return  # most texts: nothing in them could be debris
        units = _units(doc.text, self.stands_alone)
        for unit in units:
            # Each unit is screened too (folded, a unit is "\n" and its text in lower case).
            lowered = unit.text.lower()
            if (folded is None or self.screen.might_hold_debris("\n" + lowered)
                    or _holds_other_script_words(lowered)):
                unit.kind = self.judge(unit.text)
        _take_teaser_lists(units)
        _take_tag_items(units)
        _take_doubled_captions(units)
        _take_alt_texts(units)
        _take_repeated_title(units)
        _take_duplicate_leads(units)
        _take_trailing_listing(units)
        _take_embedded_tweets(units)
        _take_about_sections(units)
        _take_release_summary(units)
        _take_notebook_items(units)
        _extend_trailing_block(units)
        _keep_inner_rules(units)
        _take_outer_counters(units)
        _keep_lower_category_counts(units)
        _take_stamp_remnants(units)
        # The unit's text goes; its line stays empty, so the paragraphs around it stay apart.
        spans = [(u.start, u.end, u.kind) for u in units if u.kind]
        spans.extend(_banners(doc.text, units))
        spans.extend(_toolbars(doc.text, units))
        spans.extend(_glued_credits(doc.text, units))
        spans.extend(_teaser_tails(doc.text, units))
        spans.extend(_glued_alt_texts(doc.text, units))
        spans.extend(_end_marks(doc.text, units))
        self.take_many(doc, sorted(spans))

    def stands_alone(self, line: str) -> bool:
        """Whether a line is a unit of its own wherever it stands (a page's time stamp)."""
        return any(whole.fullmatch(line) for whole in self.standalone)

    def judge(self, text: str) -> str | None:
        """The debris kind of one unit of text, or None for story (and anything unsure)."""
        if len(text) > MAX_NOTICE_CHARS:
            return None
        if RULE.fullmatch(text):
            return RULE_KIND
        if _is_credit(text):
            return None  # "Source: Xinhua" credits a wire service: the agencies cleaner's
        reports = STORY_MARKER.search(text) is not None
        for family in self.families:
            if len(text) <= family.max_chars and _matches(family, text, reports):
                return family.kind
        return None


def _matches(family: CompiledFamily, text: str, reports: bool) -> bool:
    """Whether a unit is this family's debris; ``reports``: it reports speech or quotes."""
    if (reports and family.no_speech) or (family.confirm and not family.confirm.fullmatch(text)):
        return False
    if family.whole and family.whole.fullmatch(text):
        return True
    if family.labels and family.labels.match(text):
        return True
    if family.phrases is None or reports:
        return False
    hits = len(family.phrases.findall(text))
    return hits > 0 and len(text) <= hits * CHARS_PER_PHRASE_HIT


# -- units --------------------------------------------------------------------------------------


def _units(text: str, stands_alone: Callable[[str], bool]) -> list[_Unit]:
    units: list[_Unit] = []
    for number, block in enumerate(_blocks(text)):
        for unit in _block_units(block, stands_alone):
            unit.block = number
            units.append(unit)
    return units


@dataclass
class _Line:
    start: int  # offset of the first non-space character
    text: str  # the line without its outer whitespace
    indent: int


def _blocks(text: str) -> list[list[_Line]]:
    """Runs of non-blank lines."""
    blocks: list[list[_Line]] = [[]]
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            indent = len(raw) - len(raw.lstrip())
            blocks[-1].append(_Line(offset + indent, stripped, indent))
        elif blocks[-1]:
            blocks.append([])
        offset += len(raw) + 1
    return [block for block in blocks if block]


def _block_units(block: list[_Line], stands_alone: Callable[[str], bool]) -> list[_Unit]:
    width = max(line.indent + len(line.text) for line in block)
    # Copy that marks paragraphs by indenting them (Reuters) starts a unit at each indent.
    indents_mark_paragraphs = any(line.indent == 0 for line in block[1:])
    units: list[_Unit] = []
    current: list[_Line] = []
    for index, line in enumerate(block):
        current.append(line)
        following = block[index + 1] if index + 1 < len(block) else None
        if (
            following is None
            or (indents_mark_paragraphs and following.indent > 0)
            or _unit_ends(line, following.text, width)
            or (len(current) == 1 and stands_alone(line.text))
            or stands_alone(following.text)
        ):
            joined = " ".join(piece.text for piece in current)
            units.append(_Unit(current[0].start, line.start + len(line.text), joined))
            current = []
    return units


def _unit_ends(line: _Line, following: str, width: int) -> bool:
    """Whether a line ends its unit: always in web scrapes (one paragraph a line) and in a
    block of short lines (a page's widgets, stamps and labels, none wider than wrapped copy); in
    hard-wrapped copy, at the end of a sentence, or where the writer broke a line that does not
    run on (no comma or hyphen at its end) although the next word would have fitted."""
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH or line.text[-1] in SENTENCE_END_CHARS:
        return True
    if RUNS_ON.search(line.text, max(0, len(line.text) - RUNS_ON_REACH)):
        return False
    next_word = FIRST_WORD.match(following)
    room = width - (line.indent + len(line.text) + 1)
    return bool(next_word) and len(next_word.group()) <= room


# -- position -----------------------------------------------------------------------------------


def _keep_inner_rules(units: list[_Unit]) -> None:
    """A rule between two story units is the story's section break: it stays. But not AP's
    underscore rule ("___"), which sets off what follows the story (a notebook "TIP-INS", a
    contributors' line "AP writers ... contributed to this report."), never a section of it."""
    story = [i for i, unit in enumerate(units) if unit.kind is None]
    if not story:
        return
    first, last = story[0], story[-1]
    for index in range(first + 1, last):
        if units[index].kind == RULE_KIND and not UNDERSCORE_RULE.fullmatch(units[index].text):
            units[index].kind = None


# A line holding a number and nothing else (a counter, see COUNTER): a quick look, in C.
_LONE_NUMBER = re.compile(r"^[ \t]*\d{1,4}[ \t]*$", re.MULTILINE)
# The same line folded (stripped, after a "\n"): searched from each "\n", where "^" above is
# tried at every character.
_FOLDED_LONE_NUMBER = re.compile(r"\n\d{1,4}(?![^\n])")
# A story paragraph, for placing counters: a sentence of some words (a title has no full stop).
_PARAGRAPH_END = re.compile(r"[.!?\"”’»)]$")


def _holds_lone_number(text: str, folded: str) -> bool:
    """Whether a line of the text is a number alone. Its folded line is then that number alone,
    so a folded text without one is passed at once (most texts: 5 µs saved)."""
    return _FOLDED_LONE_NUMBER.search(folded) is not None and _LONE_NUMBER.search(text) is not None


def _is_paragraph(unit: _Unit) -> bool:
    return (unit.kind is None and _PARAGRAPH_END.search(unit.text) is not None
            and len(unit.text.split()) >= MIN_PARAGRAPH_WORDS)


def _take_outer_counters(units: list[_Unit]) -> None:
    """A number alone on its line before the story's first paragraph or after its last is a
    page's counter (comments, pictures): it goes. Between two paragraphs it stays."""
    paragraphs = [i for i, unit in enumerate(units) if _is_paragraph(unit)]
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    for index, unit in enumerate(units):
        if (index < first or index > last) and unit.kind is None and COUNTER.fullmatch(unit.text):
            unit.kind = COUNTER_KIND


def _keep_lower_category_counts(units: list[_Unit]) -> None:
    """A category-count line ("United Kingdom (238)") is a widget over the story; from its
    first paragraph on, such a line is one of the story's lists ("Labour (202)"): it stays."""
    if not any(unit.kind == "site-menu" for unit in units):
        return  # most texts: no menu line to look at
    paragraphs = [i for i, unit in enumerate(units) if _is_paragraph(unit)]
    if not paragraphs:
        return
    for unit in units[paragraphs[0] + 1:]:
        if unit.kind == "site-menu" and CATEGORY_COUNT.fullmatch(unit.text):
            unit.kind = None


def _take_doubled_captions(units: list[_Unit]) -> None:
    """A caption printed twice in a row in one run of lines (the image's alt text and its
    caption): both copies go when closed by a credit in brackets (a wire service, or a photo
    word: "(Reuters)", "(File/AFP)"), or, above the story's first paragraph, when it reads as a
    caption, a sentence closed by a full stop or a bracket ("... à AlUla. (Iain Stewart)",
    "... une nouvelle histoire. Photo fournie.", Arab News en français)."""
    def doubled(index: int) -> bool:
        twin = units[index + 1] if index + 1 < len(units) else None
        return (twin is not None and twin.block == units[index].block
                and twin.text == units[index].text and len(twin.text) <= MAX_CAPTION_CHARS)

    pairs = [i for i in range(len(units)) if doubled(i)]
    copies = {i for pair in pairs for i in (pair, pair + 1)}
    # The story's first paragraph printed once: only above it is an uncredited pair a caption.
    story = next((i for i, unit in enumerate(units) if _is_paragraph(unit) and i not in copies),
                 len(units))
    for index in pairs:
        unit, twin = units[index], units[index + 1]
        if STORY_MARKER.search(unit.text) is not None or TEASER_BULLET.match(unit.text):
            continue
        credit = CLOSING_CREDIT.search(unit.text)
        credited = credit is not None and (canonical_agency(credit.group(1).strip()) is not None
                                           or CAPTION_CREDIT_WORDS.search(credit.group(1)))
        reads_as_caption = (unit.text.endswith((".", ")"))
                            and len(unit.text.split()) >= MIN_CAPTION_WORDS)
        if credited or (index < story < len(units) and reads_as_caption):
            unit.kind = twin.kind = DOUBLED_CAPTION_KIND


def _plain(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'").casefold()


def _take_alt_texts(units: list[_Unit]) -> None:
    """An image's alt text alone on its line right above its caption, which opens with the
    same words: it goes with the caption."""
    for index, unit in enumerate(units[:-1]):
        caption = units[index + 1]
        alt = _plain(unit.text).rstrip(". ")
        if (unit.kind is None and caption.kind == "photo-caption" and len(alt) >= MIN_ALT_CHARS
                and _plain(caption.text).startswith(alt)):
            unit.kind = "photo-caption"


# An alt text glued by the scraper to the end of the paragraph above its caption, after the
# paragraph's last full stop and without a space: "... ce qu’elle veut.Un ouvrier déblaie le
# trottoir à l'aide d'une souffleuse à neige." (Radio-Canada's pages and reposts).
_GLUED_SENTENCE = re.compile(r"(?<=[.!?»”])(?=[^\W\d_])")


def _glued_alt_texts(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """The alt text glued to the end of a story unit, which the caption under it opens with:
    the alt text alone goes (a sentence the scraper joined on, never part of the story's)."""
    spans = []
    for index, unit in enumerate(units[:-1]):
        caption = units[index + 1]
        if unit.kind is not None or caption.kind != "photo-caption":
            continue
        opening = _plain(caption.text)
        for glue in _GLUED_SENTENCE.finditer(unit.text):
            tail = unit.text[glue.start():]
            alt = _plain(tail).rstrip(". ")
            if len(alt) >= MIN_ALT_CHARS and opening.startswith(alt):
                if text.endswith(tail, 0, unit.end):  # within its last line
                    spans.append((unit.end - len(tail), unit.end, "photo-caption"))
                break
    return spans


def _take_stamp_remnants(units: list[_Unit]) -> None:
    """The pieces of a stamp whose date the page never wrote ("Publié" over "," over "le"): a
    remnant right under a stamp, before the story's first paragraph, goes with it."""
    for index, unit in enumerate(units):
        if _is_paragraph(unit):
            return
        if (index and unit.kind is None and units[index - 1].kind == "page-stamp"
                and STAMP_REMNANT.fullmatch(unit.text)):
            unit.kind = "page-stamp"


def _take_repeated_title(units: list[_Unit]) -> None:
    """The page's title (its first unit left, a line without a full stop) printed again alone
    further down, under a photo or as an image's alt text: the copy goes, the title stays for
    the headline cleaner. Only when story units remain besides the two, and not a copy right
    under the title (the headline cleaner takes that one as the doubled headline)."""
    open_units = [unit for unit in units if unit.kind is None]
    if len(open_units) < 3:
        return
    title = open_units[0].text
    if title.endswith(".") or len(title.split()) > MAX_TITLE_WORDS:
        return
    # (A copy right under the title is the headline cleaner's: a page's doubled title.)
    right_under = units[units.index(open_units[0]) + 1]
    copies = [unit for unit in open_units[1:] if unit.text == title and unit is not right_under]
    if not copies or len(open_units) - len(copies) < 2:
        return
    for unit in copies:
        unit.kind = REPEATED_TITLE_KIND
        # An image block: the title as the picture's alt text over its caption, the two alone
        # in a run of lines, in copy that sets every story paragraph apart by blank lines.
        block = [u for u in units if u.block == unit.block]
        if (len(block) == 2 and block[0] is unit and block[1].kind is None
                and len(block[1].text.split()) <= MAX_TITLE_WORDS * 2
                and _paragraphs_stand_apart(units, unit.block)):
            block[1].kind = "photo-caption"


def _paragraphs_stand_apart(units: list[_Unit], but: int) -> bool:
    """Whether every run of lines (but one) that holds a story paragraph holds nothing else."""
    blocks: dict[int, int] = {}
    for unit in units:
        blocks[unit.block] = blocks.get(unit.block, 0) + 1
    held = {unit.block for unit in units if _is_paragraph(unit) and unit.block != but}
    return len(held) >= 2 and all(blocks[block] == 1 for block in held)


def _take_teaser_lists(units: list[_Unit]) -> None:
    """A related-links heading ("Popular news") followed, in the same run of lines, by bulleted
    titles of other stories: the rest of that run (titles, times, teaser snippets) goes too.
    Followed by titles without bullets, the titles go, up to the first line that is no title."""
    for index, unit in enumerate(units[:-1]):
        if unit.kind != "related-links" or units[index + 1].block != unit.block:
            continue
        listed = [u for u in units[index + 1:] if u.block == unit.block]
        bullets = sum(1 for u in listed if TEASER_BULLET.match(u.text))
        if TEASER_BULLET.match(listed[0].text) and bullets >= 2:
            for item in listed:  # a stamp under a listed title is the listing's too
                if item.kind is None or item.kind in NEUTRAL_KINDS:
                    item.kind = "related-links"
            continue
        # Titles without bullets, one a line, up to the first sentence in the run ("ÚLTIMAS
        # NOTICIAS:" over four titles over the story's dateline, xinhua.telesurtv.net).
        titles = []
        for item in listed:
            if item.kind is not None or not _is_link_title(item.text):
                break
            titles.append(item)
        if len(titles) >= MIN_LISTED_TITLES:
            for item in titles:
                item.kind = "related-links"


def _take_tag_items(units: list[_Unit]) -> None:
    """A tag box's label alone ("• Country:") takes the short bulleted tags under it in its run
    of lines ("• India")."""
    for index, unit in enumerate(units[:-1]):
        if unit.kind != "tag-list" or not unit.text.endswith(":"):
            continue
        for below in units[index + 1:]:
            if (below.block != unit.block or below.kind or len(below.text) > MAX_TAG_CHARS
                    or not TEASER_BULLET.match(below.text)):
                break
            below.kind = "tag-list"


# What the words below all hold: a text without it (most) is passed on a quicker search, of one
# character (C's memchr) or of one word, where each of the words is a slower search of its own.
TOOLBAR_AND_END_MARK = "("
RELEASE_DATELINE_CORE = "newswire"


def _holds_marked_words(folded: str) -> bool:
    """Whether a folded text holds a toolbar's "comment(s)" or an "(end)" mark."""
    return TOOLBAR_AND_END_MARK in folded and (TOOLBAR_WORDS in folded or END_MARK_WORDS in folded)


def _holds_release_dateline_words(folded: str) -> bool:
    return RELEASE_DATELINE_CORE in folded and any(
        words in folded for words in RELEASE_DATELINE_WORDS
    )


def _holds_other_script_words(lowered: str) -> bool:
    """Whether a lower-cased text holds a word of the debris the screen cannot read."""
    return any(words in lowered for words in OTHER_SCRIPT_WORDS)


def _may_repeat_a_lead(text: str) -> bool:
    """Whether one of the text's first long lines opens like a line further down (a quick
    look, in C: most texts repeat nothing)."""
    end = -1  # where the line looked at ends: its "\n", or the text's end
    for line in text.split("\n", LEAD_PROBE_LINES)[:LEAD_PROBE_LINES]:
        end += len(line) + 1
        probe = line.strip()[:LEAD_PROBE_CHARS]
        if len(probe) == LEAD_PROBE_CHARS and text.find(probe, end) >= 0:
            return True
    return False


def _take_duplicate_leads(units: list[_Unit]) -> None:
    """A summary above the story that the story repeats word for word: its words open a later
    unit and run on into the units after it (sentences the summary ran together, "on
    Sunday.Shah made", are the same words). The summary goes; the story keeps its own copy.
    A paragraph that stands again as a paragraph (a feed that sent a story twice) stays."""
    words = [WORD.findall(unit.text) for unit in units]
    for index in range(min(LEAD_SEARCH_UNITS, len(units))):
        lead = _teaser_words(units[index].text) or words[index]
        if units[index].kind or len(lead) < MIN_LEAD_WORDS:
            continue
        for later in range(index + 1, len(units)):
            if units[later].kind is None and words[later][:MIN_LEAD_WORDS] == lead[:MIN_LEAD_WORDS]:
                following = [w for unit_words in words[later:] for w in unit_words]
                if len(lead) > len(words[later]) and following[:len(lead)] == lead:
                    units[index].kind = DUPLICATE_LEAD_KIND
                break


def _teaser_words(text: str) -> list[str]:
    """A feed's teaser cut off with an ellipsis and a link ("... “Centroamérica, … Leer más"):
    the words before the ellipsis, which the story repeats (empty when the unit is no such
    teaser)."""
    cut = max(text.rfind("…"), text.rfind("..."))
    if cut < 0 or len(WORD.findall(text[cut:])) > MAX_FOLLOW_ON_WORDS:
        return []
    return WORD.findall(text[:cut])


def _take_trailing_listing(units: list[_Unit]) -> None:
    """A related-links heading ("More News") over other stories to the end of the page, told by
    their stamps ("24 Jan 2026 | 7:05 PM") and a closing link ("see more.."): all of it goes,
    teaser snippets too. Without a stamp and a closing link under it, the heading goes alone."""
    last = len(units) - 1
    if last < 2 or units[last].kind != "related-links":
        return
    for index in range(last - 1, -1, -1):
        if units[index].kind == "related-links":
            listed = units[index + 1:last]
            if any(unit.kind == "page-stamp" for unit in listed):
                for unit in listed:
                    unit.kind = "related-links"
            return


def _take_embedded_tweets(units: list[_Unit]) -> None:
    """An embedded tweet's signature ("— Name (@handle) December 17, 2016") takes the tweet's
    text with it: the unit just above, when it ends with the tweet's link (pic.twitter.com/…,
    https://t.co/…). The story quotes a tweet in its own words; the embed repeats it."""
    for index, unit in enumerate(units[1:], 1):
        above = units[index - 1]
        if unit.kind == TWEET_KIND and above.kind is None and TWEET_LINK.search(above.text):
            above.kind = TWEET_KIND


def _take_about_sections(units: list[_Unit]) -> None:
    """A press release's company boilerplate: "About Essence" and, under it, the paragraph that
    starts with the name ("Essence is a global digital agency ..."), both as press-release."""
    for index, unit in enumerate(units[:-1]):
        heading = ABOUT_HEADING.fullmatch(unit.text.rstrip(" :"))
        below = units[index + 1]
        if heading is None or unit.kind or below.kind:
            continue
        name = heading.group(1)
        if re.match(re.escape(name) + ABOUT_FOLLOWS, below.text, re.IGNORECASE):
            unit.kind = below.kind = PRESS_RELEASE_KIND


def _take_release_summary(units: list[_Unit]) -> None:
    """A press release's summary bullets under its dateline ("... 2017 /PRNewswire/ --" over
    "- New Appointment Helps Essence Meet Increasing Demand ..."): titles, not its story.
    A bulleted sentence there ("- The company said sales rose.") is the story's list: it stays."""
    for index, unit in enumerate(units[:-1]):
        if unit.kind or not RELEASE_DATELINE_END.search(unit.text):
            continue
        for below in units[index + 1:]:
            if below.kind or not SUMMARY_BULLET.match(below.text) or not _title_case(below.text):
                break
            below.kind = SUMMARY_KIND


def _title_case(text: str) -> bool:
    """Whether a line is written as a title: most of its longer words start with a capital."""
    words = [word for word in text.split() if len(word) >= TITLE_WORD_MIN_CHARS]
    capitals = sum(1 for word in words if word[0].isupper())
    return bool(words) and capitals >= TITLE_CASE_SHARE * len(words)


def _take_notebook_items(units: list[_Unit]) -> None:
    """dpa's "## Note to editors" takes the dashed items under it in its run of lines ("- (c)2018
    The San Diego Union-Tribune", "- Distributed by Tribune Content Agency, LLC.")."""
    for index, unit in enumerate(units[:-1]):
        if not NOTEBOOK_ITEMS_HEADING.fullmatch(unit.text):
            continue
        for below in units[index + 1:]:
            if below.block != unit.block or not NOTEBOOK_ITEM.match(below.text):
                break
            below.kind = unit.kind


def _glued_prefixes(text: str, units: list[_Unit], pattern: re.Pattern[str]
                    ) -> Iterator[tuple[_Unit, re.Match[str]]]:
    """Each unit not yet judged whose first line opens with ``pattern``, and the match."""
    for unit in units:
        found = pattern.match(unit.text) if unit.kind is None else None
        if found and text.startswith(found.group(), unit.start):  # within its first line
            yield unit, found


def _toolbars(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """A page's toolbar glued to the start of a line: the toolbar alone goes."""
    return [(unit.start, unit.start + found.end(), TOOLBAR_KIND)
            for unit, found in _glued_prefixes(text, units, TOOLBAR)]


def _glued_credits(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """A picture's credit glued to the start of the story's dateline: the credit alone goes."""
    spans = []
    for unit, found in _glued_prefixes(text, units, GLUED_CREDIT):
        # A credit is written in mixed case; a city glued to its agency ("BEIJING(XINHUA) --")
        # is the dateline itself.
        bracketed = unit.text[found.end() + 1:unit.text.index(")", found.end())]
        if found.group() != found.group().upper() and canonical_agency(bracketed) is None \
                and canonical_agency(bracketed.title()) is None:
            spans.append((unit.start, unit.start + found.end(), GLUED_CREDIT_KIND))
    return spans


def _banners(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """A site's masthead glued to the start of a story unit: the masthead alone goes."""
    return [(unit.start, unit.start + found.end(), BANNER_KIND)
            for unit, found in _glued_prefixes(text, units, BANNER)]


def _may_hold_teaser_tail(folded: str) -> bool:
    """Whether a folded text may hold a teaser's link: it holds an ellipsis (or "continue
    reading") and the link's words (the first: quick looks, where most texts stop)."""
    return ("..." in folded or "…" in folded or "continue reading" in folded) and any(
        words in folded for words in TEASER_TAIL_WORDS
    )


def _glued_suffixes(text: str, units: list[_Unit], pattern: re.Pattern[str]
                    ) -> Iterator[tuple[_Unit, str]]:
    """Each unit not yet judged whose last line ends with what ``pattern`` finds, and that."""
    for unit in units:
        found = pattern.search(unit.text) if unit.kind is None else None
        tail = found.group() if found else ""
        if tail and text.endswith(tail, 0, unit.end):  # within its last line
            yield unit, tail


def _teaser_tails(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """A teaser's link glued to the end of its truncated story unit: the link alone goes."""
    return [(unit.end - len(tail), unit.end, TEASER_TAIL_KIND)
            for unit, tail in _glued_suffixes(text, units, TEASER_TAIL)]


def _end_marks(text: str, units: list[_Unit]) -> list[tuple[int, int, str]]:
    """A wire's end mark glued to the story's last sentence ("... the Amir. (end) hb"): the
    mark alone goes."""
    return [(unit.end - len(mark), unit.end, END_MARK_KIND)
            for unit, mark in _glued_suffixes(text, units, END_MARK)]


def _is_credit(text: str) -> bool:
    """A wire service credited alone on its line ("Source: Xinhua", "Via AP"), or before a
    page's stamp ("Xinhua | Updated: 2017-11-23 10:17"): the agencies cleaner takes it.
    A stamp line of more pieces ("PTI | Ahmedabad | Updated: 21-05-2023 21:43 IST | Created:
    ...", Devdiscourse) is the page's stamp: it goes as one, and the agencies cleaner reads the
    credit in the stamp it finds taken (a scrape may run it into the next line, where no
    credit line of its own would be seen)."""
    name = CREDIT_LABEL.sub("", text, count=1)
    if name != text and canonical_agency(name.strip(" .-–—()/")) is not None:
        return True
    head, bar, rest = text.partition("|")
    return bool(bar) and "|" not in rest and canonical_agency(head.strip()) is not None


def _extend_trailing_block(units: list[_Unit]) -> None:
    """Short closing lines (and listed titles) inside a debris block at the end go with it."""
    block_start = None
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.kind:
            block_start = index
        elif not (_is_follow_on(unit.text) or _is_link_title(unit.text)):
            break
    if block_start is None:
        return
    kind = units[block_start].kind
    for unit in units[block_start + 1:]:
        if unit.kind:
            kind = kind if unit.kind in NEUTRAL_KINDS else unit.kind
        else:
            unit.kind = _follow_on_kind(kind, unit.text)


def _follow_on_kind(block_kind: str | None, text: str) -> str | None:
    """The kind of a unit that follows debris of ``block_kind`` at the end, if it goes too."""
    if block_kind not in PROMO_KINDS:
        return None  # after a rule or a copyright line, the text may go on with the story
    if CLOSING_LINE.fullmatch(text):
        return CLOSING_KIND
    if _is_follow_on(text) or (block_kind in LISTING_KINDS and _is_link_title(text)):
        return block_kind
    return None


def _is_follow_on(text: str) -> bool:
    return (
        len(text.split()) <= MAX_FOLLOW_ON_WORDS
        and not STORY_MARKER.search(text)
        and not _is_sign_off(text)
    )


def _is_sign_off(text: str) -> bool:
    """An agency's name alone ("Reuter") signs the story off: the agencies cleaner's to take."""
    return canonical_agency(text.strip(" .-–—()/")) is not None


def _is_link_title(text: str) -> bool:
    return (
        len(text) <= MAX_LINK_TITLE_CHARS
        and not text.endswith(".")
        and not STORY_MARKER.search(text)
    )
