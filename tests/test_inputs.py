"""Finding inputs: sorted walks, suffixes, JSONL lines, and failures that name a reason."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

from newsnorm.io.inputs import Failure, FileTask, TextTask, WalkStats, iter_tasks

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_folders_are_walked_recursively_in_sorted_order(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "z").mkdir(parents=True)
    for name in ("b/2.txt", "a/z/1.txt.gz", "a/0.txt", "c.txt", "notes.md", "a/img.png"):
        (tmp_path / name).write_bytes(b"x")
    stats = WalkStats()
    tasks = list(iter_tasks([str(tmp_path)], stats))
    assert [t.display for t in tasks] == ["a/0.txt", "a/z/1.txt.gz", "b/2.txt", "c.txt"]
    assert all(isinstance(t, FileTask) for t in tasks)
    assert stats.ignored == 2


def test_jsonl_lines_become_text_tasks_or_failures(tmp_path) -> None:
    lines = [
        json.dumps({"text": "one", "id": 7, "path": "feed/7.txt", "reference_date": "2024-01-02"}),
        json.dumps({"text": "two"}),
        "{not json",
        "[1, 2]",
        json.dumps({"id": "no text"}),
        json.dumps({"text": "x", "reference_date": "yesterday"}),
        "",
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tasks = list(iter_tasks([str(path)]))
    first, second, *bad = tasks
    assert first == TextTask("one", "feed/7.txt", "7", first.reference_date)
    assert str(first.reference_date) == "2024-01-02"
    assert second.display == f"{path.as_posix()}:2"
    assert [(f.path.rsplit(":", 1)[1], f.reason) for f in bad] == [
        ("3", "bad-json"), ("4", "not-an-object"), ("5", "missing-text"),
        ("6", "bad-reference-date"), ("7", "blank-line")]


def test_gzipped_jsonl(tmp_path) -> None:
    path = tmp_path / "in.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"text": "hello"}) + "\n")
    assert [t.text for t in iter_tasks([str(path)])] == ["hello"]


def test_missing_paths_fifos_and_symlink_cycles(tmp_path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "d" / "broken.txt")
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    tasks = list(iter_tasks([str(tmp_path / "d"), str(tmp_path / "missing")]))
    assert [(t.display if isinstance(t, FileTask) else t.path, getattr(t, "reason", None))
            for t in tasks] == [
        ("a.txt", None),
        ("broken.txt", "broken-symlink"),
        ("pipe.txt", "not-a-regular-file"),
        (f"{(tmp_path / 'missing').as_posix()}", "not-found"),
    ]
    assert all(isinstance(t, Failure) for t in tasks[1:])


def test_chunks_close_at_their_task_count_or_their_bytes() -> None:
    # Many small articles travel together; large ones close a chunk early, so what is in
    # flight between the parent and the workers stays a few megabytes.
    from newsnorm.runner import _chunked

    small = [FileTask(f"{i}.txt", f"{i}.txt", 1_000) for i in range(600)]
    assert [len(c) for c in _chunked(iter(small), 256, 1_000_000)] == [256, 256, 88]
    large = [FileTask(f"{i}.txt", f"{i}.txt", 400_000) for i in range(7)]
    assert [len(c) for c in _chunked(iter(large), 256, 1_000_000)] == [3, 3, 1]
    walked = list(iter_tasks([str(SEEDS)]))
    assert all(task.size > 0 for task in walked if isinstance(task, FileTask))
