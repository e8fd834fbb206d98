"""The "nothing is lost" check: every word of the input must survive somewhere in the record.

A word is a run of letters or digits. The check is a multiset comparison, cheap enough to run on
every record: the pipeline flags a record that fails it with the warning ``words-lost``.

>>> missing_words("Trend reports: peace", ["peace"], ["Trend reports"])
[]
>>> missing_words("one two two", ["one two"])
['two']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Letters or digits, no underscore: \\w minus _.
WORD = re.compile(r"[^\W_]+")


def word_counts(text: str) -> Counter[str]:
    return Counter(WORD.findall(text))


def missing_words(source: str, *kept: Iterable[str | None]) -> list[str]:
    """Words of ``source`` (with multiplicity) that none of the ``kept`` texts account for."""
    remaining = word_counts(source)
    for group in kept:
        for text in group:
            if text:
                remaining.subtract(word_counts(text))
    return sorted(word for word, count in remaining.items() if count > 0)
