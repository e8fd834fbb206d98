"""The working document that cleaners see and change.

A cleaner never assigns to ``Document.text`` directly: every change goes through
:meth:`Document.edit` (or the helpers built on it), which keeps the offsets of extracted notes
pointing at the place they stood while later cleaners reflow and trim the text, and through
:meth:`Document.take`, which records every span taken out. That is how "nothing is lost" holds
by construction rather than by luck.

>>> doc = Document("Hello [a note] world")
>>> doc.note_at(5, "a note", "gloss")
>>> doc.edit([(5, 14, "")])
>>> doc.text, doc.notes[0].offset
('Hello world', 5)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter

from newsnorm.model import Dateline, Note, Removal

Edit = tuple[int, int, str]  # replace text[start:end] with the string
_SPAN = itemgetter(0, 1)  # edits sort by (start, end); the sort is stable for equal spans
Snapshot = tuple  # what Document.snapshot returns: the fields in declaration order


@dataclass
class Document:
    text: str
    reference_date: date | None = None
    path: str | None = None
    headline: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    agencies: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    # -- editing ---------------------------------------------------------------------------

    def edit(self, edits: Iterable[Edit]) -> None:
        """Apply non-overlapping replacements and move note offsets with the text.

        A note inside a replaced span moves to where the replacement starts (clamped to it).

        >>> doc = Document("a  b   c")
        >>> doc.note_at(8, "end", "gloss")
        >>> doc.edit([(1, 3, " "), (4, 7, " ")])
        >>> doc.text, doc.notes[0].offset
        ('a b c', 5)
        """
        ordered = sorted(edits, key=_SPAN)
        if len(ordered) == 1:
            self._replace(*ordered[0])
        elif ordered:
            edited = _spliced(self.text, ordered)
            if self.notes:
                self._move_notes(ordered)
            self.text = edited

    def _replace(self, start: int, end: int, replacement: str) -> None:
        """One edit, the commonest call (every take): no sort and no splice loop to set up."""
        if start < 0 or end < start:
            raise ValueError(f"overlapping or inverted edit ({start}, {end})")
        text = self.text
        edited = text[:start] + replacement + text[end:]
        if self.notes:
            self._move_notes(((start, end, replacement),))
        self.text = edited

    def _move_notes(self, ordered: Sequence[Edit]) -> None:
        """Shift note offsets past the edits: one merged walk over notes and edits (linear)."""
        order = sorted(range(len(self.notes)), key=lambda i: self.notes[i].offset)
        moved = list(self.notes)
        shift = 0
        position = 0  # index of the first edit that ends after the current note
        for i in order:
            note = self.notes[i]
            offset = note.offset
            while position < len(ordered) and ordered[position][1] <= offset:
                start, end, replacement = ordered[position]
                shift += len(replacement) - (end - start)
                position += 1
            new_offset = offset + shift
            if position < len(ordered):
                start, end, replacement = ordered[position]
                if start < offset < end:  # inside a replaced span: clamp to its replacement
                    new_offset = start + shift + min(offset - start, len(replacement))
            if new_offset != offset:
                moved[i] = note.model_copy(update={"offset": new_offset})
        self.notes = moved

    def take(self, start: int, end: int, *, cleaner: str, kind: str, keep: str = "") -> str:
        """Remove ``text[start:end]`` (leaving ``keep`` in its place) and record it as removed."""
        taken = self.text[start:end]
        stripped = taken.strip()
        if stripped:
            self.removed.append(_removal(cleaner, kind, stripped))
        self._replace(start, end, keep)
        return taken

    def take_many(self, spans: Sequence[tuple[int, int, str]], *, cleaner: str) -> None:
        """Remove several ``(start, end, kind)`` spans at once, recording each in text order."""
        for start, end, kind in sorted(spans):
            taken = self.text[start:end].strip()
            if taken:
                self.removed.append(_removal(cleaner, kind, taken))
        self.edit((start, end, "") for start, end, _ in spans)

    def note_at(self, offset: int, text: str, kind: str) -> None:
        self.notes.append(Note(text=text, kind=kind, offset=offset))  # type: ignore[arg-type]

    # -- facts -----------------------------------------------------------------------------

    def warn(self, code: str) -> None:
        if code not in self.warnings:
            self.warnings.append(code)

    def credit(self, agency: str) -> None:
        if agency not in self.agencies:
            self.agencies.append(agency)

    # -- failure isolation -----------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The state to :meth:`restore` if a cleaner fails half-way.

        A plain tuple, not a second Document: the pipeline takes one before every cleaner of
        every article, and a tuple costs half as much to build. Text and facts are immutable or
        replaced whole, so they are kept as they are; the lists are copied, since a cleaner may
        append to them in place.
        """
        return (self.text, self.reference_date, self.path, self.headline, self.byline,
                [*self.authors], self.dateline, [*self.agencies], [*self.notes],
                [*self.removed], [*self.warnings])

    def restore(self, state: Snapshot) -> None:
        """Put back every field as :meth:`snapshot` saw it (the state is used up: its lists
        become the document's)."""
        (self.text, self.reference_date, self.path, self.headline, self.byline, self.authors,
         self.dateline, self.agencies, self.notes, self.removed, self.warnings) = state


def _spliced(text: str, ordered: Sequence[Edit]) -> str:
    """``text`` with the edits, sorted by span, applied; overlapping ones refused."""
    pieces: list[str] = []
    append = pieces.append
    position = 0
    for start, end, replacement in ordered:
        if start < position or end < start:
            raise ValueError(f"overlapping or inverted edit ({start}, {end})")
        append(text[position:start])
        append(replacement)
        position = end
    append(text[position:])
    return "".join(pieces)


def _removal(cleaner: str, kind: str, text: str) -> Removal:
    # Validated: pydantic's model_construct, which skips validation, takes twice as long.
    return Removal(cleaner=cleaner, kind=kind, text=text)
