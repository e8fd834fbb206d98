"""Agencies: national agencies' house credits, and names that are also words.

Each credit from a real snippet (the agency's own copy or a repost), with story text that looks
like it and must not credit.
"""

from __future__ import annotations

import pytest

from newsnorm import normalize
from newsnorm.cleaners.agencies import Agencies
from newsnorm.cleaners.agency_names import CREDIT_POSITION_ONLY, canonical_agency
from newsnorm.cleaners.line_ends import LineEnds
from newsnorm.cleaners.reflow import Reflow
from newsnorm.pipeline import Pipeline

PIPELINE = Pipeline([LineEnds(), Reflow(), Agencies()])


def credited(text: str) -> list[str]:
    return PIPELINE.run(text).agencies


@pytest.mark.parametrize(("text", "agencies"), [
    # Oman Observer: an Oman News Agency item signed off after its last sentence
    ("The new fishing markets will provide suitable hygienic environments for traders and "
     "buyers as well as boost the quality of fish. — ONA", ["ONA"]),
    # Nigerian papers: the News Agency of Nigeria's bracket ending the story
    ("The governor said the state would act on the report. (NAN)", ["NAN"]),
    # BelTA's house attribution in the lead (its items reposted on kopyl.gov.by)
    ("Belarusian President Aleksandr Lukashenko has ordered to remove all travel barriers. This "
     "matter was discussed at the meeting with representatives of the government and the "
     "Belarus President Administration, BelTA has learned.\n\nThe president discussed the "
     "visa waiver.", ["BelTA"]),
    # Kazinform's, spelt the British way (inform.kz)
    ("President of Kazakhstan Kassym-Jomart Tokayev had a telephone conversation with President "
     "Vladimir Putin of Russia, Kazinform has learnt from the Akorda press service.\n\nThe "
     "leaders discussed trade.", ["Kazinform"]),
    # the Vietnam News Agency's dash glued to the last sentence's stop (en.vietnamplus.vn)
    ("As part of his tour, the PM urged the university to improve education-training "
     "quality.-VNA", ["VNA"]),
    # Interfax's Ukrainian arm, credited the group's way (UAWire)
    ("Three Ukrainian soldiers were wounded, the command said, Interfax-Ukraine reports.",
     ["Interfax"]),
    # a full name in a lead's attribution still credits a word-like agency
    ("Saudi Arabia's Crown Prince received his first dose of the vaccine, the Saudi Press "
     "Agency reported.\n\nThe minister thanked him.", ["SPA"]),
])
def test_house_credits(text, agencies) -> None:
    assert credited(text) == agencies


@pytest.mark.parametrize("text", [
    # word-like short names in a sentence are no credit
    ("Growth in the region slowed, according to MENA.\n\nThe bank said more."),
    ("Talks with Israel stalled, PA reported.\n\nThe envoy left."),
    ("The route is shown on the map, according to MAP.\n\nIt is long."),
    # a caption's word alone as a paragraph is no credit line ...
    ("The trail runs along the coast.\n\nMAP"),
    ("Download the new service today.\n\nAPP"),
    # ... nor a given name signing a letter
    ("Thank you for your support.\n\nTasnim"),
    # "BNA" is also Bloomberg BNA and an airport code: no credit as a paragraph of its own
    ("Flights leave from Nashville.\n\nBNA"),
    # Prensa Latina's "PL" credits in a dateline's bracket only, never as a sign-off
    ("The striker scored twice in the top flight (PL)."),
    # a dash glued to an abbreviation's stop is a compound, not a sign-off
    ("He met officials of the U.S.-AP"),
    # another paper that "has learned" is not an agency
    ("The company plans to cut jobs, the newspaper has learned.\n\nIt declined to comment."),
    # "TCA" is also a toll-road authority: as a lead's source it credits no wire
    ("The toll road operator raised fees on Monday, TCA reported.\n\nDrivers complained."),
])
def test_word_like_names_credit_only_where_a_credit_stands(text) -> None:
    assert credited(text) == []


def test_word_like_names_are_still_agencies() -> None:
    assert {"APP", "MAP", "SPA", "ONA", "Petra", "Tasnim"} <= CREDIT_POSITION_ONLY
    assert canonical_agency("Jordan News Agency") == canonical_agency("Petra") == "Petra"


def test_a_repost_of_petra_keeps_the_city_and_credits_the_agency() -> None:
    record = normalize("Petra, Dec. 21 (Petra) – Chief Commissioner Fares Braizat, on Sunday, "
                       "lit the Christmas tree at the Petra Visitor Center.",
                       reference_date="2025-12-21")
    assert record.dateline is not None and record.dateline.city == "Petra"
    assert record.dateline.date == "2025-12-21"
    assert record.agencies == ["Petra"]
    assert record.body.startswith("Chief Commissioner")


def test_the_saudi_press_agencys_stamped_sign_off_is_taken_and_credits() -> None:
    # spa.gov.sa (2023): the sign-off carries the time it moved, the serial and the address
    text = ("Al Aqran underlined that approval of the SPA's organization represents a significant "
            "step towards an effective media industry. --SPA 20:14 LOCAL TIME 17:14 GMT 0024 "
            "www.spa.gov.sa/w1854248")
    doc = PIPELINE.run(text)
    assert doc.agencies == ["SPA"]
    assert doc.text.rstrip().endswith("effective media industry.")


@pytest.mark.parametrize("text", [
    # the time stamp alone names no agency (spa.gov.sa 2015): no credit
    "Al-Riyadh newspaper said the matter was important.\n11:13 LOCAL TIME 08:13 GMT",
    # "local time" in a sentence after the name is story
    "The talks, the SPA said, began at 20:14 local time.",
    # the name and a time in a story's last sentence, no "LOCAL TIME" stamp
    "The minister met the SPA delegation at 20:14 in Riyadh.",
])
def test_story_text_like_the_stamped_sign_off_credits_nothing(text) -> None:
    doc = PIPELINE.run(text)
    assert doc.agencies == []
    assert "LOCAL TIME" not in text or "LOCAL TIME" in doc.text


def test_menafn_source_with_its_opening_bracket_lost_credits_the_wire() -> None:
    doc = PIPELINE.run("MENAFN - Jordan News Agency) Chief Commissioner Fares Braizat lit the "
                       "Christmas tree.")
    assert doc.agencies == ["Petra"]
    assert doc.text.lstrip().startswith("Chief Commissioner")
    # a paper as the source is no wire, and "MENAFN" in a sentence is no source line
    assert PIPELINE.run("MENAFN - Gulf Times) The ministry said.").agencies == []
    assert PIPELINE.run("MENAFN - the network - carried the Jordan News Agency) item.").agencies \
        == []
