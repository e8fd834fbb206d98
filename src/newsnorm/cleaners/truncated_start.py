"""Flag a text that begins mid-sentence."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class TruncatedStart(Cleaner):
    """Flag a text that begins mid-sentence."""

    name = "truncated_start"

    def clean(self, doc: Document) -> None:
        return None
