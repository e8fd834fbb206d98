"""validate: every bad line named as FILE:LINE: reason; duplicates are a notice."""

from __future__ import annotations

import json

from newsnorm import normalize
from newsnorm.validate import validate_paths


def good_line(text: str = "Peace talks resumed.") -> str:
    return normalize(text, path="a.txt").to_json()


def test_good_records_pass_and_duplicates_are_notices(tmp_path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(good_line() + "\n" + good_line() + "\n", encoding="utf-8")
    report = validate_paths([str(path)])
    assert report.problems == []
    assert report.records == 2
    assert len(report.notices) == 1 and "duplicate id" in report.notices[0]


def test_each_bad_line_is_reported_with_file_and_line(tmp_path) -> None:
    record = json.loads(good_line())
    wrong_version = dict(record, schema_version="2")
    wrong_type = dict(record, agencies="Reuters")
    missing = {k: v for k, v in record.items() if k != "body"}
    bad_id = dict(record, id="0" * 64)
    lines = [good_line(), "not json", "[]", json.dumps(wrong_version), json.dumps(wrong_type),
             json.dumps(missing), json.dumps(bad_id), ""]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate_paths([str(path)]).problems
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:{n}" for n in range(2, 9)]
    reasons = [p.split(": ", 1)[1] for p in problems]
    assert reasons[0].startswith("not JSON")
    assert reasons[1].startswith("not a JSON object")
    assert reasons[2].startswith("wrong schema_version '2'")
    assert reasons[3].startswith("schema violation: agencies")
    assert reasons[4].startswith("schema violation: body")
    assert reasons[5] == "id differs from source.sha256"
    assert reasons[6] == "blank line"


def test_binary_and_empty_files_do_not_crash(tmp_path) -> None:
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "e.jsonl"
    empty.write_bytes(b"")
    missing = str(tmp_path / "missing.jsonl")
    problems = validate_paths([str(binary), str(empty), missing]).problems
    assert any(p.startswith(f"{binary}:") and "invalid UTF-8" in p for p in problems)
    assert f"{empty}:1: empty file, no records" in problems
    assert any(p.startswith(f"{tmp_path / 'missing.jsonl'}:1: cannot read") for p in problems)


def test_a_line_over_the_limit_is_reported_not_read_whole(tmp_path, monkeypatch) -> None:
    import newsnorm.validate as validate

    monkeypatch.setattr(validate, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "c.jsonl"
    path.write_text(good_line() + "\n" + "x" * 5000 + "\n" + good_line() + "\n",
                    encoding="utf-8")
    report = validate_paths([str(path)])
    assert report.problems == [f"{path}:2: line longer than 1000 bytes"]
    assert report.records == 2
