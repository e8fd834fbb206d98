"""What a cleaner is, and the registry that finds cleaners by name.

A cleaner is a small class with a unique ``name``, a one-line docstring (shown by
``newsnorm cleaners``), optional validated ``Options``, and one method, :meth:`Cleaner.clean`,
that changes a :class:`~newsnorm.document.Document` through its recorded edits.

Built-in cleaners register with :func:`register`; third-party packages expose theirs through
the ``newsnorm.cleaners`` entry-point group (the entry point's value is the cleaner class), and
are found the first time :func:`registered` is called.
"""

from __future__ import annotations

import inspect
from importlib.metadata import entry_points
from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from newsnorm.document import Document

ENTRY_POINT_GROUP = "newsnorm.cleaners"


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Cleaner:
    """Base class: subclasses set ``name`` and implement ``clean``."""

    name: ClassVar[str]
    Options: ClassVar[type[BaseModel]] = NoOptions

    def __init__(self, options: BaseModel | dict | None = None) -> None:
        if isinstance(options, BaseModel):
            self.options = options
        else:
            self.options = self.Options.model_validate(options or {})

    @classmethod
    def description(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def clean(self, doc: Document) -> None:
        raise NotImplementedError

    # Shorthands that stamp this cleaner's name on what it takes out.
    def take(self, doc: Document, start: int, end: int, kind: str, keep: str = "") -> str:
        return doc.take(start, end, cleaner=self.name, kind=kind, keep=keep)

    def take_many(self, doc: Document, spans: list[tuple[int, int, str]]) -> None:
        doc.take_many(spans, cleaner=self.name)

    def __repr__(self) -> str:
        return f"<cleaner {self.name}>"


class RegistryError(ValueError):
    """A cleaner name that is unknown, duplicated or malformed."""


_BUILTIN: dict[str, type[Cleaner]] = {}
_ALL: dict[str, type[Cleaner]] | None = None


def register(cls: type[Cleaner]) -> type[Cleaner]:
    """Class decorator: add a built-in cleaner under its ``name`` (names are unique)."""
    _check(cls)
    existing = _BUILTIN.get(cls.name)
    # The same class definition imported under a second module name (doctest collection does
    # this) is not a clash; two different classes claiming one name are.
    if existing is not None and _origin(existing) != _origin(cls):
        raise RegistryError(f"cleaner name {cls.name!r} is registered twice")
    _BUILTIN[cls.name] = cls
    return cls


def registered() -> dict[str, type[Cleaner]]:
    """Every known cleaner by name: the built-ins, then those of installed plugins."""
    global _ALL
    if _ALL is None:
        import newsnorm.cleaners  # noqa: F401  (importing registers the built-ins)

        found = dict(_BUILTIN)
        for point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda p: p.name):
            cls = point.load()
            _check(cls)
            if cls.name in found and found[cls.name] is not cls:
                raise RegistryError(
                    f"plugin {point.value!r} registers cleaner {cls.name!r}, which already exists"
                )
            found[cls.name] = cls
        _ALL = found
    return _ALL


def _origin(cls: type) -> tuple[str, str]:
    return inspect.getfile(cls), cls.__qualname__


def _check(cls: object) -> None:
    if not (isinstance(cls, type) and issubclass(cls, Cleaner)):
        raise RegistryError(f"{cls!r} is not a newsnorm Cleaner subclass")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name.isidentifier():
        raise RegistryError(f"{cls.__name__} needs a `name` that is an identifier, got {name!r}")
