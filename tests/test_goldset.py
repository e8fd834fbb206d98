"""The gold set in fixtures/goldset is well formed (not a test of newsnorm's accuracy: that is
bench/goldset.py's job).

It checks what the gold set promises: every gold entry has its input and a sources row with a
source and a licence; at least 60 articles from at least 12 publishers; the agencies, bracket
kinds and file formats that issue 4 asks it to cover; gold objects in the shape score.py reads.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

GOLDSET = Path(__file__).resolve().parent.parent / "fixtures" / "goldset"
NOTE_KINDS = {"gloss", "editor", "substitution", "sic", "elision"}
# Each group must be covered by at least one article (a "/" means either will do).
AGENCY_GROUPS = ["TASS", "Xinhua", "AP", "AFP", "Anadolu", "Trend/APA/AzerNews", "Interfax",
                 "PTI/IANS", "dpa", "EFE", "Kyodo/Yonhap"]


def load_gold() -> list[dict]:
    with open(GOLDSET / "gold.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_sources() -> list[dict]:
    with open(GOLDSET / "sources.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


GOLD = load_gold()
SOURCES = load_sources()
BY_PATH = {row["path"]: row for row in SOURCES}


def test_at_least_60_articles_from_at_least_12_publishers() -> None:
    assert len(GOLD) >= 60
    publishers = {row["publisher"] for row in SOURCES}
    assert not any("reuters-21578" in p.casefold() for p in publishers)
    assert len(publishers) >= 12


def test_every_gold_entry_has_an_input_and_a_sources_row() -> None:
    paths = [g["path"] for g in GOLD]
    assert len(set(paths)) == len(paths)
    assert len({g["id"] for g in GOLD}) == len(GOLD)
    for path in paths:
        assert (GOLDSET / path).is_file(), path
        assert path in BY_PATH, path
    assert set(BY_PATH) == set(paths), "sources.csv and gold.jsonl list the same inputs"
    assert sorted(p.name for p in (GOLDSET / "inputs").iterdir()) == sorted(
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
        else:  # gloss and editor notes are taken out of it
            assert note["text"] not in body


def test_every_note_kind_is_covered() -> None:
    assert {n["kind"] for g in GOLD for n in g["notes"]} == NOTE_KINDS


@pytest.mark.parametrize("group", AGENCY_GROUPS)
def test_every_agency_group_is_covered(group) -> None:
    wanted = {name.casefold() for name in group.split("/")}
    sourced = {part.strip().casefold() for row in SOURCES for part in row["agency"].split("/")}
    assert wanted & sourced, f"no article from {group}"


def test_crlf_hard_wrapped_and_non_utf8_inputs_are_present() -> None:
    raw = {row["path"]: (GOLDSET / row["path"]).read_bytes() for row in SOURCES}
    assert sum(b"\r\n" in data for data in raw.values()) >= 5

    def utf8(data: bytes) -> bool:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    not_utf8 = [path for path, data in raw.items() if not utf8(data)]
    assert len(not_utf8) >= 5
    cp1251 = [p for p in not_utf8 if "cp1251" in BY_PATH[p]["format"]]
    latin1 = [p for p in not_utf8 if "latin-1" in BY_PATH[p]["format"]]
    assert cp1251 and latin1
    for path in cp1251:
        assert "Москва".encode("cp1251") in raw[path] or "марта".encode("cp1251") in raw[path]
    wrapped = [p for p, data in raw.items()
               if max(map(len, data.replace(b"\r", b"").split(b"\n"))) <= 80]
    formats = {BY_PATH[p]["format"] for p in wrapped}
    assert any("no blank lines" in f for f in formats)
    assert any("blank lines between" in f for f in formats)
