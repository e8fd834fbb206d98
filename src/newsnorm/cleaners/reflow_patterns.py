"""Tables for re-flowing hard-wrapped text into paragraphs."""

import re

# A block whose longest line is longer than this was not hard-wrapped by a terminal-era feed:
# each of its line breaks is a paragraph break (web scrapes put one paragraph per line).
MAX_WRAP_WIDTH = 120

# A wrapped line that ends a sentence (or a quote, or a list lead-in) can end a paragraph.
SENTENCE_END = re.compile(r"""[.!?:;"”’')\]]\s*$""")

# A word split at a wrap with a hyphen: join without a space ("Azerbaijani-" + "Armenian").
HYPHEN_END = re.compile(r"[^\W\d_]-$")

FIRST_WORD = re.compile(r"\S+")
