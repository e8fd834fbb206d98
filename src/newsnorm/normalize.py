r"""From text to record: run the pipeline, check nothing was lost, assemble the Record.

>>> record = normalize("Oil prices rose,\nanalysts said.\n")
>>> record.body, record.warnings
('Oil prices rose, analysts said.', [])
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date

from newsnorm.config import Config
from newsnorm.model import Record, Source
from newsnorm.pipeline import Pipeline, prepare
from newsnorm.words import missing_words

WORDS_LOST = "words-lost"


def normalize(text: str, *, reference_date: date | str | None = None, path: str | None = None,
              config: Config | None = None, pipeline: Pipeline | None = None) -> Record:
    """Normalize one article given as text (its id is the SHA-256 of its UTF-8 bytes)."""
    pipeline = pipeline or Pipeline.from_config(config)
    data = text.encode("utf-8", "surrogatepass")
    source = Source(path=path or "<text>", sha256=hashlib.sha256(data).hexdigest(),
                    encoding="utf-8", bytes=len(data))
    return build_record(pipeline, text, source, _as_date(reference_date))


def normalize_many(texts: Iterable[str], *, config: Config | None = None,
                   reference_date: date | str | None = None) -> Iterator[Record]:
    """Normalize many texts lazily with one pipeline."""
    pipeline = Pipeline.from_config(config)
    for text in texts:
        yield normalize(text, reference_date=reference_date, pipeline=pipeline)


def build_record(pipeline: Pipeline, text: str, source: Source,
                 reference_date: date | None) -> Record:
    doc = pipeline.run(text, reference_date=reference_date, path=source.path)
    lost = missing_words(
        prepare(text),
        [doc.headline, doc.byline, doc.dateline.raw if doc.dateline else None, doc.text],
        (note.text for note in doc.notes),
        (removal.text for removal in doc.removed),
    )
    if lost:
        doc.warn(WORDS_LOST)
    return Record(
        id=source.sha256,
        source=source,
        headline=doc.headline,
        byline=doc.byline,
        authors=doc.authors,
        dateline=doc.dateline,
        agencies=doc.agencies,
        body=doc.text,
        notes=sorted(doc.notes, key=lambda note: note.offset),
        removed=doc.removed,
        warnings=doc.warnings,
    )


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
