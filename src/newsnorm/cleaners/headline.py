"""Take the headline off the top, without site crumbs or a repeated copy."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Headline(Cleaner):
    """Take the headline off the top, without site crumbs or a repeated copy."""

    name = "headline"

    def clean(self, doc: Document) -> None:
        return None
