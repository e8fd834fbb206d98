"""What the boilerplate tests share: running the cleaner with nothing lost, and what it took."""

from __future__ import annotations

from newsnorm.cleaners.boilerplate import Boilerplate
from newsnorm.document import Document
from newsnorm.words import missing_words


def clean(text: str, **options) -> Document:
    """The text after the boilerplate cleaner (with ``options``); no word of it may be lost."""
    doc = Document(text)
    Boilerplate(options).clean(doc)
    assert missing_words(text, [doc.text], [r.text for r in doc.removed]) == []
    return doc


def removed(doc: Document) -> list[tuple[str, str]]:
    """What the cleaner took out, as (kind, text) pairs in text order."""
    return [(r.kind, r.text) for r in doc.removed]
