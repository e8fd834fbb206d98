"""Front matter: what stands above a strong wire dateline is taken out, its title and byline read.

Snippets are real wire and page openings (dpa, AP's ANPA and NITF feeds, Kyodo, Yonhap, Interfax,
Trend, PR Newswire, Anadolu), shortened; each rule has a story that looks alike and must stay.
"""

from __future__ import annotations

import pytest

from newsnorm.cleaners.front_matter import FrontMatter, find_front_matter
from newsnorm.document import Document
from newsnorm.pipeline import Pipeline
from newsnorm.words import missing_words


def clean(text: str) -> Document:
    doc = Document(text)
    FrontMatter().clean(doc)
    return doc


def removed(doc: Document) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in doc.removed]


def kept_all_words(text: str, doc: Document) -> bool:
    kept = [doc.headline or "", doc.byline or "", doc.text, *(r.text for r in doc.removed)]
    return not missing_words(text, kept)


def test_dpa_header_title_and_byline_above_the_dateline() -> None:
    text = (" eca0003 3 i 380  dpa 0045\n\n\n REFILE\n\n"
            "Switzerland joins list of countries resisting UN migration pact\n"
            "By dpa correspondents =\n\nGeneva (dpa) - Switzerland is joining a growing number.")
    doc = clean(text)
    assert doc.headline == "Switzerland joins list of countries resisting UN migration pact"
    assert doc.byline == "dpa correspondents"
    assert removed(doc) == [("front-matter", "eca0003 3 i 380  dpa 0045"),
                            ("front-matter", "REFILE"), ("byline", "By")]
    assert doc.text.startswith("Geneva (dpa) - Switzerland")
    assert kept_all_words(text, doc)


def test_ap_byline_on_two_lines_and_an_advisory() -> None:
    text = ("Deng has 30 points, short-handed Heat beat Hawks 115-111\n\n"
            "Eds: Heat 115, Hawks 111. Updates. With AP Photos.\n"
            "By CHARLES ODUM\nAP Sports Writer\n"
            "\t   ATLANTA (AP) _ Luol Deng scored 30 points on Friday night.")
    doc = clean(text)
    assert doc.headline == "Deng has 30 points, short-handed Heat beat Hawks 115-111"
    assert (doc.byline, doc.authors) == ("CHARLES ODUM", ["CHARLES ODUM"])
    assert removed(doc) == [("front-matter", "Eds: Heat 115, Hawks 111. Updates. With AP Photos."),
                            ("byline", "By"), ("byline", "AP Sports Writer")]
    assert doc.text.lstrip().startswith("ATLANTA (AP) _")
    assert kept_all_words(text, doc)


def test_kyodo_slug_and_title_mark() -> None:
    text = ("BC-Soccer-Emperor's-Cup\n"
            "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai+\n"
            "     SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds claimed their seventh title.")
    doc = clean(text)
    assert doc.headline == "Soccer: Urawa Reds claim 7th Emperor's Cup by beating Vegalta Sendai"
    assert removed(doc) == [("front-matter", "BC-Soccer-Emperor's-Cup")]


def test_page_stamp_and_navigation_above_an_agency_dateline() -> None:
    text = ("Go to Contents Go to Navigation\n\nYonhap News Summary\n\n"
            "Joseon royal palace Gyeongbok's ornate throne hall to be opened to public\n\n"
            "SEOUL -- The breathtakingly ornate throne hall will be opened.")
    doc = clean(text)
    assert doc.headline == ("Joseon royal palace Gyeongbok's ornate throne hall to be opened "
                            "to public")
    assert [kind for kind, _ in removed(doc)] == ["front-matter", "front-matter"]
    assert doc.text.startswith("SEOUL --")


def test_section_crumb_above_the_nearest_title() -> None:
    text = ("ХроникаВоенная операция на Украине\n\n"
            "Опровержение информации о месте несостоявшегося теракта\n\n"
            "Москва. 12 января. INTERFAX.RU - Ранее агентством был опубликован ряд сообщений.")
    doc = clean(text)
    assert doc.headline == "Опровержение информации о месте несостоявшегося теракта"
    assert removed(doc) == [("front-matter", "ХроникаВоенная операция на Украине")]


