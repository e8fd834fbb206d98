"""Where and how a wire service is credited: credit lines, sign-offs and their decorations.

The agency names themselves live in :mod:`newsnorm.cleaners.agency_names`; the forms here take
an alternation of spellings (``{agency}``) and are compiled by :func:`build_forms`, once at import
for the built-in table and once per cleaner when config adds agencies.

A credit is a statement that the story comes from an agency, not a mention of one: "Aliyev told
the Spanish EFE news agency" and "Tass said" are sources, not credits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Agency spellings that are ordinary words in a sentence or a table: never credited on their
# own ("- REPORT" ends Reuters headlines), only through the explicit in-sentence forms below
# ("..., Report informs.").
ORDINARY_WORD_SPELLINGS = frozenset({"Report", "REPORT", "Trend", "TREND"})

# The Reuters sign-off of 1980s wire copy, alone at the very end of a story: "Reuter",
# "REUTER", "REUTERS", "reuter", "Reuter...", "REUTER^M" (a literal caret-M). It stands on its
# own line or ends the last line after a space or sentence punctuation ("... SAO SIMAO NIL.
# REUTER", "...0 REUTER"); "told Reuters." is prose, hence no trailing period. Misspellings
# ("REUTE", "RUTER") and desk codes ("REUTER E") are left alone: too uncertain to credit.
REUTERS_SIGN_OFF = re.compile(
    r"(?:^|(?<=[\s.\"')\]]))[ \t]*(?P<agency>[Rr]euters?|REUTERS?)(?:\.\.\.|…)?(?:\^M)?\s*\Z",
    re.M,
)

# Reuters' modern sign-off paragraph: "(Reporting by A in Baku; Editing by B)", possibly several
# in a row ("(Writing by C)"), ending a paragraph. Bounded, bracket-free class: no backtracking.
_CREDIT_PAREN = (
    r"\((?:Additional |Further )?(?:[Rr]eporting|Writing|Editing|Compiled|Produced)"
    r" by\b[^()\n]{1,400}\)"
)
REPORTING_CREDIT = re.compile(
    _CREDIT_PAREN + r"(?:[ \t]*" + _CREDIT_PAREN + r"){0,3}(?=[ \t]*(?:\n|\Z))"
)

# Forms with an ``{agency}`` slot, filled by build_forms().
_FORM_SOURCES = {
    # A paragraph that is nothing but a credit: "News Service Trend", "PTI", "— AFP", "/TASS/",
    # "(AP)", "Source: Xinhua". Matched against a whole paragraph (fullmatch).
    "standalone": r"(?:[—–-]{1,2}[ \t]*)?(?:(?:Source|Credit|Via)[ \t]*:[ \t]*)?"
                  r"[(/]?(?P<agency>{agency})[)/]?\.?",
    # A credit ending the story's last line: "... the ministry said. — AFP", "... said. (AFP)",
    # "... said. /PTI/". Needs a space before, so "t-PA" and "us/w" are not credits.
    "tail": r"(?<=\s)(?:[—–-]{1,2}[ \t]?|\(|/)(?P<agency>{agency})[)/]?\.?\s*\Z",
    # Indian wires sign off with desk initials: "PTI ABC DEF" (see DESK_CODE_SPELLINGS).
    "desk_tail": r"(?:^|(?<=\s))(?P<agency>{agency})(?:[ \t]+[A-Z]{2,4}){1,4}\s*\Z",
    # A dateline credit the dateline cleaner has not taken: "LONDON (Reuters) -",
    # "MOSCOW, October 3 /TASS/." Searched in the opening only.
    "opening": r"(?:\((?P<paren>{agency})\)[ \t]*[-—–:]|(?<![\w/])/(?P<slash>{agency})/)",
    # The agency's own house style at the end of a lead sentence: "..., Trend reports.",
    # "..., Report informs." Present tense: "Tass reported" is a source, not a credit.
    "reports": r",\s+(?P<agency>{agency})\s+(?:reports|informs)\b",
    # "..., according to Trend News Agency." Only in the lead, only when nothing else credits
    # the story (a Reuters story "according to Xinhua" cites Xinhua as a source).
    "according": r"\baccording\s+to\s+(?:the\s+)?(?P<agency>{agency})"
                 r"(?:\s+(?:news agency|agency|News Agency))?(?=\s*[.;,]|\s*\Z)",
}

# Wires that sign off with desk initials after their name ("PTI ABC DEF"); elsewhere capital
# letters after an agency name are a table row or a headline.
DESK_CODE_SPELLINGS = frozenset({"PTI", "IANS", "UNI", "ANI"})

# How far into the text a dateline credit may stand.
OPENING_REACH = 400

# How far from the end of the text a sign-off may begin (the tail forms are anchored there).
TAIL_REACH = 400

# A paragraph that ends like a sentence: the lead is the first such paragraph (headlines and
# "News Service Trend" lines do not end with a full stop).
SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s*\Z")

# An alternation for an empty list of spellings: a lookahead that never matches.
NOTHING = r"(?!)"

# Paragraphs: runs of text between blank lines.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class AgencyForms:
    """The credit forms compiled for one set of spellings."""

    standalone: re.Pattern[str]
    tail: re.Pattern[str]
    desk_tail: re.Pattern[str]
    opening: re.Pattern[str]
    reports: re.Pattern[str]
    according: re.Pattern[str]


def spelling_alternation(spellings: list[str]) -> str:
    """One regex alternation, longest spelling first, bounded so "AP" is not found in "APA"."""
    ordered = sorted(set(spellings), key=lambda s: (-len(s), s))
    if not ordered:
        return NOTHING
    return r"(?<![\w])(?:" + "|".join(re.escape(s) for s in ordered) + r")(?![\w])"


def build_forms(spellings: list[str]) -> AgencyForms:
    """Compile every form for these spellings (ordinary words kept out of the loose forms)."""
    strict = [s for s in spellings if s not in ORDINARY_WORD_SPELLINGS]
    desk = [s for s in strict if s in DESK_CODE_SPELLINGS]
    every = spelling_alternation(spellings)
    loose = spelling_alternation(strict)

    def compile_form(name: str, alternation: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(_FORM_SOURCES[name].replace("{agency}", alternation), flags)

    return AgencyForms(
        standalone=compile_form("standalone", loose),
        tail=compile_form("tail", loose),
        desk_tail=compile_form("desk_tail", spelling_alternation(desk), re.M),
        opening=compile_form("opening", loose),
        reports=compile_form("reports", every),
        according=compile_form("according", every),
    )
