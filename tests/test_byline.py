"""Byline: names into byline/authors, the rest of the line recorded, no sentence mistaken."""

from __future__ import annotations

import pytest

from newsnorm.cleaners import byline_patterns as tables
from newsnorm.cleaners.byline import Byline, _may_stand_in_byline, read_byline
from newsnorm.cleaners.headline import Headline
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.words import missing_words

BODY = ("Senior Azerbaijani and Russian military officials have discussed the fulfillment of the "
        "trilateral statements signed by Baku, Moscow and Yerevan after the 44-day war in 2020.")


def clean(text: str, **options) -> Document:
    doc = Document(text)
    Byline(options).clean(doc)
    return doc


def removed(doc: Document) -> list[str]:
    assert {(r.cleaner, r.kind) for r in doc.removed} <= {("byline", "byline")}
    return [r.text for r in doc.removed]


def test_seed_004_after_the_headline(seed_texts) -> None:
    doc = Document(seed_texts["004"])
    Headline().clean(doc)
    Byline().clean(doc)
    assert doc.byline == "Vafa Ismayilova"
    assert doc.authors == ["Vafa Ismayilova"]
    assert [(r.cleaner, r.kind, r.text) for r in doc.removed] == [("byline", "byline", "By")]
    assert doc.text.startswith("Senior Azerbaijani and Russian military officials")
    kept = [doc.headline, doc.byline, doc.text, *(r.text for r in doc.removed)]
    assert missing_words(seed_texts["004"], kept) == []


def test_seed_004_with_the_headline_still_there(seed_texts) -> None:
    doc = clean(seed_texts["004"])
    assert doc.byline == "Vafa Ismayilova"
    assert doc.text.startswith("Baku, Moscow eye illegal Armenian groups' withdrawal from Karabakh"
                               "\n\nSenior Azerbaijani")


def test_seed_004_after_reflow(seed_texts) -> None:
    doc = Document(seed_texts["004"])
    Reflow().clean(doc)
    Byline().clean(doc)
    assert doc.authors == ["Vafa Ismayilova"]


@pytest.mark.parametrize("key", ["000", "001", "002", "003"])
def test_seeds_without_byline(seed_texts, key) -> None:
    doc = clean(seed_texts[key])
    assert doc.byline is None and doc.authors == [] and doc.text == seed_texts[key]


@pytest.mark.parametrize(
    ("line", "byline", "authors", "rest", "agencies"),
    [
        ("By Jane Doe and John Roe", "Jane Doe and John Roe", ["Jane Doe", "John Roe"], ["By"], []),
        ("By Jane Doe, Ali Veli and John Roe", "Jane Doe, Ali Veli and John Roe",
         ["Jane Doe", "Ali Veli", "John Roe"], ["By"], []),
        ("Jane Doe, Reuters", "Jane Doe", ["Jane Doe"], [", Reuters"], ["Reuters"]),
        ("Jane Doe | AP", "Jane Doe", ["Jane Doe"], ["| AP"], ["AP"]),
        ("By Jane Doe, Staff Writer", "Jane Doe", ["Jane Doe"], ["By", ", Staff Writer"], []),
        ("By Jane Doe, Senior Correspondent", "Jane Doe", ["Jane Doe"],
         ["By", ", Senior Correspondent"], []),
        ("By Vafa Ismayilova @vafa_i", "Vafa Ismayilova", ["Vafa Ismayilova"],
         ["By", "@vafa_i"], []),
        # AzerNews is credited as an agency (agency_names lists it).
        ("By Vafa Ismayilova, AzerNews", "Vafa Ismayilova", ["Vafa Ismayilova"],
         ["By", ", AzerNews"], ["AzerNews"]),
        ("By Jane Doe and John Roe, The Associated Press", "Jane Doe and John Roe",
         ["Jane Doe", "John Roe"], ["By", ", The Associated Press"], ["AP"]),
        ("By Jane Doe for Trend", "Jane Doe", ["Jane Doe"], ["By", "for Trend"], ["Trend"]),
        ("By Bobby Byrne", "Bobby Byrne", ["Bobby Byrne"], ["By"], []),
        ("By Kirby", "Kirby", ["Kirby"], ["By"], []),
        ("Bobby Byrne, Reuters", "Bobby Byrne", ["Bobby Byrne"], [", Reuters"], ["Reuters"]),
        ("By Ursula von der Leyen", "Ursula von der Leyen", ["Ursula von der Leyen"], ["By"], []),
        ("BY VAFA ISMAYILOVA", "VAFA ISMAYILOVA", ["VAFA ISMAYILOVA"], ["BY"], []),
    ],
)
def test_byline_forms(line, byline, authors, rest, agencies) -> None:
    text = f"{line}\n{BODY}"
    doc = clean(text)
    assert (doc.byline, doc.authors) == (byline, authors)
    assert removed(doc) == rest
    assert doc.agencies == agencies
    assert doc.text == BODY
    assert missing_words(text, [doc.byline, doc.text], removed(doc)) == []


