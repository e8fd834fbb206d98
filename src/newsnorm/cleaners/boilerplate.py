"""Remove web debris lines: cookie notices, comment forms, promos, rules."""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document


@register
class Boilerplate(Cleaner):
    """Remove web debris lines: cookie notices, comment forms, promos, rules."""

    name = "boilerplate"

    def clean(self, doc: Document) -> None:
        return None
