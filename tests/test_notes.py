"""Notes: bracketed editorial insertions listed by kind; glosses and editor's notes taken out."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsnorm.cleaners.agencies import Agencies
from newsnorm.cleaners.line_ends import LineEnds
from newsnorm.cleaners.notes import Notes
from newsnorm.cleaners.quotes import Quotes
from newsnorm.cleaners.reflow import Reflow
from newsnorm.cleaners.truncated_start import TruncatedStart
from newsnorm.document import Document
from newsnorm.pipeline import Pipeline
from newsnorm.words import missing_words

PIPELINE = Pipeline([LineEnds(), Reflow(), Notes()])


def notes(text: str) -> Document:
    doc = Document(text)
    Notes().clean(doc)
    return doc


def listed(doc: Document) -> list[tuple[str, str]]:
    return [(note.kind, note.text) for note in doc.notes]


def assert_clean(body: str) -> None:
    assert "  " not in body and " ," not in body and " ." not in body
    assert body == body.strip()


# -- the seeds ----------------------------------------------------------------------------------

STATEMENT = ("signed by Azerbaijani, Armenian and Russian leaders following the 2020 second "
             "Karabakh war")
CONTINGENT = "temporarily stationed in Azerbaijan under the trilateral statement"


@pytest.mark.parametrize(("key", "after_statement"), [
    ("000", "Trilateral Statement, suppression of large-scale provocations"),
    ("001", "Trilateral Statement, to stop large-scale provocations"),
])
def test_seed_glosses_are_taken_out(seed_texts, key, after_statement) -> None:
    doc = PIPELINE.run(seed_texts[key])
    assert listed(doc) == [("gloss", STATEMENT), ("gloss", CONTINGENT)]
    assert after_statement in doc.text
    assert "peacekeeping contingent, an agreement was reached" in doc.text
    assert "(GMT+4)" in doc.text
    assert "[" not in doc.text
    assert doc.text[:doc.notes[0].offset].endswith("the Trilateral Statement")
    assert doc.text[:doc.notes[1].offset].endswith("peacekeeping contingent")
    for paragraph in doc.text.split("\n\n"):
        assert_clean(paragraph)


def test_seed_004_gloss_with_quotes_inside(seed_texts) -> None:
    doc = PIPELINE.run(seed_texts["004"])
    assert listed(doc) == [("gloss", "working group at the level of vice premiers of Russia, "
                                     'Azerbaijan, and Armenia, and the "3+3" platform')]
    assert "in at least two international formats is an indication of" in doc.text
    assert doc.text[:doc.notes[0].offset].endswith("two international formats")


@pytest.mark.parametrize("key", ["002", "003"])
def test_seeds_without_brackets_have_no_notes(seed_texts, key) -> None:
    doc = PIPELINE.run(seed_texts[key])
    assert doc.notes == []


def test_a_gloss_across_a_hard_wrap_before_reflow(seed_texts) -> None:
    doc = notes(seed_texts["001"])
    assert listed(doc)[0] == ("gloss", STATEMENT)
    assert "the Trilateral Statement, to stop large-scale" in doc.text


# -- kinds ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body", "note"), [
    ("[Editor's note: This article was updated.] Talks resumed.", "Talks resumed.",
     ("editor", "Editor's note: This article was updated.")),
    ("Talks resumed.\n\n[Translated from Russian]", "Talks resumed.",
     ("editor", "Translated from Russian")),
    ("Talks resumed. [Photo: Reuters] Both sides agreed.", "Talks resumed. Both sides agreed.",
     ("editor", "Photo: Reuters")),
    ("[Updated at 14:00]\n\nTalks resumed.", "Talks resumed.", ("editor", "Updated at 14:00")),
    ("The war ended. [The statement was signed in 2020.] Talks resumed.",
     "The war ended. Talks resumed.", ("editor", "The statement was signed in 2020.")),
    ("Azerbaijan, [a country in the South Caucasus], said so.", "Azerbaijan, said so.",
     ("gloss", "a country in the South Caucasus")),
    ("textiles concern [GFT-Gruppo Finanziario Tessile Spa] for a joint venture",
     "textiles concern for a joint venture", ("gloss", "GFT-Gruppo Finanziario Tessile Spa")),
])
def test_notes_taken_out(text, body, note) -> None:
    doc = notes(text)
    assert doc.text == body
    assert listed(doc) == [note]


@pytest.mark.parametrize(("text", "note"), [
    ('He said: "[Armenia] must withdraw its troops."', ("substitution", "Armenia")),
    ("“[He] said the talks would resume,” the minister added.", ("substitution", "He")),
    ("[He] said the talks would resume.", ("substitution", "He")),
    ("“We expect [the Armenian side] to comply,” he said.", ("substitution", "the Armenian side")),
    ("The talks, she said, [were] productive.", ("substitution", "were")),
    ("the country[s] of the region", ("substitution", "s")),
    ("“The agreement is binding [sic] on both sides,” he said.", ("sic", "sic")),
    ("“We will not give up [...] our lands,” he said.", ("elision", "...")),
    ("“We will not give up […] our lands,” he said.", ("elision", "…")),
    ("“We will not give up [. . .] our lands,” he said.", ("elision", ". . .")),
])
def test_notes_that_stay(text, note) -> None:
    doc = notes(text)
    assert doc.text == text
    assert listed(doc) == [note]
    assert doc.text[doc.notes[0].offset] == "["


@pytest.mark.parametrize("text", [
    "U.K. Financial services group Prudential Corp PLC [PRUL.L] said.",
    "Daimler-Benz AG [DAIG.F] said its car production could fall.",
    "Peace talks resumed.[3]",
    "See [Trend](https://en.trend.az) for details.",
    "the Statement [signed [in 2020] by leaders], to stop",
    "the Statement [signed by leaders, to stop",
    "the Statement signed] by leaders, to stop",
    "Business hours (GMT+4) apply []",
])
def test_brackets_that_are_not_notes_stay(text) -> None:
    doc = notes(text)
    assert doc.text == text
    assert doc.notes == []


# -- layout and offsets --------------------------------------------------------------------------

def test_editor_note_paragraph_in_the_middle_keeps_one_blank_line() -> None:
    doc = notes("Talks resumed.\n\n[Editor's note: corrected a name.]\n\nBoth sides agreed.")
    assert doc.text == "Talks resumed.\n\nBoth sides agreed."
    assert doc.text[doc.notes[0].offset:].startswith("Both sides")


def test_two_note_paragraphs_at_the_end_leave_no_trailing_break() -> None:
    doc = notes("Talks resumed.\n\n[Editor's note: corrected.]\n\n[Photo: AFP]")
    assert doc.text == "Talks resumed."
    assert [n.kind for n in doc.notes] == ["editor", "editor"]


def test_offsets_follow_later_edits() -> None:
    doc = notes("the Trilateral Statement [signed in 2020], to stop provocations")
    doc.edit([(0, 4, "")])  # a later cleaner takes out "the "
    assert doc.text[:doc.notes[0].offset] == "Trilateral Statement"


def test_several_glosses_in_one_sentence() -> None:
    doc = notes("the Statement [of 2020] and the contingent [of Russia] agreed [on Monday].")
    assert doc.text == "the Statement and the contingent agreed."
    assert [doc.text[:n.offset] for n in doc.notes] == [
        "the Statement",
        "the Statement and the contingent",
        "the Statement and the contingent agreed",
    ]


def test_a_note_between_two_words_leaves_a_space() -> None:
    doc = notes("the word[Editor's note: corrected]after it")
    assert doc.text == "the word after it"
    assert doc.text[doc.notes[0].offset:] == " after it"


def test_no_word_is_lost(seed_texts) -> None:
    for text in seed_texts.values():
        doc = PIPELINE.run(text)
        assert missing_words(text, [doc.text], [n.text for n in doc.notes],
                             [r.text for r in doc.removed]) == []


@pytest.mark.parametrize("hostile", [
    "[" * 200_000,
    "]" * 200_000,
    "[a] " * 50_000,
    "[" + "a " * 100_000 + "]",
    "“[a]”" * 40_000,
    ("[\n\n" * 50_000) + "]",
    '"' * 100_000 + "[a]",
    "the Statement [of 2020] " * 30_000,
])
def test_hostile_brackets_are_linear_and_lose_nothing(hostile) -> None:
    started = time.perf_counter()
    doc = notes(hostile)
    assert time.perf_counter() - started < 3.0
    assert missing_words(hostile, [doc.text], [n.text for n in doc.notes]) == []


PIECES = ["[signed by leaders]", "[Editor's note: x]", "[...]", "[sic]", '"[He] said"', "“”The",
          "said.“”", '""', "“, ", "Reuter", "REUTER^M", "(Reporting by A; Editing by B)", "PTI",
          "— AFP", ", Trend reports.", "News Service Trend", "\n\n", "\n", " ", "[", "]", "“",
          "”", '"', "(", ")", "word", "Word", ".", ","]
CLEANERS = [Quotes(), Agencies(), Notes(), TruncatedStart()]


@settings(derandomize=True, deadline=None, max_examples=400,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.permutations(CLEANERS))
def test_any_text_in_any_order_keeps_every_word(text, order) -> None:
    doc = Document(text)
    for cleaner in order:
        cleaner.clean(doc)
    assert missing_words(text, [doc.text], [n.text for n in doc.notes],
                         [r.text for r in doc.removed]) == []
    assert all(0 <= note.offset <= len(doc.text) for note in doc.notes)


# -- a bracket alone in its paragraph ------------------------------------------------------------


def test_bracket_alone_in_its_paragraph_is_an_editors_placeholder() -> None:
    # NTB/Faktisk.no: "[ GRAFIKK/VIDEO MANGLER ]" ("graphic/video missing") stands where a
    # graphic was; it stands in for no words of a sentence, so it is taken out.
    text = ("Faktisk.no har tidligere omtalt ulike konspirasjoner rundt FNs bærekraftmål:\n\n"
            "[ GRAFIKK/VIDEO MANGLER ]\n\nDet er ikke riktig.")
    doc = notes(text)
    assert listed(doc) == [("editor", "GRAFIKK/VIDEO MANGLER")]
    assert doc.text == ("Faktisk.no har tidligere omtalt ulike konspirasjoner rundt FNs "
                        "bærekraftmål:\n\nDet er ikke riktig.")


def test_bracket_opening_a_paragraph_of_words_is_still_a_substitution() -> None:
    doc = notes("He spoke first.\n\n[Armenia] must withdraw its troops, he said.")
    assert listed(doc) == [("substitution", "Armenia")]
    assert "[Armenia] must withdraw" in doc.text
