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
# Its longest form from the first letter on, "REUTERS...^M": it starts at most this far before
# the last non-space of the text (and any spaces or tabs before it). Its last letters are one of
# these; a text that ends otherwise is not searched.
REUTERS_SIGN_OFF_LONGEST = len("REUTERS...^M")
REUTERS_SIGN_OFF_ENDINGS = ("euter", "euters", "EUTER", "EUTERS", "...", "…", "^M")

# Reuters' modern sign-off paragraph: "(Reporting by A in Baku; Editing by B)", possibly several
# in a row ("(Writing by C)"), ending a paragraph. Bounded, bracket-free class: no backtracking.
_CREDIT_OPENING = (
    r"\((?:Additional |Further )?(?:[Rr]eporting|Writing|Editing|Compiled|Produced) by\b"
)
_CREDIT_PAREN = _CREDIT_OPENING + r"[^()\n]{1,400}\)"
REPORTING_CREDIT = re.compile(
    _CREDIT_PAREN + r"(?:[ \t]*" + _CREDIT_PAREN + r"){0,3}(?=[ \t]*(?:\n|\Z))"
)

# These credits are rare: a text in which this opening is nowhere has none, and its paragraphs
# are not searched one by one.
REPORTING_CREDIT_OPENING = re.compile(_CREDIT_OPENING)

# Forms with an ``{agency}`` slot, filled by build_forms().
_FORM_SOURCES = {
    # A paragraph that is nothing but a credit: "News Service Trend", "PTI", "— AFP", "/TASS/",
    # "(AP)", "Source: Xinhua". Matched against a whole paragraph (fullmatch).
    "standalone": r"(?:[—–-]{1,2}[ \t]*)?(?:(?:Source|Credit|Via)[ \t]*:[ \t]*)?"
                  r"[(/]?(?P<agency>{agency})[)/]?\.?",
    # A credit ending the story's last line: "... the ministry said. — AFP", "... said. (AFP)",
    # "... said. /PTI/". Needs a space before, so "t-PA" and "us/w" are not credits. Starts
    # with one of TAIL_MARKS.
    "tail": r"(?<=\s)(?:[—–-]{1,2}[ \t]?|\(|/)(?P<agency>{agency})[)/]?\.?\s*\Z",
    # Indian wires sign off with desk initials: "PTI ABC DEF" (see DESK_CODE_SPELLINGS).
    "desk_tail": r"(?:^|(?<=\s))(?P<agency>{agency})(?:[ \t]+[A-Z]{2,4}){1,4}\s*\Z",
    # A dateline credit the dateline cleaner has not taken: "LONDON (Reuters) -",
    # "MOSCOW, October 3 /TASS/." Searched in the opening only.
    # (Both branches begin with their bracket or slash, the lookbehind after it, so a search
    # skips straight to the next "(" or "/".)
    "opening": r"(?:\((?P<paren>{agency})\)[ \t]*[-—–:]|/(?<![\w/]/)(?P<slash>{agency})/)",
    # The agency's own house style at the end of a lead sentence: "..., Trend reports.",
    # "..., Report informs." Present tense: "Tass reported" is a source, not a credit.
    "reports": r",\s+(?P<agency>{agency})\s+(?:reports|informs)\b",
    # "..., according to Trend News Agency." Only in the lead, only when nothing else credits
    # the story (a Reuters story "according to Xinhua" cites Xinhua as a source).
    "according": r"\baccording\s+to\s+(?:the\s+)?(?P<agency>{agency})"
                 r"(?:\s+(?:news agency|agency|News Agency))?(?=\s*[.;,]|\s*\Z)",
}

# Words the in-sentence forms cannot match without: a text with none of them is not searched
# (nor its lead found), as most texts are.
FORM_WORDS = {"reports": ("reports", "informs"), "according": ("according",)}

# Wires that sign off with desk initials after their name ("PTI ABC DEF"); elsewhere capital
# letters after an agency name are a table row or a headline.
DESK_CODE_SPELLINGS = frozenset({"PTI", "IANS", "UNI", "ANI"})

# What a credit ending the last line starts with (the "tail" form's dash, bracket or slash):
# the form is searched only from the first of them near the end of the text.
TAIL_MARKS = frozenset("—–(/-")
TAIL_MARK = re.compile(r"[—–(/-]")

# A desk sign-off ends with the last letters of a code ([A-Z]{2}): a text that does not is not
# searched.
DESK_CODE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")

# The standalone form's only unbounded parts are its openers, a dash or "Source:" and the spaces
# after them. So a paragraph is tried as a credit line only if it starts with an opener or is no
# longer than a spelling with a bracket or slash each side and a full stop.
CREDIT_LINE_OPENERS = ("—", "–", "-", "Source", "Credit", "Via")
CREDIT_LINE_INITIALS = frozenset(opener[0] for opener in CREDIT_LINE_OPENERS)
CREDIT_LINE_BRACKETS = len("().")

# Besides its spelling, what a credit ending the last line can hold ("-- " or "(" before, ")."
# after): it starts at most this far before the last non-space of the text.
TAIL_DECORATION = len("-- ") + len(").")

