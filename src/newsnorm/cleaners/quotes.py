"""Mend broken quote pairs such as “”The.

Scrapers and CMS round trips leave quotation marks doubled or turned the wrong way round where
a quotation opens or closes ("“”The completion", "said.“”"), or stranded before a comma. Only
those shapes are mended, the surplus character dropped, and each drop recorded as removed
(kind ``broken-quote``): it is no word, but nothing is dropped silently. Any other quote mark,
and every apostrophe, stays as it is; patterns in :mod:`~newsnorm.cleaners.quote_patterns`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.quote_patterns import BROKEN_QUOTE, BROKEN_QUOTE_SITE, QUOTE_MARKS
from newsnorm.document import Document


@register
class Quotes(Cleaner):
    """Mend broken quote pairs such as “”The: drop the surplus quote mark.

    >>> doc = Document("“”The completion opens up new prospects,” Bayramov stated. "
    ...                "“It is clear.“” he said.")
    >>> Quotes().clean(doc)
    >>> print(doc.text)
    “The completion opens up new prospects,” Bayramov stated. “It is clear.” he said.
    >>> [(r.kind, r.text) for r in doc.removed]
    [('broken-quote', '”'), ('broken-quote', '“')]
    """

    name = "quotes"

    def clean(self, doc: Document) -> None:
        text = doc.text
        if not any(map(text.__contains__, QUOTE_MARKS)):
            return  # most texts: no curly quote, no doubled one
        # Each alternative has one named group, the character(s) to drop: lastgroup names it.
        spans = [match.span(match.lastgroup) for match in _broken_quotes(text)]
        if spans:
            self.take_many(doc, [(start, end, "broken-quote") for start, end in spans])


def _broken_quotes(text: str) -> Iterator[re.Match[str]]:
    """The matches ``BROKEN_QUOTE.finditer(text)`` gives, tried only where one can start: at a
    site or on the space just before it."""
    resume = 0  # matches do not overlap: the next starts where the last ended, or later
    for site in BROKEN_QUOTE_SITE.finditer(text):
        for start in (site.start() - 1, site.start()):
            if start >= resume and (match := BROKEN_QUOTE.match(text, start)):
                resume = match.end()
                yield match
                break
