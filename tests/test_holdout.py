"""The held-out set in fixtures/holdout is well formed (not a test of newsnorm's accuracy: that is
`bench/goldset.py --goldset fixtures/holdout`, run rarely; never tune cleaners on this set).

The same checks as tests/test_goldset.py, sized for a held-out set: every gold entry has its input
and a sources row with a source and a licence; 20 to 30 articles from at least 12 publishers, none
of them in the gold set; gold objects in the shape score.py reads.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOLDOUT = FIXTURES / "holdout"
NOTE_KINDS = {"gloss", "editor", "substitution", "sic", "elision"}


def load_gold(folder: Path) -> list[dict]:
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sources(folder: Path) -> list[dict]:
    with open(folder / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


GOLD = load_gold(HOLDOUT)
SOURCES = load_sources(HOLDOUT)
BY_PATH = {row["path"]: row for row in SOURCES}


def test_20_to_30_articles_from_at_least_12_publishers() -> None:
    assert 20 <= len(GOLD) <= 30
    publishers = {row["publisher"] for row in SOURCES}
    assert not any("reuters-21578" in p.casefold() for p in publishers)
    assert len(publishers) >= 12


def test_same_columns_as_the_gold_set_and_no_article_from_it() -> None:
    goldset = load_sources(FIXTURES / "goldset")
    assert list(SOURCES[0]) == list(goldset[0])
    assert not {row["source"] for row in SOURCES} & {row["source"] for row in goldset}
    assert not {row["id"] for row in SOURCES} & {row["id"] for row in goldset}
    goldset_texts = {(FIXTURES / "goldset" / row["path"]).read_bytes() for row in goldset}
    assert not any((HOLDOUT / row["path"]).read_bytes() in goldset_texts for row in SOURCES)


def test_every_gold_entry_has_an_input_and_a_sources_row() -> None:
    paths = [g["path"] for g in GOLD]
    assert len(set(paths)) == len(paths)
    assert len({g["id"] for g in GOLD}) == len(GOLD)
    for path in paths:
        assert (HOLDOUT / path).is_file(), path
        assert path in BY_PATH, path
    assert set(BY_PATH) == set(paths), "sources.csv and gold.jsonl list the same inputs"
    assert sorted(p.name for p in (HOLDOUT / "inputs").iterdir()) == sorted(
        Path(p).name for p in paths), "no input without gold"


@pytest.mark.parametrize("row", SOURCES, ids=lambda row: row["id"])
def test_sources_are_recorded(row) -> None:
    for field in ("publisher", "source", "licence", "format"):
        assert row[field].strip(), f"{row['id']}: {field} missing"
    if row["reference_date"]:
        year, month, day = map(int, row["reference_date"].split("-"))
        assert 1980 < year < 2100 and 1 <= month <= 12 and 1 <= day <= 31


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_objects_have_the_shape_score_py_reads(gold) -> None:
    fields = {"path", "id", "headline", "byline", "dateline", "agencies", "body", "notes"}
    assert set(gold) == fields
    assert gold["headline"] is None or gold["headline"].strip() == gold["headline"]
    assert gold["byline"] is None or not gold["byline"].casefold().startswith("by ")
    if gold["dateline"] is not None:
        assert set(gold["dateline"]) == {"city", "month", "day", "year"}
        if gold["dateline"]["month"] is not None:
            assert 1 <= gold["dateline"]["month"] <= 12
    assert isinstance(gold["agencies"], list)
    body = gold["body"]
    assert body.strip() and "\n\n\n" not in body
    assert all(p == " ".join(p.split()) for p in body.split("\n\n")), "paragraphs are collapsed"
    for note in gold["notes"]:
        assert note["kind"] in NOTE_KINDS and note["text"].strip()
        if note["kind"] in {"substitution", "sic", "elision"}:  # these stay in the body
            assert f"[{note['text']}]" in body or note["kind"] == "elision"
        else:  # gloss and editor notes are taken out of it (their words may occur elsewhere)
            assert f"[{note['text']}]" not in body


def test_crlf_and_hard_wrapped_inputs_are_present() -> None:
    raw = {row["path"]: (HOLDOUT / row["path"]).read_bytes() for row in SOURCES}
    assert any(b"\r\n" in data for data in raw.values())
    wrapped = [p for p, data in raw.items()
               if max(map(len, data.replace(b"\r", b"").split(b"\n"))) <= 100
               and "hard-wrapped" in BY_PATH[p]["format"] + BY_PATH[p]["note"]]
    assert wrapped
