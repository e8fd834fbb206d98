"""Take the byline ("By Name") and split it into authors."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Byline(Cleaner):
    """Take the byline ("By Name") and split it into authors."""

    name = "byline"

    def clean(self, doc: Document) -> None:
        return None
