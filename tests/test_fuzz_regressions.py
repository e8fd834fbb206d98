"""Inputs that once broke the pipeline (found by hypothesis or the atheris fuzz target).

Each stays here forever: it must give a record with no word lost and no cleaner failed.
"""

from __future__ import annotations

import pytest

from newsnorm import normalize

REGRESSIONS = {
    # A control character between digits was deleted, gluing "0" and "0" into a new word "00".
    "control between digits": "0\x1f0",
    # A site crumb glued to the headline ("ruWorldAzerbaijan"): splitting it is not a loss.
    "glued crumb": "GENERICO.ruWorldAzerbaijan called on Armenia\n\nAzerbaijan called on Armenia\n",
}


@pytest.mark.parametrize("name", sorted(REGRESSIONS))
def test_regression(name: str) -> None:
    record = normalize(REGRESSIONS[name])
    assert [w for w in record.warnings
            if w == "words-lost" or w.startswith("cleaner-failed")] == []
