"""Line ends and invisible characters: CRLF, CR and Unicode separators become LF.

Runs first, so every later cleaner sees plain ``\\n`` lines. Control characters and zero-width
marks are no words; they are dropped so they cannot split or glue words in the record.
"""

from __future__ import annotations

import re

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.document import Document

# Everything that ends a line in text we meet: Windows CRLF, old-Mac CR, NEL, LS, PS, VT, FF.
LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0/C1 controls other than tab and newline, DEL, zero-width spaces and stray BOMs: scrapers
# leave them behind (NUL padding, \x1f from SGML, U+FEFF in the middle of a text). They become
# a space, never nothing: "0\x1f0" is two words, and gluing them would change the text's words.
# ZWJ and ZWNJ stay: they are spelling in Persian and Indic scripts.
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff]+")

ANY_FIX = re.compile(f"(?P<brk>{LINE_BREAK.pattern})|(?P<inv>{INVISIBLE.pattern})")
# Any character either pattern starts with, as one class: a class scan is several times
# cheaper than the alternation above, and most texts have nothing to fix.
SUSPECT = re.compile(r"[\r\x0b\x0c\x85\u2028\u2029\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
                     r"\u200b\u2060\ufeff]")


@register
class LineEnds(Cleaner):
    """Unify line ends to LF and drop control and zero-width characters.

    >>> doc = Document("BAKU, Oct 3.\\r\\nPeace\\x00 talks\\rresume")
    >>> LineEnds().clean(doc)
    >>> doc.text
    'BAKU, Oct 3.\\nPeace  talks\\nresume'
    """

    name = "line_ends"

    def clean(self, doc: Document) -> None:
        if not _may_need_fixing(doc.text):
            return
        edits = [(m.start(), m.end(), "\n" if m.lastgroup == "brk" else " ")
                 for m in ANY_FIX.finditer(doc.text)]
        doc.edit(edits)


# The ASCII characters SUSPECT does not take, read off it (so they follow any change to it). In an
# ASCII text (most texts; str.isascii is a flag lookup) deleting them from its bytes leaves
# exactly its suspects: one C pass instead of a regex class scan, several times cheaper.
_PLAIN_ASCII = bytes(code for code in range(128) if not SUSPECT.match(chr(code)))


def _may_need_fixing(text: str) -> bool:
    """Whether the text holds a character LINE_BREAK or INVISIBLE would change."""
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _PLAIN_ASCII))
    return SUSPECT.search(text) is not None
