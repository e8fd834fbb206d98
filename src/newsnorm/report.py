"""What ingest tells the person running it, on stderr: progress, failures and the summary."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsnorm.io.inputs import Failure

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


@dataclass
class Summary:
    articles: int = 0
    failures: int = 0
    ignored: int = 0
    warnings: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.perf_counter)

    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    def render(self, console: Console, interrupted: bool = False) -> None:
        elapsed = self.elapsed()
        rate = self.articles / elapsed if elapsed > 0 else 0.0
        head = "interrupted after" if interrupted else "ingested"
        console.print(
            f"newsnorm: {head} {self.articles} articles, {self.failures} failed, "
            f"{self.ignored} non-article files ignored, in {elapsed:.2f} s "
            f"({rate:,.0f} articles/s)", highlight=False)
        if self.warnings:
            codes = ", ".join(f"{code} {count}" for code, count in sorted(self.warnings.items()))
            console.print(f"newsnorm: warnings: {codes}", highlight=False)


# Without a terminal, one plain progress line at most this often: a long batch job shows it is
# alive, a short run (and a CI log) stays silent until the summary.
PLAIN_INTERVAL_SECONDS = 30.0


class Reporter:
    """Progress bar on a terminal; plain, few lines otherwise (CI logs stay small)."""

    def __init__(self, make_console: Callable[[], Console], quiet: bool = False) -> None:
        self._make_console = make_console
        self._console: Console | None = None
        self.quiet = quiet
        self.progress: Progress | None = None
        self._next_plain = time.perf_counter() + PLAIN_INTERVAL_SECONDS
        if not quiet and self.console.is_terminal:
            # Imported here: a run that draws no bar (piped, CI, --quiet) skips its import.
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                     TimeElapsedColumn(), console=self.console, transient=True)
            self._task = self.progress.add_task("starting", total=None)

    @property
    def console(self) -> Console:
        """Made on first use: a quiet run without failures never loads rich (~17 ms)."""
        if self._console is None:
            self._console = self._make_console()
        return self._console

    def __enter__(self) -> Reporter:
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress:
            self.progress.stop()

    def advance(self, summary: Summary) -> None:
        if self.quiet:
            return
        if self.progress:
            self.progress.update(self._task, description=self._status(summary))
        elif time.perf_counter() >= self._next_plain:
            self._next_plain = time.perf_counter() + PLAIN_INTERVAL_SECONDS
            self.console.print(f"newsnorm: {self._status(summary)}", highlight=False)

    @staticmethod
    def _status(summary: Summary) -> str:
        elapsed = summary.elapsed()
        rate = summary.articles / elapsed if elapsed else 0
        return f"{summary.articles:,} articles, {summary.failures:,} failed, {rate:,.0f}/s"

    def failure(self, failure: Failure) -> None:
        # Even --quiet reports failures: an input is never skipped silently.
        self.console.print(f"newsnorm: {failure.path}: {failure.reason}: {failure.detail}",
                               highlight=False, markup=False)
