"""Pipeline configuration: which cleaners run, in what order, with which options.

The built-in default is :data:`DEFAULT_ORDER`; a TOML file (``--config FILE``) can change it::

    [pipeline]
    order = ["line_ends", "boilerplate", ...]   # the whole order (optional)
    disable = ["quotes"]                         # drop cleaners from the order

    [cleaners.boilerplate]                       # options of one cleaner, checked by its Options
    extra_phrases = ["Sign up for our briefing"]
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

# Order matters: wire_framing reads a feed item's control codes before line_ends drops them;
# line-based cleaners run before reflow joins the lines; notes run after reflow
# so a bracket broken across a hard wrap is whole; truncated-start looks at the final body.
DEFAULT_ORDER: tuple[str, ...] = (
    "wire_framing",
    "line_ends",
    "boilerplate",
    "front_matter",
    "headline",
    "byline",
    "dateline",
    "reflow",
    "quotes",
    "agencies",
    "notes",
    "truncated_start",
)


class PipelineSection(BaseModel):
    model_config = ConfigDict(extra="forbid")
    order: list[str] = Field(default_factory=lambda: list(DEFAULT_ORDER))
    disable: list[str] = Field(default_factory=list)


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pipeline: PipelineSection = Field(default_factory=PipelineSection)
    cleaners: dict[str, dict] = Field(default_factory=dict)

    def active_order(self) -> list[str]:
        return [name for name in self.pipeline.order if name not in self.pipeline.disable]


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file and key."""


def load_config(path: str | Path | None) -> Config:
    if path is None:
        return Config()
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read config: {error.strerror or error}") from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from error
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        raise ConfigError(f"{path}: {format_validation_error(error)}") from error


def format_validation_error(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        key = ".".join(str(p) for p in item["loc"]) or "(top level)"
        parts.append(f"{key}: {item['msg']}")
    return "; ".join(parts)