def test_hard_wrapped_press_release_title() -> None:
    text = ("MEDIA RELEASE PR67254\n"
            "Queen Elizabeth Prize for Engineering Awarded to the Creators of Digital \n"
            "Imaging Sensors\n\nLONDON, Feb. 1, 2017 /PRNewswire/ --\n\n    Four engineers ...")
    doc = clean(text)
    assert doc.headline == ("Queen Elizabeth Prize for Engineering Awarded to the Creators of "
                            "Digital Imaging Sensors")
    assert removed(doc) == [("front-matter", "MEDIA RELEASE PR67254")]


def test_deck_and_caption_between_title_and_dateline() -> None:
    text = ("| Sat, Oct 15, 2022\nN. Korea fires missile, artillery shells\n\n"
            "The North Korean moves suggest it is reviving an old playbook of stoking fears.\n\n"
            "By\n\nWorld News\n\n"
            "SEOUL, South Korea (AP) — North Korea fired a ballistic missile.")
    doc = clean(text)
    assert doc.headline == "N. Korea fires missile, artillery shells"
    assert doc.byline is None
    assert doc.text.startswith("SEOUL, South Korea (AP) —")
    assert kept_all_words(text, doc)


def test_page_title_printed_twice_above_the_byline() -> None:
    text = ("Türkİye, World\nWorld media follows referendum via Anadolu Agency data\n"
            "Ankara-based news agency primary source for global media outlets;\n"
            "World media follows referendum via Anadolu Agency data\n"
            "By Ilker Girit and Sorwar Alam\nGlobal media organizations on Sunday used it.")
    doc = clean(text)
    assert doc.headline == "World media follows referendum via Anadolu Agency data"
    assert doc.byline == "Ilker Girit and Sorwar Alam"
    assert ("duplicate-headline", "World media follows referendum via Anadolu Agency data") in (
        removed(doc))
    assert doc.text == "Global media organizations on Sunday used it."


# -- what must stay -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # A weak dateline (a capitalised place opening a sentence) is story, never an anchor.
    "Top stories\nMinisters meet again today\n\nMoscow said on Tuesday - that talks resume.",
    # A title alone above the dateline: the headline and dateline cleaners read it.
    "Peace talks resume\n\nBAKU, Azerbaijan, Oct. 3 (Trend) - Talks resumed.",
    # The dateline opens the text: nothing above it.
    "LONDON, March 3 (Reuters) - Britain's economy grew.\n\nPARIS (AFP) - More.",
    # Story paragraphs above a later dateline, with nothing that reads as a title: kept.
    ("The minister said the talks would go on for as long as it takes to reach a deal.\n\n"
     "LONDON, March 3 (Reuters) - Britain's economy grew."),
    # A title printed twice with no byline under the second copy: no anchor.
    "A title here\nA deck line\nA title here\nThe story starts.",
])
def test_no_front_matter(text) -> None:
    assert find_front_matter(text) is None
    doc = clean(text)
    assert doc.text == text and doc.headline is None


def test_pipeline_reads_title_byline_and_dateline_below_a_header() -> None:
    text = ("eca100 3 s 586 ccccb   dpa 099\n\n\n"
            "German football saddened by illness to striker legend Mueller\n"
            "By Manuel Schwarz, dpa =\n\n"
            "Munich (dpa) - German football generations past and present on\n"
            "Wednesday expressed sadness over the news.\n")
    record = Pipeline.from_config().run(text)
    assert record.headline == "German football saddened by illness to striker legend Mueller"
    assert record.byline == "Manuel Schwarz"
    assert record.dateline is not None and record.dateline.city == "Munich"
    assert record.text.startswith("German football generations past and present on Wednesday")


def test_more_prose_above_the_dateline_than_front_matter_holds_is_kept() -> None:
    lead = ("The minister said the talks would go on for as long as it takes to reach a deal "
            "that both sides can accept, and that no date had been set for the next round.")
    text = f"Talks go on\n\n{lead}\n\n{lead}\n\n{lead}\n\nLONDON (Reuters) - A second story."
    assert find_front_matter(text) is None
    # A deck and a caption are front matter (see the AP test above); so is one abstract.
    text = f"Talks go on\n\n{lead}\n\nLONDON (Reuters) - The story."
    assert find_front_matter(text) is not None


