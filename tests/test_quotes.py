"""Quotes: broken quote pairs mended, every dropped mark recorded, nothing else touched."""

from __future__ import annotations

import time

import pytest

from newsnorm.cleaners.line_ends import LineEnds
from newsnorm.cleaners.quotes import Quotes
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.pipeline import Pipeline


def quotes(text: str) -> Document:
    doc = Document(text)
    Quotes().clean(doc)
    return doc


def test_seed_003_opening_pair_and_stranded_quote(seed_texts) -> None:
    doc = Pipeline([LineEnds(), Reflow(), Quotes()]).run(seed_texts["003"])
    assert "“”" not in doc.text
    assert "\n\n“The completion of the occupation of Azerbaijani lands" in doc.text
    assert "will not only serve Azerbaijan and Armenia, but will also ensure" in doc.text
    assert "We hope that this special chance will not be missed,” Bayramov stated." in doc.text
    assert "the “self-dissolution” of the unrecognized republic" in doc.text
    assert [(r.kind, r.text) for r in doc.removed] == [("broken-quote", "”"),
                                                      ("broken-quote", "“")]


@pytest.mark.parametrize(("text", "mended", "dropped"), [
    ("“”The completion of the occupation", "“The completion of the occupation", ["”"]),
    ("““The completion of the occupation", "“The completion of the occupation", ["“"]),
    ("He said: “”“We must resume talks.”", "He said: “We must resume talks.”", ["”“"]),
    ("“We must resume talks,” he said.“”", "“We must resume talks,” he said.”", ["“"]),
    ("“We hope it will not be missed,”” Bayramov stated.",
     "“We hope it will not be missed,” Bayramov stated.", ["”"]),
    ('"But if both sides drew back," he said, ""it does not mean that."',
     '"But if both sides drew back," he said, "it does not mean that."', ['"']),
    ('"We are ready to talk.""', '"We are ready to talk."', ['"']),
    ("serve Azerbaijan and Armenia “, but will also", "serve Azerbaijan and Armenia, but will also",
     ["“"]),
])
def test_broken_pairs_are_mended(text, mended, dropped) -> None:
    doc = quotes(text)
    assert doc.text == mended
    assert [r.text for r in doc.removed] == dropped
    assert {r.kind for r in doc.removed} == {"broken-quote"}


@pytest.mark.parametrize("text", [
    "Azerbaijan's territory and Karabakh's civilian population",
    "“Our position remains unchanged,” Aliyev said. “We are ready.”",
    '"Our position remains unchanged," Aliyev said.',
    'the so-called "" empty title',
    "rock'n'roll and the ’90s",
    "the “self-dissolution” of the unrecognized republic",
    "“ ”",
    "“”",
])
def test_sound_quotes_are_left_alone(text) -> None:
    doc = quotes(text)
    assert doc.text == text
    assert doc.removed == []


def test_note_offsets_follow_a_mended_quote() -> None:
    doc = Document("“”The Statement was signed.")
    doc.note_at(len("“”The Statement"), "of 2020", "gloss")
    Quotes().clean(doc)
    assert doc.text[:doc.notes[0].offset] == "“The Statement"


@pytest.mark.parametrize("hostile", [
    "“”" * 100_000 + "The",
    "said." + "“" * 200_000,
    '"' * 200_000 + "x",
    ("a “, " * 50_000),
])
def test_hostile_quote_runs_are_linear(hostile) -> None:
    started = time.perf_counter()
    doc = quotes(hostile)
    assert time.perf_counter() - started < 2.0
    def marks(text: str) -> int:
        return len("".join(text.split()))

    assert marks(doc.text) + sum(marks(r.text) for r in doc.removed) == marks(hostile)
