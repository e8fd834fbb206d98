"""What the core issue promises for each seed, asserted field by field (beside the golden file).

The golden file pins every byte; these tests say which facts matter and why.
"""

from __future__ import annotations

import pytest

from newsnorm import normalize
from newsnorm.model import Record
from newsnorm.words import missing_words


@pytest.fixture(scope="module")
def seeds(seed_texts) -> dict[str, Record]:
    return {key: normalize(text, path=f"{key}.txt") for key, text in seed_texts.items()}


def kinds(record: Record) -> list[str]:
    return [removal.kind for removal in record.removed]


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_word_lost_and_no_cleaner_failed(seeds, seed_texts, key) -> None:
    record = seeds[key]
    assert not [w for w in record.warnings if w == "words-lost" or w.startswith("cleaner-failed")]
    kept = [record.headline, record.byline, record.body,
            record.dateline.raw if record.dateline else None]
    assert missing_words(seed_texts[key], kept, [n.text for n in record.notes],
                         [r.text for r in record.removed]) == []


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_body_is_paragraphs_without_single_newlines(seeds, key) -> None:
    body = seeds[key].body
    assert "\n" not in body.replace("\n\n", "")
    assert "\n\n\n" not in body and "  " not in body
    assert body == body.strip()


def test_000_dateline_year_inferred_glosses_and_trend(seeds) -> None:
    record = seeds["000"]
    assert record.headline is None
    line = record.dateline
    assert line is not None
    assert line.raw == "BAKU, Azerbaijan, October 3."
    assert (line.city, line.region, line.month, line.day) == ("Baku", "Azerbaijan", 10, 3)
    assert (line.year, line.year_source, line.date) == (2023, "inferred", "2023-10-03")
    assert "year-inferred" in record.warnings
    assert record.agencies == ["Trend"]
    assert [note.kind for note in record.notes] == ["gloss", "gloss"]
    assert record.notes[0].text.startswith("signed by Azerbaijani, Armenian and Russian leaders")
    assert record.notes[1].text == ("temporarily stationed in Azerbaijan under the trilateral "
                                    "statement")
    assert "[" not in record.body and "]" not in record.body
    assert record.body.startswith("Azerbaijan and Armenia must immediately")
    # the note stood right after "Trilateral Statement"
    assert record.body[:record.notes[0].offset].endswith("the Trilateral Statement")


def test_001_truncated_start_reflowed_nothing_invented(seeds) -> None:
    record = seeds["001"]
    assert "truncated-start" in record.warnings
    assert record.agencies == ["Trend"]
    assert record.headline is None and record.dateline is None and record.byline is None
    assert record.body.startswith("doesn't compel anyone to leave Karabakh")
    assert record.body.count("\n\n") >= 5


def test_002_repeated_headline_credit_line_cookie_notice(seeds) -> None:
    record = seeds["002"]
    assert record.headline == "Azerbaijan's president says ready for Armenia peace talks"
    assert "duplicate-headline" in kinds(record)
    assert "News Service Trend" not in record.body
    assert any("News Service Trend" in removal.text for removal in record.removed)
    assert record.agencies == ["Trend"]
    assert "cookie-notice" in kinds(record)
    assert "Cookies" not in record.body
    assert record.body.startswith("Azerbaijan's President Ilham Aliyev said on Saturday")
    assert record.body.endswith("a trilateral working group on Karabakh.")


def test_003_site_crumb_dateline_quotes_comment_form(seeds) -> None:
    record = seeds["003"]
    assert record.headline == ("Azerbaijan called on Armenia not to miss the chance for a "
                               "peace agreement")
    crumbs = [r.text for r in record.removed if r.kind == "site-crumb"]
    assert crumbs == ["GENERICO.ruWorld"]
    assert "duplicate-headline" in kinds(record)
    line = record.dateline
    assert line is not None and (line.city, line.month, line.day) == ("Baku", 11, 6)
    assert line.year in (2023, None)
    assert "“”" not in record.body
    assert "“The completion of the occupation" in record.body
    assert "Please enter your comment" not in record.body
    assert "LATEST POSTS" not in record.body
    assert record.agencies == []
    assert record.body.startswith("Azerbaijani Foreign Minister Jeyhun Bayramov")


def test_004_byline_promos_and_list_note(seeds) -> None:
    record = seeds["004"]
    assert record.headline == ("Baku, Moscow eye illegal Armenian groups' withdrawal from "
                               "Karabakh")
    assert record.byline == "Vafa Ismayilova"
    assert record.authors == ["Vafa Ismayilova"]
    assert record.dateline is None
    assert record.agencies == []
    assert record.body.startswith("Senior Azerbaijani and Russian military officials")
    assert record.body.endswith("was underlined at the meeting.")
    for debris in ("Twitter", "subscribe", "Thank you"):
        assert debris not in record.body
    assert {"rule", "social-promo", "subscription-promo"} <= set(kinds(record))
    assert [note.text[:28] for note in record.notes] == ["working group at the level o"]
    assert "[" not in record.body
