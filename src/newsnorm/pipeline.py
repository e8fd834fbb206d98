"""The pipeline: configured cleaners run in order over a working document.

A cleaner that raises on one article is skipped for that article, its changes rolled back, and
the record carries the warning ``cleaner-failed:<name>``: one odd article never stops a run.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from pydantic import ValidationError

from newsnorm.cleaners.base import Cleaner, registered
from newsnorm.config import Config, ConfigError, format_validation_error
from newsnorm.document import Document


class Pipeline:
    """An ordered list of cleaner instances. Picklable, so process pools can ship it."""

    def __init__(self, cleaners: list[Cleaner]) -> None:
        self.cleaners = cleaners

    @classmethod
    def from_config(cls, config: Config | None = None) -> Pipeline:
        config = config or Config()
        known = registered()
        order = config.active_order()
        unknown = [name for name in [*order, *config.pipeline.disable, *config.cleaners]
                   if name not in known]
        if unknown:
            raise ConfigError(
                f"unknown cleaner {unknown[0]!r}; known: {', '.join(sorted(known))}"
            )
        if len(set(order)) != len(order):
            raise ConfigError("pipeline.order names a cleaner more than once")
        # Every configured cleaner's options are checked, also those of a disabled one: a typo
        # in a section must not pass silently just because the cleaner is off today.
        options = {}
        for name in dict.fromkeys([*order, *config.cleaners]):
            try:
                options[name] = known[name].Options.model_validate(config.cleaners.get(name, {}))
            except ValidationError as error:
                raise ConfigError(f"cleaners.{name}: {format_validation_error(error)}") from error
        return cls([known[name](options[name]) for name in order])

    @property
    def names(self) -> list[str]:
        return [cleaner.name for cleaner in self.cleaners]

    def run(self, text: str, *, reference_date: date | None = None,
            path: str | None = None) -> Document:
        doc = Document(prepare(text), reference_date=reference_date, path=path)
        for cleaner in self.cleaners:
            before = doc.snapshot()
            try:
                cleaner.clean(doc)
            except Exception:
                doc.restore(before)
                doc.warn(f"cleaner-failed:{cleaner.name}")
        _trim(doc)
        return doc


def _trim(doc: Document) -> None:
    """Strip the body's outer whitespace through a recorded edit, so note offsets follow."""
    text = doc.text
    end = len(text.rstrip())
    start = min(len(text) - len(text.lstrip()), end)
    if start == 0 and end == len(text):
        return  # nothing to strip (the usual case): the edit would change neither text nor note
    doc.edit([(0, start, ""), (end, len(text), "")] if end < len(text) else [(0, start, "")])


def prepare(text: str) -> str:
    """Unicode NFC, as the SPEC asks of every field (all offsets are taken after this)."""
    return unicodedata.normalize("NFC", text)
