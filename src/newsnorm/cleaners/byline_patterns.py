"""Tables for reading a byline: its lead words, job titles, name particles, separators.

Outlets come from :mod:`headline_patterns` and wire agencies from :mod:`agency_names`, so a
byline that names one ("By Vafa Ismayilova, AzerNews", "Jane Doe | AP") credits it instead of
counting it as an author.
"""

from __future__ import annotations

import re

from newsnorm.cleaners.agency_names import agency_spellings
from newsnorm.cleaners.headline_patterns import OUTLETS

# A byline is near the top: among the first few non-blank lines of what is left of the text.
SEARCH_LINES = 4

# A line shorter than this ends where its writer ended it (a headline, a dateline): what
# follows it starts a paragraph even without a blank line between.
SHORT_LINE = 50

# ... and short: a longer line, or one with more words, is a sentence ("By subscribing to our
# online newspaper, you can have full digital access ...").
MAX_BYLINE_CHARS = 120
MAX_BYLINE_WORDS = 16
MAX_NAME_WORDS = 5

# The words that open a byline, matched case-insensitively and as whole words, so "Bobby Byrne"
# and "Kirby Smith" are never read as "By ...", or an "Author:" label.
LEAD = re.compile(
    r"(?:(?:written|reported|words|story|text|compiled)\s{1,3})?by\b\s{0,3}:?\s{0,3}"
    # Spanish and Portuguese "Por", French "Par": "Por Gabriel Fernández" over a story on
    # radiografica.org.ar, "Par Manal Drissi" after a teaser on journalmetro.com. Only a
    # capitalised line opens with a lead, and the names after it must be capitalised, so "Por
    # su parte, ..." and "Par ailleurs, ..." stay story.
    r"|(?:por|par)\b\s{0,3}:?\s{0,3}"
    # a labelled author line: "Author: John Smith", "Authors: A and B" (the colon required)
    r"|authors?\s{0,3}:\s{0,3}",
    re.IGNORECASE,
)

# A byline's lead alone on a line that is a paragraph of its own (a blank line, or the text's
# start, above it and a blank line below), its name lost with the author's link: "By", "By:",
# "Written by". Looked for in the first this many characters.
BARE_LEADS = ("By", "BY", "Written by", "Posted by")  # plain words: no regex syntax
BARE_LEAD = re.compile(
    r"(?:\A|\n[^\S\n]*\n)[^\S\n]*(?P<lead>(?:" + "|".join(BARE_LEADS) + r"):?)"
    r"[^\S\n]*\n[^\S\n]*\n"
)
BARE_LEAD_SCAN_CHARS = 1500
# BARE_LEAD from its lead on, backwards ("\n", blank, "\n", ":", "yB"): searched first, in the
# reversed text. Spelt backwards it opens with a newline, which the engine skips to, where
# forwards it is tried at every "B", "W" and "P" (every capital B of a story in capitals) and
# BARE_LEAD itself at every character; a text without a match has no bare lead
# (tests/test_byline_speed.py checks it finds what the forward form finds).
BARE_LEAD_BACKWARDS = re.compile(
    r"\n[^\S\n]*\n[^\S\n]*:?(?:" + "|".join(lead[::-1] for lead in BARE_LEADS) + ")"
)

# A post's date stamp after the names, behind a bar or a spaced dash: "By Aynur Ekiz |
# 12.03.2023", "By John Smith - Mar 3, 2023", "By Jane Doe | Published: March 3, 2023". The
# last such separator; what follows it must read as a stamp (headline_patterns.is_stamp).
STAMP_TAIL = re.compile(r"[^\S\n]+[|–—-][^\S\n]*(?P<stamp>[^|–—\n]{4,60})$")
# The marks STAMP_TAIL's separator is one of: a line with none of them (most lines of prose
# read as no byline) is told without the regex, which is tried at every character.
STAMP_TAIL_SEPARATORS = "|–—-"

# One token of a byline line: a handle, a mark that separates names or credits, or a word.
TOKEN = re.compile(r"@[\w.]{1,40}|\s[-–—]\s|[,;|/()\[\]&–—]|[^\s,;|/()\[\]&–—]{1,60}")

# Marks between two authors.
NAME_JOINERS = frozenset({",", "&", "and"})