def test_title_end_marks() -> None:
    from newsnorm.cleaners.front_matter import strip_end_marks
    assert strip_end_marks("Coalition talks could fail =") == "Coalition talks could fail"
    assert strip_end_marks("Urawa Reds beat Vegalta Sendai+") == "Urawa Reds beat Vegalta Sendai"
    assert strip_end_marks("By Helen Maguire, dpa  = ") == "By Helen Maguire, dpa"
    # A title that ends in a name with pluses, or an "=" inside, keeps them.
    assert strip_end_marks("Why developers still learn C++") == "Why developers still learn C++"
    assert strip_end_marks("E = mc2 explained") == "E = mc2 explained"


def test_photo_credit_and_its_caption_are_no_title() -> None:
    text = ("North Korea fires missile -Yonhap\n\n"
            "Yomiuri Shimbun file photo\n"
            "North Korean flags fly at a military parade in Pyongyang\n\n"
            "SEOUL, Dec 31 (Reuters) – North Korea fired a ballistic missile.")
    doc = clean(text)
    assert doc.headline == "North Korea fires missile -Yonhap"
    assert removed(doc) == [
        ("front-matter", "Yomiuri Shimbun file photo"),
        ("front-matter", "North Korean flags fly at a military parade in Pyongyang")]
    # Without a credit above it, the same line is the fullest title-like line: the title.
    doc = clean(text.replace("Yomiuri Shimbun file photo\n", ""))
    assert doc.headline == "North Korean flags fly at a military parade in Pyongyang"


def test_bullet_and_relative_stamp_above_the_dateline() -> None:
    text = ("• Michelle Obama, Jill Biden visit Maryland veterans center\n\n"
            "    Updated: 15 hr ago\n\n"
            "    SILVER SPRING, Md. (AP) — Wayne Miller was 18 when he lost his leg.")
    doc = clean(text)
    assert doc.headline == "Michelle Obama, Jill Biden visit Maryland veterans center"
    assert removed(doc) == [("front-matter", "Updated: 15 hr ago")]
    assert doc.text.lstrip().startswith("SILVER SPRING, Md. (AP) —")
    # A stamp is no title even when it is the only line above the dateline.
    assert find_front_matter("Updated: 15 hr ago\n\nSILVER SPRING, Md. (AP) — Text") is None


def test_agency_source_line_under_the_title_is_a_credit() -> None:
    # GlobalSecurity.org's IRNA reposts: title, a source line, the dateline.
    text = ("Asefi says alleged infiltration of US commandos into Iran a mere rumor\n"
            "IRNA - Islamic Republic News Agency\n"
            "Tehran, Jan 23, IRNA -- Foreign Ministry spokesman Hamidreza Asefi said here Sunday")
    doc = clean(text)
    assert doc.headline == "Asefi says alleged infiltration of US commandos into Iran a mere rumor"
    assert removed(doc) == [("source-line", "IRNA - Islamic Republic News Agency")]
    assert doc.agencies == ["IRNA"]
    assert doc.text.startswith("Tehran, Jan 23, IRNA --")
    assert kept_all_words(text, doc)
    # A line that only looks alike (lower-case words: a sentence) is no source line: with it,
    # the long first line still runs on into it as a wrapped title would.
    story = text.replace("IRNA - Islamic Republic News Agency",
                         "AP - the vote was held by the Agency")
    found = find_front_matter(story)
    assert found is None or all(unit.kind != "source-line" for unit in found[1])


def test_post_date_alone_above_the_dateline_is_page_matter() -> None:
    # A blog repost of Antara copy: the post's date line, no title, the dateline.
    text = ("Sunday, December 31, 2017\n\n\n"
            "Jakarta, Dec 31, 2017 (Antara) - The Indonesian Government has been very busy.")
    doc = clean(text)
    assert doc.headline is None
    assert removed(doc) == [("front-matter", "Sunday, December 31, 2017")]
    assert doc.text.startswith("Jakarta, Dec 31, 2017 (Antara) -")
    # An Italian blog dates its posts so too ("giovedì 7 agosto 2014").
    assert find_front_matter("giovedì 7 agosto 2014\n\n(ANSA) - Rome, August 7 - Alitalia was") \
        is not None
    # A story sentence with a date above the dateline is no stamp: kept.
    story = ("The government said on Sunday, December 31, 2017 it would act.\n\n"
             "Jakarta, Dec 31, 2017 (Antara) - The Indonesian Government has been very busy.")
    assert find_front_matter(story) is None


