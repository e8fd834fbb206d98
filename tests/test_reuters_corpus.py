"""The whole Reuters-21578 dev split: every article becomes a record and no word is lost.

The corpus lives in ../shared/corpora (not redistributed with the package); the test
materializes it with the shared tool, exactly as ``nox -s accuracy`` does.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from newsnorm.io.inputs import TextTask, iter_tasks
from newsnorm.pipeline import Pipeline
from newsnorm.process import Settings
from newsnorm.runner import run
from tests.conftest import SHARED

CORPUS = SHARED / "corpora" / "reuters21578"
TOOL = SHARED / "tools" / "reuters.py"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora is not here")


@pytest.fixture(scope="module")
def reuters_input(tmp_path_factory):
    out = tmp_path_factory.mktemp("reuters")
    subprocess.run([sys.executable, str(TOOL), str(CORPUS), str(out)], check=True,
                   capture_output=True, timeout=600)
    return out / "input.jsonl"


def test_every_reuters_article_becomes_a_record_with_no_word_lost(reuters_input) -> None:
    tasks = list(iter_tasks([str(reuters_input)]))
    assert len(tasks) > 13000 and all(isinstance(t, TextTask) for t in tasks)
    settings = Settings(pipeline=Pipeline.from_config())
    warnings: Counter[str] = Counter()
    bad = []
    for task, outcome in zip(tasks, run(tasks, settings, jobs=2), strict=True):
        assert outcome.line is not None, outcome.failure
        record = json.loads(outcome.line)
        warnings.update(record["warnings"])
        if "words-lost" in record["warnings"] or any(
                w.startswith("cleaner-failed") for w in record["warnings"]):
            bad.append((task.display, record["warnings"]))
    assert bad == [], f"{len(bad)} articles lost words or failed a cleaner: {bad[:5]}"
