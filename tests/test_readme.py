"""The README's examples run as written: the Python API, configuration, jq and datatrove."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsnorm.validate import validate_paths
from tests.readme_blocks import ingest, make_feeds, readme_blocks

BLOCKS = readme_blocks("tests/test_readme.py", "python")


def block(needle: str, language: str = "python") -> str:
    [code] = [code for code in readme_blocks("tests/test_readme.py", language) if needle in code]
    return code


def run_python(code: str) -> dict:
    namespace = {"__name__": "__main__"}
    exec(compile(code, "README.md", "exec"), namespace)
    return namespace


def test_every_tested_block_is_found() -> None:
    assert len(BLOCKS) == 4 and len(readme_blocks("tests/test_readme.py", "sh")) == 1


def test_configuration_from_python(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    run_python(block("as_config({"))


def test_library_example_writes_a_valid_corpus(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    namespace = run_python(block("normalize_many(items)"))
    assert namespace["record"].source.path == "<text>:2"
    report = validate_paths([str(tmp_path / "corpus.jsonl")])
    assert (report.records, report.problems) == (2, [])
    first = json.loads((tmp_path / "corpus.jsonl").read_text().splitlines()[0])
    assert (first["dateline"]["year"], first["source"]["input_id"]) == (2023, "t-1")


def test_process_pool_example(monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    records = run_python(block("ProcessPoolExecutor"))["records"]
    assert [record.agencies for record in records] == [["Reuters"], []]


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_jq_queries(tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = ingest(str(make_feeds(tmp_path)))
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    outputs = []
    for command in block("jq -r", "sh").strip().splitlines():
        result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=tmp_path,
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, (command, result.stderr)
        outputs.append(result.stdout)

    def counted(output: str) -> Counter[str]:
        return Counter({name: int(n) for n, name in
                        (line.split(None, 1) for line in output.splitlines())})

    assert counted(outputs[0]) == Counter(a for r in records for a in r["agencies"])
    assert counted(outputs[1]) == Counter(r["dateline"]["city"] for r in records
                                          if r["dateline"] and r["dateline"]["city"])
    assert counted(outputs[2]) == Counter(f"{x['cleaner']}/{x['kind']}"
                                          for r in records for x in r["removed"])
    assert [json.loads(line) for line in outputs[3].splitlines()] == \
        [r["source"]["path"] for r in records if "truncated-start" in r["warnings"]]


def test_datatrove_example_equals_ingest(monkeypatch, tmp_path) -> None:
    pytest.importorskip("datatrove", reason="datatrove is not installed (newsnorm[datatrove])")
    pytest.importorskip("orjson", reason="orjson is not installed (newsnorm[datatrove])")
    feeds = make_feeds(tmp_path)
    expected = ingest(str(feeds), "--reference-date", "2024-03-01")
    monkeypatch.chdir(tmp_path)
    # Run as a user runs a job: a script in a fresh interpreter (the executor forks processes).
    Path("job.py").write_text(block("LocalPipelineExecutor"), encoding="utf-8")
    result = subprocess.run([sys.executable, "job.py"], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    got = [json.loads(line) for part in sorted(Path("corpus").glob("*.jsonl"))
           for line in part.read_text(encoding="utf-8").splitlines()]
    assert len(list(Path("corpus").glob("*.jsonl"))) == 4  # one file per task

    def key(record: dict) -> str:
        return record["source"]["path"]

    assert sorted(got, key=key) == sorted(expected, key=key)
