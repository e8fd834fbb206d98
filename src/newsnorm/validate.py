"""Checking a JSONL corpus: every line must be a valid record.

Bad lines are reported as ``FILE:LINE: reason``; duplicate ids are a notice (syndicated copies
share an id), not an error. The reader survives anything: binary files, invalid UTF-8, huge
lines — each becomes a reason, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from newsnorm.config import format_validation_error
from newsnorm.io.read import ReadError, read_lines
from newsnorm.model import SCHEMA_VERSION, Record

MAX_LINE_BYTES = 256 * 1024 * 1024


@dataclass
class Report:
    records: int = 0
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    _first_seen: dict[str, str] = field(default_factory=dict)

    def note_id(self, record_id: str, where: str) -> None:
        first = self._first_seen.setdefault(record_id, where)
        if first != where:
            self.notices.append(f"{where}: duplicate id {record_id[:12]}… (first at {first})")


def validate_paths(paths: list[str]) -> Report:
    report = Report()
    for path in paths:
        for problem in _validate_file(Path(path), report):
            report.problems.append(problem)
    return report


def _validate_file(path: Path, report: Report) -> Iterator[str]:
    lines = 0
    try:
        for number, raw in read_lines(path, MAX_LINE_BYTES):
            lines += 1
            where = f"{path}:{number}"
            reason = _check_line(raw, where, report)
            if reason:
                yield f"{where}: {reason}"
    except (ReadError, OSError, EOFError) as error:
        yield f"{path}:{lines + 1}: cannot read: {getattr(error, 'strerror', None) or error}"
        return
    if lines == 0:
        yield f"{path}:1: empty file, no records"


def _check_line(raw: bytes | None, where: str, report: Report) -> str | None:
    if raw is None:
        return f"line longer than {MAX_LINE_BYTES} bytes"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"invalid UTF-8 at byte {error.start}"
    if not line.strip():
        return "blank line"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return f"not JSON: {error.msg} (column {error.colno})"
    if not isinstance(data, dict):
        return f"not a JSON object but a {type(data).__name__}"
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        return f"wrong schema_version {version!r}, expected {SCHEMA_VERSION!r}"
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        return f"schema violation: {format_validation_error(error)}"
    problem = _consistency(record)
    if problem:
        return problem
    report.records += 1
    report.note_id(record.id, where)
    return None


def _consistency(record: Record) -> str | None:
    """Facts the schema cannot express but every newsnorm record keeps."""
    if record.id != record.source.sha256:
        return "id differs from source.sha256"
    for note in record.notes:
        if note.offset > len(record.body):
            return f"note offset {note.offset} is past the end of the body"
    line = record.dateline
    if line and line.date and (line.year, line.month, line.day) != tuple(
            int(part) for part in line.date.split("-")):
        return f"dateline.date {line.date} disagrees with its year, month and day"
    return None