# Marks after which what follows credits someone else (an outlet, a title, a place).
# dpa ends its byline line with the header terminator "=" ("By Manuel Schwarz, dpa =").
CREDIT_MARKS = frozenset({"|", "/", "(", ")", "[", "]", ";", "-", "–", "—", "for", "in", "at",
                          "="})

# The article that opens a newspaper's name after a writer's name and a comma ("By Tom Krasovic,
# The San Diego Union-Tribune", "Jane Doe, The Washington Post"): a publication, not an author.
PUBLICATION_LEADS = frozenset({"The"})

# Agencies whose sites print the writer's name after the story, on a line of its own, instead of
# a "By" line at the top: sana.sy's English pages end "... to their areas.⏎⏎Shaza Qreima⏎⏎Check
# Also" (and "... fixed points there.⏎⏎Mazen⏎⏎Check Also"). Read only when the text opens with
# such an agency's dateline ("Daraa, SANA- ..."), so another text's closing line stays.
SIGNED_AT_END_AGENCIES = frozenset({"SANA"})
# Such a closing name is a given name and a family name or less ("Shaza Qreima", "Mazen"): a
# longer line of capitalised words is a related item's title or a tag, not the writer.
SIGNED_AT_END_MAX_WORDS = 3
# A word of the story above it, which a closing name never repeats (a place's label does).
STORY_WORD = re.compile(r"\w+")

# Words that make up job titles, lower-case. A segment of such words with at least one
# TITLE_HEADS word is a title: "Staff Writer", "Senior Correspondent", "Our Baku correspondent".
TITLE_WORDS = frozenset(
    {
        "staff", "senior", "chief", "deputy", "special", "foreign", "political", "diplomatic",
        "economics", "economic", "business", "news", "contributing", "managing", "executive",
        "associate", "assistant", "bureau", "our", "own", "regional", "national", "international",
        "investigative", "science", "sports", "defence", "defense", "security", "energy",
        "europe", "middle", "east", "asia", "caucasus", "moscow", "baku", "washington", "london",
        "affairs", "world", "politics", "digital", "online", "freelance", "guest", "the",
        "of", "writer", "reporter", "correspondent", "editor",
        "columnist", "contributor", "journalist", "analyst", "producer", "photographer",
        "writers", "reporters", "correspondents", "editors", "editor-in-chief", "desk", "team",
        "head", "commentator", "researcher", "intern",
        # the newsroom as Spanish, Portuguese and French pages sign staff copy ("Por Redação",
        # "Por Redacción", "Par la rédaction"): a role, no author's name
        "redação", "redacao", "redacción", "redaccion", "rédaction", "redaction",
    }
)
TITLE_HEADS = frozenset(
    {
        "staff", "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
        "journalist", "analyst", "producer", "photographer", "writers", "reporters",
        "correspondents", "editors", "editor-in-chief", "desk", "team", "commentator",
        "researcher", "intern", "redação", "redacao", "redacción", "redaccion", "rédaction",
        "redaction",
    }
)

# Lower-case words that belong inside names ("Ursula von der Leyen", "Bashar al-Assad").
NAME_PARTICLES = frozenset(
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
        "le", "al", "el", "bin", "ibn", "bint", "ben", "ter", "ten", "zu", "y", "e", "af", "st.",
    }
)


# The words of agencies' and outlets' names (outlets' in capitals, as their case is forgiven): a
# word that is none of these, nor a name, title or handle, puts a line out of the question.
AGENCY_WORDS = frozenset(word for spelling in agency_spellings() for word in spelling.split())
OUTLET_WORDS = frozenset(word for outlet in OUTLETS for word in outlet.upper().split())


def _build_uncapitalized_byline_words() -> frozenset[str]:
    """The ASCII words of lower-case letters or digits alone that a byline can hold: marks,
    title words, name particles, and words of agencies' and outlets' names ("France 24")."""
    words = {*NAME_JOINERS, *CREDIT_MARKS, *TITLE_WORDS, *NAME_PARTICLES, *AGENCY_WORDS}
    words.update(word.lower() for word in OUTLET_WORDS)
    return frozenset(word for word in words if word.isascii() and (
        (word.islower() and word.isalpha()) or word.isdigit()
    ))


UNCAPITALIZED_BYLINE_WORDS = _build_uncapitalized_byline_words()