def test_deck_under_the_title_is_not_the_title() -> None:
    # A blog repost of ANSA's English wire: post date, title, deck of as many words, dateline.
    text = ("giovedì 7 agosto 2014\n\n"
            "Alitalia struggles to return thousands of bags after go-slow\n\n"
            "Chaos follows airport baggage handlers' agitation over job cuts\n\n"
            "(ANSA) - Rome, August 7 - Alitalia was struggling to return thousands of suitcases.")
    doc = clean(text)
    assert doc.headline == "Alitalia struggles to return thousands of bags after go-slow"
    assert removed(doc) == [
        ("front-matter", "giovedì 7 agosto 2014"),
        ("front-matter", "Chaos follows airport baggage handlers' agitation over job cuts")]
    # A crumb above the title is shorter than it, and never wins.
    doc = clean(text.replace("giovedì 7 agosto 2014", "World News"))
    assert doc.headline == "Alitalia struggles to return thousands of bags after go-slow"


def test_site_notice_byline_and_updated_stamp_above_an_en_dash_dateline() -> None:
    # The Philippine News Agency's own page: a site notice and its sign-off, the title, the
    # byline, a "posted ... Updated on ..." stamp, then "MANILA –" (a spaced en dash).
    text = ("In observance of the Holy Week, the Philippine News Agency’s online news service "
            "will be off on March 29, Good Friday, and March 30, Black Saturday.\n\n"
            "— The Editors\n\n"
            "PNA through the years: From 1973 to the present\n\n"
            "By Severino Samonte\n\n"
            "March 1, 2023, 3:09 pm Updated on March 1, 2023, 9:04 pm\n\n"
            "MANILA – After 50 years of being the government's official newswire service")
    doc = clean(text)
    assert doc.headline == "PNA through the years: From 1973 to the present"
    assert doc.byline == "Severino Samonte"
    assert ("front-matter", "March 1, 2023, 3:09 pm Updated on March 1, 2023, 9:04 pm") \
        in removed(doc)
    assert doc.text.startswith("MANILA – After 50 years")
    assert kept_all_words(text, doc)
    # A title-case place and an en dash open a sentence, not a dateline: all kept.
    story = text.replace("MANILA – After", "Manila – after")
    assert find_front_matter(story) is None


def test_title_deck_and_agency_byline_over_an_undated_story() -> None:
    # AP's ANPA roundup: the title, its abstract line, the agency's credit, no dateline.
    text = ("10 Things to Know for Today\n"
            "Among 10 Things to Know: Bahamians begin rescues as Dorian moves on toward US coast; "
            "Hong Kong withdraws contentious extradition bill\n\n\n"
            "By The Associated Press\n"
            "\t   Your daily look at late-breaking news, upcoming events and the stories that will "
            "be talked about today:\n \n\t   1. BAHAMIANS BEGIN RESCUES\n")
    doc = clean(text)
    assert doc.headline == "10 Things to Know for Today"
    assert doc.byline is None and doc.agencies == ["AP"]
    assert removed(doc) == [
        ("front-matter", "Among 10 Things to Know: Bahamians begin rescues as Dorian moves on "
                         "toward US coast; Hong Kong withdraws contentious extradition bill"),
        ("byline", "By The Associated Press")]
    assert doc.text.lstrip().startswith("Your daily look")
    # A story's first paragraph between a short title and the byline is no deck: kept.
    short = "Rescues begin\nBahamians rescue hurricane victims with jet skis.\nBy Jane Doe\nMore."
    assert clean(short).headline is None
    # Two lines of story above a "By ..." sentence: no byline, nothing taken.
    story = ("The storm moved on toward the US coast overnight\nBahamians began rescues.\n"
             "By Tuesday the roads were open\nMore.")
    assert clean(story).text == story


