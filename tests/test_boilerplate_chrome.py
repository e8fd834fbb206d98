"""Boilerplate, session 4: page chrome (stamps, toolbars, menus), captions, wire framing.

Each rule has a real snippet that goes and story text that looks like it and stays.
"""

from __future__ import annotations

from tests.boilerplate_checks import clean, removed

STORY = ("The issue of demining the liberated territories of Azerbaijan was also brought up "
         "on the agenda, and the European Union's readiness to provide technical assistance to "
         "Azerbaijan in this regard was underlined at the meeting.")


# -- page stamps ---------------------------------------------------------------------------------


def test_rfc_822_stamps_go() -> None:
    # Egypt Today: the page's date line, printed twice over the caption.
    text = ("President Sisi meets US congressional delegation\n\n\n\n"
            "Sun, 02 Jul 2017 - 01:46 GMT\n\n\nSun, 02 Jul 2017 - 01:46 GMT\n\n"
            f"CAIRO - 2 July 2017: {STORY}\n")
    doc = clean(text)
    assert removed(doc) == [("page-stamp", "Sun, 02 Jul 2017 - 01:46 GMT")] * 2
    # RSS pubDate alone on its line.
    assert removed(clean(f"Tue, 27 Sep 2022 12:00:00 +0400\n\n{STORY}\n")) == [
        ("page-stamp", "Tue, 27 Sep 2022 12:00:00 +0400")]


def test_a_time_with_its_zone_alone_goes() -> None:
    assert removed(clean(f"01:46 GMT\n\n{STORY}\n")) == [("page-stamp", "01:46 GMT")]
    assert clean(f"{STORY}\n\nThe blast came at 01:46 GMT on Sunday.\n").removed == []


def test_a_lead_that_starts_with_a_weekday_date_stays() -> None:
    text = (f"{STORY}\n\nSun, 02 Jul 2017 was the day the talks resumed at 10:00 in Cairo.\n\n"
            "On Sunday, 2 July 2017, 01:46 GMT, the first shot was heard.\n")
    assert clean(text).removed == []


def test_devdiscourse_stamp_line_goes_whole() -> None:
    # Source, place and both stamps (Devdiscourse): the page's stamp, credit and all (the
    # agencies cleaner reads "PTI" in the stamp taken). A credit before a stamp alone is left.
    stamp = "PTI | Ahmedabad | Updated: 21-05-2023 21:43 IST | Created: 21-05-2023 21:43 IST"
    title = "PM Modi on mission to make India more respectable in world: Shah"
    assert removed(clean(f"{stamp}\n{title}\n\n{STORY}\n")) == [("page-stamp", stamp)]
    assert clean(f"PTI | Updated: 21-05-2023 21:43 IST\n\n{STORY}\n").removed == []
    # A line of pieces that is no stamp stays.
    assert clean(f"{STORY}\n\nPTI | Ahmedabad | Modi speaks at the rally\n").removed == []


def test_posted_on_stamp_goes_a_sentence_about_posting_stays() -> None:
    assert removed(clean(f"posted on 19/11/2014\n\n{STORY}\n")) == [
        ("page-stamp", "posted on 19/11/2014")]
    assert clean(f"{STORY}\n\nThe video was posted on 19/11/2014 by the ministry.\n").removed == []


def test_ecns_stamp_with_source_and_editor_goes() -> None:
    line = "2017-09-05 08:46Xinhua Editor: Gu Liping ECNS App Download"
    assert removed(clean(f"{line}\n\n{STORY}\n")) == [("page-stamp", line)]
    kept = f"{STORY}\n\n2017-09-05 08:46 was when the editor: he said it was late.\n"
    assert clean(kept).removed == []


# -- toolbars, menus, widgets --------------------------------------------------------------------


def test_china_org_toolbar_goes_alone_and_the_source_line_stays() -> None:
    text = ("World view can help all, Xi explains\n\n"
            "0 Comment(s)Print E-mail Xinhua, December 01, 2017\nAdjust font size:\n\n"
            f"{STORY}\n")
    doc = clean(text)
    assert removed(doc) == [("site-widget", "0 Comment(s)Print E-mail"),
                            ("site-widget", "Adjust font size:")]
    assert "Xinhua, December 01, 2017" in doc.text


def test_ecns_toolbar_lines_go() -> None:
    text = f"LINE\n\n    Text:AAAPrint\n    Politics\n\n{STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("site-widget", "LINE"), ("site-widget", "Text:AAAPrint")]
    assert "Politics" in doc.text


