"""One task to one outcome: read, decode, clean, serialize — in whichever process runs it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from newsnorm.io.decode import DecodeError, decode
from newsnorm.io.inputs import Failure, FileTask, Task, TextTask
from newsnorm.io.read import DEFAULT_MAX_BYTES, ReadError, read_article
from newsnorm.model import Source
from newsnorm.normalize import build_record, text_source
from newsnorm.pipeline import Pipeline


@dataclass
class Outcome:
    line: str | None = None  # the record as one JSON line, when the task succeeded
    failure: Failure | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Settings:
    """What every worker needs besides the task; picklable."""

    pipeline: Pipeline
    reference_date: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def load_file(task: FileTask, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, Source]:
    """Read and decode an article file: its text, and the facts of its bytes.

    Raises ReadError or DecodeError, each with a ``reason`` code.
    """
    data = read_article(task.path, max_bytes, task.size or None)  # size 0: not walked
    text, encoding = decode(data)
    return text, Source(path=task.display, sha256=hashlib.sha256(data).hexdigest(),
                        encoding=encoding, bytes=len(data))


def process(task: Task, settings: Settings) -> Outcome:
    if isinstance(task, Failure):
        return Outcome(failure=task)
    if isinstance(task, FileTask):
        try:
            text, source = load_file(task, settings.max_bytes)
        except (ReadError, DecodeError) as error:
            return Outcome(failure=Failure(task.display, error.reason, str(error)))
        reference = settings.reference_date
    else:
        assert isinstance(task, TextTask)
        text = task.text
        source = text_source(text, task.display, task.input_id)
        reference = task.reference_date or settings.reference_date
    record = build_record(settings.pipeline, text, source, reference)
    return Outcome(line=record.to_json(), warnings=record.warnings)
