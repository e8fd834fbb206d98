"""`newsnorm stats`: a corpus report, streaming, robust to bad lines, as tables or JSON."""

from __future__ import annotations

import gzip
import json
import shutil
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsnorm.cli import app
from newsnorm.stats import collect
from tests.conftest import SEEDS

runner = CliRunner()

WIRE = {
    "reuters-1.txt": "LONDON, March 3 (Reuters) - Oil prices rose on Tuesday, traders said.\n",
    "reuters-2.txt": "NEW YORK, March 4 (Reuters) - Stocks fell on Wednesday, brokers said.\n",
    "tass-1.txt": "MOSCOW, December 31 /TASS/. Russia and Belarus signed a gas deal.\n",
    "tass-2013.txt": "MOSCOW, May 5, 2013 /TASS/. The Kremlin said talks would go on.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, four wire stories and a syndicated copy of one of them, ingested."""
    root = tmp_path_factory.mktemp("stats")
    feeds = root / "feeds"
    shutil.copytree(SEEDS, feeds / "seeds")
    for name, text in WIRE.items():
        (feeds / name).write_text(text, encoding="utf-8")
    (feeds / "syndicated.txt").write_text(WIRE["reuters-1.txt"], encoding="utf-8")
    out = root / "corpus.jsonl"
    result = runner.invoke(app, ["ingest", str(feeds), "-o", str(out), "-j", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def stats_json(*args: str) -> dict:
    result = runner.invoke(app, ["stats", "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_json_report_counts_what_the_records_hold(corpus) -> None:
    report = stats_json(str(corpus))
    rows = records(corpus)
    assert (report["files"], report["lines"], report["articles"], report["bad_lines"]) == \
        (1, 10, 10, 0)
    assert report["agencies"] == {"Reuters": 3, "Trend": 3, "TASS": 2}
    assert report["dateline_cities"] == {"Baku": 2, "Moscow": 2, "London": 2, "New York": 1}
    assert report["years"] == {"(none)": {"(none)": 4}, "2013": {"explicit": 1},
                               "2023": {"inferred": 2}}
    assert report["warnings"] == {"year-inferred": 2, "truncated-start": 1}
    assert report["removed"]["boilerplate"]["subscription-promo"] == 4
    assert report["ids"] == {"distinct": 9, "duplicated": 1, "duplicate_copies": 1,
                             "examples": [report["ids"]["examples"][0]]}
    lengths = sorted(len(row["body"]) for row in rows)
    body = report["body_chars"]
    assert (body["min"], body["max"], body["p50"]) == (lengths[0], lengths[-1], lengths[4])
    assert sum(row["articles"] for row in body["histogram"]) == 10
    assert report["fields"]["dateline"] == sum(row["dateline"] is not None for row in rows)


def test_bad_lines_are_counted_and_named_never_fatal(corpus, tmp_path) -> None:
    damaged = tmp_path / "damaged.jsonl"
    good = corpus.read_bytes().splitlines(keepends=True)
    damaged.write_bytes(b"".join([good[0], b"not json\n", b"[1, 2]\n", b"\n", b"\xff\xfe{}\n",
                                  b'{"id": "x"}\n', good[1][: len(good[1]) // 2] + b"\n",
                                  good[2]]))
    report = stats_json(str(damaged))
    assert (report["lines"], report["articles"], report["bad_lines"]) == (8, 2, 6)
    reasons = [example.split(": ", 1)[1] for example in report["bad_line_examples"]]
    assert reasons[0].startswith("not JSON") and reasons[1].startswith("not a JSON object")
    assert reasons[2] == "blank line" and reasons[3].startswith("invalid UTF-8")
    assert reasons[4].startswith("not a record")
    assert report["bad_line_examples"][0].startswith(f"{damaged}:2: ")


def test_tables_for_people(corpus) -> None:
    result = runner.invoke(app, ["stats", str(corpus), "--top", "2"])
    assert result.exit_code == 0, result.output
    for title in ("Corpus", "Agencies", "Dateline cities", "Dateline years by source",
                  "Warnings", "Removed spans", "Body length", "Duplicate ids"):
        assert title in result.stdout
    assert "Reuters" in result.stdout and "… 1 more" in result.stdout  # TASS beyond --top 2
    assert "\x1b[" not in result.stdout  # not a terminal: no escape codes


def test_gzip_files_and_stdin_are_read(corpus, tmp_path) -> None:
    packed = tmp_path / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(corpus.read_bytes()))
    assert stats_json(str(packed))["articles"] == 10
    result = runner.invoke(app, ["stats", "--json", "-"], input=corpus.read_text())
    assert json.loads(result.stdout)["articles"] == 10
    assert stats_json(str(corpus), str(packed))["ids"]["duplicate_copies"] == 11


def test_an_unreadable_file_or_no_records_exit_1_and_say_what_to_do(corpus, tmp_path) -> None:
    result = runner.invoke(app, ["stats", str(corpus), str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert "missing.jsonl: cannot read" in result.stderr and "check the path" in result.stderr
    articles = tmp_path / "article.txt"
    articles.write_text("Peace talks resumed.\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(articles)])
    assert result.exit_code == 1
    assert "run 'newsnorm ingest' first" in result.stderr


def test_memory_is_bounded_by_distinct_values_not_by_lines(corpus, tmp_path) -> None:
    line = corpus.read_text(encoding="utf-8").splitlines()[0] + "\n"

    def peak(copies: int) -> int:
        path = tmp_path / f"{copies}.jsonl"
        path.write_text(line * copies, encoding="utf-8")
        tracemalloc.start()
        report = collect([str(path)])
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert report.articles == copies
        return top

    small, large = peak(500), peak(10_000)  # the large file is ~20 MB
    assert large < small * 1.5 + 200_000
