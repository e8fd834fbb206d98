"""Re-flow hard-wrapped lines into paragraphs and collapse whitespace.

After this cleaner the body is paragraphs joined by exactly one blank line, with no single
newline left and single spaces inside paragraphs. Three kinds of input meet it:

- blank-line separated paragraphs, wrapped or not: each block of lines is one paragraph;
- wire copy that marks paragraphs by indenting their first line (Reuters' 1980s feeds):
  an indented line starts a paragraph, even where the feed left an opening line unwrapped;
- wrapped text with no blank line and no indent (a scraper's copy of a feed): a wrapping program
  breaks a line only when the next word does not fit, so a line after which the next word would
  have fitted ends a paragraph (a table row, a list item, a sentence that closes a paragraph).
"""

from __future__ import annotations

import itertools

from newsnorm.cleaners.base import Cleaner, register
from newsnorm.cleaners.reflow_patterns import (
    CONTINUATION_TAIL,
    CONTINUES,
    CONTINUES_AFTER,
    HYPHEN_END,
    INNER_SPACE,
    MAX_WRAP_WIDTH,
    MIN_WRAP_WIDTH,
    SENTENCE_END_CHARS,
    SHORT_LINE_SHARE,
)
from newsnorm.document import Document, Edit

PARAGRAPH_BREAK = "\n\n"

# In a table's rows a spaced dash ends a row that heads the rows under it ("Pretax profit
# includes -", "General insurance business -": Reuters' results tables) or an empty cell
# ("DEC7  --     --"), not a word or a sentence that runs on (those end "-" without a space).
ROW_LABEL_DASHES = (" -", " --")

# In indent-marked copy, lines too long for a wrap may be at most one in this many: wrapped copy
# is mostly lines within its wrap width.
OVERLONG_SHARE = 3

# A line is (start offset of its first non-space character, end offset after its last one,
# indent width, stripped content): tuples, because reflow handles every line of every article.
Line = tuple[int, int, int, str]


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
        blocks = _blocks(text)
        if not blocks:
            return
        # Whitespace before the first and after the last line goes (if there is any: these two
        # are the only edits that could change nothing); between blocks, a break.
        first, last = blocks[0][0][0], blocks[-1][-1][1]
        edits: list[Edit] = [(0, first, "")] if first else []
        for previous, following in itertools.pairwise(blocks):
            edits.append((previous[-1][1], following[0][0], PARAGRAPH_BREAK))
        if last < len(text):
            edits.append((last, len(text), ""))
        width = _wrap_width(blocks)
        for block in blocks:
            _add_joints(block, width, edits)
        for block in blocks:
            for start, end, _, content in block:
                # Most lines hold no odd whitespace: two C-speed checks spare them the regex.
                if "  " in content or not content.isprintable():
                    edits.extend((m.start(), m.end(), " ")
                                 for m in INNER_SPACE.finditer(text, start, end))
        # Joints always replace a newline and INNER_SPACE only matches what must change.
        doc.edit(edits)


def _blocks(text: str) -> list[list[Line]]:
    """Runs of non-blank lines."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            indent = len(raw) - len(raw.lstrip())
            start = offset + indent
            current.append((start, start + len(stripped), indent, stripped))
        elif current:
            blocks.append(current)
            current = []
        offset += len(raw) + 1
    if current:
        blocks.append(current)
    return blocks


def _wrap_width(blocks: list[list[Line]]) -> int:
    """The column the text was wrapped at: its longest line among those that look wrapped."""
    widest = max((indent + end - start for block in blocks for start, end, indent, _ in block
                  if indent + end - start <= MAX_WRAP_WIDTH), default=0)
    # A body of short rows only (a results table) shows no wrap width of its own.
    return widest if widest >= MIN_WRAP_WIDTH else MIN_WRAP_WIDTH


def _add_joints(block: list[Line], width: int, edits: list[Edit]) -> None:
    breaks = _paragraph_breaks(block, width)
    for i in range(len(block) - 1):
        line, following = block[i], block[i + 1]
        if i in breaks:
            joint = PARAGRAPH_BREAK
        elif line[3][-1] == "-" and HYPHEN_END.search(line[3][-2:]):
            joint = ""  # a word split at the wrap with its hyphen: "Azerbaijani-" + "Armenian"
        else:
            joint = " "
        edits.append((line[1], following[0], joint))


def _paragraph_breaks(block: list[Line], width: int) -> set[int] | range:
    """Indexes i of lines after which a paragraph ends (within one block)."""
    if len(block) < 2:
        return set()
    indented = [line[2] > 0 for line in block[1:]]
    marked = any(indented) and not all(indented)
    if any(indent + end - start > MAX_WRAP_WIDTH for start, end, indent, _ in block) and not (
            marked and _only_openings_overlong(block)):
        return range(len(block) - 1)  # not wrapped at all: one paragraph per line
    if marked:
        return {i for i, starts in enumerate(indented) if starts}
    # Every line indented: rows of a table or list. A row ends where the next line starts
    # afresh; a wrapped block quote goes on in lowercase or after a continuing word.
    rows = all(indented) and block[0][2] > 0
    short = width * SHORT_LINE_SHARE
    breaks = set()
    for i in range(len(block) - 1):
        start, end, indent, content = block[i]
        following = block[i + 1][3]
        if rows and content.endswith(ROW_LABEL_DASHES) and not following[0].islower():
            breaks.add(i)  # a row's label over the rows it heads: "Pretax profit includes -"
            continue
        if _continues(content):
            continue
        if rows:
            if not following[0].islower():
                breaks.add(i)
            continue
        fits = indent + end - start + 1 + len(following.split(None, 1)[0])
        if fits <= width and (content[-1] in SENTENCE_END_CHARS or fits <= short):
            breaks.add(i)
    return breaks


def _only_openings_overlong(block: list[Line]) -> bool:
    """Whether the lines too long for a wrap are a few indented paragraph openings among
    wrapped lines: copy that marks paragraphs by indents, where a feed left an opening
    unwrapped ("    WASHINGTON, March 26 - Senate budget writers worked on a 37-billion-dlr
    package ..." over lines of 60). Its paragraphs are still told by their indents, not one a
    line. (A scrape of indented paragraphs, one a line, is mostly long lines.)"""
    overlong = [indent for start, end, indent, _ in block if indent + end - start > MAX_WRAP_WIDTH]
    return all(overlong) and len(overlong) * OVERLONG_SHARE <= len(block)


def _continues(content: str) -> bool:
    """Does this line end in a way that carries on to the next (comma, hyphen, "to")?"""
    last = content[-1]
    if last in CONTINUES_AFTER:
        return True
    return last.isalpha() and CONTINUES.search(content[-CONTINUATION_TAIL:]) is not None
