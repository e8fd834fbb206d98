"""Properties that hold for any text: no crash, no word lost, deterministic, LF ≡ CRLF.

Hypothesis runs derandomized (fixed seeds) so the suite is deterministic on any machine.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsnorm import normalize
from newsnorm.pipeline import Pipeline
from tests.conftest import SEEDS

PIPELINE = Pipeline.from_config()
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

# Pieces of real wire copy, so generated texts hit the cleaners' patterns, not just noise.
WIRE_PIECES = [
    "BAKU, Azerbaijan, October 3. ", "LONDON, March 3 (Reuters) - ", "WASHINGTON (AP) — ",
    "MOSCOW, March 3. /TASS/. ", "By Vafa Ismayilova\n", "Trend reports.", "News Service Trend",
    "[signed by leaders]", "[Editor's note: updated]", "[...]", "[sic]", '"[He] said"', "“”The",
    "Reuter\n", "REUTER", "--\n", "Follow us on Twitter @x\n", "Please enter your comment!\n",
    "Cookies are used for the purposes of the law.\n", "LATEST POSTS in this category",
    "\n\n", "\n", "    ", "[", "]", "“", "”", "(", ")", "- ", "January 1, 2024", "Oct. 9",
]
piece = st.one_of(st.sampled_from(WIRE_PIECES),
                  st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30))
wire_text = st.lists(piece, max_size=40).map("".join)

COMMON = settings(derandomize=True, deadline=None, max_examples=300,
                  suppress_health_check=[HealthCheck.too_slow])


def problems(text: str) -> list[str]:
    record = normalize(text, pipeline=PIPELINE)
    return [w for w in record.warnings if w == "words-lost" or w.startswith("cleaner-failed")]


def content(text: str) -> dict:
    return normalize(text, pipeline=PIPELINE).model_dump(exclude={"id", "source"})


@COMMON
@given(wire_text)
def test_no_crash_and_no_word_lost_on_any_text(text: str) -> None:
    assert problems(text) == []


@COMMON
@given(st.sampled_from(range(len(SEED_TEXTS))), st.data())
def test_mutated_seeds_keep_every_word(index: int, data: st.DataObject) -> None:
    text = SEED_TEXTS[index]
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 200)))
        operation = data.draw(st.sampled_from(["delete", "duplicate", "insert"]))
        if operation == "delete":
            text = text[:start] + text[end:]
        elif operation == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        else:
            text = text[:start] + data.draw(piece) + text[start:]
    assert problems(text) == []


@COMMON
@given(wire_text)
def test_same_text_same_record(text: str) -> None:
    assert content(text) == content(text)


@COMMON
@given(wire_text.map(lambda text: text.replace("\r", "")))
def test_crlf_and_lf_give_the_same_record(text: str) -> None:
    assert content(text.replace("\n", "\r\n")) == content(text)