def test_agency_alone_is_credited_but_names_no_author() -> None:
    # A desk's byline is kept as written (the gold set's "dpa correspondents"), naming no author.
    doc = clean(f"By Reuters Staff\n\n{BODY}")
    assert doc.byline == "Reuters Staff" and doc.authors == []
    assert removed(doc) == ["By"] and doc.agencies == ["Reuters"]
    assert doc.text == BODY
    # The agency alone is a credit, no byline.
    doc = clean(f"By Reuters\n\n{BODY}")
    assert doc.byline is None and removed(doc) == ["By Reuters"] and doc.agencies == ["Reuters"]


def test_agency_full_name_alone_is_a_credit() -> None:
    # AP's roundups ("10 Things to Know for Today") are credited "By The Associated Press".
    doc = clean(f"By The Associated Press\n{BODY}")
    assert doc.byline is None and doc.authors == [] and doc.agencies == ["AP"]
    assert removed(doc) == ["By The Associated Press"]
    assert doc.text == BODY
    # A desk named after the agency stays a byline, as written.
    doc = clean(f"By Associated Press Staff\n{BODY}")
    assert doc.byline == "Associated Press Staff" and doc.agencies == ["AP"]


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing to our online newspaper, you can have full digital access to all news, "
        "analysis, and much more.",
        "By Monday, the talks had resumed in Brussels.",
        "By the numbers: what the peace deal says",
        "News Service Trend",
        "New York (AP) —",
        "Peace talks resume | Reuters",
        "Baku, Moscow eye illegal Armenian groups' withdrawal from Karabakh",
        "Jane Doe",  # a name alone, with nothing that makes it a byline
    ],
)
def test_lines_that_are_no_byline(line) -> None:
    assert read_byline(line) is None
    text = f"{line}\n\n{BODY}"
    assert clean(text).text == text


def test_wrapped_sentence_ending_in_by_name_is_no_byline() -> None:
    # Reuters 4135: the line starts with "by" but ends a wrapped sentence.
    text = ("    CINCINNATI, Ohio, March 12 - Taft Broadacasting Co said its\n"
            "board of directors unanimously decided not to accept the\n"
            "pending buyout proposal of <Theta Corp>, an investor group led\n"
            "by Dudley Taft.\n")
    assert clean(text).byline is None


def test_only_near_the_top() -> None:
    text = "\n".join([BODY] * 4 + ["By Jane Doe", BODY])
    assert clean(text).byline is None
    assert clean(text, search_lines=5).byline == "Jane Doe"


def test_existing_byline_is_kept() -> None:
    doc = Document(f"By Jane Doe\n{BODY}", byline="John Roe")
    Byline().clean(doc)
    assert doc.byline == "John Roe" and doc.removed == []


def test_words_read_as_prose_are_words_no_byline_holds() -> None:
    # read_byline turns a line down at a lower-case word (or number) from a short list of the
    # ones a byline may hold; the list must agree with what its segments can hold.
    words = {word.lower() for word in (*tables.TITLE_WORDS, *tables.NAME_PARTICLES,
                                       *tables.AGENCY_WORDS, *tables.OUTLET_WORDS,
                                       *tables.NAME_JOINERS, *tables.CREDIT_MARKS)}
    words |= {"wheat", "said", "the", "by", "von", "24", "1987"}
    for word in words:
        if word.isascii() and (word.isdigit() or (word.islower() and word.isalpha())):
            holds = (word in tables.NAME_JOINERS or word in tables.CREDIT_MARKS
                     or _may_stand_in_byline(word))
            assert (word in tables.UNCAPITALIZED_BYLINE_WORDS) == holds, word


