"""Wire transmission framing: an agency feed item's header, trailer and ANPA line markers.

An AP feed item (ANPA 1312) stands between SOH … STX (the header: selector, priority,
category, keyword, date, word count) and ETX … EOT (the trailer: "AP-WF-06-29-17 2350GMT"),
and its text opens with a keyword line ("^BC-US--APNewsAlert,17<"). All three are the feed's,
not the story's: they are taken out as ``wire-header``, ``wire-trailer`` and ``wire-keyword``.
ANPA also marks its heading lines ("^Deng has 30 points<", "^By CHARLES ODUM="): the "^", "<"
and "=" markers go as ``wire-markup``, so the later cleaners see the headline and byline as
plain lines. IPTC 7901 items (dpa, Kyodo, ATS) use the same control codes around a header the
boilerplate and front-matter cleaners already read (dpa's "=" title terminator needs it): they
are left to them.

It runs first, before line_ends turns the control codes into spaces. A text with more than one
item, or with codes out of order, is left alone: guessing would risk the story.
"""

from __future__ import annotations

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.wire_framing_patterns import (
    ANPA_KEYWORD_LINE,
    ANPA_LINE_ENDS,
    ANPA_LINE_START,
    ETX,
    ITEM_START,
    MAX_HEADER,
    SOH,
    STX,
)
from newsnorm.document import Document


@register
class WireFraming(Cleaner):
    """Take a feed item's transmission header and trailer, and ANPA's line markers."""

    name = "wire_framing"

    def clean(self, doc: Document) -> None:
        text = doc.text
        if ITEM_START.match(text) is None or text.count(SOH) != 1 or text.count(STX) != 1 \
                or text.count(ETX) > 1:
            return
        text_start = text.find(STX) + 1
        if text_start > MAX_HEADER:
            return
        text_end = text.find(ETX)
        if text_end == -1:
            text_end = len(text)
        elif text_end < text_start:
            return
        keyword = ANPA_KEYWORD_LINE.match(text, text_start)
        if keyword is None or keyword.end() > text_end:
            return
        spans = [(0, text_start, "wire-header"), (text_start, keyword.end(), "wire-keyword")]
        if text_end < len(text):
            spans.append((text_end, len(text), "wire-trailer"))
        self.take_many(doc, spans + _marker_spans(text, keyword.end(), text_end))


def _marker_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The "^" opening and the "<" or "=" closing each marked line of an ANPA text."""
    spans = []
    for line in ANPA_LINE_START.finditer(text, start, end):
        spans.append((line.end() - 1, line.end(), "wire-markup"))
        line_end = text.find("\n", line.end(), end)
        content_end = len(text[line.end():end if line_end == -1 else line_end].rstrip(" \t\r"))
        last = line.end() + content_end - 1
        if content_end and text[last] in ANPA_LINE_ENDS:
            spans.append((last, last + 1, "wire-markup"))
    return spans
