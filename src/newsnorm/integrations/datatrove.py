"""newsnorm inside a datatrove pipeline: one job, on datatrove's local, Slurm or Ray executors.

Three pieces, each usable alone (``pip install 'newsnorm[datatrove]'``):

- :class:`ArticleReader` reads what ``newsnorm ingest`` reads (article files in any encoding,
  folders of them, JSONL of ``{"text", ...}`` objects) as datatrove Documents, task N of W taking
  every W-th input;
- :class:`NormalizeArticles` turns any Document into a normalized one: the cleaned body as its
  ``text``, the rest of the record in ``metadata["newsnorm"]``;
- :func:`record_adapter` makes datatrove's ``JsonlWriter`` write newsnorm records, line for line
  what ``newsnorm ingest`` writes, so ``newsnorm validate`` and ``newsnorm stats`` read them.

>>> from datatrove.data import Document
>>> step = NormalizeArticles(reference_date="2024-03-05")
>>> [doc] = step.run([Document(text="LONDON, March 3 (Reuters) - Oil rose.", id="a1")])
>>> doc.text, doc.metadata["newsnorm"]["dateline"]["date"], doc.metadata["newsnorm"]["agencies"]
('Oil rose.', '2024-03-03', ['Reuters'])
>>> record_from_document(doc)["source"]["input_id"]
'a1'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

try:
    from datatrove.data import Document
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.logging import logger
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError("newsnorm.integrations.datatrove needs datatrove: "
                      "pip install 'newsnorm[datatrove]'") from error

from newsnorm.io.decode import DecodeError
from newsnorm.io.inputs import Failure, FileTask, TextTask, WalkStats, iter_tasks
from newsnorm.io.read import DEFAULT_MAX_BYTES, ReadError
from newsnorm.model import Record, Source
from newsnorm.normalize import ConfigLike, as_config, build_record, text_source
from newsnorm.pipeline import Pipeline
from newsnorm.process import load_file

RECORD_KEY = "newsnorm"  # metadata key of the record (all of it but the body, which is `text`)
SOURCE_KEY = "newsnorm_source"  # metadata key an ArticleReader sets: the source's exact facts
REFERENCE_KEY = "reference_date"  # metadata key of a per-document reference date (YYYY-MM-DD)


class ArticleReader(PipelineStep):
    """Read newsnorm's inputs as Documents, the way ``newsnorm ingest`` reads them.

    Inputs are walked in ingest's stable order and task ``rank`` of ``world_size`` takes inputs
    ``rank, rank + world_size, ...``: the tasks together read every input once. A Document's
    ``id`` is the input's path as ingest records it; the exact source facts (bytes, SHA-256,
    detected encoding) ride along in metadata for :class:`NormalizeArticles`. An input that
    cannot be read or decoded is logged with its reason and counted (``failed:<reason>``) in
    the step's stats, never dropped silently. (For JSONL too big to re-walk in every task, use
    datatrove's own ``JsonlReader``, which shards by file, before :class:`NormalizeArticles`.)
    """

    name = "📰 newsnorm articles"
    type = "📖 - READER"

    def __init__(
        self,
        paths: str | list[str],  # files (.txt, .txt.gz, .jsonl) and folders, as for ingest
        max_bytes: int = DEFAULT_MAX_BYTES,  # refuse larger inputs, like ingest --max-bytes
        limit: int = -1,  # at most this many Documents per task (-1: no limit), for trials
    ) -> None:
        super().__init__()
        self.paths = [paths] if isinstance(paths, str) else list(paths)
        self.max_bytes = max_bytes
        self.limit = limit

    def run(self, data: Iterable[Document] | None = None, rank: int = 0,
            world_size: int = 1) -> Iterator[Document]:
        if data:
            yield from data
        yielded = 0
        tasks = iter_tasks(self.paths, WalkStats(max_bytes=self.max_bytes))
        for index, task in enumerate(tasks):
            if index % world_size != rank:
                continue
            if yielded == self.limit:
                return
            with self.track_time():
                document = self._read(task)
            if document is None:
                continue
            self.update_doc_stats(document)
            yielded += 1
            yield document

    def _read(self, task: FileTask | TextTask | Failure) -> Document | None:
        if isinstance(task, Failure):
            return self._failed(task)
        if isinstance(task, TextTask):
            metadata: dict[str, Any] = {
                SOURCE_KEY: text_source(task.text, task.display, task.input_id).model_dump()}
            if task.reference_date:
                metadata[REFERENCE_KEY] = task.reference_date.isoformat()
            return Document(text=task.text, id=task.display, metadata=metadata)
        try:
            text, source = load_file(task, self.max_bytes)
        except (ReadError, DecodeError) as error:
            return self._failed(Failure(task.display, error.reason, str(error)))
        return Document(text=text, id=task.display, metadata={SOURCE_KEY: source.model_dump()})

    def _failed(self, failure: Failure) -> None:
        logger.warning(f"newsnorm: {failure.path}: {failure.reason}: {failure.detail}")
        self.stat_update("failed", f"failed:{failure.reason}")
        return None


class NormalizeArticles(PipelineStep):
    """Normalize each Document: ``text`` becomes the record's body, the rest of the record goes
    to ``metadata["newsnorm"]``.

    The record's ``source`` is the one an :class:`ArticleReader` measured, else that of the
    text's UTF-8 bytes with ``path`` from ``metadata["path"]`` (the JSONL input form's field)
    or the Document's id, and ``input_id`` the Document's id. A reference date comes from
    ``metadata["reference_date"]``, else from ``reference_date``. Warning codes are counted in
    the step's stats (``warning:<code>``); a Document with a malformed reference date is logged,
    counted (``failed:bad-reference-date``) and dropped.
    """

    name = "📰 newsnorm"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: ConfigLike = None,  # a Config, a dict shaped like the TOML file, or its path
        reference_date: date | str | None = None,  # for Documents without their own
    ) -> None:
        super().__init__()
        # Built here, on the submitting machine: a bad config fails before any job is queued.
        self.pipeline = Pipeline.from_config(as_config(config))
        self.reference_date = _as_date(reference_date)

    def run(self, data: Iterable[Document] | None = None, rank: int = 0,
            world_size: int = 1) -> Iterator[Document]:
        for document in data or ():
            self.stat_update("total")
            with self.track_time():
                record = self._record(document)
            if record is None:
                self.stat_update("dropped")
                continue
            document.text = record.body
            document.metadata[RECORD_KEY] = record.model_dump(mode="json", exclude={"body"})
            self.stat_update("forwarded", *(f"warning:{code}" for code in record.warnings))
            self.update_doc_stats(document)
            yield document

    def _record(self, document: Document) -> Record | None:
        metadata = document.metadata
        measured = metadata.pop(SOURCE_KEY, None)
        if measured is not None:
            source = Source.model_validate(measured)
        else:
            path = metadata.get("path")
            source = text_source(document.text, path if isinstance(path, str) and path
                                 else str(document.id), str(document.id))
        reference = metadata.get(REFERENCE_KEY)
        try:
            reference_date = _as_date(reference) or self.reference_date
        except (TypeError, ValueError):
            logger.warning(f"newsnorm: {source.path}: bad-reference-date: {reference!r}")
            self.stat_update("failed", "failed:bad-reference-date")
            return None
        return build_record(self.pipeline, document.text, source, reference_date)


def record_from_document(document: Document) -> dict[str, Any]:
    """The newsnorm record of a normalized Document, its fields in the record's order."""
    data = document.metadata[RECORD_KEY]
    record = {name: document.text if name == "body" else data[name]
              for name in Record.model_fields if name == "body" or name in data}
    record.update((name, value) for name, value in data.items() if name not in record)
    return record


def record_adapter(writer: Any, document: Document) -> dict[str, Any]:
    """``adapter=`` for datatrove writers: write each Document as its newsnorm record.

    ``JsonlWriter(folder, adapter=record_adapter, compression=None)`` writes the lines
    ``newsnorm ingest`` would write for the same inputs.
    """
    return record_from_document(document)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"not a date: {value!r}")
    return date.fromisoformat(value)
