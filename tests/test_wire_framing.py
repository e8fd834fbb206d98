"""wire_framing: an AP feed item's transmission framing and ANPA line markers come off, and
nothing else changes.

The strongest check uses real feed files (fixtures/wire, see its SOURCES.md): each raw ANPA item
must give the record its hand-stripped twin in the gold set gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsnorm import normalize
from newsnorm.cleaners.wire_framing import WireFraming
from newsnorm.document import Document
from newsnorm.io.decode import decode

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WIRE = FIXTURES / "wire"
TWINS = {  # raw feed file -> the gold set's hand-stripped copy of it
    "ap_anpa-1.tst": "ap-anpa-heat-hawks.txt",
    "ap_anpa-3.tst": "ap-anpa-lobster-death.txt",
    "ap_anpa-4.tst": "ap-anpa-china-escape.txt",
    "ap_anpa-7.tst": "ap-anpa-10-things.txt",
    "anpa-1.tst": "ap-anpa-argentina-cancer.txt",
    "anpa-2.tst": "ap-anpa-ethanol-grassland.txt",
}
FIELDS = ("headline", "byline", "authors", "dateline", "agencies", "body", "notes")

# ap_anpa-3.tst, whole: SYN SYN SOH, selector, US, priority and category, DC3 DC1, keyword line,
# STX, the text, ETX, trailer, FF, EOT.
LOBSTER = (WIRE / "ap_anpa-3.tst").read_bytes().decode("ascii")


def record_of(path: Path):
    return normalize(decode(path.read_bytes())[0])


@pytest.mark.parametrize(("raw", "twin"), sorted(TWINS.items()))
def test_a_raw_feed_item_gives_the_record_of_its_hand_stripped_twin(raw: str, twin: str) -> None:
    got = record_of(WIRE / raw)
    want = record_of(FIXTURES / "goldset" / "inputs" / twin)
    assert {f: getattr(got, f) for f in FIELDS} == {f: getattr(want, f) for f in FIELDS}
    assert "words-lost" not in got.warnings


def test_header_keyword_trailer_and_markers_are_recorded_by_kind() -> None:
    doc = Document(LOBSTER)
    WireFraming().clean(doc)
    taken = [(r.kind, r.text) for r in doc.removed]
    assert taken[0] == ("wire-header", LOBSTER[:LOBSTER.index("\x02") + 1].strip())
    assert ("wire-keyword", "^BC-US--Giant Lobster Death, 1st Ld-Writethru,127<") in taken
    assert taken[-1][0] == "wire-trailer" and "AP-WF-08-29-16 1626GMT<" in taken[-1][1]
    assert {text for kind, text in taken if kind == "wire-markup"} == {"^", "<"}
    assert doc.text.startswith("$210 lobster is found dead\r\nEds: APNewsNow.")
    assert "CHATHAM, Mass. (AP) _ A lobster died." in doc.text


@pytest.mark.parametrize("name", ["ap_anpa-2.tst", "ap_anpa-6.tst"])
def test_agate_tables_decode_and_keep_every_word(name: str) -> None:
    record = record_of(WIRE / name)
    assert "words-lost" not in record.warnings
    assert "BC-BBO--" not in record.body and not record.body.startswith("^")
    assert "Tampa Bay" in record.body or "Baltimore" in record.body


@pytest.mark.parametrize("text", [
    # dpa's IPTC 7901 item: the same codes, no ANPA keyword line; boilerplate reads its header.
    "\x01eca062 4 i 211 ccccb   dpa 061\r\n\r\nGermany-politics/\r\n\x02Germany Social Democrats:"
    " Coalition talks with Merkel could fail =\r\n\r\n   Berlin (dpa) - Negotiations began.\r\n"
    "\x03131137 GMT Nov 13 \r\n\x04",
    # Two items in one file: which header belongs to which text is a guess, so none is taken.
    LOBSTER + LOBSTER,
    # A story line that starts with "^" outside any feed item.
    "^BC-US--Lobster Death,28<\nCHATHAM, Mass. (AP) _ A lobster died.",
    # STX far down: not a header but a story with a stray code.
    "\x01" + "Story text goes on. " * 40 + "\x02^BC-US--Lobster Death,28<\nA lobster died.\x03",
])
def test_anything_but_one_anpa_item_is_left_alone(text: str) -> None:
    doc = Document(text)
    WireFraming().clean(doc)
    assert doc.text == text and not doc.removed
