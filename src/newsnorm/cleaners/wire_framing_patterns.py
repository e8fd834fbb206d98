"""What a wire feed wraps around an item, for the wire_framing cleaner.

Agency feeds send each item between transmission codes: SOH, a header (selector, priority,
category, keyword, date, word count), STX, the text, ETX, a trailer (time stamp, desk codes),
EOT. Two feed standards use them, and wire copy arrives in both as scrapers and archives keep it:
AP's ANPA 1312 and IPTC 7901 (dpa, ATS and others).
"""

from __future__ import annotations

import re

# Start of heading, start of text, end of text (each feed item has at most one of each).
SOH, STX, ETX = "\x01", "\x02", "\x03"
# SYN characters (ANPA) come before SOH; a scraper may leave a BOM or blank line first.
ITEM_START = re.compile(r"[\ufeff\x16\s]{0,8}\x01")
# How far into the text STX may stand: a header is a line or three (dpa puts its keyword line
# "Switzerland/migration/UN/" there too), never a story.
MAX_HEADER = 600

# ANPA 1312 marks lines inside the text as well. The first text line is the keyword line:
# "^BC-US--APNewsAlert,17<", "^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416<" (AP's cycle code AM, PM
# or BC, the keyword, the word count). Its presence is how an ANPA item is told from IPTC 7901.
ANPA_KEYWORD_LINE = re.compile(r"[ \t]*\^(?:AM|PM|BC)-[^\n<]{1,200}<[ \t\r]*(?:\n|$)")
# Heading, advisory and byline lines of an ANPA text: "^" starts one, and "<" (quad left) or
# "=" (centred) ends it: "^Eds: With AP Photos.<", "^By CHARLES ODUM=". Control codes (ANPA's
# BS before an agate row) may come first. The markers are layout, not words.
ANPA_LINE_START = re.compile(r"(?m)^[\x00-\x08\x0e-\x1f]*\^")
ANPA_LINE_ENDS = "<="
