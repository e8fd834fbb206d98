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
    CONTINUES,
    FIRST_WORD,
    HYPHEN_END,
    MAX_WRAP_WIDTH,
    MIN_WRAP_WIDTH,
    SENTENCE_END,
    SHORT_LINE_SHARE,
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
        width = _wrap_width(blocks)
        for block in blocks:
            edits.extend(_block_edits(text, block, width))
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


def _wrap_width(blocks: list[list[_Line]]) -> int:
    """The column the text was wrapped at: its longest line among blocks that look wrapped."""
    widths = [_line_width(line) for block in blocks for line in block]
    wrapped = [w for w in widths if w <= MAX_WRAP_WIDTH]
    # A body of short rows only (a results table) shows no wrap width of its own.
    return max(wrapped, default=0) if max(wrapped, default=0) >= MIN_WRAP_WIDTH \
        else MIN_WRAP_WIDTH


def _line_width(line: _Line) -> int:
    return line.indent + len(line.content)


def _block_edits(text: str, block: list[_Line], width: int) -> list[Edit]:
    edits: list[Edit] = []
    breaks = _paragraph_breaks(block, width)
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


def _paragraph_breaks(block: list[_Line], width: int) -> set[int]:
    """Indexes i of lines after which a paragraph ends (within one block)."""
    if len(block) < 2:
        return set()
    if max(_line_width(line) for line in block) > MAX_WRAP_WIDTH:
        return set(range(len(block) - 1))
    indented = [line.indent > 0 for line in block[1:]]
    if any(indented) and not all(indented):
        return {i for i, starts in enumerate(indented) if starts}
    # Every line indented alike: rows of a table or list (a wrapped block quote never leaves
    # room for the next word, so it is safe here too).
    rows = all(line.indent > 0 for line in block)
    breaks = set()
    for i, (line, following) in enumerate(itertools.pairwise(block)):
        next_word = FIRST_WORD.match(following.content)
        fits = _line_width(line) + 1 + len(next_word.group()) if next_word else width + 1
        # A wrapping program breaks a line only when the next word does not fit. A sentence
        # end followed by a word that would have fitted is a paragraph end; so is any line
        # that leaves a wide gap (table rows, lists), which no wrapper would leave.
        if CONTINUES.search(line.content):
            continue
        if fits <= width and (rows or SENTENCE_END.search(line.content)
                              or fits <= width * SHORT_LINE_SHARE):
            breaks.add(i)
    return breaks
