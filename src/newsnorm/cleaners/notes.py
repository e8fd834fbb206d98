"""Extract bracketed editorial notes by kind."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Notes(Cleaner):
    """Extract bracketed editorial notes by kind."""

    name = "notes"

    def clean(self, doc: Document) -> None:
        return None
