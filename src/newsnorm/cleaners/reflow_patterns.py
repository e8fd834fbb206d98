"""Tables for re-flowing hard-wrapped text into paragraphs."""

import re

# A block whose longest line is longer than this was not hard-wrapped by a terminal-era feed:
# each of its line breaks is a paragraph break (web scrapes put one paragraph per line).
MAX_WRAP_WIDTH = 120

# Feeds and terminals wrap at 60 columns or more; a text whose lines are all shorter than this
# is rows (a table, a list), not wrapped prose.
MIN_WRAP_WIDTH = 60

# A line that, with the next word added, would still fill less than this share of the wrap
# width was not broken by a wrapping program: it is a row of a table or a list, or a
# paragraph's end. (Ragged wrappers still fill lines to well past this share.)
SHORT_LINE_SHARE = 0.75

# A wrapped line that ends a sentence (or a quote, or a list lead-in) can end a paragraph.
SENTENCE_END_CHARS = frozenset(""".!?:;"”’')]""")

# A line ending like this continues on the next one, however short it is: a comma, a hyphen or
# dash, an opening bracket, or a word that cannot end an English sentence.
CONTINUATION_WORDS = ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                      "of", "on", "or", "than", "that", "the", "to", "with")
CONTINUES_AFTER = frozenset(",-–—(/&")
CONTINUES = re.compile(r"\b(?:" + "|".join(CONTINUATION_WORDS) + r")$")
# How much of a line's end CONTINUES needs to see: the longest word and the boundary before it.
CONTINUATION_TAIL = max(map(len, CONTINUATION_WORDS)) + 2

# A word split at a wrap with a hyphen: join without a space ("Azerbaijani-" + "Armenian").
HYPHEN_END = re.compile(r"[^\W\d_]-$")

FIRST_WORD = re.compile(r"\S+")

# Whitespace inside a line that is not a single plain space (tabs, runs, no-break spaces):
# it becomes one space. Line ends and indents are handled with the line joints.
INNER_SPACE = re.compile(r"(?<=\S)(?:[^\S\n]{2,}|[^\S\n ])(?=\S)")
