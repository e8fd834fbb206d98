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
# and "Kirby Smith" are never read as "By ...".
LEAD = re.compile(
    r"(?:(?:written|reported|words|story|text|compiled)\s{1,3})?by\b\s{0,3}:?\s{0,3}",
    re.IGNORECASE,
)

# One token of a byline line: a handle, a mark that separates names or credits, or a word.
TOKEN = re.compile(r"@[\w.]{1,40}|\s[-–—]\s|[,;|/()\[\]&–—]|[^\s,;|/()\[\]&–—]{1,60}")

# Marks between two authors.
NAME_JOINERS = frozenset({",", "&", "and"})

# Marks after which what follows credits someone else (an outlet, a title, a place).
# dpa ends its byline line with the header terminator "=" ("By Manuel Schwarz, dpa =").
CREDIT_MARKS = frozenset({"|", "/", "(", ")", "[", "]", ";", "-", "–", "—", "for", "in", "at",
                          "="})

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
    }
)
TITLE_HEADS = frozenset(
    {
        "staff", "writer", "reporter", "correspondent", "editor", "columnist", "contributor",
        "journalist", "analyst", "producer", "photographer", "writers", "reporters",
        "correspondents", "editors", "editor-in-chief", "desk", "team", "commentator",
        "researcher", "intern",
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
