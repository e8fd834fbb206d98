"""The held-out set in fixtures/holdout is well formed (not a test of newsnorm's accuracy: that is
`bench/goldset.py --goldset fixtures/holdout`, run rarely; never tune cleaners on this set).

The same checks as tests/test_goldset.py, sized for a held-out set: every gold entry has its input
and a sources row with a source and a licence; 20 to 30 articles from at least 12 publishers, none
of them in the gold set; gold objects in the shape score.py reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gold_checks import (
    check_gold_shape,
    check_inputs_match,
    check_source_row,
    input_text,
    load_gold,
    load_sources,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOLDOUT = FIXTURES / "holdout"


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
    check_inputs_match(HOLDOUT, GOLD, SOURCES)


@pytest.mark.parametrize("row", SOURCES, ids=lambda row: row["id"])
def test_sources_are_recorded(row) -> None:
    check_source_row(row)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["id"])
def test_gold_objects_have_the_shape_score_py_reads(gold) -> None:
    check_gold_shape(gold, input_text((HOLDOUT / gold["path"]).read_bytes()))


def test_crlf_and_hard_wrapped_inputs_are_present() -> None:
    raw = {row["path"]: (HOLDOUT / row["path"]).read_bytes() for row in SOURCES}
    assert any(b"\r\n" in data for data in raw.values())
    wrapped = [p for p, data in raw.items()
               if max(map(len, data.replace(b"\r", b"").split(b"\n"))) <= 100
               and "hard-wrapped" in BY_PATH[p]["format"] + BY_PATH[p]["note"]]
    assert wrapped
