"""Truncated start: a body that begins mid-sentence is flagged, and left as it is."""

from __future__ import annotations

import pytest

from newsnorm.cleaners.line_ends import LineEnds
from newsnorm.cleaners.reflow import Reflow
from newsnorm.cleaners.truncated_start import TruncatedStart, starts_mid_sentence
from newsnorm.document import Document
from newsnorm.pipeline import Pipeline


def warnings(text: str) -> list[str]:
    doc = Document(text)
    TruncatedStart().clean(doc)
    assert doc.text == text and doc.removed == []
    return doc.warnings


@pytest.mark.parametrize(("key", "truncated"), [
    ("000", False), ("001", True), ("002", False), ("003", False), ("004", False),
])
def test_seeds(seed_texts, key, truncated) -> None:
    assert (warnings(seed_texts[key]) == ["truncated-start"]) is truncated
    doc = Pipeline([LineEnds(), Reflow(), TruncatedStart()]).run(seed_texts[key])
    assert ("truncated-start" in doc.warnings) is truncated


@pytest.mark.parametrize("text", [
    "doesn't compel anyone to leave Karabakh, Hikmet Hajiyev told DW, Trend reports.",
    "and oil-bearing raw materials, fats and oils rose to 2.16 mln tonnes. Exports fell.",
    ", Trend reports. According to him, leaving Karabakh is a personal decision.",
    "; the formations of the armed forces of Armenia leave the territory of Azerbaijan.",
    ") to cease anti-terrorist activities of a local nature.",
    "…and the talks resumed on Monday.",
    "”, Bayramov stated. Nagorno-Karabakh announced its secession.",
    "’s president says ready for Armenia peace talks.",
    "  \n  the talks resumed. They ended.",
])
def test_mid_sentence_starts_are_flagged(text) -> None:
    assert warnings(text) == ["truncated-start"]


@pytest.mark.parametrize("text", [
    "Azerbaijan and Armenia must immediately resume peace talks.",
    "2023 was a year of change in Karabakh.",
    "“We must immediately resume peace negotiations,” he said.",
    '"We must immediately resume peace negotiations," he said.',
    "iPhone sales rose 5 pct, the company said.",
    "eBay said its quarterly revenue rose.",
    "mRNA vaccines were approved. They work.",
    "de Klerk said the talks would resume.",
    "al-Assad met the envoy on Monday.",
    "adidas raised its forecast.",
    "venezuela is seeking a constructive attitude. the banks agreed. talks go on.",
    "",
    "   \n\n ",
    "- 20 Sierra Leone type 2 originals were posted.",
])
def test_proper_starts_are_not_flagged(text) -> None:
    assert warnings(text) == []


def test_warning_is_given_once() -> None:
    doc = Document("and then the talks resumed.")
    TruncatedStart().clean(doc)
    TruncatedStart().clean(doc)
    assert doc.warnings == ["truncated-start"]


def test_hostile_input_is_quick() -> None:
    assert starts_mid_sentence(" " * 500_000 + "and" + ". a" * 200_000) is False
    assert starts_mid_sentence("and" + ". A" * 200_000) is True
