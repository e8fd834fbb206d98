"""Boilerplate: web debris out, each piece recorded with its kind; story paragraphs never."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsnorm.cleaners.boilerplate import (
    END_MARK_WORDS,
    RELEASE_DATELINE_CORE,
    RELEASE_DATELINE_WORDS,
    TOOLBAR_AND_END_MARK,
    TOOLBAR_WORDS,
    Boilerplate,
)
from newsnorm.cleaners.boilerplate_patterns import (
    FAMILIES,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    Family,
    extra_phrase_family,
)
from newsnorm.cleaners.boilerplate_screen import (
    SCREEN,
    _alternatives,
    _branches,
    _first_character,
    _folded_image,
    _literal,
    _literal_led,
    _tokens,
    _ways,
    build_screen,
    fold,
)
from newsnorm.cleaners.reflow import Reflow
from newsnorm.document import Document
from newsnorm.words import missing_words
from tests.boilerplate_checks import removed

STORY = ("The issue of demining the liberated territories of Azerbaijan was also brought up "
         "on the agenda, and the European Union's readiness to provide technical assistance to "
         "Azerbaijan in this regard was underlined at the meeting.")


def clean(text: str, **options) -> Document:
    doc = Document(text)
    Boilerplate(options).clean(doc)
    return doc


def assert_nothing_lost(text: str, doc: Document) -> None:
    assert missing_words(text, [doc.text], [r.text for r in doc.removed]) == []
    assert {r.cleaner for r in doc.removed} <= {"boilerplate"}


def test_seed_004_tail_rule_social_and_subscription_promo(seed_texts) -> None:
    text = seed_texts["004"]
    doc = clean(text)
    assert doc.text.rstrip().endswith("was underlined at the meeting.")
    assert removed(doc) == [
        ("rule", "--"),
        ("social-promo", "Follow us on Twitter @AzerNewsAz"),
        ("subscription-promo", "Here we are to serve you with news right now. It does not cost "
                               "much, but worth your attention."),
        ("subscription-promo", "Choose to support open, independent, quality journalism and "
                               "subscribe on a monthly basis."),
        ("subscription-promo", "By subscribing to our online newspaper, you can have full "
                               "digital access to all news, analysis, and much more."),
        ("social-promo", "You can also follow AzerNEWS on Twitter @AzerNewsAz or Facebook "
                         "@AzerNewsNewspaper"),
        ("subscription-promo", "Thank you!"),
    ]
    assert doc.text.startswith("Baku, Moscow eye illegal")  # the headline is not debris
    assert "By Vafa Ismayilova" in doc.text  # nor is the byline
    assert_nothing_lost(text, doc)


def test_seed_003_comment_form_and_latest_posts(seed_texts) -> None:
    doc = clean(seed_texts["003"])
    assert removed(doc) == [
        ("comment-form", "Please enter your comment!"),
        ("comment-form", "Please enter your name here"),
        ("related-links", "LATEST POSTS in this category"),
    ]
    assert doc.text.rstrip().endswith("more than 100 thousand residents left Karabakh for Armenia.")


def test_seed_002_cookie_notice_with_broken_word(seed_texts) -> None:
    doc = clean(seed_texts["002"])
    assert [kind for kind, _ in removed(doc)] == ["cookie-notice"]
    assert removed(doc)[0][1].startswith("Cookies are used limited to the purposes in th e")
    assert "News Service Trend" in doc.text  # a credit line, for the agencies cleaner
    assert doc.text.rstrip().endswith("a trilateral working group on Karabakh.")


@pytest.mark.parametrize("key", ["000", "001"])
def test_seeds_without_debris_are_untouched(seed_texts, key) -> None:
    doc = clean(seed_texts[key])
    assert doc.text == seed_texts[key] and doc.removed == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leave a reply", "comment-form"),
        ("Read more: Aliyev, Pashinyan to meet in Brussels", "related-links"),
        ("Related articles", "related-links"),
        ("Share this article", "social-promo"),
        ("© 2024 Foo Media. All rights reserved.", "copyright"),
        ("Photo: Reuters", "photo-credit"),
        ("(Photo by Vafa Ismayilova/AzerNews)", "photo-credit"),
        ("Tags: Azerbaijan, Armenia, peace talks", "tag-list"),
        ("Home > World > Caucasus", "site-crumb"),
        ("Sign up for our daily newsletter", "subscription-promo"),
        ("* * *", "rule"),
        ("__________", "rule"),
        # Families from the gold set: web and wire debris.
        ("Share - WeChat", "social-promo"),
        ("Popular news", "related-links"),
        ("More From This Section", "related-links"),
        ("BACK TO THE TOP", "related-links"),
        ("Close photo mode", "photo-credit"),
        ("Representative Image", "photo-credit"),
        ("AP Photo XNP101, XNP102, XNP103", "photo-credit"),
        ("tags #coal #Economy #mines #Narendra Singh Tomar", "tag-list"),
        ("Tag Archives: Maria Zakharova", "tag-list"),
        ("Germany-football/Munich/Mueller/", "wire-header"),
        ("/politics/Britain/EU/Brexit/justice/ 2ND LEAD", "wire-header"),
        ("eca100 3 s 586 ccccb   dpa 099", "wire-header"),
        ("1ST LEAD", "wire-header"),
        ("dpa al rmo hct rmo", "wire-header"),
        ("212322 GMT Nov 18", "wire-header"),
        ("# Notebook", "wire-notebook"),
        ("The following information is not intended for publication", "wire-notebook"),
        # Wire service lines and advisories (AP ANPA, dpa, ANP, Kyodo, AFP, SDA).
        ("Eds: Heat 115, Hawks 111. Updates. With AP Photos.", "wire-advisory"),
        ("(Eds: Minor edits. A longer version of this story is available. With AP Photos. "
         "With BC-AS--China-Lawyer Trial.)", "wire-advisory"),
        ("EDITOR'S NOTE _ This is part of an Associated Press investigation into the hidden "
         "costs of green energy.", "wire-advisory"),
        ("N i e u w bericht, vervangt: FNV staat alleen met ultimatum aan PostNL",
         "wire-advisory"),
        ("Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt", "wire-notebook"),
        ("eca0003 3 i 380 dpa 0045", "wire-header"),
        ("dpa tt xx n1", "wire-header"),
        ("REFILE", "wire-header"),
        ("EXTRA", "wire-header"),
        ("a0105KYODO koko-u s BC-Soccer-Emperor's-Cup 09-12 0344", "wire-header"),
        ("KWS-21:37-09-12-18", "wire-header"),
        ("hh/ph/ts/hd", "wire-header"),
        ("asl/tib/pid/cac", "wire-header"),
        ("(SDA/sj)", "wire-header"),
        ("091223 dec 18", "wire-header"),
        # Page stamps.
        ("Updated: 15 hr ago", "page-stamp"),
        ("China Daily | Updated: 2017-11-23 10:17", "page-stamp"),
        ("# 12 September 2017 08:28 (UTC +04:00)", "page-stamp"),
        ("17.01.2013 13:06", "page-stamp"),
        ("17.04.2017 - Update : 17.04.2017", "page-stamp"),
        ("Last Updated : Jan 18 2015 | 6:15 PM IST", "page-stamp"),
        ("October 14, 2022 - 5:05 PM", "page-stamp"),
        ("April 18, 2022", "page-stamp"),
        ("18:00", "page-stamp"),
        # Widgets, site notices, press-release headers, captions and credits.
        ("Online Payment", "site-widget"),
        ("English", "site-widget"),
        ("Don’t miss the latest developments in business and finance.", "site-widget"),
        ("For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.", "site-widget"),
        ("Top", "related-links"),
        ("相关文章", "related-links"),
        ("If you find out orphographic mistake in the text, please select mistaken part of the "
         "text and press Ctrl + Enter.", "site-notice"),
        ("License for publishing multimedia online 0108263", "site-notice"),
        ("Registration Number: 130349", "site-notice"),
        ("Source: Essence", "press-release"),
        ("SOURCE  Essence", "press-release"),
        ("MEDIA RELEASE PR67257", "press-release"),
        ("Logo - http://mma.prnewswire.com/media/327027/Essence_Logo.jpg", "press-release"),
        ("For further information, please visit qeprize.org [ http://qeprize.org/ ]",
         "press-release"),
        ("CONTACT: Pooja Singh, pooja.singh@essencedigital.com", "contact-line"),
        ("Bernard Condon can be reached at http://twitter.com/BernardFCondon . His work can be "
         "found at http://www.bigstory.ap.org/content/bernard-condon .", "contact-line"),
        ("His work can be found at http://www.bigstory.ap.org/content/bernard-condon .",
         "contact-line"),
        ("Yomiuri Shimbun file photo", "photo-credit"),
        ("BILDE: Dette dokumentet skal angivelig vise målene bak FNs Agenda 21 og Agenda 2030.",
         "photo-credit"),
        ("Ukraine's President Volodymyr Zelenskiy speaks to the media as he is surrounded by "
         "Ukrainian servicemen in Bucha, outside Kyiv, April 4, 2022.", "photo-caption"),
        ("Xi Jinping and his wife Peng Liyuan pose for a photo with US President Donald Trump "
         "in the Mar-a-Lago resort in Florida, the United States, April 6, 2017. [Photo/Xinhua]",
         "photo-caption"),
    ],
)
def test_debris_line_after_the_story(line, kind) -> None:
    text = f"{STORY}\n\n{line}\n"
    doc = clean(text)
    assert removed(doc) == [(kind, line)]
    assert doc.text.strip() == STORY


@pytest.mark.parametrize(
    "paragraph",
    [
        # Debris words inside story paragraphs: reported speech, or too long to be debris.
        "The regulator said the company's cookie policy broke the Personal Data Protection Law.",
        "Follow us on Twitter, the ministry told residents of the region, urging calm.",
        "Readers who subscribe to the newspaper's print edition will also receive full digital "
        "access from next month, the publisher announced on Monday, adding that prices for "
        "existing subscribers would not change before the end of the year, and that the "
        "newsroom would keep its independent journalism free of charge for all readers who "
        "register on the website with an email address and a password.",
        "Thank you!",  # a story line, not after any promo
        # Story sentences that mention photos, tags, sharing or leads stay.
        "The photo by a local resident showed smoke rising over the port.",
        "Police said the suspects shared photos on WeChat before the attack.",
        "The ministry tags every shipment of coal leaving the mines, officials said.",
        "Germany took the lead in the 1st half and never looked back.",
        "The image of the burning tower was shared widely on social media.",
        # Story sentences like the new families' lines: dates, sources, leads, contacts.
        "The agreement was signed in Geneva, Switzerland, on March 3, 2021.",
        "The talks ended in Paris, outside the old city, April 4, 2022, officials said.",
        "“We met in Kyiv,” she said, “on April 4, 2022.”",
        "Extra time was needed to settle the match.",
        "The source of the leak was never found.",
        "Sources: the ministry and two diplomats familiar with the talks.",
        "Updated figures will be released on Friday.",
        "The file photo showed the minister in 2019.",
        "Police released a file photo.",
        "The ministry later published an old file photo",
        "Top officials met in Baku on Monday.",
        "English is taught in every school in the region.",
        "Eds and editors of the paper met on Monday to discuss the new layout.",
        "Contact with the crew was lost at 18:00 local time.",
        "The suspect can be reached only through his lawyer, police said.",
        "His work can be found at the national gallery until May.",
    ],
)
def test_story_paragraphs_stay(paragraph) -> None:
    text = f"{STORY}\n\n{paragraph}\n\n{STORY}"
    doc = clean(text)
    assert doc.removed == [] and doc.text == text


def test_rule_between_story_paragraphs_is_a_section_break() -> None:
    text = f"{STORY}\n----\n{STORY}"
    assert clean(text).removed == []


def test_rule_before_a_copyright_line_is_taken_but_no_story_after_it() -> None:
    text = f"{STORY}\n--\n© 2023 AzerNews\nThe talks will resume in April."
    doc = clean(text)
    assert removed(doc) == [("copyright", "© 2023 AzerNews")]
    assert "--" in doc.text and "The talks will resume in April." in doc.text


def test_related_heading_at_the_end_takes_the_titles_it_lists() -> None:
    text = (f"{STORY}\n\nLATEST POSTS in this category\n"
            "Azerbaijan, Armenia agree on border commission\n"
            "Baku hosts Caspian energy forum\n")
    doc = clean(text)
    # (Short lines read like wrapped ones: the two titles may go as one unit.)
    assert {kind for kind, _ in removed(doc)} == {"related-links"}
    assert doc.text.strip() == STORY
    assert_nothing_lost(text, doc)


def test_teaser_list_under_a_heading_goes_with_its_snippets() -> None:
    # topnews.az: "Popular news", then bulleted titles of other stories, times and snippets.
    teaser = ("Important news\nPopular news\n"
              "  • Azerbaijani MP addresses letter to PACE President\n"
              "    18.04.2015 12:43\n"
              "    Member of the Azerbaijan Delegation to PACE, MP Elkhan Suleymanov has "
              "addressed a letter to President of the Parliamentary Assembly.\n"
              "  • Armenians violate ceasefire\n"
              "    18.04.2015 10:32\n"
              "    Armenian armed forces fired at Azerbaijani positions a total of 36 times.\n")
    text = f"{STORY}\n\n{teaser}"
    doc = clean(text)
    assert {kind for kind, _ in removed(doc)} == {"related-links"}
    assert doc.text.strip() == STORY


def test_bullets_after_a_heading_in_another_paragraph_stay() -> None:
    # A story's own bullet list, after a blank line, is not a teaser list.
    text = f"Top stories\n\n• {STORY}\n• {STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("related-links", "Top stories")]
    assert doc.text.count(STORY) == 2


def test_dpa_notebook_at_the_end_goes() -> None:
    notebook = ("# Notebook\n## Note to editors\n- adds comments by Germany coach Loew, byline\n"
                "The following information is not intended for publication\n"
                "## Editorial contacts\n- Reporting by: Barry Whelan\n"
                "- Editing by: John Bagratuni\n"
                "- Tel: +49 30 2852 31472; <international@dpa.com>\n")
    text = f"{STORY}\n\n{notebook}"
    doc = clean(text)
    assert {kind for kind, _ in removed(doc)} <= {"wire-notebook", "rule"}
    assert doc.text.strip() == STORY


def test_wrapped_story_sentence_is_judged_whole() -> None:
    # Reuters 12052: "comment." on its own wrapped line is the end of a story sentence.
    text = ("    No Commission spokesman was immediately available for\n"
            "comment.\n"
            " Reuter\n")
    assert clean(text).removed == []


def test_wrapped_cookie_notice_goes_whole() -> None:
    text = (f"{STORY}\n\n"
            "We use cookies to improve your experience. By continuing to\n"
            "browse this site you agree to our cookie policy.\n")
    doc = clean(text)
    assert [kind for kind, _ in removed(doc)] == ["cookie-notice"]
    assert doc.text.strip() == STORY


def test_agency_sign_off_after_promo_is_left_for_the_agencies_cleaner() -> None:
    text = f"{STORY}\nFollow us on Twitter @AzerNewsAz\nReuter\n"
    doc = clean(text)
    assert removed(doc) == [("social-promo", "Follow us on Twitter @AzerNewsAz")]
    assert doc.text.rstrip().endswith("Reuter")


def test_extra_phrases_from_config() -> None:
    text = f"{STORY}\n\nSign up for our Caucasus briefing\n"
    assert clean(text).removed == []
    doc = clean(text, extra_phrases=["Sign up for our Caucasus briefing"])
    assert removed(doc) == [("boilerplate", "Sign up for our Caucasus briefing")]


def test_unknown_option_is_rejected() -> None:
    with pytest.raises(ValueError):
        Boilerplate({"extra_phrase": ["typo"]})


def test_after_reflow_the_joined_comment_form_still_goes(seed_texts) -> None:
    doc = Document(seed_texts["003"])
    Reflow().clean(doc)
    Boilerplate().clean(doc)
    # Whether reflow joins the form's two lines or not, the form goes.
    assert {kind for kind, _ in removed(doc)} == {"comment-form", "related-links"}
    assert "Please enter" not in doc.text
    assert doc.text.rstrip().endswith("left Karabakh for Armenia.")


def test_comment_form_joined_into_one_paragraph() -> None:
    form = "Please enter your comment! Please enter your name here"
    doc = clean(f"{STORY}\n\n{form}")
    assert removed(doc) == [("comment-form", form)]


def test_removed_lines_leave_paragraphs_apart() -> None:
    doc = clean(f"{STORY}\nRead more: Baku hosts forum\n{STORY}")
    assert doc.text == f"{STORY}\n\n{STORY}"


def test_debris_in_a_text_the_screen_cannot_read_still_goes() -> None:
    # "ı" (Anadolu Ajansı) is folded unlike "i": such a text is judged unit by unit.
    text = f"{STORY}\nAnadolu Ajansı\n\nFollow us on Twitter @AzerNewsAz\n"
    assert fold(text) is None
    assert removed(clean(text)) == [("social-promo", "Follow us on Twitter @AzerNewsAz")]


def test_the_screen_passes_a_text_without_debris() -> None:
    assert not SCREEN.might_hold_debris(fold(f"{STORY}\n\n    {STORY}\n-- a dash, then words"))


def test_extra_phrases_outside_ascii_are_judged_without_the_screen() -> None:
    screen = build_screen((*FAMILIES, extra_phrase_family(["Yeni Şafak'ı okuyun"])))
    assert not screen.complete
    text = f"{STORY}\n\nYeni Şafak'ı okuyun\n"
    doc = clean(text, extra_phrases=["Yeni Şafak'ı okuyun"])
    assert removed(doc) == [("boilerplate", "Yeni Şafak'ı okuyun")]


FRAGMENTS = [(kind, fragment) for family in FAMILIES
             for kind in ("whole", "labels", "phrases") for fragment in getattr(family, kind)]


@st.composite
def debris_units(draw) -> str:
    """A unit that some fragment takes, in any case, its words wrapped onto lines at random."""
    kind, fragment = draw(st.sampled_from(FRAGMENTS))
    unit = draw(st.from_regex(re.compile(fragment, re.IGNORECASE), fullmatch=True))
    if kind == "whole":
        unit = (draw(st.from_regex(WHOLE_BEFORE, fullmatch=True)) + unit
                + draw(st.from_regex(WHOLE_AFTER, fullmatch=True)))
    else:
        unit += draw(st.sampled_from(["", " now", ": Baku"]))
    unit = draw(st.sampled_from([unit, unit.upper(), unit.title()]))
    words = unit.split(" ")
    breaks = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    return "".join(word + ("\n    " if cut else " ") for word, cut in zip(words, breaks,
                                                                            strict=True)).strip()


@settings(derandomize=True, max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(unit=debris_units(), before=st.sampled_from(["", f"{STORY}\n", f"{STORY}\n\n"]))
def test_the_screen_sees_every_unit_a_family_takes(unit, before) -> None:
    # The screen is built from the tables; if it missed a unit, that unit would stay.
    text = before + unit
    joined = " ".join(line.strip() for line in unit.split("\n") if line.strip())
    if Boilerplate().judge(joined) is not None and fold(text) is not None:
        assert SCREEN.might_hold_debris(fold(text))


def test_a_wire_service_credited_as_source_is_left_for_the_agencies_cleaner() -> None:
    # "Source: Xinhua" names who the story is from; "Source: Essence" names a press release's
    # issuer, which is debris.
    for credit in ("Source: Xinhua", "SOURCE: Reuters", "Via AP",
                   "Xinhua | Updated: 2017-11-23 10:17"):
        assert clean(f"{STORY}\n\n{credit}\n").removed == []


def test_long_site_notice_goes_whole() -> None:
    # topnews.az: a standing notice of 420 characters, over the usual debris length.
    notice = ("Dear User, please take into the consideration the fact that all news are posted "
              "to our portal automatically by the system and no human factor is used to estimate "
              "the content of information, therefore if you consider this article non-ethical, "
              "offensive, illegal or incorrect, we kindly ask you to inform us about this issue.")
    wrapped = textwrap.fill(notice, 70)  # as trend.az hard-wraps it
    doc = clean(f"{STORY}\n\n{wrapped}\nImportant news\n")
    assert [kind for kind, _ in removed(doc)] == ["site-notice", "related-links"]
    assert doc.text.strip() == STORY


def test_long_story_paragraph_is_not_a_notice() -> None:
    # Over the debris length, only a notice's label is trusted, never a phrase alone.
    paragraph = ("Readers of the portal were asked to press Ctrl + Enter to report errors, "
                 "the editor said. " * 4).strip()
    assert clean(f"{STORY}\n\n{paragraph}").removed == []


def test_short_lines_of_a_page_are_units_of_their_own() -> None:
    # China Daily: a block of short lines is no wrapped copy: "Share" goes on its own.
    text = f"China Daily | Updated: 2017-11-23 10:17\nShare\nShare - WeChat\n\n{STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("page-stamp", "China Daily | Updated: 2017-11-23 10:17"),
                            ("social-promo", "Share"), ("social-promo", "Share - WeChat")]
    assert doc.text.strip() == STORY


def test_a_stamp_under_a_title_is_its_own_unit() -> None:
    # APA: the title, then the stamp on the next line; the title stays.
    text = (f"Erdogan comments on allegations on his talk with Assad\n"
            f"# 12 September 2017 08:28 (UTC +04:00)\n\n{STORY}\n")
    doc = clean(text)
    assert removed(doc) == [("page-stamp", "# 12 September 2017 08:28 (UTC +04:00)")]
    assert doc.text.startswith("Erdogan comments on allegations on his talk with Assad")


def test_a_date_ending_a_wrapped_sentence_stays() -> None:
    # Reuters: a date on its own wrapped line ends a story sentence.
    text = ("    The company said the notes, which carry a coupon of 9-1/2 pct, will mature on\n"
            "Feb 26, 1992.\n")
    assert clean(text).removed == []


def test_embedded_tweet_goes_with_its_text() -> None:
    # Washington Examiner: the story quotes the tweet; the embed repeats it, then signs it.
    quoted = ("But that did not stop Rep. Mark Takano, D-Calif., from calling on a “select "
              "committee” to investigate Trump’s “understanding of foreign policy and homophones.”")
    tweet = ("I’m calling for a select committee to investigate the President-elect’s "
             "understanding of foreign policy and homophones. pic.twitter.com/5xKgHtcA1w")
    signature = "— Mark Takano (@RepMarkTakano) December 17, 2016"
    doc = clean(f"{quoted}\n{tweet}\n{signature}\n{STORY}\n")
    assert removed(doc) == [("tweet-embed", tweet), ("tweet-embed", signature)]
    assert quoted in doc.text and STORY in doc.text


def test_a_paragraph_with_a_link_but_no_tweet_signature_stays() -> None:
    text = f"{STORY}\nPhotos of the site were posted at pic.twitter.com/5xKgHtcA1w\n{STORY}\n"
    assert clean(text).removed == []


def test_press_release_about_section_goes() -> None:
    about = ("About Essence\n"
             "Essence is a global digital agency that blends data science, objective media and "
             "captivating experiences to build valuable connections between brands and consumers.")
    doc = clean(f"{STORY}\n\n{about}\n\nSOURCE  Essence\n")
    assert [kind for kind, _ in removed(doc)] == ["press-release"] * 3
    assert doc.text.strip() == STORY


def test_about_heading_without_the_company_paragraph_stays() -> None:
    # A story's own subheading: the paragraph under it does not start with its name.
    text = f"{STORY}\n\nAbout the deal\n\n{STORY}\n"
    assert clean(text).removed == []


def test_site_banner_glued_to_the_story_goes_alone() -> None:
    # Today.Az RSS pages: the masthead and its tagline run straight into the story's line.
    text = f"Today.Az Covering Azerbaijan inside and outside Today.Az {STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("site-banner", "Today.Az Covering Azerbaijan inside and outside")]
    assert doc.text.strip() == f"Today.Az {STORY}"
    assert_nothing_lost(text, doc)


def test_story_naming_the_site_keeps_its_words() -> None:
    text = f"Today.Az reported on Monday that the talks would go on. {STORY}\n"
    assert clean(text).removed == []


def test_the_screen_sees_a_caption_through_its_hint_and_skips_texts_without_one() -> None:
    # The caption family opens with a loose class: the screen finds it by its date tail only.
    caption = "President Zelenskiy speaks to the media in Bucha, outside Kyiv, April 4, 2022."
    assert SCREEN.might_hold_debris(fold(f"{STORY}\n\n{caption}\n\n{STORY}"))
    assert not SCREEN.might_hold_debris(fold(f"{STORY}\n\nTalks resumed on April 4.\n"))


def test_a_screen_hint_the_screen_cannot_read_is_refused_when_it_is_built() -> None:
    # Read as no hint at all, it left a caption family tried at every line of every text: the
    # boilerplate cleaner ran 20 times slower without a word of output changing.
    family = Family(kind="photo-caption", whole=(r"[^()]{10,400}\(photo: [^()]{1,60}\)",),
                    screen=("(", r"\(photo: [^\n]"))
    with pytest.raises(ValueError, match="photo-caption"):
        build_screen((family,))


@pytest.mark.parametrize("line", ["United Kingdom (238)",
                                  "Cae la nieve en Boston, sábado. Photo: AP/Michael Dwyer"])
def test_loose_debris_lines_are_screened_through_their_hints(line: str) -> None:
    assert SCREEN.might_hold_debris(fold(f"{STORY}\n\n{line}\n\n{STORY}"))


# -- round 2: wire framing, site footers, feed stamps, teaser links -----------------------------


def test_anpa_keyword_line_and_end_line_go_the_story_stays() -> None:
    # AP's ANPA item (superdesk-core fixture ap_anpa-3), control codes removed.
    text = ("BC-US--Giant Lobster Death, 1st Ld-Writethru,127\n$210 lobster is found dead\n"
            "\t   CHATHAM, Mass. (AP) _ A lobster died.\n\n\t   AP-WF-08-29-16 1626GMT\n")
    doc = clean(text)
    assert removed(doc) == [
        ("wire-header", "BC-US--Giant Lobster Death, 1st Ld-Writethru,127"),
        ("wire-header", "AP-WF-08-29-16 1626GMT"),
    ]
    assert "$210 lobster is found dead" in doc.text and "A lobster died." in doc.text
    assert_nothing_lost(text, doc)


def test_lines_naming_bc_or_an_end_in_a_story_stay() -> None:
    text = (f"{STORY}\n\nBC-Hydro said the outage would end by Monday, 2,000 homes.\n\n"
            "The strike ends\n\nThe talks ends at 30 -\n")
    assert clean(text).removed == []


def test_wire_end_marks_go() -> None:
    # PA's "ends" closing an item (superdesk-core fixture pa1.xml); "-30-", "- ENDS -".
    for mark in ("ends", "ENDS", "-30-", "- ENDS -"):
        doc = clean(f"{STORY}\n\n{mark}\n")
        assert removed(doc) == [("wire-header", mark)], mark


def test_site_staff_credits_go() -> None:
    # ANTARA's footer under a story (en.antaranews.com).
    text = (f"{STORY}\n\nReporting by Sumarwoto, Eliswan\n\nReporter: Antara\n"
            "Editor: Fardah Assegaf\nCopyright © ANTARA 2018\n")
    doc = clean(text)
    assert removed(doc) == [
        ("staff-credit", "Reporting by Sumarwoto, Eliswan"),
        ("staff-credit", "Reporter: Antara"),
        ("staff-credit", "Editor: Fardah Assegaf"),
        ("copyright", "Copyright © ANTARA 2018"),
    ]
    assert doc.text.strip() == STORY
    credit = "(Reporting by Helen Maguire in Brussels; Editing by Joseph Nasr)"
    assert removed(clean(f"{STORY}\n\n{credit}\n")) == [("staff-credit", credit)]


def test_lines_that_only_look_like_staff_credits_stay() -> None:
    # An interview's question, a sentence about reporting, an editor's words: story.
    for line in ("Reporter: What happened at the border on Monday?",
                 "Reporting by the ministry showed that prices rose in May.",
                 "Editor: we will publish the letters in full",
                 "Reporting by local media said the road was closed"):
        assert clean(f"{STORY}\n\n{line}\n").removed == [], line


def test_feed_aggregator_stamps_and_subscribe_link_go() -> None:
    # A Drupal feed aggregator page carrying The Astana Times (kazakhembus.com). (The item's age
    # alone, "5 hours 42 min ago", is left: a rule for it would search every text with "ago".)
    text = ("Subscribe to THE ASTANA TIMES feed\nUpdated: 32 min 43 sec ago\n\n"
            "Syrian Peace Talks Open in Astana, Focus on Strengthening Cease-Fire\n\n"
            f"5 hours 42 min ago\n\n{STORY}\n")
    doc = clean(text)
    assert removed(doc) == [
        ("subscription-promo", "Subscribe to THE ASTANA TIMES feed"),
        ("page-stamp", "Updated: 32 min 43 sec ago"),
    ]
    assert "Syrian Peace Talks Open in Astana" in doc.text


def test_story_lines_with_an_age_or_a_feed_stay() -> None:
    text = (f"{STORY}\n\nThe quake struck 5 hours ago, officials said.\n\n"
            "Subscribe to the feed, the minister urged viewers.\n")
    assert clean(text).removed == []


def test_news_id_and_publish_date_stamps_go() -> None:
    # Nour News (nournews.ir) and IRNA pages stamp each item with its number and time.
    text = f"News ID : 152504\nPublish Date : 10/7/2023 10:00:19 AM\n\n{STORY}\n"
    assert removed(clean(text)) == [
        ("page-stamp", "News ID : 152504"),
        ("page-stamp", "Publish Date : 10/7/2023 10:00:19 AM"),
    ]
    story = "The news code of the decree, 1234, was published on 10/7/2023 by the ministry."
    assert clean(f"{STORY}\n\n{story}\n").removed == []


def test_a_lead_dated_on_a_weekday_is_not_a_caption() -> None:
    # Nour News' lead ends with a date, as a wire caption does, but dates its event "on Saturday".
    lead = ("NOURNEWS- The following headlines appeared in English-language newspapers in the "
            "Iranian capital on Saturday, October 7, 2023.")
    assert clean(f"{lead}\n\n{STORY}\n").removed == []
    caption = ("Ukraine's President Volodymyr Zelenskiy speaks to the media in Bucha, outside "
               "Kyiv, April 4, 2022.")
    assert removed(clean(f"{STORY}\n\n{caption}\n\n{STORY}\n")) == [("photo-caption", caption)]


def test_teaser_link_goes_alone_and_its_widgets_with_it() -> None:
    # A WN (article.wn.com) teaser page: the story's truncated start ends in the link.
    teaser = ("PUERTO PRINCESA CITY, Palawan, Philippines—President Gloria Macapagal-Arroyo has "
              "declared Mt. Mantalingahan in southern Palawan protected. The President signed...")
    text = (f"{teaser} read full story\n\nAsk about this article\n\nAnswer for your question of "
            "the article will be displayed here ...\n\nRelated Topics:\n")
    doc = clean(text)
    assert removed(doc) == [
        ("teaser-link", "read full story"),
        ("site-widget", "Ask about this article"),
        ("site-widget", "Answer for your question of the article will be displayed here ..."),
        ("related-links", "Related Topics:"),
    ]
    assert doc.text.strip() == teaser
    assert_nothing_lost(text, doc)


def test_read_more_inside_a_sentence_stays() -> None:
    text = (f"{STORY}\n\nPeople who read more than ten books a year were happier.\n\n"
            "He paused... read full story? No, he said.\n")
    assert clean(text).removed == []


def test_wordpress_continue_reading_link_goes_alone() -> None:
    # A blog's archive page carrying Prensa Latina: the excerpt ends in WordPress's link.
    last = ("Fernando, along with Ramon Labañino, Rene Gonzalez, Antonio Guerrero and Gerardo "
            "Hernandez, were detained for monitoring anti-Cuban terrorist groups based in Miami, "
            "Florida.")
    text = f"{STORY}\n\n{last} Continue reading\n"
    doc = clean(text)
    assert removed(doc) == [("teaser-link", "Continue reading")]
    assert doc.text.strip() == f"{STORY}\n\n{last}"
    # A sentence about reading goes on: "continue reading" is not at a sentence's end after one.
    kept = (f"{STORY}\n\nShe said she would continue reading\n\n"
            "He stopped. Continue reading it, he said.\n")
    assert clean(kept).removed == []


def test_ap_underscore_rule_goes_even_inside_the_story() -> None:
    # AP's "___" before the contributors' line (ANPA, superdesk-core ap_anpa-1).
    text = (f"{STORY}\n\n___\n\nAP writers Gillian Wong in Beijing and Grant Peck in Bangkok "
            "contributed to this report.\n")
    doc = clean(text)
    assert removed(doc) == [("rule", "___")]
    assert "contributed to this report." in doc.text
    # Another rule between two story paragraphs is the story's section break: it stays.
    assert clean(f"{STORY}\n\n* * *\n\n{STORY}\n").removed == []


def test_more_news_listing_at_the_end_goes_with_its_teasers() -> None:
    # UNI (uniindia.com): "More News", another story's title, stamp and teaser, "see more..".
    teaser = ("New Delhi, Jan 24 (UNI) Prime Minister Narendra Modi on Saturday reaffirmed the "
              "government's commitment to ensuring dignity for every girl child.")
    listing = ("More News\n\nPM reaffirms commitment to girl child empowerment on National Girl "
               f"Child Day\n\n24 Jan 2026 | 7:05 PM\n\n{teaser}\n\nsee more..\n")
    doc = clean(f"{STORY}\n{listing}")
    # (The stamp goes as the listing's, as under a bulleted teaser list.)
    assert [kind for kind, _ in removed(doc)] == ["related-links"] * 5
    assert doc.text.strip() == STORY


def test_more_news_heading_without_a_stamped_listing_takes_no_story() -> None:
    # No stamp under the heading: the paragraphs after it are the story's (a subhead).
    text = f"{STORY}\n\nMore news\n\n{STORY}\n\nsee more..\n"
    assert [kind for kind, _ in removed(clean(text))] == ["related-links", "related-links"]


@pytest.mark.parametrize(("image", "alphabet"), [
    (r"-?[ \n]?(?:ab|b)[ \n]a", "- \nab"),
    (r"\(?ab\s?:", "(ab :"),
    (r"#?[ \n]?\d{1,2}[ \n]a", "# \n1a"),
    (r"\d{2}\.\d", "1.a"),
    (r"[—-]{1,2}[ \n]?a", "—- a"),
    (r"a{2,}b", "ab"),
    (r"a{3}b", "ab"),
    (r"[ab]+b", "abc"),
    (r"a{1,1}b", "ab"),
    (r"[a-z]{1,3}(?:/[a-z]){1,2}", "ab/"),
    (r"[ab]{1,3}-a?b", "ab-"),
    (r"\d{1,2}[ab]?+a", "1ab"),
    (r"(?:ab|b){2,3}a", "ab"),
    (r"(?:a|b[ \n]?)+a", "ab "),
    (r"(?:a|ba){1}b", "ab"),
])
def test_opened_repeats_match_what_the_image_matches(image, alphabet) -> None:
    # The screen opens a leading repeat into branches that start with one character each, and
    # takes a run whole where the next character cannot extend it: they must take exactly the
    # strings the image takes.
    ways = [first + rest for first, rest in _branches(image)]
    assert len(ways) > 1 or ways[0] != image
    opened = re.compile("(?:" + "|".join(ways) + ")")
    whole = re.compile(image)
    probes = [""]
    for _ in range(5):
        probes = [probe + char for probe in probes for char in alphabet]
        for probe in probes:
            assert bool(opened.fullmatch(probe)) == bool(whole.fullmatch(probe)), probe


def _strings(alphabet: str, longest: int) -> list[str]:
    probes, grown = [""], [""]
    for _ in range(longest):
        grown = [probe + char for probe in grown for char in alphabet]
        probes += grown
    return probes


@pytest.mark.parametrize(("image", "alphabet"), [
    (r"[/|][ \n]a", "/|a \n"),
    (r"[ \n]\(\d", " (1\n"),
    (r"\(a[ \n]?/|/[ \n]?a\)", "(a/) "),
    (r"[.!?][ \n]a", ".!a "),
    (r"[a-b]c|[^a]c", "abc"),
])
def test_hints_opened_to_literal_characters_find_what_the_hint_finds(image, alphabet) -> None:
    ways = [re.compile(way) for way in _literal_led(image)]
    hint = re.compile(image)
    for probe in _strings(alphabet, 4):
        assert any(way.search(probe) for way in ways) == bool(hint.search(probe)), probe


def test_every_screen_hint_is_searched_from_a_literal_character() -> None:
    # A regex that opens with a class is tried at every character of every text (5 µs an
    # article for "[/|] photo"): a new hint must open, once opened up, with a literal one.
    for family in FAMILIES:
        if family.screen:
            for way in _literal_led(_folded_image(family.screen[1])):
                assert _literal(_tokens(way)[0]), (family.kind, way)


def test_fragment_ways_and_shared_alternatives_match_what_the_fragments_match() -> None:
    fragments = [r"lire la suite|(?:seguir|continuar) leyendo|leia mais", r"ab|a(?:c|b)d|abc"]
    for fragment in fragments:
        ways = _ways(fragment)
        assert len(ways) > 1
        whole = re.compile(fragment)
        opened = re.compile("(?:" + _alternatives([_first_character(w) for w in ways]) + ")")
        for probe in ("lire la suite", "seguir leyendo", "leia mais", "leia", "ab", "abd",
                      "acd", "abc", "ad", "abcd"):
            assert bool(opened.fullmatch(probe)) == bool(whole.fullmatch(probe)), probe


def test_branches_sharing_a_first_class_match_what_they_matched_apart() -> None:
    branches = [("", r"\d\d:"), ("", r"\d{2}x"), ("", r"\da"), ("", r"[a-c]a"), ("", r"[a-c]b"),
                ("a", "b"), ("a", "bc"), ("", r"(?:1|a)c")]
    shared = re.compile("(?:" + _alternatives(branches) + ")")
    apart = re.compile("(?:" + "|".join(first + rest for first, rest in branches) + ")")
    for probe in _strings("1ab:xc", 3):
        assert bool(shared.fullmatch(probe)) == bool(apart.fullmatch(probe)), probe


def test_the_quick_searches_before_the_marked_and_release_words_are_held_by_each() -> None:
    # The cleaner looks for these first and passes a text without them: a word that did not hold
    # them would be missed.
    assert TOOLBAR_AND_END_MARK in TOOLBAR_WORDS and TOOLBAR_AND_END_MARK in END_MARK_WORDS
    assert all(RELEASE_DATELINE_CORE in words for words in RELEASE_DATELINE_WORDS)
