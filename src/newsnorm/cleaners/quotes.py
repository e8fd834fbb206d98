"""Mend broken quote pairs such as “”The."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Quotes(Cleaner):
    """Mend broken quote pairs such as “”The."""

    name = "quotes"

    def clean(self, doc: Document) -> None:
        return None