# How far into the text a dateline credit may stand.
OPENING_REACH = 400

# How far from the end of the text a sign-off may begin (the tail forms are anchored there).
TAIL_REACH = 400

# A paragraph that ends like a sentence: the lead is the first such paragraph (headlines and
# "News Service Trend" lines do not end with a full stop).
SENTENCE_END = re.compile(r"[.!?…][\"”’')]*\s*\Z")
SENTENCE_CLOSERS = "\"”’')"  # what SENTENCE_END allows after the stop

# An alternation for an empty list of spellings: a lookahead that never matches.
NOTHING = r"(?!)"

# Paragraphs: runs of text between blank lines ("\n[ \t]*\n"), from the first non-space to the
# last. A line break continues the paragraph unless a blank line follows.
PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*(?<=\S)")

# Where a paragraph starts: at the start of the text, or after a blank line and the spaces after
# it (but no further blank line); and where it ends. Around the standalone form, they find the
# credit lines of a text in one search (most texts have none) instead of paragraph by paragraph.
# The standalone form is tried only where the opener-or-length test above passes (a quick
# lookahead), unless a spelling holds a line break (its credit lines are not one line).
_TEXT_START = r"\s*+"
_AFTER_BLANK_LINE = r"\n[ \t]*\n(?:[^\S\n]|\n(?![ \t]*\n))*+"
_PARAGRAPH_END = r"(?=\s*(?:\n[ \t]*\n|\Z))"
_OPENER_OR_SHORT_LINE = (
    "(?=" + "|".join(map(re.escape, CREDIT_LINE_OPENERS))
    + r"|[^\n]{{1,{longest}}}+[^\S\n]*+" + _PARAGRAPH_END + ")"
)

# The last blank line before a point (matched from the start, with that point as endpos): the
# greedy run backs off from the end, so the cost is the length of the last paragraph.
LAST_BLANK_LINE = re.compile(r".*\n[ \t]*\n", re.S)


@dataclass(frozen=True)
class AgencyForms:
    """The credit forms compiled for one set of spellings."""

    standalone: re.Pattern[str]
    tail: re.Pattern[str]
    desk_tail: re.Pattern[str]
    opening: re.Pattern[str]
    reports: re.Pattern[str]
    according: re.Pattern[str]
    tail_longest: int  # characters in the longest credit ending the last line
    plain_credit_line_longest: int  # characters in the longest credit line with no opener
    # Spellings that, standing alone as a paragraph ("PTI", "Reuter"), are a credit line of
    # that spelling: those that start with no opener, bracket or slash the form could take.
    bare_credit_lines: frozenset[str]
    # The standalone form as a whole paragraph: the first, or one after a blank line.
    first_credit_line: re.Pattern[str]
    later_credit_line: re.Pattern[str]


def spelling_alternation(spellings: list[str]) -> str:
    """One regex alternation, longest spelling first, bounded so "AP" is not found in "APA".

    The spellings are grouped under their first character, in the same order within a group
    ("A(?:NSA|FP|P)|R(?:EUTERS|EUTER)"): only one group can match at a place, so the match is
    the same, but the engine compares one character per group rather than one per spelling.
    """
    ordered = sorted(set(spellings), key=lambda s: (-len(s), s))
    if not ordered:
        return NOTHING
    groups: dict[str, list[str]] = {}
    for spelling in ordered:
        groups.setdefault(spelling[:1], []).append(re.escape(spelling[1:]))
    alternatives = (re.escape(first) + "(?:" + "|".join(rests) + ")"
                    for first, rests in groups.items())
    return r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])"


def build_forms(spellings: list[str]) -> AgencyForms:
    """Compile every form for these spellings (ordinary words kept out of the loose forms)."""
    strict = [s for s in spellings if s not in ORDINARY_WORD_SPELLINGS]
    desk = [s for s in strict if s in DESK_CODE_SPELLINGS]
    every = spelling_alternation(spellings)
    loose = spelling_alternation(strict)
    longest = max(map(len, spellings), default=0)
    plain_longest = longest + CREDIT_LINE_BRACKETS
    one_line = not any("\n" in spelling for spelling in strict)
    credit_line = (
        (_OPENER_OR_SHORT_LINE.format(longest=plain_longest) if one_line else "")
        + _FORM_SOURCES["standalone"].replace("{agency}", loose) + _PARAGRAPH_END
    )

    def compile_form(name: str, alternation: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(_FORM_SOURCES[name].replace("{agency}", alternation), flags)

    return AgencyForms(
        standalone=compile_form("standalone", loose),
        tail=compile_form("tail", loose),
        desk_tail=compile_form("desk_tail", spelling_alternation(desk), re.M),
        opening=compile_form("opening", loose),
        reports=compile_form("reports", every),
        according=compile_form("according", every),
        tail_longest=longest + TAIL_DECORATION,
        plain_credit_line_longest=plain_longest,
        bare_credit_lines=frozenset(
            s for s in strict if s and not s.startswith((*CREDIT_LINE_OPENERS, "(", "/"))
        ),
        first_credit_line=re.compile(_TEXT_START + credit_line),
        later_credit_line=re.compile(_AFTER_BLANK_LINE + credit_line),
    )
