"""One task to one outcome: read, decode, clean, serialize — in whichever process runs it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from newsnorm.io.decode import DecodeError, decode
from newsnorm.io.inputs import Failure, FileTask, Task, TextTask
from newsnorm.io.read import DEFAULT_MAX_BYTES, ReadError, read_article
from newsnorm.model import Source
from newsnorm.normalize import build_record
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


def process(task: Task, settings: Settings) -> Outcome:
    if isinstance(task, Failure):
        return Outcome(failure=task)
    if isinstance(task, FileTask):
        try:
            data = read_article(task.path, settings.max_bytes)
            text, encoding = decode(data)
        except (ReadError, DecodeError) as error:
            return Outcome(failure=Failure(task.display, error.reason, str(error)))
        source = Source(path=task.display, sha256=hashlib.sha256(data).hexdigest(),
                        encoding=encoding, bytes=len(data))
        reference = settings.reference_date
    else:
        assert isinstance(task, TextTask)
        text = task.text
        data = text.encode("utf-8", "surrogatepass")
        source = Source(path=task.display, sha256=hashlib.sha256(data).hexdigest(),
                        encoding="utf-8", bytes=len(data), input_id=task.input_id)
        reference = task.reference_date or settings.reference_date
    record = build_record(settings.pipeline, text, source, reference)
    return Outcome(line=record.to_json(), warnings=record.warnings)
