"""Agencies: relayed reports, Chinese portals' source lines, sign-offs naming an agency twice.

Each credit form from a real snippet, with story text that looks like it and must not credit.
"""

from __future__ import annotations

import time

import pytest

from newsnorm.cleaners.agencies import Agencies
from newsnorm.cleaners.line_ends import LineEnds
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.model import Removal
from newsnorm.pipeline import Pipeline

PIPELINE = Pipeline([LineEnds(), Reflow(), Agencies()])


def run(text: str) -> Document:
    return PIPELINE.run(text)


def removed(doc: Document) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in doc.removed if r.cleaner == "agencies"]


# -- a relayed report: "X reported, citing ..." in the lead's first sentence ---------------------

@pytest.mark.parametrize(("text", "agencies"), [
    # a Reuters story relaying TASS's interview (the dateline credit read by the dateline cleaner
    # is here in the text: the agencies cleaner reads it as a dateline credit too)
    ("(Reuters) – Russia is discussing the deployment of long-range weapons with its closest "
     "partners, the official TASS news agency reported on Wednesday, citing Russian Deputy "
     "Foreign Minister Sergei Ryabkov.\n\nRyabkov said in an interview with the TASS agency "
     "that Moscow has partners.", ["Reuters", "TASS"]),
    # a Bernama relay of a Xinhua report, verb first (thestoly.com)
    ("Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah has been named the new Kuwaiti emir, reported "
     "Xinhua news agency, quoting the Kuwaiti government on Tuesday.\n\nThe government prays "
     "for the success of the new ruler.\n\nSources: BERNAMA", ["Xinhua", "Bernama"]),
])
def test_a_relayed_report_credits_the_relayed_agency(text, agencies) -> None:
    assert sorted(run(text).agencies) == sorted(agencies)


@pytest.mark.parametrize(("text", "agencies"), [
    # Kyodo: a bare "the official Xinhua News Agency reported Tuesday." is a fact's source
    ("Former Chinese Premier Li Peng died Monday of illness in the capital, the official "
     "Xinhua News Agency reported Tuesday. He was 90.\n\nLi served as premier.\n\n==Kyodo",
     ["Kyodo"]),
    # a relay past the lead's first sentence is a source too
    ("The ministry said on Monday it would cut rates. The move follows a slump, the official "
     "TASS news agency reported, citing a source.\n\nREUTER", ["Reuters"]),
    # citing the agency is not the agency citing
    ("Prices rose 3 pct, the ministry said, citing Xinhua figures.\n\nREUTER", ["Reuters"]),
])
def test_a_bare_report_or_a_later_one_is_a_source(text, agencies) -> None:
    assert run(text).agencies == agencies


# -- Chinese portals' source lines --------------------------------------------------------------

def test_china_org_source_line_is_credited_and_taken_out() -> None:
    doc = run("Xinhua, December 01, 2017\n\nChina will stick to its basic national policy of "
              "opening-up, President Xi Jinping said on Thursday.")
    assert doc.agencies == ["Xinhua"]
    assert removed(doc) == [("credit-line", "Xinhua, December 01, 2017")]
    assert doc.text.startswith("China will stick")


def test_china_org_source_line_among_page_widgets_is_credited_and_left() -> None:
    text = ("0 Comment(s)Print E-mail Xinhua, December 01, 2017\nAdjust font size:\n\n"
            "China will stick to its basic national policy, President Xi Jinping said.")
    doc = run(text)
    assert doc.agencies == ["Xinhua"]
    assert removed(doc) == []


def test_people_daily_source_line() -> None:
    doc = run("(Xinhua) 08:19, December 01, 2017\n\nChinese President Xi Jinping met on "
              "Thursday with foreign leaders.")
    assert doc.agencies == ["Xinhua"]


@pytest.mark.parametrize("line", [
    "Updated: Jan 5,2018 8:41 AM     Xinhua",  # english.gov.cn: the stamp, then the wire
    "XinhuaUpdated:November 17, 2017",  # english.scio.gov.cn: the wire glued to the label
])
def test_government_portal_source_lines(line) -> None:
    doc = run(f"In 2018, Xi leads China on new journey\n\n{line}\n\nBEIJING — The year 2018 "
              "will be an important one for China.")
    assert doc.agencies == ["Xinhua"]
    assert ("credit-line", " ".join(line.split())) in removed(doc)


