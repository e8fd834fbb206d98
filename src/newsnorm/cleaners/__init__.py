"""Built-in cleaners, one concern per module, each beside its ``*_patterns`` table.

Importing this package registers them; :data:`newsnorm.config.DEFAULT_ORDER` orders them.
"""

from newsnorm.cleaners import (  # noqa: F401  (imported to register)
    agencies,
    boilerplate,
    byline,
    dateline,
    front_matter,
    headline,
    line_ends,
    notes,
    quotes,
    reflow,
    truncated_start,
    wire_framing,
)
from newsnorm.cleaners.base import Cleaner, register, registered

__all__ = ["Cleaner", "register", "registered"]
