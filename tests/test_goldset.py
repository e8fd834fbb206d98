"""The gold set in fixtures/goldset is well formed (not a test of newsnorm's accuracy: that is
bench/goldset.py's job).

It checks what the gold set promises: every gold entry has its input and a sources row with a
source and a licence; at least 60 articles from at least 12 publishers; the agencies, bracket
kinds and file formats that issue 4 asks it to cover; gold objects in the shape score.py reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import (
    NOTE_KINDS,
    check_gold_shape,
    check_inputs_match,
    check_source_row,
    input_text,
    load_gold,
    load_sources,
)

GOLDSET = Path(__file__).resolve().parent.parent / "fixtures" / "goldset"
# Each group must be covered by at least one article (a "/" means either will do).
AGENCY_GROUPS = ["TASS", "Xinhua", "AP", "AFP", "Anadolu", "Trend/APA/AzerNews", "Interfax",
                 "PTI/IANS", "dpa", "EFE", "Kyodo/Yonhap"]


GOLD = load_gold(GOLDSET)
SOURCES = load_sources(GOLDSET)
BY_PATH = {row["path"]: row for row in SOURCES}


def test_at_least_60_articles_from_at_least_12_publishers() -> None:
    assert len(GOLD) >= 60
    publishers = {row["publisher"] for row in SOURCES}
    assert not any("reuters-21578" in p.casefold() for p in publishers)
    assert len(publishers) >= 12


def test_every_gold_entry_has_an_input_and_a_sources_row() -> None:
    check_inputs_match(GOLDSET, GOLD, SOURCES)


@pytest.mark.parametrize("row", SOURCES, ids=lambda row: row["id"])
def test_sources_are_recorded(row) -> None:
    check_source_row(row)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_objects_have_the_shape_score_py_reads(gold) -> None:
    check_gold_shape(gold, input_text((GOLDSET / gold["path"]).read_bytes()))


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
