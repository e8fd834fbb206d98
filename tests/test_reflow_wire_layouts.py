"""Reflow of wire layouts: indent-marked copy with an unwrapped opening, results tables."""

from __future__ import annotations

from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document


def reflow(text: str) -> str:
    doc = Document(text)
    Reflow().clean(doc)
    return doc.text


def test_an_unwrapped_indented_opening_keeps_the_indents_as_paragraph_marks() -> None:
    # Reuters-21578 item 10125: the dateline paragraph's first line ran on to 126 columns.
    text = ("    WASHINGTON, March 26 - Senate budget writers worked on a 37-billion-dlr package "
            "of budget deficit reductions, half through\n"
            "unspecificed new revenues, to cut the 1988 deficit with a goal\n"
            "of balancing the budget in 1991 under a new law's target.\n"
            "    The committee went over a package of deficit reductions\n"
            "proposed by its chairman, Democrat Lawton Chiles of Florida.\n")
    assert reflow(text).split("\n\n") == [
        "WASHINGTON, March 26 - Senate budget writers worked on a 37-billion-dlr package of "
        "budget deficit reductions, half through unspecificed new revenues, to cut the 1988 "
        "deficit with a goal of balancing the budget in 1991 under a new law's target.",
        "The committee went over a package of deficit reductions proposed by its chairman, "
        "Democrat Lawton Chiles of Florida.",
    ]


def test_a_web_scrape_with_a_long_unindented_line_keeps_one_paragraph_a_line() -> None:
    # One paragraph a line (a scrape), a bullet indented: an over-long line that opens no
    # indented paragraph says the block was never wrapped.
    long_line = ("Prime Minister Narendra Modi is on a mission to make India more respectable in "
                 "the world, Union Home Minister Amit Shah said here on Sunday.")
    text = f"{long_line}\nShah made these comments at a function.\n  • India\n"
    assert reflow(text).split("\n\n") == [
        long_line, "Shah made these comments at a function.", "• India"]


def test_a_scrape_of_indented_paragraphs_one_a_line_keeps_its_lines_apart() -> None:
    # Mostly long lines: a page's paragraphs, indented, one a line, with a caption under them.
    first = "   " + "Oil prices rose sharply on Tuesday as traders weighed supply. " * 3
    second = "   " + "The ministry said output would stay flat through the summer. " * 3
    caption = "Tankers wait off the coast near the terminal"
    text = f"Title of the story\n{first}\n{second}\n{caption}\n"
    assert reflow(text).split("\n\n")[-1] == caption


def test_a_table_rows_label_ending_in_a_spaced_dash_is_a_row_of_its_own() -> None:
    # Reuters-21578 item 8668: results rows, some heading the rows under them.
    text = ("    Pretax profit 178.1 mln vs 110.1 mln\n"
            "    Pretax profit includes -\n"
            "    Long term business 145.5 mln vs 137.7 mln\n"
            "    General insurance business -\n"
            "    Underwriting loss 99.9 mln vs 131.6 mln\n")
    assert reflow(text).split("\n\n") == [
        "Pretax profit 178.1 mln vs 110.1 mln", "Pretax profit includes -",
        "Long term business 145.5 mln vs 137.7 mln", "General insurance business -",
        "Underwriting loss 99.9 mln vs 131.6 mln"]


def test_an_indented_quote_running_on_after_a_dash_stays_one_paragraph() -> None:
    # A spaced dash before a lower-case word, or a hyphen ending a word, runs on.
    text = ("    The plan - which the board approved -\n"
            "    was signed on Monday by the chairman of the well-\n"
            "    known company.\n")
    assert reflow(text) == ("The plan - which the board approved - was signed on Monday by the "
                            "chairman of the well-known company.")
