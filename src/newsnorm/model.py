"""The record newsnorm writes: one per article, one JSON object per line.

These models are the contract of ``../shared/SPEC.md``: ``newsnorm schema`` prints their JSON
Schema, ``newsnorm validate`` checks corpora against them. Extra fields are allowed (other tools
may extend a record), but every field named here keeps its name and type; changing one needs a
new ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

YearSource = Literal["explicit", "reference", "inferred"]
NoteKind = Literal["gloss", "editor", "substitution", "sic", "elision"]


class _Strict(BaseModel):
    # strict: a corpus with "day": "3" or "bytes": "12" is broken, not something to coerce.
    model_config = ConfigDict(strict=True, extra="allow")


class Source(_Strict):
    path: str = Field(description="Path as found under the ingested root, POSIX separators.")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="Hex SHA-256 of the source bytes.")
    encoding: str = Field(description="Detected encoding of the source bytes.")
    bytes: int = Field(ge=0, description="Size of the source in bytes.")
    input_id: str | None = Field(
        default=None, description="The `id` of a JSONL input object, when it had one."
    )


class Dateline(_Strict):
    raw: str = Field(description="The dateline exactly as it stood.")
    city: str | None = None
    region: str | None = Field(default=None, description="Country, state or province as written.")
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    year: int | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    year_source: YearSource | None = None


class Note(_Strict):
    text: str = Field(description="The note without its brackets.")
    kind: NoteKind
    offset: int = Field(ge=0, description="Character offset in `body` where the note stood.")


class Removal(_Strict):
    cleaner: str = Field(description="Name of the cleaner that took the span out.")
    kind: str = Field(description="What the span was, e.g. cookie-notice, sign-off.")
    text: str


class Record(_Strict):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str = Field(pattern=r"^[0-9a-f]{64}$", description="Hex SHA-256 of the source bytes.")
    source: Source
    headline: str | None = None
    byline: str | None = None
    authors: list[str] = Field(default_factory=list)
    dateline: Dateline | None = None
    agencies: list[str] = Field(default_factory=list)
    body: str
    notes: list[Note] = Field(default_factory=list)
    removed: list[Removal] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self) -> str:
        """One JSONL line (without the newline): stable key order, UTF-8 text, no spaces."""
        return self.model_dump_json(exclude_none=False)
