"""The working document: recorded removals and note offsets that follow edits."""

from __future__ import annotations

import dataclasses

import pytest

from newsnorm.document import Document


def test_take_records_the_span_and_its_cleaner() -> None:
    doc = Document("Peace talks resume\n\nCookies are used.")
    start = doc.text.index("Cookies")
    doc.take(start, len(doc.text), cleaner="boilerplate", kind="cookie-notice")
    assert doc.text == "Peace talks resume\n\n"
    assert [(r.cleaner, r.kind, r.text) for r in doc.removed] == [
        ("boilerplate", "cookie-notice", "Cookies are used.")]


def test_whitespace_only_takes_are_not_recorded() -> None:
    doc = Document("a \n b")
    doc.take(1, 4, cleaner="reflow", kind="space", keep=" ")
    assert doc.text == "a b"
    assert doc.removed == []


def test_note_offsets_follow_edits_before_them() -> None:
    doc = Document("Headline\n\nthe Statement, suppression of provocations")
    doc.note_at(doc.text.index(","), "signed by leaders", "gloss")
    doc.edit([(0, 10, "")])
    assert doc.text[doc.notes[0].offset:].startswith(", suppression")


def test_note_inside_a_replaced_span_is_clamped() -> None:
    doc = Document("one     two")
    doc.note_at(5, "x", "gloss")
    doc.edit([(3, 8, " ")])
    assert doc.text == "one two"
    assert doc.notes[0].offset == 4


def test_overlapping_edits_are_refused() -> None:
    doc = Document("abcdef")
    with pytest.raises(ValueError, match="overlapping"):
        doc.edit([(0, 3, ""), (2, 4, "")])


def test_restore_undoes_changes_made_after_the_snapshot() -> None:
    doc = Document("text")
    doc.credit("AP")
    before = doc.snapshot()
    doc.warn("w")
    doc.credit("Reuters")
    doc.agencies.remove("AP")
    doc.take(0, 2, cleaner="x", kind="y")
    doc.headline = "H"
    doc.restore(before)
    assert (doc.text, doc.headline, doc.warnings, doc.agencies, doc.removed) == (
        "text", None, [], ["AP"], [])


def test_snapshot_covers_every_field() -> None:
    # The snapshot lists the fields by hand (for speed): a new field it forgot fails here.
    doc = Document("text")
    for spec in dataclasses.fields(Document):
        setattr(doc, spec.name, [object()] if isinstance(getattr(doc, spec.name), list)
                else object())
    saved = {name: list(value) if isinstance(value, list) else value
             for name, value in vars(doc).items()}
    state = doc.snapshot()
    for spec in dataclasses.fields(Document):
        value = getattr(doc, spec.name)
        if isinstance(value, list):
            value.append(object())  # changed in place: the snapshot must hold a copy
        else:
            setattr(doc, spec.name, object())
    doc.restore(state)
    for spec in dataclasses.fields(Document):
        assert getattr(doc, spec.name) == saved[spec.name], spec.name