def test_dpa_byline_of_the_desk_and_its_closing_mark() -> None:
    doc = clean(f"By dpa correspondents =\n{BODY}")
    # The desk's byline, as written ("By" and the closing "=" recorded); dpa is credited.
    assert (doc.byline, doc.authors, doc.agencies) == ("dpa correspondents", [], ["dpa"])
    assert removed(doc) == ["By", "="]
    doc = clean(f"By dpa\n{BODY}")  # a credit alone names no one
    assert (doc.byline, doc.agencies, removed(doc)) == (None, ["dpa"], ["By dpa"])
    doc = clean(f"By Manuel Schwarz, dpa =\n{BODY}")
    assert (doc.byline, doc.agencies) == ("Manuel Schwarz", ["dpa"])
    assert doc.text.startswith("Senior Azerbaijani")
    # "By" and a lower-case word that names no agency is a sentence.
    assert read_byline("By the way, dpa reported it") is None


def test_site_domain_credited_after_the_names() -> None:
    doc = clean(f"Geir Molnes / Faktisk.no\n{BODY}")
    assert (doc.byline, doc.authors) == ("Geir Molnes", ["Geir Molnes"])
    assert removed(doc) == ["/ Faktisk.no"]
    # Without a mark before it, a domain credits no one: names alone are no byline.
    assert read_byline("Geir Molnes Faktisk.no") is None


def test_describe_byline_for_the_front_matter() -> None:
    from newsnorm.cleaners.byline import describe_byline, is_byline_role
    assert describe_byline("By dpa correspondents =") == (
        "dpa correspondents", [], ["dpa"], ["By"])
    assert describe_byline("By PAUL BYRNE and ALMUDENA CALATRAVA")[:2] == (
        "PAUL BYRNE and ALMUDENA CALATRAVA", ["PAUL BYRNE", "ALMUDENA CALATRAVA"])
    assert is_byline_role("AP Sports Writer") and is_byline_role("Associated Press")
    assert not is_byline_role("Sports fans cheer")


def test_newspaper_after_the_writer_is_no_author() -> None:
    # Tribune Content Agency copy on dpa's feed signs "By <writer>, The <newspaper>".
    doc = clean(f"By Tom Krasovic, The San Diego Union-Tribune =\n{BODY}")
    assert (doc.byline, doc.authors) == ("Tom Krasovic", ["Tom Krasovic"])
    assert removed(doc) == ["By", ", The San Diego Union-Tribune ="]
    # "The" opening the first name after "By", or a name with no "The", stays an author.
    doc = clean(f"By Jane Doe, John Roe\n{BODY}")
    assert doc.authors == ["Jane Doe", "John Roe"]
    # Without "By", a name and "The ..." is no byline (a caption: "Mark Rutte, The Hague").
    assert read_byline("Mark Rutte, The Hague") is None


SANA_STORY = ("Daraa, SANA- Syrian Arab Army's units continued to reinforce their deployment in "
              "several villages of Yarmouk Basin.\n\nThe reporter added that the army units "
              "entered the villages amid a warm welcome by locals.\n\n\n")


@pytest.mark.parametrize("name", ["Shaza Qreima", "Mazen"])
def test_sana_writer_named_after_the_story(name) -> None:
    text = f"{SANA_STORY}{name}\n"
    doc = clean(text)
    assert (doc.byline, doc.authors) == (name, [name])
    assert doc.text.rstrip().endswith("warm welcome by locals.")
    assert not missing_words(text, [doc.byline, doc.text])


@pytest.mark.parametrize("text", [
    # the same closing line under another agency's dateline: not read
    SANA_STORY.replace("Daraa, SANA-", "Daraa (Reuters) -") + "Shaza Qreima\n",
    # a SANA story ending on a sentence, on the agency's name, or on initials
    SANA_STORY + "Locals welcomed the army units.\n",
    SANA_STORY + "SANA\n",
    SANA_STORY + "D.H/L.S./R.B.\n",
    # a closing short line that runs on from the paragraph above
    SANA_STORY.rstrip() + "\nShaza Qreima\n",
    # a related item's title (longer than a name), a job word, a label of the story's place
    SANA_STORY + "Army Units Enter Villages\n",
    SANA_STORY + "Staff Writer\n",
    SANA_STORY + "Yarmouk Basin\n",
])
def test_no_closing_byline(text) -> None:
    doc = clean(text)
    assert doc.byline is None and doc.text == text