def test_page_title_bar_crumbs_and_the_title_repeated() -> None:
    # A scraped page (islamicinvitationturkey.com repost of IRNA): the title bar with the site's
    # name, the menu's crumbs glued together, then the title as a paragraph of its own.
    text = ("Iran president in charge of IRNA - Islamic Invitation Turkey\n"
            "IranWest AsiaWorld News\n\n"
            "Iran president in charge of IRNA\n\n"
            "Iranian President Mahmoud Ahmadinejad will take charge of the Islamic Republic News "
            "Agency (IRNA) as requested by the news organization's officials.\n")
    doc = clean(text)
    assert doc.headline == "Iran president in charge of IRNA"
    assert removed(doc) == [
        ("duplicate-headline", "Iran president in charge of IRNA - Islamic Invitation Turkey"),
        ("front-matter", "IranWest AsiaWorld News")]
    assert doc.text.startswith("Iranian President Mahmoud Ahmadinejad")
    assert kept_all_words(text, doc)
    # The title's words opening the story's first paragraph are story: nothing taken.
    story = text.replace("Iran president in charge of IRNA\n\n",
                         "Iran president in charge of IRNA\nsince Saturday, officials said.\n\n")
    assert clean(story).text == story
    # A title whose part after the dash is no site name, repeated: left to the headline cleaner.
    other = text.replace(" - Islamic Invitation Turkey", " - officials say")
    assert clean(other).text == other


def test_reuters_summary_bullets_are_no_title() -> None:
    # Reuters' NewsML-G2 item rendered to text: desk prefix, advisory, summary bullets, byline.
    text = ("PRECIOUS-Gold rises as Trump policy fuels safe haven demand\n\n"
            "(Adds comments, detail)\n"
            "    * Spot gold may edge up to $1,205 per ounce- technicals\n"
            "    * Investors eye U.S. Fed monetary policy meeting\n"
            "    * Dollar index down 0.1 percent\n\n"
            "    By Arpan Varghese\n"
            "    Jan 30 (Reuters) - Gold rose on Tuesday on increased safe\n"
            "haven demand.")
    doc = clean(text)
    assert doc.headline == "Gold rises as Trump policy fuels safe haven demand"
    assert doc.byline == "Arpan Varghese"
    assert ("site-crumb", "PRECIOUS-") in removed(doc)
    assert ("front-matter", "* Spot gold may edge up to $1,205 per ounce- technicals") in (
        removed(doc))
    assert doc.text.lstrip().startswith("Jan 30 (Reuters) -")
    assert kept_all_words(text, doc)
    # A bullet line alone above the dateline is never read as the title.
    bullets = ("* Spot gold may edge up to $1,205 per ounce\n* Investors eye the Fed meeting\n\n"
               "LONDON (Reuters) - Gold rose.")
    assert clean(bullets).headline is None


def test_ansa_title_over_its_subheadline() -> None:
    # ANSA's NewsML-G2 item: headline, subheadline, then the agency-first dateline.
    text = ("Catalan independence declaration unacceptable - Alfano\n"
            "Foreign minister expresses faith in Spanish government\n\n"
            "   (ANSA) - Rome, October 11 - Italian Foreign Minister Angelino\n"
            "Alfano has said that the Catalan independence declaration is\nunacceptable.")
    doc = clean(text)
    assert doc.headline == "Catalan independence declaration unacceptable - Alfano"
    assert removed(doc) == [
        ("subheadline", "Foreign minister expresses faith in Spanish government")]
    assert doc.text.lstrip().startswith("(ANSA) - Rome, October 11 -")
    assert kept_all_words(text, doc)


@pytest.mark.parametrize(("text", "title"), [
    # A short crumb above the title over an ANSA dateline is no title of its own.
    ("World News\nPompeii opera festival set for the summer season\n\n"
     "(ANSA) - Rome, September 10 - The ancient city.",
     "Pompeii opera festival set for the summer season"),
    # Over a city-first dateline the rule is not used: the fuller unit stays the title.
    ("Switzerland joins the pact\nGovernment says it wishes to postpone its final decision\n\n"
     "Geneva (dpa) - Switzerland is joining.",
     "Government says it wishes to postpone its final decision"),
])
def test_no_subheadline_without_an_agency_first_dateline_and_a_title_above(text, title) -> None:
    doc = clean(text)
    assert doc.headline == title
    assert all(kind != "subheadline" for kind, _ in removed(doc))