def test_government_portal_stamp_taken_with_the_front_matter_still_credits() -> None:
    doc = Document("BEIJING — The year 2018 will be an important one for China.")
    doc.removed.append(Removal(cleaner="front_matter", kind="front-matter",
                               text="Updated: Jan 5,2018 8:41 AM     Xinhua"))
    Agencies().clean(doc)
    assert doc.agencies == ["Xinhua"]


def test_ecns_stamp_line_taken_with_the_front_matter_still_credits() -> None:
    doc = Document("Chinese President Xi Jinping on Monday called for solidarity.")
    doc.removed.append(Removal(cleaner="boilerplate", kind="page-stamp",
                               text="2017-09-05 08:46Xinhua Editor: Gu Liping ECNS App Download"))
    Agencies().clean(doc)
    assert doc.agencies == ["Xinhua"]


def test_a_stamp_in_a_related_list_credits_nothing() -> None:
    doc = Document("Chinese President Xi Jinping on Monday called for solidarity.")
    doc.removed.append(Removal(cleaner="boilerplate", kind="related-links",
                               text="2017-09-05 08:46Xinhua Editor: Gu Liping"))
    Agencies().clean(doc)
    assert doc.agencies == []


@pytest.mark.parametrize("text", [
    # a story sentence naming the agency and a date ends like a sentence
    "The report was carried by Xinhua, December 01, 2017.\n\nIt said prices rose.",
    # a date stamp beside a newspaper's name, not a wire's
    "China Daily, December 01, 2017\n\nChina will stick to its basic national policy.",
    # a time stamp with an agency's name in a sentence after it
    "2017-09-05 08:46 Xinhua said the summit closed.\n\nIt was a success.",
    "Updated: Jan 5,2018 8:41 AM Xinhua said\n\nIt was a success.",
    # a stamp with no wire after it
    "Updated: 2017-11-23 10:17\n\nChina will stick to its basic national policy.",
    # a photo's credit
    "Photo: Xinhua, December 01, 2017\n\nChina will stick to its basic national policy.",
    # the label in a sentence, not at the line's start
    "Officials said Xinhua Updated: its figures\n\nIt was a success.",
])
def test_story_text_like_a_source_line_credits_nothing(text) -> None:
    assert run(text).agencies == []


# -- a wire's name alone after the last sentence ------------------------------------------------

@pytest.mark.parametrize("text", [
    # EFE's Spanish wire (a Superdesk NITF fixture)
    "El león asiático es una especie amenazada en la India y, según los datos del Fondo Mundial "
    "para la Naturaleza (WWF), el país cuenta con una población de unos 500 ejemplares. EFE",
    # its Portuguese service
    "As autoridades do Paraguai, o quinto integrante do Mercado Comum do Sul, não participam da "
    "reunião. EFE",
])
def test_efe_sign_off_after_the_last_sentence(text) -> None:
    doc = run(text)
    assert doc.agencies == ["EFE"]
    assert removed(doc) == [("sign-off", "EFE")]
    assert doc.text.endswith(".")


def test_efe_sign_off_with_desk_initials_under_it() -> None:
    text = ("As autoridades do Paraguai, o quinto integrante do Mercado Comum do Sul, não "
            "participam da reunião. EFE\n\njf/rsd")
    doc = run(text)
    assert doc.agencies == ["EFE"]
    assert removed(doc) == [("sign-off", "EFE\n\njf/rsd")]
    assert doc.text.endswith("reunião.")


def test_initials_under_no_sign_off_stay() -> None:
    text = "The minister said he would decide on the plan and/or the budget.\n\njf/rsd"
    doc = run(text)
    assert doc.agencies == []
    assert doc.text == text


@pytest.mark.parametrize("text", [
    "The minister said so, he told EFE.",  # a stop after the name: a sentence
    "The final was broadcast live by EFE",  # no stop before it
    "Prices rose sharply. Trend",  # an ordinary word
    "It was signed by the Press Trust of India",  # more than one word
])
def test_a_name_ending_the_text_otherwise_is_no_sign_off(text) -> None:
    doc = run(text)
    assert doc.agencies == []
    assert removed(doc) == []


# -- a sign-off naming the agency twice ---------------------------------------------------------

