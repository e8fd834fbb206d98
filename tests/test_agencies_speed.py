"""The literal screens in front of the agencies cleaner's forms let every match through."""

from __future__ import annotations

from newsnorm.cleaners.agencies import Agencies, _may_hold_stamp_source
from newsnorm.cleaners.agency_patterns import _FORM_SOURCES, STAMP_SOURCE_MARKS


def _top_level_branches(source: str) -> list[str]:
    """The branches of the outermost group of a form's source, split at its depth-1 bars."""
    branches, depth, current, escaped, in_class = [], 0, "", False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 1:
            branches.append(current)
            current = ""
            continue
        current += char
    return [*branches, current]


def test_every_stamp_source_branch_holds_a_mark() -> None:
    branches = _top_level_branches(_FORM_SOURCES["stamp_source"])
    assert len(branches) >= 5
    for branch in branches:
        assert "(?:19|20)" in branch or "Updated" in branch, branch
    for mark in STAMP_SOURCE_MARKS:
        assert _may_hold_stamp_source(f"x {mark} y")


def test_stamp_sources_still_read() -> None:
    agencies = Agencies()
    for line in ("Xinhua, December 01, 2017", "2017-09-05 08:46Xinhua Editor: Gu Liping",
                 "(Xinhua)    07:31, January 02, 2020", "Updated: Jan 5,2018 8:41 AM     Xinhua"):
        assert _may_hold_stamp_source(line)
        assert agencies._stamp_source(line, 0, len(line)) is not None, line
    assert not _may_hold_stamp_source("Shr 1.05 dlrs vs 71 cts")
