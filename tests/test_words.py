"""The "nothing is lost" check: its fast paths must answer exactly as the word-by-word check."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newsnorm.words import MAX_RUN_STARTS, _missing_by_words, missing_words


def test_body_run_with_headline_dateline_and_sign_off() -> None:
    source = "OIL RISES\n\n    LONDON, March 3 - Oil prices\nrose.\n (Reuters)"
    assert missing_words(source, ["OIL RISES", "LONDON, March 3 -", "Oil prices rose."],
                         ["(Reuters)"]) == []


def test_a_word_left_outside_the_body_run_is_lost() -> None:
    assert missing_words("x a b c y", ["a b c", "x"]) == ["y"]


def test_words_glued_together_in_the_body_are_lost() -> None:
    assert missing_words("Oil prices rose", ["Oilprices rose"]) == ["Oil", "prices"]


def test_a_moved_word_boundary_is_lost() -> None:
    # Same letters, same number of words, in the same order: only the boundary moved.
    assert missing_words("ab c", ["a bc"]) == ["ab", "c"]


def test_body_whose_first_word_repeats_before_it() -> None:
    assert missing_words("the cat the dog the end", ["the dog the end", "the cat"]) == []


def test_body_run_past_the_bounded_search_still_passes() -> None:
    source = "a " * (MAX_RUN_STARTS + 4) + "a b"
    assert missing_words(source, ["a b", "a " * (MAX_RUN_STARTS + 4)]) == []


def test_body_broken_by_a_note_uses_the_multiset() -> None:
    assert missing_words("one [two] three", ["one three"], ["two"]) == []
    assert missing_words("one [two] three", ["one three"]) == ["two"]


def test_nothing_kept_loses_every_word() -> None:
    assert missing_words("b a b", [None, ""]) == ["a", "b"]


WORDS = st.sampled_from(["a", "b", "ab", "the", "Baku", "x_y", "éa", "3", "a-b", "Müller"])
SEPARATORS = st.sampled_from([" ", "\n", ", ", " - ", "\n\n    ", "_", "—"])


@st.composite
def texts_and_kept(draw):
    tokens = draw(st.lists(WORDS, min_size=0, max_size=12))
    joints = draw(st.lists(SEPARATORS, min_size=len(tokens), max_size=len(tokens)))
    source = "".join(t + j for t, j in zip(tokens, joints, strict=True))
    # Kept texts: slices of the source's tokens, maybe shuffled, maybe with a word dropped,
    # duplicated or glued to its neighbour.
    cuts = sorted(draw(st.lists(st.integers(0, len(tokens)), max_size=3)))
    bounds = [0, *cuts, len(tokens)]
    pieces = [tokens[a:b] for a, b in pairwise(bounds)]
    pieces = draw(st.permutations(pieces))
    kept = [" ".join(piece) for piece in pieces]
    change = draw(st.sampled_from(["none", "drop", "double", "glue"]))
    if kept and change != "none":
        at = draw(st.integers(0, len(kept) - 1))
        words = kept[at].split(" ")
        if change == "drop":
            words = words[1:]
        elif change == "double":
            words = words + words[:1]
        else:
            words = ["".join(words[:2]), *words[2:]]
        kept[at] = " ".join(words)
    return source, kept


@settings(max_examples=400, deadline=None)
@given(texts_and_kept())
def test_fast_paths_answer_as_the_word_by_word_check(case) -> None:
    source, kept = case
    assert missing_words(source, kept) == _missing_by_words(source, "\n".join(k for k in kept if k))
