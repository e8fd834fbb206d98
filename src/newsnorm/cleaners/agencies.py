"""Credit wire agencies from datelines, credit lines and sign-offs."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Agencies(Cleaner):
    """Credit wire agencies from datelines, credit lines and sign-offs."""

    name = "agencies"

    def clean(self, doc: Document) -> None:
        return None
