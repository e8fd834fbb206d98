"""Flag a text that begins mid-sentence (warning ``truncated-start``); nothing is removed.

Scrapers cut stories at a page or feed boundary, so the body starts with the tail of a sentence:
"doesn't compel anyone to leave Karabakh, ... Hikmet Hajiyev told DW". The signal is the first
character: a lowercase letter, or punctuation that continues a sentence (", ; : ) …"). A digit,
an opening quote or a capital starts a sentence properly. Words that are written with a
lowercase initial even at a sentence start ("iPhone", "eBay", "de Klerk") are no signal.
"""

from __future__ import annotations

import re

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document

WARNING = "truncated-start"

# Characters that continue a sentence already under way: a text starting with one was cut.
CONTINUATION_MARKS = frozenset(",;:)]}.…!?")

# A closing quote followed by a comma or full stop ("”, he said.") ends a quotation the cut
# text opened, and an apostrophe before a lowercase letter ("’s president") ends a cut word;
# a quote mark followed by a word opens a quotation and is a proper start.
CLOSED_QUOTE_START = re.compile(r"[”\"’'»][,.;:]")
APOSTROPHES = "'’"

# The first word, letters and the joiners inside names and brands.
FIRST_WORD = re.compile(r"[^\W\d_][\w'’.-]{0,40}")

# Brands and names written with a lowercase initial, whole first words, even when they begin
# a sentence. Words with a capital inside ("iPhone", "eBay", "mRNA", "easyJet") are recognised
# without a table; these are the all-lowercase ones.
LOWERCASE_BRANDS = frozenset({"adidas", "bpost", "thyssenkrupp", "hp", "imec", "ebookers"})

# Name particles that stay lowercase before a surname at a sentence start: "de Klerk said",
# "van Gogh", "al-Assad" (the hyphenated form is handled as one word with a capital inside).
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "dos", "du", "van", "von", "der",
                            "den", "ter", "zu", "al", "el", "bin", "ibn", "le", "la"})
CAPITALISED = re.compile(r"\s+[^\W\d_]")

# Some feeds are lowercase throughout ("venezuela is seeking a 'constructive' attitude ...
# colombia's cost of living index rose"): there a lowercase first letter is house style, not a
# cut. Letters that begin the text's sentences, looked at in its first part only.
# (Line starts are no sentence starts: the text may still be hard-wrapped.)
SENTENCE_INITIAL = re.compile(r"(?:\n[ \t]*\n[ \t]*|[.!?][\"”’')]?\s+)([^\W\d_])")
HOUSE_STYLE_REACH = 3000


@register
class TruncatedStart(Cleaner):
    """Warn ``truncated-start`` when the body begins mid-sentence.

    >>> doc = Document("doesn't compel anyone to leave Karabakh, Hikmet Hajiyev told DW.")
    >>> TruncatedStart().clean(doc)
    >>> doc.warnings
    ['truncated-start']
    >>> doc = Document("iPhone sales rose 5 pct, the company said.")
    >>> TruncatedStart().clean(doc)
    >>> doc.warnings
    []
    """

    name = "truncated_start"

    def clean(self, doc: Document) -> None:
        if starts_mid_sentence(doc.text):
            doc.warn(WARNING)


def starts_mid_sentence(text: str) -> bool:
    """Whether ``text`` (leading whitespace aside) begins in the middle of a sentence."""
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    first = text[start:start + 1]
    if not first:
        return False
    if first in CONTINUATION_MARKS or CLOSED_QUOTE_START.match(text, start):
        return True
    if first in APOSTROPHES:
        return text[start + 1:start + 2].islower()
    return (first.islower() and not _lowercase_by_nature(text, start)
            and not _lowercase_house_style(text, start))


def _lowercase_by_nature(text: str, start: int) -> bool:
    """A first word that is lowercase even at a sentence start: a brand or a name particle."""
    word = FIRST_WORD.match(text, start)
    if word is None:
        return False
    spelled = word.group().rstrip(".'’-")
    if any(letter.isupper() for letter in spelled):
        return True
    if spelled in LOWERCASE_BRANDS:
        return True
    return spelled in NAME_PARTICLES and bool(CAPITALISED.match(text, word.end()))


def _lowercase_house_style(text: str, start: int) -> bool:
    """Whether the text's later sentences begin lowercase at least as often as uppercase."""
    initials = [m.group(1) for m in SENTENCE_INITIAL.finditer(text, start + 1,
                                                                start + HOUSE_STYLE_REACH)]
    lower = sum(letter.islower() for letter in initials)
    return lower > 0 and lower >= len(initials) - lower