def test_wam_sign_off_with_its_full_and_short_names() -> None:
    doc = run("The channel is an official and exclusive source of news related to the federal "
              "government's activities. - Emirates News Agency, WAM –")
    assert doc.agencies == ["WAM"]
    assert removed(doc) == [("sign-off", "- Emirates News Agency, WAM –")]
    assert doc.text.endswith("activities.")


@pytest.mark.parametrize("text", [
    # two different agencies are no sign-off of one
    "He told the news agencies. - Emirates News Agency, KUNA –",
    # a list ending the story
    "The talks were covered by many outlets - Xinhua, AFP",
])
def test_two_names_of_different_agencies_are_no_sign_off(text) -> None:
    doc = run(text)
    assert doc.agencies == []
    assert removed(doc) == []


# -- hostile shapes stay linear -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Prices rose, the official TASS news agency reported" + " " * 200_000 + "x citing.",
    "Prices rose, TASS reported on Monday" + " \t" * 100_000 + ", x quoting.",
    "Xinhua, December 01, 2017 " * 20_000,
    "Prices rose. - Emirates News Agency, WAM" + " " * 200_000 + "x",
    "Prices rose. - Emirates News Agency, WAM –" + " \n" * 100_000,
], ids=["relay-spaces", "relay-tabs", "stamps", "named-tail-spaces", "named-tail-blank-lines"])
def test_hostile_shapes_of_the_new_forms_finish(text) -> None:
    started = time.perf_counter()
    run(text)
    assert time.perf_counter() - started < 20  # a ceiling for quadratic blow-ups, not a timing


# -- "Source: Full Name (ABBR)" ------------------------------------------------------------------

def test_source_line_with_full_and_short_names() -> None:
    doc = run("The media delegation comprises journalists from Iraq and Iran.\n\n"
              "Source: Syrian Arab News Agency (SANA)\n\nPrevious Article")
    assert doc.agencies == ["SANA"]
    assert ("credit-line", "Source: Syrian Arab News Agency (SANA)") in removed(doc)


def test_source_line_taken_as_a_press_release_issuer_still_credits() -> None:
    doc = Document("The media delegation comprises journalists from Iraq and Iran.")
    doc.removed.append(Removal(cleaner="boilerplate", kind="press-release",
                               text="Source: Syrian Arab News Agency (SANA)"))
    Agencies().clean(doc)
    assert doc.agencies == ["SANA"]


@pytest.mark.parametrize("text", [
    "Source: Xinhua (AFP)",  # two wires: no one credit
    "Source: Essence",  # a company issuing a release
    "Source: Emirates News Agency (Abu Dhabi)",  # the bracket is no agency
])
def test_press_release_source_lines_of_no_one_wire_credit_nothing(text) -> None:
    doc = Document("Essence today announced the promotion of its director.")
    doc.removed.append(Removal(cleaner="boilerplate", kind="press-release", text=text))
    Agencies().clean(doc)
    assert doc.agencies == []


def test_tca_is_credited_only_through_the_dpa_slug() -> None:
    # Abu Dhabi's Tourism and Culture Authority is "TCA" too
    doc = run("The Abu Dhabi Tourism and Culture Authority (TCA) – Abu Dhabi will host the "
              "festival, officials said.")
    assert doc.agencies == []


# -- a caption's credit at the story's end is no sign-off ----------------------------------------

@pytest.mark.parametrize("text", [
    "The festival opened on Monday.\n\nFile photo — AFP",
    "The festival opened on Monday.\n\nFile picture (AFP)",
    "The festival opened on Monday.\n\nPhoto shows the crowd at the opening ceremony. — AFP",
])
def test_a_photo_label_before_a_tail_credits_nothing(text) -> None:
    doc = run(text)
    assert doc.agencies == [] and removed(doc) == []


@pytest.mark.parametrize(("text", "taken"), [
    # a story paragraph ending with the wire's sign-off (Gulf and Asian reposts of AFP copy)
    ("The festival opened on Monday.\n\nPhotographers crowded the stage as the band played. "
     "— AFP", "— AFP"),
    ("The festival opened on Monday.\n\n(AFP)", "(AFP)"),
])
def test_a_sign_off_after_story_text_still_credits(text, taken) -> None:
    doc = run(text)
    assert doc.agencies == ["AFP"] and removed(doc) == [("sign-off", taken)]
