"""Mend broken quote pairs such as “”The.

Scrapers and CMS round trips leave quotation marks doubled or turned the wrong way round where
a quotation opens or closes ("“”The completion", "said.“”"), or stranded before a comma. Only
those shapes are mended, the surplus character dropped, and each drop recorded as removed
(kind ``broken-quote``): it is no word, but nothing is dropped silently. Any other quote mark,
and every apostrophe, stays as it is; patterns in :mod:`~newsnorm.cleaners.quote_patterns`.
"""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.quote_patterns import BROKEN_QUOTE
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
        # Each alternative has one named group, the character(s) to drop: lastgroup names it.
        spans = [match.span(match.lastgroup) for match in BROKEN_QUOTE.finditer(doc.text)]
        self.take_many(doc, [(start, end, "broken-quote") for start, end in spans])
