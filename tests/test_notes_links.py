"""Notes: a topic page's link glued after a sentence is an editor's note, taken out."""

from __future__ import annotations

from newsnorm.cleaners.notes import Notes
from newsnorm.document import Document


def test_special_coverage_link_is_an_editor_note() -> None:
    doc = Document("Xi called for solidarity among emerging countries.[Special coverage]\n\n"
                   "Xi made the remarks at a banquet.")
    Notes().clean(doc)
    assert [(n.kind, n.text) for n in doc.notes] == [("editor", "Special coverage")]
    assert doc.text.startswith("Xi called for solidarity among emerging countries.\n\n")
    # A bracket of the speaker's own words about coverage stays.
    kept = Document("“The [media] coverage was fair,” he said.")
    Notes().clean(kept)
    assert kept.text == "“The [media] coverage was fair,” he said."
