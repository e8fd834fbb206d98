"""Parse the wire dateline at the start of the story and resolve its year."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Dateline(Cleaner):
    """Parse the wire dateline at the start of the story and resolve its year."""

    name = "dateline"

    def clean(self, doc: Document) -> None:
        return None
