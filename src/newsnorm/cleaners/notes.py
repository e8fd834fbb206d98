"""Extract bracketed editorial notes, by kind, keeping the body grammatical.

Brackets are not all alike (the SPEC's note kinds):

- ``gloss``, an editor's explanation that can be dropped, and ``editor``, a labelled note
  ("[Editor's note: …]", "[Photo: …]"), are taken out of the body, with the space before them;
- ``substitution`` (words standing in for the speaker's own, "“[Armenia] must withdraw”"),
  ``sic`` and ``elision`` ("[...]") stay in the body with their brackets.

Every note is listed with its text (without brackets) and the body offset where it stood.
Nested or unbalanced brackets, instrument codes ("[PRUL.L]") and footnote marks are not notes:
they stay as they stood. Parentheses are prose, never notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.note_patterns import (
    AFTER_SENTENCE_END,
    BRACKET_EVENT,
    CLOSING_PUNCTUATION,
    CLOSING_QUOTES,
    EDITOR_LABEL,
    ELISION,
    LINK_AFTER,
    MAX_NOTE_CHARS,
    MAX_SUBSTITUTION_WORDS,
    NOT_A_NOTE,
    OPENERS,
    OPENING_QUOTES,
    PARAGRAPH_END,
    SENTENCE_ENDERS,
    SENTENCE_FINAL,
    SIC,
    SUBSTITUTION_WORDS,
    TOGGLING_QUOTES,
)
from newsnorm.document import Document

TAKEN_OUT = frozenset({"gloss", "editor"})
WORD_CHARACTER = re.compile(r"[^\W_]")  # as newsnorm.words counts words


@dataclass
class _Bracket:
    start: int  # offset of "["
    end: int  # offset just after "]"
    paragraph_start: int
    in_quote: bool


@register
class Notes(Cleaner):
    """Take glosses and editor's notes out of the body; list every bracketed note.

    >>> doc = Document("the Trilateral Statement [signed by Azerbaijani, Armenian and Russian "
    ...                "leaders], to stop provocations. “[Armenia] must withdraw [...],” he said.")
    >>> Notes().clean(doc)
    >>> print(doc.text)
    the Trilateral Statement, to stop provocations. “[Armenia] must withdraw [...],” he said.
    >>> [(n.kind, n.offset, n.text) for n in doc.notes]  # doctest: +NORMALIZE_WHITESPACE
    [('gloss', 24, 'signed by Azerbaijani, Armenian and Russian leaders'),
     ('substitution', 49, 'Armenia'), ('elision', 73, '...')]
    """

    name = "notes"

    def clean(self, doc: Document) -> None:
        text = doc.text
        if "[" not in text:
            return  # most texts: no bracket, no note
        found: list[tuple[int, str, str]] = []  # (offset before the edit, text, kind)
        spans: list[tuple[int, int]] = []
        for bracket in _brackets(text):
            kind = _kind(text, bracket)
            if kind is None:
                continue
            content = " ".join(text[bracket.start + 1:bracket.end - 1].split())
            if kind in TAKEN_OUT:
                span = _removal_span(text, bracket)
                spans.append(span)
                found.append((span[0], content, kind))
            else:
                found.append((bracket.start, content, kind))
        merged = _merged(text, spans)
        doc.edit(merged)
        # The new notes are placed after the edit, their offsets moved in one sweep: handing
        # them to doc.edit would move each past every span, quadratic in a note-heavy text.
        offsets = _after_edit([offset for offset, _, _ in found], merged)
        for offset, (_, content, kind) in zip(offsets, found, strict=True):
            doc.note_at(offset, content, kind)


def _brackets(text: str) -> list[_Bracket]:
    """Bracket pairs that hold no bracket and stand in none, within one paragraph, not too long.

    One linear pass: a stack of open brackets (reset at each paragraph) and the quotation state.
    Quote marks inside an open bracket belong to the note, not to the sentence.
    """
    found: list[_Bracket] = []
    stack: list[tuple[int, bool]] = []  # (offset of "[", in a quotation there)
    nested = False  # the open bracket at the stack's bottom holds another bracket
    curly, ascii_open, paragraph_start = 0, False, 0
    for event in BRACKET_EVENT.finditer(text):
        kind, at = event.lastgroup, event.start()
        if kind == "paragraph":
            stack, nested, curly, ascii_open = [], False, 0, False
            paragraph_start = event.end()
        elif kind == "open":
            nested = nested or bool(stack)
            stack.append((at, curly > 0 or ascii_open))
        elif kind == "close" and stack:
            start, in_quote = stack.pop()
            if not stack and not nested and at - start - 1 <= MAX_NOTE_CHARS:
                found.append(_Bracket(start, at + 1, paragraph_start, in_quote))
            nested = nested and bool(stack)
        elif kind == "quote" and not stack:
            mark = event.group()
            curly += 1 if mark in OPENING_QUOTES else -1 if mark in CLOSING_QUOTES and curly else 0
            ascii_open = ascii_open != (mark in TOGGLING_QUOTES)
    return found


def _kind(text: str, bracket: _Bracket) -> str | None:
    """The note kind of a bracket, or None when it is no editorial note."""
    content = text[bracket.start + 1:bracket.end - 1]
    after = text[bracket.end:bracket.end + 1]
    if not content.strip() or NOT_A_NOTE.fullmatch(content) or after == LINK_AFTER:
        return None
    if ELISION.fullmatch(content):
        return "elision"
    if SIC.fullmatch(content):
        return "sic"
    if EDITOR_LABEL.match(content):
        return "editor"
    if _fills_paragraph(text, bracket):
        # Alone in its paragraph a bracket stands in for no words of a sentence: it is the
        # editor's placeholder or aside ("[ GRAFIKK/VIDEO MANGLER ]", "[Graphic missing]").
        return "editor"
    words = content.split()
    short = len(words) <= MAX_SUBSTITUTION_WORDS
    before = text[bracket.start - 1:bracket.start] if bracket.start else ""
    if short and (before.isalnum() or after.isalnum()):
        return "substitution"  # part of a word: "[re]build", "country[s]"
    if _opens_sentence(text, bracket):
        whole_sentence = len(words) > 1 and SENTENCE_FINAL.search(content)
        return "editor" if whole_sentence and not bracket.in_quote else "substitution"
    if bracket.in_quote:
        return "substitution" if short else "gloss"
    if len(words) == 1 and words[0].lower() in SUBSTITUTION_WORDS:
        return "substitution"
    return "gloss"


def _fills_paragraph(text: str, bracket: _Bracket) -> bool:
    """Whether nothing but whitespace stands beside the bracket in its paragraph."""
    if text[bracket.paragraph_start:bracket.start].strip():
        return False
    rest = PARAGRAPH_END.search(text, bracket.end)
    return not text[bracket.end:rest.start() if rest else len(text)].strip()


def _opens_sentence(text: str, bracket: _Bracket) -> bool:
    """Whether the bracket stands where a sentence or a quotation begins."""
    position = bracket.start
    floor = bracket.paragraph_start
    if position > floor and text[position - 1] in OPENERS:
        return True
    while position > floor and text[position - 1].isspace():
        position -= 1
    if position == floor:
        return True
    while position > floor and text[position - 1] in AFTER_SENTENCE_END:
        position -= 1
    return position > floor and text[position - 1] in SENTENCE_ENDERS


def _removal_span(text: str, bracket: _Bracket) -> tuple[int, int]:
    """The span to take out for a note: with the space before it, or after it at a paragraph's
    start; a note that is a whole paragraph goes with one paragraph break."""
    left = bracket.start
    while left > bracket.paragraph_start and text[left - 1].isspace():
        left -= 1
    if left > bracket.paragraph_start:
        # "Azerbaijan, [a country in the South Caucasus], said": one comma stays, not two.
        mark = text[left - 1]
        doubled = mark in CLOSING_PUNCTUATION and text.startswith(mark, bracket.end)
        return left, bracket.end + (1 if doubled else 0)
    right = bracket.end
    while right < len(text) and text[right].isspace():
        right += 1
    return bracket.start, right


def _merged(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Overlapping spans joined, as edits: a span that reaches the end of the text takes its
    whitespace; one between two word characters leaves a space, so no two words are glued."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    edits: list[tuple[int, int, str]] = []
    for start, end in merged:
        if end == len(text):
            while start > 0 and text[start - 1].isspace():
                start -= 1
        glued = WORD_CHARACTER.match(text[start - 1:start]) and WORD_CHARACTER.match(text, end)
        edits.append((start, end, " " if glued else ""))
    return edits


def _after_edit(offsets: list[int], edits: list[tuple[int, int, str]]) -> list[int]:
    """Ascending offsets moved by sorted, disjoint edits (one sweep).

    An offset inside an edited span moves to where the span was.
    """
    moved: list[int] = []
    shift, index = 0, 0
    for offset in offsets:
        while index < len(edits) and edits[index][1] <= offset:
            start, end, replacement = edits[index]
            shift += end - start - len(replacement)
            index += 1
        inside = index < len(edits) and edits[index][0] < offset
        moved.append((edits[index][0] if inside else offset) - shift)
    return moved
