"""Tables for telling bracketed editorial notes apart (see the SPEC's note kinds).

Every pattern here is matched against a bracket's content (without the brackets) or a short
stretch around it, never against a whole text, so none of them can run away.
"""

from __future__ import annotations

import re

# What the bracket scan stops at: brackets, quote marks (to know whether a bracket stands in a
# quotation; apostrophes are left out, "Azerbaijan's" is no quotation) and paragraph breaks
# (a note never spans paragraphs, and a stray bracket's reach ends there).
BRACKET_EVENT = re.compile(
    r"(?P<open>\[)|(?P<close>\])|(?P<quote>[“«„”»\"])|(?P<paragraph>\n[ \t]*\n)"
)

# A paragraph break: where a paragraph ends.
PARAGRAPH_END = re.compile(r"\n[ \t]*\n")

# Longest note content; a longer bracket is left alone (it is not an editor's aside).
MAX_NOTE_CHARS = 600

# "[...]", "[…]", "[. . .]": words the writer left out of a quotation. Stays in the body.
ELISION = re.compile(r"\s*(?:…|\.(?: ?\.){1,3})\s*")

# "[sic]", "[sic!]": the quoted words are as written. Stays in the body.
SIC = re.compile(r"\s*sic[!.]?\s*", re.I)

# Labelled notes: "[Editor's note: …]", "[Translated from Russian]", "[Photo: …]",
# "[Updated at 14:00]". Taken out. A label is a whole word at the start of the note.
EDITOR_LABEL = re.compile(
    r"\s*(?:editor(?:['’]s)?(?:\s+note)?|ed\.?\s+note|translator(?:['’]s)?\s+note|note"
    r"|photo|video|audio|graphic|chart|infographic|map|gallery"
    r"|updated?|correction|corrected|clarification|this (?:story|article|report)"
    r"|translated|translation|source|sources|read more|read also|also read|see also|related"
    r"|adds|recasts|changes|refiles|repeats"
    # A link to the topic's page glued after a sentence: "[Special coverage]" (Xinhua, ECNS,
    # China Daily), "[Full coverage]".
    r"|(?:special|full|more) coverage)\b",
    re.I,
)

# Brackets that are not editorial notes at all, left alone and not listed: footnote marks
# ("[3]"), Reuters instrument codes ("[PRUL.L]", "[DAIG.F]") and story ids ("[ID:nL5N…]",
# "[nLDE72B0X7]"), wiki debris ("[citation needed]", "[edit]").
NOT_A_NOTE = re.compile(
    r"\s*(?:\d{1,3}|[A-Z0-9]{1,10}\.[A-Z]{1,4}|[A-Z0-9]{1,10}(?:/[A-Z0-9]{0,10})+"
    r"|ID:[^\]]*|n[A-Z0-9]{8,14}|citation needed|edit|clarification needed)\s*"
)

# Short words that stand in for a speaker's own when alone in brackets ("[he] said",
# "[it] was", "[their] troops"): a substitution, never a gloss to drop.
SUBSTITUTION_WORDS = frozenset({
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them",
    "my", "your", "his", "its", "our", "their", "this", "that", "these", "those", "there", "here",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
    "and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "for", "not",
})

# Inside a quotation, a bracket of at most this many words stands in for the speaker's words
# ("“[Armenia] must withdraw”"); a longer one explains, and is a gloss.
MAX_SUBSTITUTION_WORDS = 4

# Quote marks that open a quotation, close one, or (ASCII) do either.
OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
TOGGLING_QUOTES = '"'

# Characters that end a sentence, and those that may follow the end (closing quote, parenthesis):
# a bracket after them opens a sentence.
SENTENCE_ENDERS = ".!?:;"
AFTER_SENTENCE_END = "\"”’')"
# A bracket right after one of these opens a quotation or parenthesis: "“[Armenia] must…".
OPENERS = "“«„\"‘("

# Punctuation a gloss can stand between ("Azerbaijan, [a country …], said"): taking the gloss out
# must not leave it doubled.
CLOSING_PUNCTUATION = ",;:"

# The end of a note that is itself a sentence: "[The statement was signed in 2020.]".
SENTENCE_FINAL = re.compile(r"[.!?][\"”’')]*\s*\Z")

# A bracket followed by "(" is a Markdown link's text, "[Trend](https://…)": not a note.
LINK_AFTER = "("
