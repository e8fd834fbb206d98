"""The line-ends cleaner's screen: texts it passes over hold nothing to fix."""

from __future__ import annotations

import pytest

from newsnorm.cleaners.line_ends import ANY_FIX, SUSPECT, LineEnds, _may_need_fixing
from newsnorm.document import Document


@pytest.mark.parametrize("code", range(0x100))
def test_the_screen_sees_every_character_the_fix_changes(code) -> None:
    # ASCII texts are screened apart from the SUSPECT scan: both must agree on every character
    # (an ASCII one alone, and beside a non-ASCII one).
    for text in (f"a{chr(code)}b", f"é{chr(code)}b"):
        assert _may_need_fixing(text) == (SUSPECT.search(text) is not None)
        if ANY_FIX.search(text):
            assert _may_need_fixing(text)


def test_a_plain_ascii_text_is_left_alone_and_a_control_is_fixed() -> None:
    doc = Document("Peace talks\tresume.\n\nBoth sides agreed.")
    LineEnds().clean(doc)
    assert doc.text == "Peace talks\tresume.\n\nBoth sides agreed."
    doc = Document("Peace\x00talks\r\nresume\x7f.")
    LineEnds().clean(doc)
    assert doc.text == "Peace talks\nresume ."