def test_words_like_the_widgets_inside_story_lines_stay() -> None:
    text = (f"{STORY}\n\nLine\n\nPrint media and e-mail were both used.\n\n"
            "The line was drawn at the font size of the ballot.\n")
    assert clean(text).removed == []


def test_site_menus_go() -> None:
    # Devdiscourse's first line; WAM's uaeinteract.com language menu and footer.
    doc = clean(f"Left Menu\n\nPM Modi on mission to make India more respectable\n\n{STORY}\n")
    assert removed(doc) == [("site-menu", "Left Menu")]
    text = ("The UAE will host Expo 2020!\n  • Arabic\n  • French\n  • German\n  • Spanish\n"
            "Unterstützt durch The National Media Council.\n\n\n\n"
            f"U.A.E. Government launches its official Instagram account\n\n{STORY}\n")
    assert removed(clean(text)) == [
        ("site-widget", "• Arabic"), ("site-widget", "• French"), ("site-widget", "• German"),
        ("site-widget", "• Spanish"),
        ("site-notice", "Unterstützt durch The National Media Council."),
    ]


def test_menu_words_in_story_lines_stay() -> None:
    text = (f"{STORY}\n\nThe menu was in Arabic and French.\n\n"
            "Powered by solar panels, the car crossed the desert.\n\nFrench officials agreed.\n")
    assert clean(text).removed == []


def test_related_headlines_headings_go() -> None:
    assert removed(clean(f"{STORY}\n\nLatest Headlines\n")) == [
        ("related-links", "Latest Headlines")]
    assert removed(clean(f"{STORY}\n\nRead more here.\n")) == [("related-links", "Read more here.")]
    # SANA: "Check Also" over a related story's title and teaser; the author's name above stays.
    text = (f"{STORY}\n\nShaza Qreima\n\nCheck Also\n\nCouncil of Arab Economic Unity decides to "
            "hold its coming session in Syria\n\nAmman, SANA- The Council of Arab Economic Unity "
            "decided to hold its 58th session in …\n")
    doc = clean(text)
    assert [kind for kind, _ in removed(doc)] == ["related-links"] * 3
    assert doc.text.strip() == f"{STORY}\n\nShaza Qreima"


def test_headlines_in_a_sentence_stay() -> None:
    text = (f"{STORY}\n\nThe latest headlines were about the vote, he said.\n\n"
            "Check also the list.\n")
    assert clean(text).removed == []


def test_copyright_without_a_space_goes() -> None:
    line = ("(c) Copyright ANSA 2017. Click For Restrictions - "
            "http://www.ansa.it/sito/static/copyright.html")
    assert removed(clean(f"{STORY}\n\n{line}\n")) == [("copyright", line)]
    assert removed(clean(f"{STORY}\n\n(c)2018 The San Diego Union-Tribune\n")) == [
        ("copyright", "(c)2018 The San Diego Union-Tribune")]


def test_lone_hash_marks_after_the_story_go_the_apa_loader_too() -> None:
    text = (f"{STORY}\n\n\"I haven't talked with Assad and I don't intend to,\" he said.\n\n"
            "#\n#\n\nTHE OPERATION IS BEING PERFORMED\n")
    doc = clean(text)
    assert removed(doc) == [("rule", "#"), ("rule", "#"),
                            ("site-widget", "THE OPERATION IS BEING PERFORMED")]
    # Between two story paragraphs a mark is the story's own break.
    assert clean(f"{STORY}\n\n#\n\n{STORY}\n").removed == []


# -- captions ------------------------------------------------------------------------------------

AP_CAPTION = (
    "FILE - In this Aug. 26, 2015 file photo, Egyptian President Abdel-Fattah el-Sissi, center, "
    "reviews honor guards, as he takes part in a wreath laying ceremony at the Tomb of Unknown "
    "Soldier outside of Kremlin wall in Moscow, Russia. Seeking to improve the country's image, "
    "authorities in Egypt are pulling out all the stops to ensure that President Abdel-Fattah "
    "el-Sissi's visit to New York for the U.N. General Assembly is a diplomatic success. "
    "(AP Photo/Ivan Sekretarev, Pool, File)")


def test_ap_caption_goes() -> None:
    doc = clean(f"Egyptian President Sissi Meets U.S. Jewish Leader\n\n{AP_CAPTION}\n\n{STORY}\n")
    assert removed(doc) == [("photo-caption", AP_CAPTION)]


