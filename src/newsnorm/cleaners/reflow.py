"""Re-flow hard-wrapped lines into paragraphs and collapse whitespace.

After this cleaner the body is paragraphs joined by exactly one blank line, with no single
newline left and single spaces inside paragraphs. Three kinds of input meet it:

- blank-line separated paragraphs, wrapped or not: each block of lines is one paragraph;
- wire copy that marks paragraphs by indenting their first line (Reuters' 1980s feeds):
  an indented line starts a paragraph;
- wrapped text with no blank line and no indent (a scraper's copy of a feed): a line that ends
  a sentence is a paragraph's last line when the next line's first word would have fitted on it,
  because a wrapping program would have put it there otherwise.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.reflow_patterns import (
    FIRST_WORD,
    HYPHEN_END,
    MAX_WRAP_WIDTH,
    SENTENCE_END,
)
from newsnorm.document import Document, Edit

INNER_SPACE = re.compile(r"[^\S\n]+")
PARAGRAPH_BREAK = "\n\n"


@dataclass
class _Line:
    start: int  # offset of the first non-space character
    end: int  # offset just after the last non-space character
    indent: int
    content: str


@register
class Reflow(Cleaner):
    """Join hard-wrapped lines into paragraphs separated by one blank line.

    >>> doc = Document("Peace talks must resume now,\\nhe said.\\n\\n\\n  Both   sides agreed.")
    >>> Reflow().clean(doc)
    >>> doc.text
    'Peace talks must resume now, he said.\\n\\nBoth sides agreed.'
    """

    name = "reflow"

    def clean(self, doc: Document) -> None:
        text = doc.text
        edits: list[Edit] = []
        blocks = _blocks(text)
        if not blocks:
            return
        # Whitespace before the first and after the last line goes; between blocks, a break.
        edits.append((0, blocks[0][0].start, ""))
        for previous, following in itertools.pairwise(blocks):
            edits.append((previous[-1].end, following[0].start, PARAGRAPH_BREAK))
        edits.append((blocks[-1][-1].end, len(text), ""))
        for block in blocks:
            edits.extend(_block_edits(text, block))
        doc.edit(e for e in edits if text[e[0]:e[1]] != e[2])


def _blocks(text: str) -> list[list[_Line]]:
    """Runs of non-blank lines, as stripped line spans."""
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for line_start, raw in _lines(text):
        stripped = raw.strip()
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            continue
        indent = len(raw) - len(raw.lstrip())
        start = line_start + indent
        current.append(_Line(start, start + len(stripped), indent, stripped))
    if current:
        blocks.append(current)
    return blocks


def _lines(text: str):
    """(offset, line) pairs without the newlines."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, text[start:end]
        start = end + 1


def _block_edits(text: str, block: list[_Line]) -> list[Edit]:
    edits: list[Edit] = []
    breaks = _paragraph_breaks(block)
    for i, (line, following) in enumerate(itertools.pairwise(block)):
        if i in breaks:
            joint = PARAGRAPH_BREAK
        elif HYPHEN_END.search(line.content):
            joint = ""
        else:
            joint = " "
        edits.append((line.end, following.start, joint))
    for line in block:
        for match in INNER_SPACE.finditer(text, line.start, line.end):
            if match.group() != " ":
                edits.append((match.start(), match.end(), " "))
    return edits


def _paragraph_breaks(block: list[_Line]) -> set[int]:
    """Indexes i of lines after which a paragraph ends (within one block)."""
    if len(block) < 2:
        return set()
    width = max(len(line.content) + line.indent for line in block)
    if width > MAX_WRAP_WIDTH:
        return set(range(len(block) - 1))
    indented = [line.indent > 0 for line in block[1:]]
    if any(indented) and not all(indented):
        return {i for i, starts in enumerate(indented) if starts}
    breaks = set()
    for i, (line, following) in enumerate(itertools.pairwise(block)):
        if not SENTENCE_END.search(line.content):
            continue
        next_word = FIRST_WORD.match(following.content)
        room = width - (line.indent + len(line.content) + 1)
        if next_word and len(next_word.group()) <= room:
            breaks.add(i)
    return breaks
