"""Hostile inputs through the real CLI: each becomes a record or a reported failure with a
reason, never a traceback, never a hang, never a silent skip."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import socket

import pytest
from typer.testing import CliRunner

from newsnorm.cli import app
from newsnorm.io.inputs import FileTask
from newsnorm.pipeline import Pipeline
from newsnorm.process import Settings, process

runner = CliRunner()
STORY = ("MOSCOW, March 3. /TASS/. Russia and Azerbaijan discussed the peace process,\n"
         "the foreign ministry said on Tuesday.\n")
CYRILLIC = "МОСКВА, 3 марта. /ТАСС/. Россия и Азербайджан обсудили мирный процесс.\n"


def ingest(*args: str):
    result = runner.invoke(app, ["ingest", "--jobs", "1", *args])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return result, rows


def failures(errors_path) -> dict[str, str]:
    rows = [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines()]
    return {row["path"]: row["reason"] for row in rows}


def build_hostile_tree(root) -> None:
    (root / "empty.txt").write_bytes(b"")
    (root / "whitespace.txt").write_bytes(b"  \r\n\t \n")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "random.txt").write_bytes(random.Random(7).randbytes(8192))
    (root / "nul-inside.txt").write_bytes(STORY.replace("peace", "peace\x00").encode())
    (root / "invalid-utf8.txt").write_bytes(STORY.encode() + b"caf\xe9 \xff\xfe end\n")
    (root / "utf8-bom.txt").write_bytes(codecs.BOM_UTF8 + STORY.encode())
    (root / "utf16-bom.txt").write_bytes(STORY.encode("utf-16"))
    (root / "utf16le-nobom.txt").write_bytes(STORY.encode("utf-16-le"))
    (root / "cp1251.txt").write_bytes(CYRILLIC.encode("cp1251"))
    (root / "latin1.txt").write_bytes("SÃO PAULO, 3 de março. A reunião começará.\n"
                                      .encode("latin-1"))
    (root / "mixed.txt").write_bytes(STORY.encode() + CYRILLIC.encode("cp1251"))
    (root / "crlf.txt").write_bytes(STORY.replace("\n", "\r\n").encode())
    (root / "cr.txt").write_bytes(STORY.replace("\n", "\r").encode())
    (root / "lf.txt").write_bytes(STORY.encode())
    (root / "truncated.txt.gz").write_bytes(gzip.compress(STORY.encode() * 50)[:60])
    (root / "notgzip.txt.gz").write_bytes(b"plain text pretending to be gzip")
    (root / "good.txt.gz").write_bytes(gzip.compress(STORY.encode()))
    with gzip.open(root / "bomb.txt.gz", "wb") as bomb:
        for _ in range(64):
            bomb.write(b"a" * (1 << 20))  # 64 MB of "a" in ~64 KB of gzip
    (root / "big.txt").write_bytes(b"word " * 300_000)  # 1.5 MB, over the 1 MB limit below
    os.mkfifo(root / "fifo.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(root / "socket.txt"))
    server.close()
    os.symlink("/dev/zero", root / "device.txt")
    os.symlink(root / "nowhere.txt", root / "broken-link.txt")
    os.symlink("/proc/self/mem", root / "unreadable.txt")  # regular by stat, EIO on read
    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "inside.txt").write_bytes(STORY.encode())
    (root / "cycle").mkdir()
    os.symlink(root / "cycle", root / "cycle" / "again")
    os.symlink(root, root / "cycle" / "to-root")
    (root / "README.md").write_text("not an article")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")


EXPECTED_FAILURES = {
    "empty.txt": "empty",
    "whitespace.txt": "empty",
    "image.txt": "binary",
    "random.txt": "binary",
    "truncated.txt.gz": "bad-gzip",
    "notgzip.txt.gz": "bad-gzip",
    "bomb.txt.gz": "too-large",
    "big.txt": "too-large",
    "fifo.txt": "not-a-regular-file",
    "socket.txt": "not-a-regular-file",
    "device.txt": "not-a-regular-file",
    "broken-link.txt": "broken-symlink",
    "unreadable.txt": "unreadable",
}
EXPECTED_RECORDS = {
    "nul-inside.txt": "utf-8", "invalid-utf8.txt": None, "utf8-bom.txt": "utf-8-sig",
    "utf16-bom.txt": "utf-16", "utf16le-nobom.txt": "utf-16-le", "cp1251.txt": "cp1251",
    "latin1.txt": None, "mixed.txt": None, "crlf.txt": "utf-8", "cr.txt": "utf-8",
    "lf.txt": "utf-8", "good.txt.gz": "utf-8", "folder.txt/inside.txt": "utf-8",
}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    build_hostile_tree(root)
    errors = root.parent / f"{root.name}-errors.jsonl"
    result, rows = ingest(str(root), "--max-bytes", str(1 << 20), "--errors", str(errors))
    return result, rows, failures(errors)


def test_every_hostile_input_fails_with_its_reason(hostile_run) -> None:
    result, _, failed = hostile_run
    assert result.exit_code == 1
    assert failed == EXPECTED_FAILURES
    for path, reason in EXPECTED_FAILURES.items():
        assert f"{path}: {reason}" in result.stderr
    assert "Traceback" not in result.output


def test_every_decodable_input_becomes_a_record(hostile_run) -> None:
    _, rows, _ = hostile_run
    by_path = {row["source"]["path"]: row for row in rows}
    assert set(by_path) == set(EXPECTED_RECORDS)
    for path, encoding in EXPECTED_RECORDS.items():
        row = by_path[path]
        if encoding:
            assert row["source"]["encoding"] == encoding, path
        assert "words-lost" not in row["warnings"], path
    assert "Россия и Азербайджан" in by_path["cp1251.txt"]["body"] + str(
        by_path["cp1251.txt"]["dateline"])
    assert "\ufeff" not in by_path["utf8-bom.txt"]["body"]
    assert "\x00" not in by_path["nul-inside.txt"]["body"]


def test_line_ends_do_not_change_the_record(hostile_run) -> None:
    _, rows, _ = hostile_run
    by_path = {row["source"]["path"]: row for row in rows}
    same = [{k: v for k, v in by_path[name].items() if k not in ("id", "source")}
            for name in ("lf.txt", "crlf.txt", "cr.txt", "utf16-bom.txt")]
    assert same[0] == same[1] == same[2] == same[3]


def test_non_articles_are_ignored_and_counted(hostile_run) -> None:
    result, _, _ = hostile_run
    assert "2 non-article files ignored" in result.stderr


def test_a_very_deep_tree_is_walked_without_recursion(tmp_path) -> None:
    folders = [tmp_path / "d"]
    for _ in range(1100):  # deeper than Python's default recursion limit (1000)
        folders[-1].mkdir()
        folders.append(folders[-1] / "d")
    deepest = folders[-2] / "deep.txt"
    deepest.write_bytes(STORY.encode())
    try:
        result, rows = ingest(str(tmp_path), "--quiet")
        assert result.exit_code == 0, result.output
        assert rows[0]["source"]["path"].endswith("d/deep.txt")
    finally:  # bottom-up: pytest's own recursive clean-up would overflow on this tree
        deepest.unlink()
        for folder in reversed(folders[:-1]):
            folder.rmdir()


def test_a_file_that_vanishes_before_it_is_read() -> None:
    outcome = process(FileTask("/nonexistent/gone.txt", "gone.txt"),
                      Settings(pipeline=Pipeline.from_config()))
    assert outcome.failure is not None and outcome.failure.reason == "vanished"


def test_jsonl_line_problems_are_reported_and_good_lines_kept(tmp_path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": STORY}).encode(),
        b"{broken json",
        b'"a string"',
        json.dumps({"text": 42}).encode(),
        json.dumps({"text": STORY, "reference_date": "2024-02-30"}).encode(),
        b"",
        json.dumps({"text": "x" * 3000}).encode(),  # over --max-bytes 2000
        b'{"text": "caf\xe9"}',
        json.dumps({"text": STORY, "id": "last"}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    errors = tmp_path / "errors.jsonl"
    result, rows = ingest(str(path), "--max-bytes", "2000", "--errors", str(errors))
    assert result.exit_code == 1
    assert [row["source"]["input_id"] for row in rows] == [None, "last"]
    name = path.as_posix()
    assert failures(errors) == {
        f"{name}:2": "bad-json", f"{name}:3": "not-an-object", f"{name}:4": "missing-text",
        f"{name}:5": "bad-reference-date", f"{name}:6": "blank-line", f"{name}:7": "too-large",
        f"{name}:8": "invalid-encoding",
    }


def _tasks_then(action, monkeypatch) -> None:
    """Run ``action(task)`` on each task right after the walk yields it, before it is read."""
    import newsnorm.cli as cli

    real = cli.iter_tasks

    def iter_tasks(*args, **kwargs):
        for task in real(*args, **kwargs):
            action(task)
            yield task

    monkeypatch.setattr(cli, "iter_tasks", iter_tasks)


def test_a_file_that_vanishes_during_the_run_is_reported(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_bytes(STORY.encode())
    (tmp_path / "b.txt").write_bytes(STORY.encode())
    _tasks_then(lambda task: task.display == "a.txt" and os.unlink(task.path), monkeypatch)
    errors = tmp_path.parent / f"{tmp_path.name}-errors.jsonl"
    result, rows = ingest(str(tmp_path), "--errors", str(errors))
    assert result.exit_code == 1
    assert failures(errors) == {"a.txt": "vanished"}
    assert [row["source"]["path"] for row in rows] == ["b.txt"]


def test_a_file_that_changes_during_the_run_is_recorded_as_read(tmp_path, monkeypatch) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(STORY.encode())
    changed = "PARIS, March 4 (AFP) - A different story entirely.\n"
    _tasks_then(lambda task: path.write_text(changed, encoding="utf-8"), monkeypatch)
    result, rows = ingest(str(tmp_path))
    assert result.exit_code == 0
    import hashlib

    assert rows[0]["id"] == hashlib.sha256(changed.encode()).hexdigest()
    assert rows[0]["source"]["bytes"] == len(changed.encode())
    assert rows[0]["agencies"] == ["AFP"]
