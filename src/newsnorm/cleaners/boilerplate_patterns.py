"""Phrase tables for web debris, one family per kind of removal.

Each :class:`Family` lists regex fragments (case-insensitive, no nested quantifiers, bounded
repetition only) in three strengths:

- ``whole``: the unit (a line, or the wrapped lines of one sentence run) is exactly this,
  give or take closing punctuation: ``Please enter your comment!``, ``Related articles``;
- ``labels``: the unit starts with this label, whatever follows: ``Tags: ...``, ``Read more: ...``;
- ``phrases``: the unit is short, dominated by such phrases and carries no reporting verb
  (see :data:`STORY_MARKER`): ``You can also follow AzerNEWS on Twitter @AzerNewsAz``.

To catch a new kind of debris, add a fragment to the right family here (or, without touching
the code, list plain phrases under ``[cleaners.boilerplate] extra_phrases`` in the config).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A unit longer than this is never debris: web debris is short, story paragraphs are not.
MAX_DEBRIS_CHARS = 300

# "Dominated by a debris phrase": every phrase hit vouches for this many characters of the unit,
# so a 120-character line needs one hit and a 190-character cookie notice needs two.
CHARS_PER_PHRASE_HIT = 150

# A short line that follows promo debris at the end of a text ("Thank you!") belongs to it
# when it has at most this many words.
MAX_FOLLOW_ON_WORDS = 4

# A related-links heading at the end is followed by other stories' titles: title-like lines
# (no sentence-final period) up to this length go with it.
MAX_LINK_TITLE_CHARS = 150

# Story prose reports speech; debris addresses the reader. A phrase match in a unit that
# reports speech or quotes someone is not trusted ("...follow him on Twitter, he said.").
STORY_MARKER = re.compile(
    r"\b(?:said|says|told|stated|added|noted|announced|declared|according to)\b|[“”\"]",
    re.IGNORECASE,
)

# A wrapped line ending like this runs on into the next line, however much room it left: it
# does not end a unit ("... available for" + "comment." is one sentence, not a comment form).
RUNS_ON = re.compile(r"[,\-–—(]$|\b(?:a|an|the|of|for|to|and|or|in|on|at|by|with)$", re.IGNORECASE)

# A horizontal rule: a line of dashes, underscores, asterisks, equals signs or similar.
RULE = re.compile(r"[-_*=~#•·—–\s]{2,80}")


@dataclass(frozen=True)
class Family:
    kind: str
    whole: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


FAMILIES: tuple[Family, ...] = (
    Family(
        kind="cookie-notice",
        whole=(r"accept(?: all)? cookies", r"cookie (?:policy|settings|preferences)"),
        phrases=(
            r"cookies are used",
            r"we use cookies",
            r"(?:site|website|page) uses cookies",
            r"use of cookies",
            r"(?:our|the) cookie policy",
            r"accept(?: all)? cookies",
            r"personal data protection law",
            r"by continuing to (?:use|browse) (?:this|our|the) (?:site|website)",
        ),
    ),
    Family(
        kind="comment-form",
        whole=(
            r"please enter your (?:comment|name here|name|email address here|email)",
            r"you have entered an incorrect email address",
            r"leave a (?:reply|comment)",
            r"post a comment",
            r"add (?:a )?comment",
            r"cancel reply",
            r"\d{1,5} comments?",
            r"comments? \(\d{1,5}\)",
        ),
        phrases=(
            r"your email address will not be published",
            r"required fields are marked",
            r"save my name, email,? and website",
            r"log in to (?:leave a )?comment",
            # Also as phrases: a reflow may have joined the form's lines into one paragraph.
            r"please enter your (?:comment|name)",
        ),
    ),
    Family(
        kind="subscription-promo",
        whole=(r"subscribe(?: now| today)?", r"sign up(?: now| today)?"),
        phrases=(
            r"here we are to serve you",
            r"it does not cost much",
            r"worth your attention",
            r"subscribe on a monthly basis",
            r"by subscribing to our",
            r"full digital access",
            r"(?:independent|quality) journalism",
            r"support our journalism",
            r"subscribe to (?:our|the) newsletter",
            r"sign up (?:for|to) (?:our|the) (?:\w{1,20} )?newsletter",
            r"already a subscriber",
            r"become a (?:member|subscriber|patron)",
            r"unlock (?:full|unlimited) access",
        ),
    ),
    Family(
        kind="social-promo",
        whole=(
            r"share(?: this)?(?: article| story| post| page)?",
            r"share (?:on|via) (?:facebook|twitter|whatsapp|telegram|linkedin|email)",
            r"follow us",
            r"tweet",
        ),
        labels=(r"share(?: this)?(?: article| story| post)?\s?:", r"follow us\s?:"),
        phrases=(
            r"follow us on",
            r"follow \S{1,40} on (?:twitter|facebook|instagram|telegram|linkedin|youtube|x)\b",
            r"on twitter @",
            r"on facebook @",
            r"like us on facebook",
            r"join (?:us|our \w{1,20}) on (?:telegram|whatsapp|facebook)",
            r"subscribe to (?:our|the) (?:youtube|telegram) channel",
        ),
    ),
    Family(
        kind="related-links",
        whole=(
            r"latest posts(?: in this category)?",
            r"(?:latest|more|top) (?:news|stories|articles|posts)",
            r"related(?: articles| news| stories| posts| content)?",
            r"most (?:popular|read|viewed)",
            r"you (?:may|might) also like",
            r"recommended(?: for you)?",
            r"read more",
            r"don't miss",
            r"trending(?: now)?",
        ),
        labels=(
            r"read (?:more|also)\s?:",
            r"also read\s?:",
            r"see also\s?:",
            r"related(?: articles| news| stories)?\s?:",
            r"more on this(?: story)?\s?:",
            r"latest (?:news|posts)\s?:",
        ),
    ),
    Family(
        kind="copyright",
        labels=(r"©", r"\(c\) \d{4}", r"copyright (?:©|\(c\)|\d{4})"),
        phrases=(
            r"all rights reserved",
            r"hyperlink to \S{1,60} is (?:required|obligatory|mandatory)",
            r"reproduction (?:is )?(?:prohibited|forbidden)",
        ),
    ),
    Family(
        kind="photo-credit",
        labels=(
            r"(?:file )?(?:photo|photos|image|picture|photograph)(?: credit)?\s?:",
            r"\((?:file )?(?:photo|image|picture)s? (?:by|credit|courtesy)\b",
            r"credit\s?:",
        ),
        whole=(r"(?:file )?photos? (?:by|courtesy of) [^.]{1,80}",),
    ),
    Family(
        kind="tag-list",
        labels=(r"tags?\s?:", r"keywords\s?:", r"topics\s?:"),
    ),
    Family(
        kind="site-crumb",
        labels=(r"you are here\s?:", r"home\s?[>»›/|]"),
        # Two or more spaced crumb separators between short segments: "News > World > Europe".
        whole=(r"[^>»›.]{1,30} [>»›] [^>»›.]{1,30} [>»›] [^.]{1,60}",),
    ),
    Family(
        kind="advertisement",
        whole=(r"advertisement", r"sponsored(?: content)?", r"ad"),
    ),
)

# A promo block at the end often signs off: such a line closes it as a subscription promo.
CLOSING_LINE = re.compile(
    r"(?:thank you|thanks|thanks for reading|thank you for reading)[\s.!]{0,3}", re.IGNORECASE
)
CLOSING_KIND = "subscription-promo"

# Debris kinds that can carry a closing line after them at the end ("Thank you!").
PROMO_KINDS = frozenset(
    {"cookie-notice", "comment-form", "subscription-promo", "social-promo", "related-links"}
)

# The kind given to units matched by the config's extra_phrases.
EXTRA_PHRASE_KIND = "boilerplate"


@dataclass(frozen=True)
class CompiledFamily:
    kind: str
    whole: re.Pattern[str] | None
    labels: re.Pattern[str] | None
    phrases: re.Pattern[str] | None


def _alternation(fragments: tuple[str, ...], before: str = "", after: str = ""
                 ) -> re.Pattern[str] | None:
    if not fragments:
        return None
    return re.compile(before + "(?:" + "|".join(fragments) + ")" + after, re.IGNORECASE)


def compile_family(family: Family) -> CompiledFamily:
    return CompiledFamily(
        kind=family.kind,
        # Closing punctuation and a stray bullet do not change what a whole line is.
        whole=_alternation(family.whole, r"[•·\-*>\s]{0,3}", r"[\s.!:?…»]{0,4}"),
        labels=_alternation(family.labels),
        phrases=_alternation(family.phrases),
    )


COMPILED_FAMILIES: tuple[CompiledFamily, ...] = tuple(compile_family(f) for f in FAMILIES)


def compile_extra_phrases(phrases: list[str]) -> CompiledFamily | None:
    """A family for plain config phrases, matched literally like the built-in ``phrases``."""
    if not phrases:
        return None
    escaped = tuple(re.escape(" ".join(phrase.split())) for phrase in phrases if phrase.strip())
    return compile_family(Family(kind=EXTRA_PHRASE_KIND, phrases=escaped))