def test_story_paragraphs_naming_ap_photos_stay() -> None:
    text = (f"{STORY}\n\nThe picture (AP Photo/Evan Vucci) was shown to the court, the judge "
            "said. (AP Photo/Evan Vucci)\n\n"
            "AP Photo editors chose the picture for the front page (AP Photos are licensed).\n")
    assert clean(text).removed == []


def test_china_daily_caption_goes() -> None:
    caption = ("President Xi Jinping poses for a group photo with participants of the Imperial "
               "Springs International Forum at the Great Hall of the People in Beijing on "
               "Thursday. The participants are mainly incumbent and former top foreign leaders "
               "and heads of international groups. [Photo/China Daily]")
    doc = clean(f"{STORY}\n\n{caption}\n\n{STORY}\n")
    assert removed(doc) == [("photo-caption", caption)]


def test_a_quoted_paragraph_with_a_photo_note_stays() -> None:
    text = (f"{STORY}\n\n\"We will open up further,\" Xi told the forum in Beijing on Thursday. "
            "[Photo/China Daily]\n")
    assert clean(text).removed == []


def test_caption_with_its_credit_after_a_slash_goes() -> None:
    caption = ("President Al-Sisi meets US congress in presidential palace / "
               "photo courtesy: Press Photo")
    doc = clean(f"{caption}\n\n{caption}\n\n{STORY}\n")
    assert removed(doc) == [("photo-caption", caption)] * 2


def test_story_sentences_with_a_slash_and_a_photo_stay() -> None:
    text = (f"{STORY}\n\nThe ministry said the army / photo agency released it.\n\n"
            "He sent the text / photo: the police said it was fake.\n")
    assert clean(text).removed == []


# -- wire and release framing --------------------------------------------------------------------


def test_dpa_header_naming_a_partner_service_goes() -> None:
    text = ("ecp0007 4 s 850  dpa-tns 0908\n\nAmerican Football/NFL/\nChiefs-Rams 2.0? Would be "
            "a fun Super Bowl, but don't count on it\n")
    assert removed(clean(text)) == [("wire-header", "ecp0007 4 s 850  dpa-tns 0908")]


def test_dpa_notes_to_editors_take_their_items() -> None:
    text = (f"{STORY}\n\n# Notebook\n\n## Note to editors\n"
            "- (c)2018 The San Diego Union-Tribune\n"
            "- Visit The San Diego Union-Tribune at www.sandiegouniontribune.com\n"
            "- Distributed by Tribune Content Agency, LLC.\n")
    doc = clean(text)
    # (The last two items fill the block's width: in wrapped copy they are one unit.)
    assert {kind for kind, _ in removed(doc)} == {"wire-notebook"}
    assert doc.text.strip() == STORY


def test_dashed_story_items_under_no_notebook_heading_stay() -> None:
    text = (f"{STORY}\n\nThe plan has three parts:\n- Visit every school in the district.\n"
            "- Distributed aid must reach the villages first.\n")
    assert clean(text).removed == []


def test_press_release_summary_bullet_goes() -> None:
    text = ("SINGAPORE, Feb. 2, 2017 /PRNewswire-AsiaNet/ --\n\n"
            "- New Appointment Helps Essence Meet Increasing Demand for Data-Driven \n"
            "Solutions in Australia and APAC\n\n"
            "Essence, a global digital agency, today announced the promotion of Sydney-based \n"
            "Jovy Gill to Managing Director of Australia.\n")
    doc = clean(text)
    assert removed(doc) == [("release-summary", "- New Appointment Helps Essence Meet Increasing "
                                                "Demand for Data-Driven \nSolutions in Australia "
                                                "and APAC")]


def test_a_bulleted_sentence_under_a_release_dateline_stays() -> None:
    text = ("LONDON, Feb. 1, 2017 /PRNewswire/ --\n\n"
            "- the company said sales rose by a third in the year to March, its best year.\n\n"
            f"{STORY}\n")
    assert clean(text).removed == []


# -- tag boxes and repeated summaries ------------------------------------------------------------

DEVDISCOURSE_LEAD = (
    "Prime Minister Narendra Modi is on a mission to make India more respectable in the world "
    "and the gesture of the head of a state seeking his autograph and another touching his feet "
    "shows the respect Modi is getting, Union Home Minister Amit Shah said here on Sunday.")
DEVDISCOURSE_NEXT = ("Shah made these comments while addressing a function to launch various "
                     "projects of the BJP-ruled Ahmedabad Municipal Corporation.")


def test_tag_box_label_takes_its_bulleted_tags() -> None:
    text = f"PM Modi on mission\n  • Country:\n  • India\n\n{STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("tag-list", "• Country:"), ("tag-list", "• India")]


