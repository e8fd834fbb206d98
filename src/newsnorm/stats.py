"""A corpus at a glance: what a JSONL corpus of records holds, counted in one streaming pass.

``newsnorm stats`` reads records line by line and keeps counters only: memory grows with the
number of *distinct* values (agencies, cities, years, warning codes, body lengths), not with
the number of articles. The one exception is duplicate-id detection, which must remember every
id it has seen; it keeps an 8-byte prefix of each (a few dozen bytes per article).

It is lenient where ``newsnorm validate`` is strict: any JSON object with a string ``id`` and
``body`` counts as an article, a field of the wrong type counts as absent, and every other line
is counted as bad (with the first few named) instead of stopping the report.

>>> stats = CorpusStats()
>>> stats.add_line(b'{"id": "ab12", "body": "Oil rose.", "agencies": ["Reuters"]}', "c:1")
>>> stats.add_line(b'not json', "c:2")
>>> stats.articles, stats.bad_lines, dict(stats.agencies)
(1, 1, {'Reuters': 1})
>>> stats.bad_examples
['c:2: not JSON: Expecting value (column 1)']
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from newsnorm.io.read import ReadError, read_lines

MAX_LINE_BYTES = 256 * 1024 * 1024
MAX_EXAMPLES = 10  # bad lines and duplicate ids named in the report; the rest are counted
QUANTILES = (0.1, 0.5, 0.9, 0.99)
# Upper bounds (exclusive) of the body-length histogram's bins, in characters.
LENGTH_BINS = (1, 200, 500, 1000, 2000, 5000, 10000, 20000)
ID_PREFIX_HEX = 16  # 8 bytes of the SHA-256: a collision needs ~4 billion distinct articles
NONE = "(none)"
# Counts a person should look at twice, coloured in a terminal (never when piped or NO_COLOR).
PROBLEM_STYLES = {"bad lines": "red", "unreadable files": "red", "duplicated ids": "yellow",
                  "duplicate copies": "yellow"}


@dataclass
class CorpusStats:
    files: int = 0
    lines: int = 0
    articles: int = 0
    bad_lines: int = 0
    bad_examples: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)  # articles with each field filled
    agencies: Counter[str] = field(default_factory=Counter)
    cities: Counter[str] = field(default_factory=Counter)
    years: defaultdict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter))  # year -> year_source -> datelines
    warnings: Counter[str] = field(default_factory=Counter)
    removed: Counter[tuple[str, str]] = field(default_factory=Counter)  # (cleaner, kind) -> spans
    notes: Counter[str] = field(default_factory=Counter)
    body_lengths: Counter[int] = field(default_factory=Counter)
    duplicate_ids: int = 0  # distinct ids seen more than once
    duplicate_copies: int = 0  # lines beyond the first for those ids
    duplicate_examples: list[str] = field(default_factory=list)
    _seen: set[int] = field(default_factory=set, repr=False)
    _repeated: set[int] = field(default_factory=set, repr=False)

    # -- reading ---------------------------------------------------------------------------

    def add_file(self, path: str) -> None:
        """Count every line of a JSONL file (``-`` is standard input; ``.gz`` is read as gzip)."""
        self.files += 1
        lines = _stdin_lines() if path == "-" else read_lines(Path(path), MAX_LINE_BYTES)
        number = 0
        try:
            for number, raw in lines:
                self.add_line(raw, f"{path}:{number}")
        except (ReadError, OSError, EOFError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.unreadable.append(f"{path}: cannot read after line {number}: {reason}"
                                   if number else f"{path}: cannot read: {reason}")

    def add_line(self, raw: bytes | None, where: str) -> None:
        self.lines += 1
        record, reason = _parse(raw)
        if record is None:
            self.bad_lines += 1
            if len(self.bad_examples) < MAX_EXAMPLES:
                self.bad_examples.append(f"{where}: {reason}")
            return
        self.add_record(record, where)

    def add_record(self, record: dict[str, Any], where: str = "") -> None:
        """Count one record (a dict as read from JSON)."""
        self.articles += 1
        self._note_id(record["id"], where)
        self.body_lengths[len(record["body"])] += 1
        for name in ("headline", "byline"):
            if isinstance(record.get(name), str):
                self.fields[name] += 1
        agencies = set(_strings(record.get("agencies")))
        self.agencies.update(agencies)
        if agencies:
            self.fields["agencies"] += 1
        self._add_dateline(record.get("dateline"))
        self.warnings.update(set(_strings(record.get("warnings"))))
        for removal in _objects(record.get("removed")):
            self.removed[(_text(removal.get("cleaner")), _text(removal.get("kind")))] += 1
        notes = _objects(record.get("notes"))
        self.notes.update(_text(note.get("kind")) for note in notes)
        if notes:
            self.fields["notes"] += 1

    def _add_dateline(self, dateline: object) -> None:
        if not isinstance(dateline, dict):
            return
        self.fields["dateline"] += 1
        city = dateline.get("city")
        self.cities[city if isinstance(city, str) and city else NONE] += 1
        year = dateline.get("year")
        source = dateline.get("year_source")
        year_key = str(year) if isinstance(year, int) and not isinstance(year, bool) else NONE
        self.years[year_key][source if isinstance(source, str) else NONE] += 1

    def _note_id(self, record_id: str, where: str) -> None:
        key = _id_key(record_id)
        if key not in self._seen:
            self._seen.add(key)
            return
        self.duplicate_copies += 1
        if key not in self._repeated:
            self._repeated.add(key)
            self.duplicate_ids += 1
            if len(self.duplicate_examples) < MAX_EXAMPLES:
                self.duplicate_examples.append(f"{record_id[:ID_PREFIX_HEX]}… again at {where}")

    # -- results ---------------------------------------------------------------------------

    def body_summary(self) -> dict[str, Any]:
        """Body length in characters: min, quantiles, max, mean and a histogram.

        >>> stats = CorpusStats(body_lengths=Counter({100: 3, 900: 1}))
        >>> summary = stats.body_summary()
        >>> summary["min"], summary["p50"], summary["max"], summary["mean"]
        (100, 100, 900, 300.0)
        >>> summary["histogram"][:3]  # doctest: +NORMALIZE_WHITESPACE
        [{'from': 0, 'to': 0, 'articles': 0}, {'from': 1, 'to': 199, 'articles': 3},
         {'from': 200, 'to': 499, 'articles': 0}]
        """
        total = sum(self.body_lengths.values())
        if not total:
            return {"min": None, "max": None, "mean": None, "histogram": [],
                    **{_quantile_name(q): None for q in QUANTILES}}
        lengths = sorted(self.body_lengths.items())
        summary: dict[str, Any] = {"min": lengths[0][0]}
        for quantile in QUANTILES:
            summary[_quantile_name(quantile)] = _quantile(lengths, total, quantile)
        summary["max"] = lengths[-1][0]
        summary["mean"] = round(sum(n * count for n, count in lengths) / total, 1)
        summary["histogram"] = _histogram(lengths)
        return summary

    def to_dict(self) -> dict[str, Any]:
        """Everything counted, as JSON-ready data (``newsnorm stats --json``)."""
        return {
            "files": self.files,
            "lines": self.lines,
            "articles": self.articles,
            "bad_lines": self.bad_lines,
            "bad_line_examples": self.bad_examples,
            "unreadable_files": self.unreadable,
            "fields": {name: self.fields[name] for name in
                       ("headline", "byline", "dateline", "agencies", "notes")},
            "agencies": _ranked(self.agencies),
            "dateline_cities": _ranked(self.cities),
            "years": {year: dict(sorted(sources.items()))
                      for year, sources in sorted(self.years.items())},
            "warnings": _ranked(self.warnings),
            "removed": _nested(self.removed),
            "notes": _ranked(self.notes),
            "body_chars": self.body_summary(),
            "ids": {"distinct": len(self._seen), "duplicated": self.duplicate_ids,
                    "duplicate_copies": self.duplicate_copies,
                    "examples": self.duplicate_examples},
        }

    def render(self, console: Console, top: int = 15) -> None:
        """Rich tables for a person; ``top`` rows per ranked table, the rest summed up."""
        data = self.to_dict()
        console.print(_overview(data))
        articles = self.articles
        for title, column, unit, counts in (
                ("Agencies", "agency", "articles", data["agencies"]),
                ("Dateline cities", "city", "articles", data["dateline_cities"]),
                ("Warnings", "code", "articles", data["warnings"]),
                ("Notes by kind", "kind", "notes", data["notes"])):
            if counts:
                console.print(_ranked_table(title, column, unit, counts, articles, top))
        if data["years"]:
            console.print(_years_table(data["years"]))
        if self.removed:
            console.print(_removed_table(self.removed, top))
        if articles:
            console.print(_lengths_table(data["body_chars"]))
            console.print(_histogram_table(data["body_chars"]["histogram"]))
        for title, examples, total in (
                ("Bad lines", self.bad_examples, self.bad_lines),
                ("Duplicate ids", self.duplicate_examples, self.duplicate_ids),
                ("Unreadable files", self.unreadable, len(self.unreadable))):
            if examples:
                shown = f" (first {len(examples)} of {total:,})" if total > len(examples) else ""
                console.print(f"[bold]{title}[/bold]{shown}:")
                for example in examples:
                    console.print(f"  {example}", markup=False, highlight=False)


def collect(paths: list[str]) -> CorpusStats:
    """Statistics over the records of the given JSONL files, read in order."""
    stats = CorpusStats()
    for path in paths:
        stats.add_file(path)
    return stats


# -- parsing ------------------------------------------------------------------------------

def _parse(raw: bytes | None) -> tuple[dict[str, Any] | None, str]:
    if raw is None:
        return None, f"line longer than {MAX_LINE_BYTES} bytes"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"invalid UTF-8 at byte {error.start}"
    if not line.strip():
        return None, "blank line"
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        return None, f"not JSON: {error.msg} (column {error.colno})"
    except RecursionError:
        return None, "not JSON: nested too deeply"
    if not isinstance(data, dict):
        return None, f"not a JSON object but a {type(data).__name__}"
    if not isinstance(data.get("id"), str) or not isinstance(data.get("body"), str):
        return None, 'not a record: no string "id" and "body"'
    return data, ""


def _stdin_lines() -> Iterator[tuple[int, bytes | None]]:
    stream: IO[bytes] = sys.stdin.buffer
    for number, raw in enumerate(iter(lambda: stream.readline(MAX_LINE_BYTES + 1), b""), 1):
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1024 * 1024)
            yield number, None
        else:
            yield number, raw.rstrip(b"\r\n")


def _strings(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _objects(value: object) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _text(value: object) -> str:
    return value if isinstance(value, str) and value else NONE


def _id_key(record_id: str) -> int:
    try:
        return int(record_id[:ID_PREFIX_HEX], 16)
    except ValueError:  # not a newsnorm id: fall back to a hash of the whole string
        return hash(record_id)


# -- summaries ----------------------------------------------------------------------------

def _ranked(counts: Counter[str]) -> dict[str, int]:
    """Most frequent first, ties by name: a stable order for people and diffs."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _nested(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    nested: dict[str, Counter[str]] = defaultdict(Counter)
    for (cleaner, kind), count in counts.items():
        nested[cleaner][kind] += count
    return {cleaner: _ranked(kinds) for cleaner, kinds in sorted(nested.items())}


