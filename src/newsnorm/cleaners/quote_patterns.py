"""Broken quote pairs that scrapers leave, and which character of each to drop.

Each pattern marks the character(s) to drop as its group ``drop``; everything else it matches is
context that stays. All are fixed-width or one bounded run, matched in a single pass.
Apostrophes and ASCII quotes inside words ("Azerbaijan's", "rock'n'roll") are never touched.
"""

from __future__ import annotations

import re

# A run of curly double quotes where a quotation opens (after a space, an opening bracket or the
# start of a line, before a word): the first opens, the rest is debris.
# "“”The completion" -> "“The completion"; "““The" -> "“The".
OPENING_RUN = r"(?:(?<=[\s(\[])|^)“(?P<drop_opening>[“”]{1,20})(?=[^\W_])"

# The mirror where a quotation closes (after a word or sentence punctuation, before a space,
# punctuation or the end): the last closes. "said.“”" -> "said.”"; "missed,””" -> "missed,”".
CLOSING_RUN = r"(?<=[\w.,!?;:…])(?P<drop_closing>[“”]{1,20})”(?=[\s)\],.;:!?]|$)"

# Doubled ASCII quotes at the edge of a quotation: '""The' -> '"The', 'said.""' -> 'said."'.
# Only next to a word on one side and a space on the other, so '""' standing alone is kept.
ASCII_OPENING = r"(?:(?<=[\s(\[])|^)\"(?P<drop_ascii_opening>\")(?=[^\W_])"
ASCII_CLOSING = r"(?<=[\w.,!?;:…])(?P<drop_ascii_closing>\")\"(?=\s|$)"

# An opening quote that opens nothing, stranded before a comma or semicolon with the space
# before it: 'serve Azerbaijan and Armenia “, but will' -> 'serve Azerbaijan and Armenia, but'.
STRANDED_OPENING = r"(?P<drop_stranded>[ \t]?“)(?=[,;])"

BROKEN_QUOTE = re.compile(
    "|".join((OPENING_RUN, CLOSING_RUN, ASCII_OPENING, ASCII_CLOSING, STRANDED_OPENING)),
    re.M,
)

# Every broken pair starts with two quote marks in a row or an opening quote before a comma (or
# on the space before that quote). A text holding none of these marks is not looked at; in
# others the pattern above is tried only at these sites, not at every character.
QUOTE_MARKS = ("“", "”", '""')
BROKEN_QUOTE_SITE = re.compile(r'[“”"](?=[“”"])|“(?=[,;])')