def test_bullets_under_a_country_mentioned_in_a_sentence_stay() -> None:
    text = f"{STORY}\n\nThe visit covered each country:\n  • India\n  • Nepal\n"
    assert clean(text).removed == []


def test_a_summary_the_story_repeats_goes() -> None:
    # Devdiscourse: the page's description, its sentences run together, above the story.
    summary = DEVDISCOURSE_LEAD + DEVDISCOURSE_NEXT
    text = (f"PM Modi on mission to make India more respectable in world: Shah\n\n{summary}\n\n"
            f"PTI | Ahmedabad | Updated: 21-05-2023 21:43 IST\n\n{DEVDISCOURSE_LEAD}\n\n"
            f"{DEVDISCOURSE_NEXT}\n")
    doc = clean(text)
    assert removed(doc) == [("duplicate-lead", summary),
                            ("page-stamp", "PTI | Ahmedabad | Updated: 21-05-2023 21:43 IST")]
    assert doc.text.count(DEVDISCOURSE_LEAD) == 1


def test_a_story_sent_twice_keeps_both_copies() -> None:
    # Reuters-21578 has items the feed sent twice over: each paragraph stands again whole.
    text = f"{DEVDISCOURSE_LEAD}\n\n{DEVDISCOURSE_NEXT}\n\n" * 2
    assert clean(text).removed == []


def test_kuna_end_mark_goes_alone() -> None:
    last = ("In a statement, Amiri Diwan Minister Sheikh Mohammad Al-Abdullah Al-Sabah prayed "
            "to Almighty allah to bestow good health upon His Highness the Amir.")
    doc = clean(f"{STORY}\n\n{last} (end) hb\n")
    assert removed(doc) == [("wire-header", "(end) hb")]
    assert doc.text.strip().endswith("the Amir.")
    assert removed(clean(f"{STORY}\n\nKUNA has its own journalistic exclusivity.(end)\n")) == [
        ("wire-header", "(end)")]


def test_an_end_in_brackets_inside_a_sentence_stays() -> None:
    text = (f"{STORY}\n\nThe talks went on to the (end) of the day.\n\n"
            "He said the war would not (end) soon.\n")
    assert clean(text).removed == []


# -- debris in other scripts ---------------------------------------------------------------------

INTERFAX_LEAD = ("Москва. 18 августа. INTERFAX.RU - Пресс-секретарь мэра Москвы Сергей Цой назвал "
                 "клеветой появившуюся во вторник информацию.")


def test_russian_news_heading_at_the_end_goes() -> None:
    # interfax.ru: the heading of the page's news list closes the stored page.
    doc = clean(f"{INTERFAX_LEAD}\n\nНовости\n")
    assert removed(doc) == [("related-links", "Новости")]
    assert removed(clean(f"{INTERFAX_LEAD}\n\nЧитайте также:\n")) == [
        ("related-links", "Читайте также:")]


def test_russian_sentences_about_news_stay() -> None:
    text = (f"{INTERFAX_LEAD}\n\nНовости о взрыве появились во вторник.\n\n"
            "Агентство сообщило последние новости в среду.\n")
    assert clean(text).removed == []


NIEDRINGHAUS_CAPTION = (
    "FILE - In this April 7, 2005 file photo, Associated Press photographer Anja Niedringhaus "
    "poses in Rome. Niedringhaus, 48, was killed and an AP reporter was wounded on April 4, 2014, "
    "when an Afghan policeman opened fire while they were sitting in their car in eastern "
    "Afghanistan. At least 60 journalists around the world were killed in 2014 while on the job "
    "or because of their work, and 44 percent of them were targeted for murder, the Committee to "
    "Protect Journalists says. (AP Photo/Peter Dejong, File)")


def test_ap_caption_opening_as_ap_captions_do_may_report_speech() -> None:
    # blog.ap.org: the caption cites a source ("says"), held by its opening and its credit.
    doc = clean(f"Honoring the courage of women photojournalists\n\n{NIEDRINGHAUS_CAPTION}\n\n"
                f"{STORY}\n")
    assert removed(doc) == [("photo-caption", NIEDRINGHAUS_CAPTION)]


def test_a_story_paragraph_about_this_photo_stays() -> None:
    text = (f"{STORY}\n\nIn this case the photo, he said, was taken by the police "
            "(AP Photo archive staff confirmed it).\n\n"
            "This is the photo AP ran, the editor said. (AP Photo/Evan Vucci) was its credit.\n")
    assert clean(text).removed == []

