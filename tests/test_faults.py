"""Faults during a run: Ctrl-C, kills, resumes, and a cleaner that raises."""

from __future__ import annotations

import gzip
import json
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

import newsnorm.cli as cli
from newsnorm.cleaners.base import Cleaner, registered
from newsnorm.document import Document

runner = CliRunner()


def make_corpus(folder, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"{number:05d}.txt").write_text(
            f"LONDON, March {number % 28 + 1} (Reuters) - Story number {number} about\n"
            f"oil prices, which rose {number} cents.\n Reuter\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")


def interrupt_after(limit: int, monkeypatch) -> None:
    """Make the next ingest raise KeyboardInterrupt after ``limit`` outcomes, as Ctrl-C would."""
    real_run = cli.run

    def run(*args, **kwargs):
        for count, outcome in enumerate(real_run(*args, **kwargs)):
            if count == limit:
                raise KeyboardInterrupt
            yield outcome

    monkeypatch.setattr(cli, "run", run)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus(folder, 40)
    return folder


def ingest(*args: str):
    return runner.invoke(cli.app, ["ingest", "--jobs", "1", *args])


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_interrupted_run_leaves_target_alone_and_resume_completes_it(
        corpus, tmp_path, monkeypatch, suffix) -> None:
    expected = tmp_path / f"expected{suffix}"
    errors_expected = tmp_path / "errors-expected.jsonl"
    assert ingest(str(corpus), "-o", str(expected), "--errors",
                  str(errors_expected)).exit_code == 1
    target = tmp_path / f"out{suffix}"
    errors = tmp_path / "errors.jsonl"
    target.write_bytes(b"an older complete corpus\n")

    with monkeypatch.context() as patch:
        interrupt_after(17, patch)
        result = ingest(str(corpus), "-o", str(target), "--errors", str(errors))
    assert result.exit_code == 130
    assert "interrupted after 17 articles" in result.stderr
    assert target.read_bytes() == b"an older complete corpus\n"
    assert (tmp_path / f".out{suffix}.partial").exists()

    result = ingest(str(corpus), "-o", str(target), "--errors", str(errors), "--resume")
    assert result.exit_code == 1  # broken.txt failed, as in the uninterrupted run
    assert "resuming after 17 inputs" in result.stderr
    assert target.read_bytes() == expected.read_bytes()
    assert errors.read_bytes() == errors_expected.read_bytes()
    assert not (tmp_path / f".out{suffix}.partial").exists()
    assert not (tmp_path / f".out{suffix}.progress").exists()
    if suffix.endswith(".gz"):
        assert gzip.decompress(target.read_bytes()).count(b"\n") == 40


def test_resume_after_a_kill_drops_what_came_after_the_last_checkpoint(
        corpus, tmp_path, monkeypatch) -> None:
    expected = tmp_path / "expected.jsonl"
    ingest(str(corpus), "-o", str(expected))
    target = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(10, patch)
        ingest(str(corpus), "-o", str(target))
    partial = tmp_path / ".out.jsonl.partial"
    with open(partial, "ab") as stream:  # a kill -9 mid-write leaves a torn line
        stream.write(b'{"schema_version":"1","id":"tor')
    assert ingest(str(corpus), "-o", str(target), "--resume").exit_code == 1
    assert target.read_bytes() == expected.read_bytes()


def test_resume_refuses_a_partial_made_from_other_inputs(corpus, tmp_path, monkeypatch) -> None:
    target = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        interrupt_after(5, patch)
        ingest(str(corpus), "-o", str(target))
    result = ingest(str(corpus), "-o", str(target), "--resume", "--reference-date", "1987-03-01")
    assert result.exit_code == 2
    assert "other inputs or options" in result.stderr


def test_resume_needs_a_file_target(corpus) -> None:
    assert ingest(str(corpus), "--resume").exit_code == 2


def test_a_real_ctrl_c_exits_130_with_the_summary_and_resume_finishes(tmp_path) -> None:
    corpus = tmp_path / "big"
    make_corpus(corpus, 4000)
    command = [sys.executable, "-m", "newsnorm", "ingest", str(corpus), "--jobs", "2"]
    clean = tmp_path / "clean.jsonl"
    subprocess.run([*command, "-o", str(clean), "--quiet"], check=False, timeout=600)
    target = tmp_path / "out.jsonl"
    process = subprocess.Popen([*command, "-o", str(target)], stderr=subprocess.PIPE, text=True)
    partial = tmp_path / ".out.jsonl.partial"
    deadline = time.monotonic() + 60
    while not (partial.exists() and partial.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted after" in stderr and "Traceback" not in stderr
    assert not target.exists()
    done = subprocess.run([*command, "-o", str(target), "--resume"], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 1, done.stderr  # broken.txt
    assert target.read_bytes() == clean.read_bytes()


class Exploding(Cleaner):
    """Raises on every article (a plugin with a bug)."""

    name = "exploding"

    def clean(self, doc: Document) -> None:
        raise RuntimeError("bug in a plugin")


def test_a_raising_cleaner_does_not_stop_the_run(corpus, tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(registered(), "exploding", Exploding)
    config = tmp_path / "config.toml"
    config.write_text('[pipeline]\norder = ["line_ends", "exploding", "reflow"]\n')
    result = ingest(str(corpus), "--config", str(config))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 40
    assert all("cleaner-failed:exploding" in row["warnings"] for row in rows)
    assert all("words-lost" not in row["warnings"] for row in rows)
    assert "cleaner-failed:exploding 40" in result.stderr