def _quantile_name(quantile: float) -> str:
    return f"p{quantile * 100:g}"


def _quantile(lengths: list[tuple[int, int]], total: int, quantile: float) -> int:
    """The smallest length with at least ``quantile`` of the articles at or below it."""
    needed = quantile * total
    running = 0
    for length, count in lengths:
        running += count
        if running >= needed:
            return length
    return lengths[-1][0]


def _histogram(lengths: list[tuple[int, int]]) -> list[dict[str, int | None]]:
    bins: Counter[int] = Counter()
    for length, count in lengths:
        bins[next((i for i, bound in enumerate(LENGTH_BINS) if length < bound),
                  len(LENGTH_BINS))] += count
    lows = (0, *LENGTH_BINS)
    highs = (*(bound - 1 for bound in LENGTH_BINS), None)
    return [{"from": lows[i], "to": highs[i], "articles": bins[i]} for i in range(len(lows))]


# -- tables -------------------------------------------------------------------------------

def _table(title: str, **options: Any) -> Table:
    return Table(title=title, title_justify="left", title_style="bold", header_style="bold cyan",
                 **options)


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}%" if total else "-"


def _overview(data: dict[str, Any]) -> Table:
    table = _table("Corpus", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    ids = data["ids"]
    rows = [("files", data["files"]), ("lines", data["lines"]), ("articles", data["articles"]),
            ("bad lines", data["bad_lines"]), ("unreadable files", len(data["unreadable_files"])),
            ("distinct ids", ids["distinct"]), ("duplicated ids", ids["duplicated"]),
            ("duplicate copies", ids["duplicate_copies"])]
    rows += [(f"with {name}", data["fields"][name]) for name in data["fields"]]
    for name, value in rows:
        table.add_row(name, f"{value:,}", style=PROBLEM_STYLES.get(name) if value else None)
    return table


def _ranked_table(title: str, column: str, unit: str, counts: dict[str, int], articles: int,
                  top: int) -> Table:
    """Most frequent first; a share of the articles where each article counts once."""
    with_share = unit == "articles"
    table = _table(title)
    table.add_column(column)
    table.add_column(unit, justify="right")
    if with_share:
        table.add_column("share", justify="right")
    items = list(counts.items())
    rest = items[top:]
    rows = [(name, count) for name, count in items[:top]]
    if rest:
        rows.append((f"… {len(rest):,} more", sum(count for _, count in rest)))
    for position, (name, count) in enumerate(rows):
        share = (_share(count, articles),) if with_share else ()
        table.add_row(name, f"{count:,}", *share, style="dim" if position == top else None)
    return table


def _years_table(years: dict[str, dict[str, int]]) -> Table:
    sources = sorted({source for counts in years.values() for source in counts})
    table = _table("Dateline years by source")
    table.add_column("year")
    for source in sources:
        table.add_column(source, justify="right")
    table.add_column("total", justify="right")
    for year, counts in years.items():
        table.add_row(year, *(f"{counts.get(s, 0):,}" for s in sources),
                      f"{sum(counts.values()):,}")
    return table


def _removed_table(removed: Counter[tuple[str, str]], top: int) -> Table:
    table = _table("Removed spans")
    table.add_column("cleaner")
    table.add_column("kind")
    table.add_column("spans", justify="right")
    items = sorted(removed.items(), key=lambda item: (-item[1], item[0]))
    for (cleaner, kind), count in items[:top]:
        table.add_row(cleaner, kind, f"{count:,}")
    if items[top:]:
        table.add_row(f"… {len(items) - top:,} more", "",
                      f"{sum(count for _, count in items[top:]):,}", style="dim")
    return table


def _lengths_table(summary: dict[str, Any]) -> Table:
    names = ("min", *map(_quantile_name, QUANTILES), "max", "mean")
    table = _table("Body length (characters)")
    for name in names:
        table.add_column(name, justify="right")
    table.add_row(*(f"{summary[name]:,}" for name in names))
    return table


def _histogram_table(histogram: list[dict[str, int | None]], width: int = 30) -> Table:
    table = _table("Body length histogram")
    table.add_column("characters", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("", no_wrap=True)
    filled = [i for i, row in enumerate(histogram) if row["articles"]]
    shown = histogram[filled[0]:filled[-1] + 1]
    most = max(row["articles"] or 0 for row in shown)
    for row in shown:
        count = row["articles"] or 0
        low, high = row["from"], row["to"]
        span = f"{low:,}–{high:,}" if high is not None else f"{low:,}+"
        bar = "█" * round(width * count / most) or ("▏" if count else "")
        table.add_row(span, f"{count:,}", bar)
    return table
