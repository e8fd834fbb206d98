"""newsnorm on datatrove: the same job on datatrove's local executor gives ingest's records."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsnorm.cli import app
from tests.conftest import SEEDS

pytest.importorskip("datatrove", reason="datatrove is not installed: pip install "
                    "'newsnorm[datatrove]' (the nox tests session does)")
pytest.importorskip("orjson", reason="datatrove's JSONL reader and writer need orjson "
                    "(part of the newsnorm[datatrove] extra)")

from datatrove.data import Document

from newsnorm.integrations.datatrove import NormalizeArticles

runner = CliRunner()
REUTERS = "LONDON, March 3 (Reuters) - Oil prices rose on Tuesday, traders said.\n"
MOSCOW = "MOSCOW, December 31 /TASS/. Russia and Belarus signed a gas deal, the Kremlin said.\n"


def ingest(*args: str) -> list[dict]:
    result = runner.invoke(app, ["ingest", *args, "--jobs", "1", "--quiet"])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# A datatrove job as a user writes it. It runs in a fresh interpreter, as a job does: the
# executor forks a manager process, which is only safe from a process with no other threads.
JOB = """
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsnorm.integrations.datatrove import ArticleReader, NormalizeArticles, record_adapter

if __name__ == "__main__":
    LocalPipelineExecutor(
        pipeline=[{reader}, NormalizeArticles(**{options!r}),
                  JsonlWriter("out", output_filename="${{rank}}.jsonl", compression=None,
                              adapter=record_adapter)],
        tasks={tasks}, workers=2, logging_dir="logs",
    ).run()
"""


def run_datatrove(folder: Path, reader: str, tasks: int = 3, **options) -> list[dict]:
    """Run the job in ``folder`` on the local executor (``tasks`` tasks, two at a time) and
    return the records of every task's output file."""
    (folder / "job.py").write_text(JOB.format(reader=reader, options=options, tasks=tasks),
                                   encoding="utf-8")
    result = subprocess.run([sys.executable, "job.py"], cwd=folder, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    parts = sorted((folder / "out").glob("*.jsonl"))
    assert len(parts) == tasks
    return [json.loads(line) for part in parts
            for line in part.read_text(encoding="utf-8").splitlines()]


def by_path(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda record: record["source"]["path"])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Article files in several encodings and a JSONL file, as a feed folder holds them."""
    root = tmp_path / "feeds"
    shutil.copytree(SEEDS, root / "seeds")
    (root / "wire").mkdir()
    (root / "wire" / "reuters.txt").write_text(REUTERS, encoding="utf-8")
    (root / "wire" / "tass-cp1251.txt").write_bytes(
        "МОСКВА, 31 декабря /ТАСС/. Россия и Беларусь подписали соглашение.\n".encode("cp1251"))
    (root / "wire" / "tass-utf16.txt").write_bytes(MOSCOW.encode("utf-16"))
    (root / "wire" / "packed.txt.gz").write_bytes(gzip.compress(REUTERS.encode(), mtime=0))
    (root / "wire" / "broken.txt").write_bytes(bytes(range(256)) * 8)
    lines = [{"text": MOSCOW, "id": "t-1", "reference_date": "2024-01-02"},
             {"text": REUTERS, "path": "feed/reuters-1.txt"},
             {"text": "Peace talks resumed in Geneva, diplomats said."}]
    (root / "feed.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines),
                                     encoding="utf-8")
    return root


def test_article_reader_and_step_on_the_local_executor_equal_ingest(tmp_path, corpus) -> None:
    expected = ingest(str(corpus), "--reference-date", "2024-03-05")
    got = run_datatrove(tmp_path, f"ArticleReader({str(corpus)!r})",
                        reference_date="2024-03-05")
    assert len(expected) == 12  # 5 seeds, 4 wire files (a fifth is broken), 3 JSONL lines
    assert by_path(got) == by_path(expected)
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    reader_stats = next(step for step in stats if "newsnorm articles" in step["name"])
    assert reader_stats["stats"]["failed:binary"] == 1  # counted, not dropped silently


def test_normalize_step_after_datatrove_jsonl_reader_equals_ingest(tmp_path) -> None:
    source = tmp_path / "in" / "part.jsonl"
    source.parent.mkdir()
    items = [{"id": f"n{i}", "path": f"wire/{i}.txt", "text": text}
             for i, text in enumerate([REUTERS, MOSCOW, *[s.read_text() for s in
                                                           sorted(SEEDS.glob("*.txt"))]])]
    source.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    expected = ingest(str(source))
    got = run_datatrove(tmp_path, f"JsonlReader({str(source.parent)!r})", tasks=1)
    assert got == expected


def test_step_keeps_the_record_in_metadata_and_reads_a_reference_date_there() -> None:
    step = NormalizeArticles()
    [doc] = step.run([Document(text="MOSCOW, December 31 /TASS/. Talks.", id="x",
                               metadata={"reference_date": "2024-01-02", "lang": "en"})])
    record = doc.metadata["newsnorm"]
    assert doc.text == "Talks." and "body" not in record
    assert (record["dateline"]["year"], record["dateline"]["year_source"]) == (2023, "reference")
    assert doc.metadata["lang"] == "en"


def test_step_drops_a_bad_reference_date_with_a_counted_reason() -> None:
    step = NormalizeArticles()
    docs = [Document(text="Talks.", id="bad", metadata={"reference_date": "yesterday"}),
            Document(text="Talks.", id="good")]
    assert [doc.id for doc in step.run(docs)] == ["good"]
    assert step.stats["failed:bad-reference-date"].total == 1


def test_a_bad_config_fails_when_the_step_is_built() -> None:
    from newsnorm.config import ConfigError

    with pytest.raises(ConfigError, match="no_such_cleaner"):
        NormalizeArticles(config={"pipeline": {"disable": ["no_such_cleaner"]}})
