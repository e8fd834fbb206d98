"""Reflow: hard wraps joined, paragraphs found, whitespace collapsed."""

from __future__ import annotations

from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document


def reflow(text: str) -> str:
    doc = Document(text)
    Reflow().clean(doc)
    return doc.text


def test_seed_001_wrapped_without_blank_lines_splits_at_short_sentence_ends(seed_texts) -> None:
    body = reflow(seed_texts["001"])
    assert "\n" not in body.replace("\n\n", "")
    paragraphs = body.split("\n\n")
    assert paragraphs[1] == ("The official went on to say that during the most recent "
                             "anti-terrorist activities, neither Karabakh's civilian population "
                             "nor its infrastructure were targeted.")
    assert paragraphs[-2] == "In parallel, all weapons and heavy equipment are surrendered."
    assert len(paragraphs) == 7


def test_reuters_indented_paragraphs() -> None:
    text = ("Showers continued throughout the week in\n"
            "the Bahia cocoa zone.\n"
            "    The dry period means the temporao will be late this year.\n"
            "    Arrivals for the week ended February 22 were 155,221 bags\n"
            "of 60 kilos.\n")
    assert reflow(text) == (
        "Showers continued throughout the week in the Bahia cocoa zone.\n\n"
        "The dry period means the temporao will be late this year.\n\n"
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.")


def test_one_paragraph_per_long_line(seed_texts) -> None:
    body = reflow(seed_texts["004"])
    assert "Senior Azerbaijani and Russian military officials" in body
    assert "\n\nThe Baku-hosted meeting" in body


def test_hyphen_at_a_wrap_joins_without_space() -> None:
    assert reflow("the Armenian-\nAzerbaijani border") == "the Armenian-Azerbaijani border"


def test_a_sentence_end_whose_next_word_would_not_fit_is_a_wrap() -> None:
    text = ("Presidential Administration Hikmet Hajiyev told DW, Trend reports.\n"
            "According to him, leaving Karabakh is a personal and individual\n"
            "decision of the residents.")
    assert "\n" not in reflow(text)


def test_whitespace_runs_collapse() -> None:
    assert reflow("  a\t\u00a0 b  \n\n\n\n c ") == "a b\n\nc"


def test_indented_rows_break_unless_the_next_line_goes_on() -> None:
    # A Reuters results table whose first row kept the width of the cut dateline.
    text = ("                                      Period ended January 31.\n"
            "    Shr loss six cts vs profit one ct\n"
            "    Net loss 536,000 vs profit 166,000\n"
            "    A quoted passage that wraps\n"
            "    onto an indented second line.")
    assert reflow(text).split("\n\n") == [
        "Period ended January 31.", "Shr loss six cts vs profit one ct",
        "Net loss 536,000 vs profit 166,000",
        "A quoted passage that wraps onto an indented second line."]
