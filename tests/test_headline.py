"""Headline: the title off the top, without crumbs, site names or its repeated copy."""

from __future__ import annotations

import pytest

from newsnorm.cleaners.headline import Headline
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.words import missing_words

BODY = ("Senior Azerbaijani and Russian military officials have discussed the fulfillment of the "
        "trilateral statements, the Azerbaijani Defence Ministry reported on March 22.")


def clean(text: str, **options) -> Document:
    doc = Document(text)
    Headline(options).clean(doc)
    return doc


def removed(doc: Document) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in doc.removed]


def test_seed_002_repeated_headline(seed_texts) -> None:
    doc = clean(seed_texts["002"])
    title = "Azerbaijan's president says ready for Armenia peace talks"
    assert doc.headline == title
    assert removed(doc) == [("duplicate-headline", title)]
    assert doc.text.startswith("News Service Trend\n")


def test_seed_003_site_crumb_glued_to_the_headline(seed_texts) -> None:
    doc = clean(seed_texts["003"])
    title = "Azerbaijan called on Armenia not to miss the chance for a peace agreement"
    assert doc.headline == title
    assert removed(doc) == [("site-crumb", "GENERICO.ruWorld"), ("duplicate-headline", title)]
    assert doc.text.startswith("BAKU, November 6 Azerbaijani Foreign Minister")


def test_seed_004_city_comma_headline_is_no_dateline(seed_texts) -> None:
    doc = clean(seed_texts["004"])
    assert doc.headline == "Baku, Moscow eye illegal Armenian groups' withdrawal from Karabakh"
    assert doc.removed == []
    assert doc.text.startswith("By Vafa Ismayilova\nSenior Azerbaijani")


@pytest.mark.parametrize("key", ["000", "001"])
def test_seeds_starting_with_dateline_or_mid_sentence_have_no_headline(seed_texts, key) -> None:
    doc = clean(seed_texts[key])
    assert doc.headline is None and doc.text == seed_texts[key]


@pytest.mark.parametrize(
    "title",
    [
        "BAHIA COCOA REVIEW",
        "U.S. FIRST-QUARTER GNP RISES 1.4 PCT",
        "TAIWAN TO SEEK HIGHER TEXTILE EXPORTS TO U.S.",
        "MERRILL MANDATED FOR IEL U.S. NOTE.",
        "COMMODITY RESEARCH BUREAU PRICES INDEX New York,",
        "U.S. FINANCIAL ANALYSTS - March 3",
        "JAPAN ASKS BANKS TO MODERATE DOLLAR SALES - JIJI",
        "FORD <F> AIR-BAG PROGRAM FLAGGING - REPORT",
        "venezuelan bank begins signing debt contracts",
    ],
)
def test_reuters_titles(title) -> None:
    text = f"{title}\n\n    SALVADOR, Feb 26 - Showers continued in\nthe Bahia cocoa zone.\n"
    doc = clean(text)
    assert doc.headline == title
    assert doc.removed == []
    assert doc.text.startswith("    SALVADOR, Feb 26")  # the paragraph indent stays


@pytest.mark.parametrize(
    ("line", "title", "suffix"),
    [
        ("Peace talks resume | Reuters", "Peace talks resume", "| Reuters"),
        ("Peace talks resume - Daily Sabah", "Peace talks resume", "- Daily Sabah"),
        ("Peace talks resume — Trend.az", "Peace talks resume", "— Trend.az"),
        ("Peace talks resume | Caspian Post", "Peace talks resume", "| Caspian Post"),
    ],
)
def test_site_suffix(line, title, suffix) -> None:
    doc = clean(f"{line}\n\n{BODY}")
    assert doc.headline == title
    assert removed(doc) == [("site-suffix", suffix)]
    assert doc.text == BODY


def test_section_and_site_suffixes_both_go() -> None:
    doc = clean(f"Peace talks resume | World | news.az\n\n{BODY}")
    assert doc.headline == "Peace talks resume"
    assert removed(doc) == [("site-suffix", "| World"), ("site-suffix", "| news.az")]


@pytest.mark.parametrize(
    "title",
    [
        "Armenia, Azerbaijan agree to talks - foreign minister",  # a source, not a site
        "Aliyev: Peace is within reach - but not yet",
    ],
)
def test_dash_before_words_that_name_no_site_stays(title) -> None:
    assert clean(f"{title}\n\n{BODY}").headline == title


def test_repeat_with_a_site_suffix_is_a_duplicate() -> None:
    doc = clean(f"Peace talks resume\n\nPeace talks resume | Reuters\n\n{BODY}")
    assert doc.headline == "Peace talks resume"
    assert removed(doc) == [("duplicate-headline", "Peace talks resume | Reuters")]
    assert doc.text == BODY


@pytest.mark.parametrize(
    "title", ["Will Armenia sign the peace deal?", "Peace at last!", "Peace at last."]
)
def test_question_exclamation_and_very_short_dotted_titles(title) -> None:
    assert clean(f"{title}\n\n{BODY}").headline == title


@pytest.mark.parametrize(
    "first",
    [
        "Azerbaijan's President Ilham Aliyev said on Saturday that he is ready to hold talks.",
        "LONDON, March 3 (Reuters) -",
        "WASHINGTON, Tuesday -",
        "LONDON (Reuters) - Oil rose.",
        "BAKU, November 6",
        "By Vafa Ismayilova",
        "of the peace agreement, he said",
        "The sides agreed on the following:",
        "x" * 201,
    ],
)
def test_first_paragraphs_that_are_no_title(first) -> None:
    text = f"{first}\n\n{BODY}"
    doc = clean(text)
    assert doc.headline is None and doc.text == text


def test_single_line_text_and_first_line_of_wrapped_paragraph_are_no_title() -> None:
    assert clean("Peace talks resume").headline is None
    assert clean(f"Peace talks resume in Brussels on\nMonday.\n\n{BODY}").headline is None


def test_max_chars_option() -> None:
    assert clean(f"Peace talks resume\n\n{BODY}", max_chars=10).headline is None


def test_after_reflow(seed_texts) -> None:
    doc = Document(seed_texts["003"])
    Reflow().clean(doc)
    Headline().clean(doc)
    assert doc.headline.startswith("Azerbaijan called on Armenia")
    assert doc.text.startswith("BAKU, November 6")


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_word_lost(seed_texts, key) -> None:
    doc = clean(seed_texts[key])
    kept = [doc.headline, doc.text, *(r.text for r in doc.removed)]
    # A crumb glued to the headline splits one run of letters ("GENERICO.ruWorldAzerbaijan").
    lost = missing_words(seed_texts[key].replace("ruWorldAzerbaijan", "ruWorld Azerbaijan"), kept)
    assert lost == []
