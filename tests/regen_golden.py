"""Rewrite fixtures/golden/*.jsonl from the current code (``nox -s golden``).

Review ``git diff fixtures/golden`` before committing: a golden file is a reviewed promise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsnorm.cli import app  # noqa: E402
from tests.golden_cases import GOLDEN_CASES  # noqa: E402


def main() -> None:
    runner = CliRunner()
    for case in GOLDEN_CASES:
        result = runner.invoke(app, case.args(ROOT))
        if result.exit_code != 0:
            sys.exit(f"{case.name}: exit {result.exit_code}\n{result.output}")
        case.golden(ROOT).write_text(result.stdout, encoding="utf-8")
        print(f"wrote {case.golden(ROOT).relative_to(ROOT)}")


if __name__ == "__main__":
    main()
