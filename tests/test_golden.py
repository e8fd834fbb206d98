"""Golden files: the reviewed output for every fixture, byte for byte.

When a change is meant to alter the output, run ``nox -s golden`` and review the diff.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsnorm.cli import app
from tests.conftest import ROOT
from tests.golden_cases import GOLDEN_CASES


@pytest.mark.parametrize("case", GOLDEN_CASES, ids=lambda case: case.name)
def test_output_matches_the_reviewed_golden_file(case) -> None:
    result = CliRunner().invoke(app, case.args(ROOT))
    assert result.exit_code == 0, result.output
    expected = case.golden(ROOT).read_text(encoding="utf-8").splitlines()
    actual = result.stdout.splitlines()
    assert len(actual) == len(expected)
    for got, want in zip(actual, expected, strict=True):
        # Compare parsed records first, so a failure shows which field moved.
        assert json.loads(got) == json.loads(want)
    assert actual == expected
