r"""From text to record: run the pipeline, check nothing was lost, assemble the Record.

One article:

>>> record = normalize("Oil prices rose,\nanalysts said.\n")
>>> record.body, record.warnings
('Oil prices rose, analysts said.', [])

Many, lazily, with one pipeline: plain texts, or objects of the JSONL input form
(``{"text", "id"?, "path"?, "reference_date"?}``), which give the record ``newsnorm ingest``
writes for the same object:

>>> items = [{"id": "a1", "path": "feed/1.txt", "reference_date": "2023-10-04",
...           "text": "BAKU, Azerbaijan, October 3. Talks resumed."},
...          "Peace talks resumed."]
>>> for record in normalize_many(items):
...     print(record.source.path, record.source.input_id, record.dateline and record.dateline.date)
feed/1.txt a1 2023-10-03
<text>:2 None None

A configuration is a :class:`~newsnorm.config.Config`, a dict shaped like the TOML file, or the
path of a TOML file; a bad one raises :class:`~newsnorm.config.ConfigError` naming the key:

>>> normalize("Talks resumed.", config={"pipeline": {"disable": ["quotes"]}}).body
'Talks resumed.'
>>> normalize("Talks.", config={"cleaners": {"boilerplate": {"extra_phrase": []}}})
Traceback (most recent call last):
...
newsnorm.config.ConfigError: cleaners.boilerplate: extra_phrase: Extra inputs are not permitted
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from newsnorm.config import Config, ConfigError, format_validation_error, load_config
from newsnorm.model import Record, Source
from newsnorm.pipeline import Pipeline, prepare
from newsnorm.words import missing_words

WORDS_LOST = "words-lost"

ConfigLike = Config | Mapping[str, Any] | str | os.PathLike | None
Item = str | Mapping[str, Any]


def normalize(text: str, *, reference_date: date | str | None = None, path: str | None = None,
              config: ConfigLike = None, pipeline: Pipeline | None = None) -> Record:
    """Normalize one article given as text (its id is the SHA-256 of its UTF-8 bytes).

    ``pipeline`` reuses a built :class:`Pipeline` (cheaper in a loop); otherwise one is built
    from ``config``.
    """
    pipeline = pipeline or Pipeline.from_config(as_config(config))
    return build_record(pipeline, text, text_source(text, path or "<text>"),
                        _as_date(reference_date))


def normalize_many(items: Iterable[Item], *, reference_date: date | str | None = None,
                   config: ConfigLike = None, pipeline: Pipeline | None = None
                   ) -> Iterator[Record]:
    """Normalize many articles lazily with one pipeline, in order.

    An item is a text, or a mapping of the JSONL input form: ``text`` (required), ``id`` (kept
    as ``source.input_id``), ``path`` (``source.path``) and ``reference_date`` (overrides the
    one given here). An item without a path is named ``<text>:N``, N counting from 1. An item
    that is neither raises ``TypeError``/``ValueError`` naming its position.
    """
    pipeline = pipeline or Pipeline.from_config(as_config(config))
    default_reference = _as_date(reference_date)
    for number, item in enumerate(items, 1):
        if isinstance(item, str):
            text, path, input_id, reference = item, None, None, default_reference
        elif isinstance(item, Mapping):
            text, path, input_id, reference = _unpack(item, number)
            reference = reference or default_reference
        else:
            raise TypeError(f"item {number}: a {type(item).__name__}, "
                            "not a text or a {'text': ...} mapping")
        source = text_source(text, path or f"<text>:{number}", input_id)
        yield build_record(pipeline, text, source, reference)


def as_config(config: ConfigLike) -> Config:
    """A :class:`Config` from a Config, a dict shaped like the TOML file, or a TOML file's path.

    >>> as_config({"pipeline": {"disable": ["quotes"]}}).active_order()[-3:]
    ['agencies', 'notes', 'truncated_start']
    >>> as_config({"pipelines": {}})
    Traceback (most recent call last):
    ...
    newsnorm.config.ConfigError: pipelines: Extra inputs are not permitted
    """
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, Mapping):
        try:
            return Config.model_validate(dict(config))
        except ValidationError as error:
            raise ConfigError(format_validation_error(error)) from error
    return load_config(config)


def text_source(text: str, path: str, input_id: str | None = None) -> Source:
    """The source of an article given as text: the facts of its UTF-8 bytes."""
    data = text.encode("utf-8", "surrogatepass")
    return Source(path=path, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8",
                  bytes=len(data), input_id=input_id)


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


def _unpack(item: Mapping[str, Any], number: int
            ) -> tuple[str, str | None, str | None, date | None]:
    """The fields of one JSONL-form item, read as ``newsnorm ingest`` reads a JSONL line."""
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError(f'item {number}: "text" is missing or not a string')
    path = item.get("path")
    input_id = item.get("id")
    reference = item.get("reference_date")
    try:
        reference_date = _as_date(reference)
    except (TypeError, ValueError):
        raise ValueError(f"item {number}: reference_date {reference!r} is not a YYYY-MM-DD "
                         "date") from None
    return (text, path if isinstance(path, str) and path else None,
            None if input_id is None else str(input_id), reference_date)


def _as_date(value: date | str | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)