def test_navigation_bar_and_photo_caption_are_no_title() -> None:
    # People's Daily Online (en.people.cn) page of a Xinhua story: a row of sections, a crumb,
    # the title, a stamp, a photo caption closed by its credit, then the dateline.
    text = ("China Politics | CPC News| Foreign Affairs | World | Opinion| Business | China "
            "Military | Society | Life & Culture | Travel | Sports\n\n"
            "English >> China Politics\n\n"
            "Profile: Xi Jinping: Man of the people, statesman of vision\n\n"
            "Xinhua)  08:59, December 24, 2012\n\n"
            "File photo taken in 1972 shows Xi Jinping returns home in Beijing to visit his "
            "relatives during the time when he is an educated youth in countryside. (Xinhua)\n\n"
            "BEIJING, Dec. 23 (Xinhua) -- It was a pleasant early December morning.")
    doc = clean(text)
    assert doc.headline == "Profile: Xi Jinping: Man of the people, statesman of vision"
    assert doc.text.startswith("BEIJING, Dec. 23 (Xinhua) --")
    assert kept_all_words(text, doc)


@pytest.mark.parametrize("title", [
    "China launches new weather satellite (Xinhua)",  # a credit, but after no sentence
    "Erdogan meets Putin in Sochi. (Update)",  # a bracket that credits no one
    "Peace talks resume | World | Caspian News",  # a section and a site: two bars only
])
def test_titles_that_end_like_captions_or_hold_bars_stay_titles(title) -> None:
    text = f"World\n{title}\nShort deck\n\nBAKU, March 3 (Trend) - Text."
    doc = clean(text)
    assert doc.headline is not None and doc.headline.startswith(title.split(" |")[0][:20])


def test_anadolu_title_over_its_deck_and_byline() -> None:
    # Anadolu Agency's page as reposted: title, deck, "By" line, then "ANKARA (AA) -".
    text = ("Turkey to chase up all terror groups: President Erdogan\n"
            "Recep Tayyip Erdogan reiterates vow against terror groups PKK, FETO, Daesh\n"
            "By Aynur Ekiz\n"
            "ANKARA (AA) - Turkey will chase up all terror groups, President Recep Tayyip "
            "Erdogan said on Tuesday.")
    doc = clean(text)
    assert doc.headline == "Turkey to chase up all terror groups: President Erdogan"
    assert doc.byline == "Aynur Ekiz"
    assert removed(doc) == [
        ("subheadline",
         "Recep Tayyip Erdogan reiterates vow against terror groups PKK, FETO, Daesh"),
        ("byline", "By")]
    assert kept_all_words(text, doc)


@pytest.mark.parametrize(("text", "title"), [
    # An Indonesian post date above the title is a stamp, not a title over a deck (Antara's
    # stories reposted on a blog).
    ("Kamis, 24 Februari 2011\n\nPOLEMICS OVER MEDIA BOYCOTT THREAT\n\n By Andi Abdussalam\n\n"
     "     Jakarta, Feb 24 (ANTARA) - Two press bodies have offered mediation.",
     "POLEMICS OVER MEDIA BOYCOTT THREAT"),
    # Over a dateline that credits no agency the fuller unit stays the title.
    ("Short title of four words\nA deck that is the longer of the two lines here\n"
     "By Jane Doe\n\nSEOUL -- North Korea said on Monday.",
     "A deck that is the longer of the two lines here"),
])
def test_no_deck_rule_over_a_stamp_or_an_uncredited_dateline(text, title) -> None:
    doc = clean(text)
    assert doc.headline == title
    assert all(kind != "subheadline" for kind, _ in removed(doc))


def test_site_names_do_not_make_a_title_bar_the_fullest_unit() -> None:
    # A forum's repost of a UPI story: the thread's title bar with its page and site names,
    # the thread title, post furniture, then the story's title, byline line and caption.
    text = ("North & South Korea News, Updates & Discussions | Page 7 | World Defense\n\n"
            "North & South Korea News, Updates & Discussions\n\n\n"
            "Staff member\nNov 17, 2017\n24,463 1,293 0\n"
            "South and North Korea make contact on communication line\n"
            "By UPI Staff | Jan. 03, 2018\n\n\n"
            "SEOUL, South Korea, Jan. 3 (UPI) -- South and North Korea made contact.")
    doc = clean(text)
    assert doc.headline == "South and North Korea make contact on communication line"
    assert kept_all_words(text, doc)
    # A title bar whose title is the fullest stays the title, without its site name.
    bar = ("Peace talks resume in Geneva after long pause | Caspian News\n\nWorld\n\n"
           "GENEVA, March 3 (Reuters) - Peace talks resumed.")
    doc = clean(bar)
    assert doc.headline == "Peace talks resume in Geneva after long pause"
    assert ("site-suffix", "| Caspian News") in removed(doc)