def test_bare_lead_whose_name_the_scraper_lost() -> None:
    # Eurasia Review: the author's link was dropped, "By" stands alone under the title.
    text = ("Iran And Europe 'Complementary' Partners, Says Iran Foreign Minister\n\nBy\n\n"
            "Iran's Foreign Minister Ali Akbar Salehi has expressed confidence.")
    doc = clean(text)
    assert doc.byline is None
    assert removed(doc) == ["By"]
    assert doc.text == ("Iran And Europe 'Complementary' Partners, Says Iran Foreign Minister"
                        "\n\nIran's Foreign Minister Ali Akbar Salehi has expressed confidence.")


@pytest.mark.parametrize("text", [
    "A title\n\nBy and large, the talks held.\n\nMore.",  # a sentence opening with "By"
    "A title\n\nThe talks went on\nBy\n\nMore.",  # the wrapped end of a paragraph
    "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nBy\n\nMore.",  # below the top lines
    # a sentence a scrape broke after its first word: the paragraph under it is in lower case
    "A title\n\nBy\n\nthe end of the year the port will be sold, officials said.",
])
def test_no_bare_lead(text) -> None:
    doc = clean(text)
    assert doc.removed == [] and doc.text == text


@pytest.mark.parametrize(("line", "byline", "rest"), [
    # a post's date behind a bar or a dash (Anadolu's "By Aynur Ekiz |12.03.2023", WordPress
    # themes' "By John Smith - Mar 3, 2023", UPI's desk "By UPI Staff | Jan. 03, 2018")
    ("By Aynur Ekiz |12.03.2023", "Aynur Ekiz", ["By", "|12.03.2023"]),
    ("By John Smith - Mar 3, 2023", "John Smith", ["By", "- Mar 3, 2023"]),
    ("By Jane Doe | Published: March 3, 2023", "Jane Doe", ["By", "| Published: March 3, 2023"]),
    ("By UPI Staff | Jan. 03, 2018", "UPI Staff", ["By", "| Jan. 03, 2018"]),
    # the lead on a line of its own, the name on the next (the author's link as pages render it)
    ("By\nJohn Smith", "John Smith", ["By"]),
    # a labelled author line
    ("Author: John Smith", "John Smith", ["Author:"]),
])
def test_byline_forms_of_web_pages(line, byline, rest) -> None:
    doc = clean(f"{line}\n\n{BODY}")
    assert doc.byline == byline
    assert removed(doc) == rest
    assert doc.text == BODY


@pytest.mark.parametrize("line", [
    "By John Smith - Geneva talks",  # after the dash no stamp: no byline
    "By\nthe way, this is prose",
    "Author of the report said",
])
def test_no_byline_in_lines_like_web_bylines(line) -> None:
    text = f"{line}\n\n{BODY}"
    assert clean(text).text == text


@pytest.mark.parametrize(("line", "names"), [
    # radiografica.org.ar's byline over the story (its author note's "*" dropped)
    ("Por Gabriel Fernández", ["Gabriel Fernández"]),
    # journalmetro.com's French byline; a labelled Spanish one
    ("Par Manal Drissi", ["Manal Drissi"]),
    ("Por: Ana María López", ["Ana María López"]),
])
def test_spanish_portuguese_and_french_leads(line, names) -> None:
    reading = read_byline(line)
    assert reading is not None
    assert [line[a:b] for a, b in reading.names] == names


@pytest.mark.parametrize("line", [
    "Por su parte, el ministro dijo que no habrá cambios",
    "Par ailleurs, le gouvernement a annoncé des mesures",
    "Porto Alegre recebe a cúpula do Mercosul",
    # the newsroom's signature: a role, no author
    "Por Redação",
    "Por Redacción",
])
def test_por_and_par_lines_that_are_no_byline(line) -> None:
    assert read_byline(line) is None


def test_por_byline_under_the_title() -> None:
    text = ("Lula retorna a Brasília nesta segunda-feira\n\nPor Ana María López\n\n"
            "O presidente Luiz Inácio Lula da Silva retornou neste domingo a Brasília após ter "
            "passado parte da semana passada em agendas no Egito e Etiópia.\n")
    doc = Document(text)
    Headline().clean(doc)
    Byline().clean(doc)
    assert doc.byline == "Ana María López"
    assert doc.text.startswith("O presidente Luiz")
