"""The golden cases: an input under fixtures/ and the reviewed output beside it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldenCase:
    name: str
    inputs: str  # under fixtures/
    options: tuple[str, ...] = ()

    def args(self, root: Path) -> list[str]:
        # cwd-independent paths: records carry paths relative to the ingested folder.
        return ["ingest", str(root / "fixtures" / self.inputs), "--jobs", "1", "--quiet",
                *self.options]

    def golden(self, root: Path) -> Path:
        return root / "fixtures" / "golden" / f"{self.name}.jsonl"


GOLDEN_CASES = (
    GoldenCase("seeds", "seeds"),
)