VIETNAMPLUS = (
    "PM talks with voters in Hai Phong\n\n"
    "Prime Minister Nguyen Xuan Phuc met with voters from the northern port city of Hai Phong "
    "on May 7-8.\n"
    "PM talks with voters in Hai Phong ảnh 1Prime Minister Nguyen Xuan Phuc speaks at the "
    "meeting with voters in An Lao district, Hai Phong city (Photo: VNA)\n\n"
    "Hai Phong (VNA) - Prime Minister Nguyen Xuan Phuc met with voters from the northern port "
    "city of Hai Phong on May 7-8.")


def test_caption_closed_by_a_labelled_credit_is_no_title() -> None:
    # VietnamPlus: title, deck, then a caption that runs on from the image's alt text and ends
    # in "(Photo: VNA)" with no full stop; the caption has more words but is no title.
    doc = clean(VIETNAMPLUS)
    assert doc.headline == "PM talks with voters in Hai Phong"
    assert doc.text.startswith("Hai Phong (VNA) - Prime Minister")
    assert kept_all_words(VIETNAMPLUS, doc)


def test_title_tagged_photo_is_still_a_title() -> None:
    # A title's own "(PHOTO)" tag (telegraf.rs) is no credit: no label with ":" or "/".
    title = 'Thaci revealed what the result of the dialogue will be: a "win-win" (PHOTO)'
    doc = clean(f"{title}\n\nWorld News\n\nBELGRADE (Tanjug) - Kosovo's president said ...")
    assert doc.headline == title


# menafn.com, a Jordan News Agency item as scraped: the source bracket on a line of its own.
MENAFN_ALONE = ("(MENAFN- Jordan News Agency)\n\n"
                "Petra, Oct. 18 (Petra)-- Romanian Foreign Luminita Odobescu arrived in Petra on "
                "Friday, accompanied by an official team from Romania.\n\nShe was welcomed.\n")


def test_menafn_source_bracket_alone_is_glued_to_the_dateline() -> None:
    doc = clean(MENAFN_ALONE)
    assert doc.text.startswith("(MENAFN- Jordan News Agency) Petra, Oct. 18 (Petra)-- Romanian")
    assert doc.removed == [] and kept_all_words(MENAFN_ALONE, doc)
    record = Pipeline.from_config().run(MENAFN_ALONE)
    assert record.headline is None
    assert record.dateline is not None and record.dateline.city == "Petra"
    assert record.agencies == ["Petra"]
    assert record.text.startswith("Romanian Foreign Luminita Odobescu arrived")


def test_menafn_source_line_that_lost_its_bracket_is_glued_too() -> None:
    # menafn.com's Petra item as one scraper stored it: "MENAFN - Jordan News Agency)".
    text = MENAFN_ALONE.replace("(MENAFN- ", "MENAFN - ", 1)
    record = Pipeline.from_config().run(text)
    assert record.headline is None and record.agencies == ["Petra"]
    assert record.dateline is not None and record.dateline.city == "Petra"
    assert record.text.startswith("Romanian Foreign Luminita Odobescu arrived")


@pytest.mark.parametrize("text", [
    # a story that opens quoting MENAFN in brackets, no source line: nothing glued
    "(MENAFN data show gains) were reported on Monday.\n\nMore story here.\n",
    # the source bracket glued already (MENAFN's KUNA feed): left as it is
    "( MENAFN - Kuwait News Agency (KUNA)) KUWAIT, Dec 2 (KUNA) -- The health condition\n\n"
    "More story.\n",
])
def test_menafn_text_not_a_lone_source_bracket_is_left(text) -> None:
    assert clean(text).text == text
