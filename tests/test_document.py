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


def test_snapshot_is_independent() -> None:
    doc = Document("text")
    before = doc.snapshot()
    doc.warn("w")
    doc.credit("Reuters")
    assert before.warnings == [] and before.agencies == []


def test_snapshot_copies_every_field() -> None:
    # The snapshot lists the fields by hand (for speed): a new field it forgot fails here.
    doc = Document("text")
    for spec in dataclasses.fields(Document):
        setattr(doc, spec.name, [object()] if isinstance(getattr(doc, spec.name), list)
                else object())
    copy = doc.snapshot()
    for spec in dataclasses.fields(Document):
        assert getattr(copy, spec.name) == getattr(doc, spec.name), spec.name
        if isinstance(getattr(doc, spec.name), list):
            assert getattr(copy, spec.name) is not getattr(doc, spec.name), spec.name
