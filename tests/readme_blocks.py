"""The README's code blocks that a test runs: each follows a ``<!-- tested: FILE -->`` line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from newsnorm.cli import app
from tests.conftest import ROOT, SEEDS

README = ROOT / "README.md"
TESTED_BLOCK = re.compile(r"<!-- tested: (?P<file>\S+) -->\n```(?P<language>\w+)\n(?P<code>.*?)```",
                          re.S)
WIRE = {
    "reuters-1.txt": "LONDON, March 3 (Reuters) - Oil prices rose on Tuesday, traders said.\n",
    "reuters-2.txt": "NEW YORK, March 4 (Reuters) - Stocks fell on Wednesday, brokers said.\n",
    "tass-1.txt": "MOSCOW, December 31 /TASS/. Russia and Belarus signed a gas deal.\n",
    "tass-2013.txt": "MOSCOW, May 5, 2013 /TASS/. The Kremlin said talks would go on.\n",
}


def readme_blocks(test_file: str, language: str) -> list[str]:
    """The code of each README block of ``language`` marked as tested by ``test_file``."""
    text = README.read_text(encoding="utf-8")
    return [match["code"] for match in TESTED_BLOCK.finditer(text)
            if match["file"] == test_file and match["language"] == language]


def make_feeds(root: Path) -> Path:
    """A feed folder: the seeds and four short wire stories."""
    feeds = root / "feeds"
    shutil.copytree(SEEDS, feeds / "seeds")
    for name, text in WIRE.items():
        (feeds / name).write_text(text, encoding="utf-8")
    return feeds


def ingest(*args: str) -> list[dict]:
    result = CliRunner().invoke(app, ["ingest", *args, "-j", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]
