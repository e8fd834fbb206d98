"""Well-formedness checks shared by the gold set's and the held-out set's tests.

Both folders hold inputs/, gold.jsonl and sources.csv in the same shape: the one score.py and
bench/goldset.py read."""

from __future__ import annotations

import csv
import json
from pathlib import Path

NOTE_KINDS = {"gloss", "editor", "substitution", "sic", "elision"}
GOLD_FIELDS = {"path", "id", "headline", "byline", "dateline", "agencies", "body", "notes"}


def load_gold(folder: Path) -> list[dict]:
    with open(folder / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sources(folder: Path) -> list[dict]:
    with open(folder / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def check_inputs_match(folder: Path, gold: list[dict], sources: list[dict]) -> None:
    """Every gold entry has its input and a sources row, and no input is without gold."""
    paths = [g["path"] for g in gold]
    by_path = {row["path"]: row for row in sources}
    assert len(set(paths)) == len(paths)
    assert len({g["id"] for g in gold}) == len(gold)
    for path in paths:
        assert (folder / path).is_file(), path
        assert path in by_path, path
    assert set(by_path) == set(paths), "sources.csv and gold.jsonl list the same inputs"
    assert sorted(p.name for p in (folder / "inputs").iterdir()) == sorted(
        Path(p).name for p in paths), "no input without gold"


def check_source_row(row: dict) -> None:
    for field in ("publisher", "source", "licence", "format"):
        assert row[field].strip(), f"{row['id']}: {field} missing"
    if row["reference_date"]:
        year, month, day = map(int, row["reference_date"].split("-"))
        assert 1980 < year < 2100 and 1 <= month <= 12 and 1 <= day <= 31


def check_gold_shape(gold: dict, input_text: str) -> None:
    """A gold object in the shape score.py reads. Gloss and editor notes are out of the body: it
    holds their words fewer times than the input does (they may also stand, unbracketed,
    elsewhere in the story)."""
    assert set(gold) == GOLD_FIELDS
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
        else:
            assert f"[{note['text']}]" not in body
            flat_body, flat_input = " ".join(body.split()), " ".join(input_text.split())
            assert flat_body.count(note["text"]) < flat_input.count(note["text"]), note


def input_text(data: bytes) -> str:
    """An input file's text, decoded as newsnorm decodes it (some inputs are cp1251 or latin-1)."""
    from newsnorm.io.decode import decode

    return decode(data)[0]
