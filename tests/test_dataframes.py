"""The corpus loads as it is into DuckDB (read_json_auto) and pandas, and the README's queries
give the counts the records hold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from newsnorm.model import Record
from tests.readme_blocks import ingest, make_feeds, readme_blocks


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    root = tmp_path_factory.mktemp("frames")
    records = ingest(str(make_feeds(root)))
    path = root / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path, records


def per_agency(records: list[dict]) -> Counter[str]:
    return Counter(agency for record in records for agency in record["agencies"])


def per_city(records: list[dict]) -> Counter[str]:
    return Counter(record["dateline"]["city"] for record in records
                   if record["dateline"] and record["dateline"]["city"])


def test_duckdb_reads_the_corpus_and_runs_the_readme_queries(corpus) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed (an optional test "
                                 "dependency, in the test extra)")
    path, records = corpus
    relation = duckdb.sql(f"SELECT * FROM read_json_auto('{path}')")
    assert relation.columns == list(Record.model_fields)
    assert len(relation.fetchall()) == len(records)
    [sql] = readme_blocks("tests/test_dataframes.py", "sql")
    statements = [s for s in sql.replace("'corpus.jsonl'", f"'{path}'").split(";") if s.strip()]
    agencies, cities, years = (duckdb.sql(statement).fetchall() for statement in statements)
    assert Counter(dict(agencies)) == per_agency(records)
    assert agencies == sorted(agencies, key=lambda row: (-row[1], row[0]))
    assert Counter(dict(cities)) == per_city(records)
    assert sum(n for _, _, n in years) == sum(r["dateline"] is not None for r in records)
    assert (2013, "explicit", 1) in years


def test_pandas_reads_the_corpus_and_runs_the_readme_example(corpus, monkeypatch) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed (an optional test dependency, "
                        "in the test extra)")
    path, records = corpus
    [code] = readme_blocks("tests/test_dataframes.py", "python")
    monkeypatch.chdir(path.parent)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    frame = namespace["df"]
    assert len(frame) == len(records) and list(frame.columns) == list(Record.model_fields)
    assert list(frame["id"]) == [record["id"] for record in records]  # ids stay strings
    assert Counter(namespace["per_agency"].to_dict()) == per_agency(records)
    assert Counter(namespace["per_city"].to_dict()) == per_city(records)
    assert namespace["body_chars"]["count"] == len(records)
