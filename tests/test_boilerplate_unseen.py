"""Boilerplate, session 5: debris on pages of publishers the gold set lacked.

French, Spanish and Portuguese pages, Gulf sites, WordPress themes and feeds. Each rule has a
real snippet that goes and story text that looks like it and stays.
"""

from __future__ import annotations

from newsnorm.document import Document
from tests.boilerplate_checks import clean, removed

STORY = ("Des milliers de vols ont été annulés samedi aux États-Unis en prévision d’une violente "
         "tempête attendue dans l’est du pays, accompagnée de chutes de neige et de vents forts.")
STORY_EN = ("The United Nations on Tuesday urged Libyan authorities in the west of the country to "
            "probe allegations that forces allied with the Tripoli-based Government of National "
            "Accord (GNA) have detained and abused a group of Egyptian laborers.")
STORY_ES = ("La tasa de inflación interanual de la zona euro se ha situado en mayo en el 8,1%, "
            "frente al 7,4% registrado en abril y marzo, según el avance del dato publicado por "
            "Eurostat.")


def kept(doc: Document) -> str:
    return " ".join(doc.text.split())


# -- captions closed by a credit -----------------------------------------------------------------


def test_caption_with_a_labelled_credit_goes() -> None:
    # Arab News en français.
    caption = ("Des militants de droite français manifestent le 25 février 2023 à Saint-Brevin-"
               "les Pins, dans l'ouest de la France, contre la création d'un centre d'accueil "
               "pour migrants (Photo, AFP).")
    assert removed(clean(f"{STORY}\n\n{caption}\n")) == [("photo-caption", caption)]


def test_caption_with_a_file_credit_goes_parentheses_and_all() -> None:
    # Arab News copy on thenewsaudiarabia.com: the caption holds brackets of its own.
    caption = ("About 80 percent consider Saudi Arabia as an ally in the political sphere, with "
               "the US polling second highest as an enemy (59 percent), behind only Iran (67 "
               "percent). (File/Shutterstock)")
    assert removed(clean(f"{caption}\n\n{STORY_EN}\n")) == [("photo-caption", caption)]
    assert removed(clean(f"Police guard the border crossing. (AFP/File)\n\n{STORY_EN}\n")) == [
        ("photo-caption", "Police guard the border crossing. (AFP/File)")]


def test_caption_with_a_copyright_credit_goes() -> None:
    # LFM (lfm.ch), an AP picture over a Keystone-ATS story.
    caption = ("Il y a désormais 3 millions de cas confirmés de Covid-19 dans le monde. "
               "(©(AP PHOTO/RODRIGO ABD)")
    assert removed(clean(f"{caption}\n\n{STORY}\n")) == [("photo-caption", caption)]


def test_caption_with_an_agency_and_photographer_credit_goes_with_its_alt_text() -> None:
    # Radio-Canada's pages (a WordPress tag archive reposting them): the alt text alone over
    # the caption that opens with it, and one glued to the paragraph above its caption.
    alt = "Un homme marche dans une rue couverte de neige."
    caption = ("Un homme marche dans une rue couverte de neige à Boston, samedi matin. "
               "Photo: AP/Michael Dwyer")
    doc = clean(f"janvier 29, 2022\n{alt}\n\n{caption}\n\n{STORY}\n")
    assert ("photo-caption", alt) in removed(doc)
    assert ("photo-caption", caption) in removed(doc)
    assert kept(doc).endswith(STORY)
    paragraph = ("Saleuses et chasse-neige sont prêts dans des villes comme New York, dont le "
                 "maire, Eric Adams, a prévenu sur Twitter que 30 cm de neige étaient prévus sur "
                 "la ville, tout en ajoutant que mère Nature a tendance à faire ce qu’elle veut.")
    glued = "Un ouvrier déblaie le trottoir à l'aide d'une souffleuse à neige."
    caption2 = ("Un ouvrier déblaie le trottoir à l’aide d’une souffleuse à neige à Boston, qui "
                "se prépare à une puissante tempête nordique. Photo: AP/Michael Dwyer")
    doc = clean(f"{STORY}\n\n{paragraph}{glued}\n\n{caption2}\n\n{STORY}\n")
    assert removed(doc) == [("photo-caption", glued), ("photo-caption", caption2)]
    assert paragraph in doc.text


def test_story_sentences_that_look_like_captions_stay() -> None:
    story = [
        # A photo word in brackets that is no credit, and speech.
        "The ministry released the pictures (photo: below) of the damaged school, he said.",
        # A paragraph that ends in a sentence after its full stop, credit-like but no slash.
        "The exhibition opened on Monday. Photo: the museum's own archive was on show too.",
        # A story paragraph that happens to end with an agency in brackets, printed once.
        "Talks are expected to resume next week in Geneva, diplomats told reporters (Reuters).",
        # A sentence glued to the next without a space, but no caption under it.
        "He left.The talks went on without him until late in the evening, officials added.",
    ]
    text = "\n\n".join([STORY_EN, *story]) + "\n"
    assert clean(text).removed == []


# -- doubled captions, repeated titles, image blocks ----------------------------------------------


def test_a_caption_printed_twice_with_an_agency_credit_goes() -> None:
    # Asharq Al-Awsat (english.aawsat.com): alt text and caption, the same line twice.
    caption = ("A member of the GNA carries a weapon in Ain Zara, Tripoli, Libya October 14, "
               "2019. (Reuters)")
    title = "Egypt MPs Demand Expulsion of Libya’s GNA Ambassador"
    text = (f"{title}\n\n{caption}\n{caption}\n\n{title}\n\n{caption}\n{caption}\n\n"
            f"{STORY_EN}\n\n{STORY_EN[:120]} again.\n")
    doc = clean(text)
    assert removed(doc).count(("photo-caption", caption)) == 4
    assert ("duplicate-title", title) in removed(doc)
    assert kept(doc).startswith(title)  # the first copy stays for the headline cleaner


def test_a_line_printed_twice_without_a_credit_stays() -> None:
    line = "The talks resumed in Geneva on Tuesday after a break of two weeks, officials said."
    text = f"{STORY_EN}\n\n{line}\n{line}\n"
    assert clean(text).removed == []
    # A credit, but it reports speech: a story line the feed sent twice.
    line = "Talks will resume next week, the minister told reporters. (Reuters)"
    assert clean(f"{STORY_EN}\n\n{line}\n{line}\n").removed == []


def test_the_title_as_an_image_alt_text_goes_with_the_caption_under_it() -> None:
    # APP (app.com.pk): the title again as the picture's alt text, its caption under it.
    title = "Pakistan, Iran keen to boost bilateral trade volume to $10bn: PM"
    caption = ("Prime Minister Muhammad Shehbaz Sharif and the President of Iran H.E. Dr. Masoud "
               "Pezeshkian address a joint press stakeout in Islamabad.")
    text = (f"{title}\n\n{STORY_EN}\n\n{STORY_EN[:100]}, he added.\n\n{title}\n{caption}\n\n"
            f"He said both sides discussed the broad aspects of their bilateral ties.\n")
    doc = clean(text)
    assert removed(doc) == [("duplicate-title", title), ("photo-caption", caption)]


def test_a_title_repeated_as_a_paragraph_with_the_story_run_together_stays_apart() -> None:
    # Copy without blank lines between paragraphs: the line under a title's copy is story.
    title = "One held with narcotics"
    text = (f"{title}\n{STORY_EN}\n{title}\nOn a tip-off, the police raided and apprehended the "
            "suspect.\nA case has been registered against the accused.\n")
    doc = clean(text)
    assert ("photo-caption", "On a tip-off, the police raided and apprehended the suspect.") \
        not in removed(doc)
    # A title ending in a full stop is a sentence: its copy stays.
    text = f"Talks resumed.\n\n{STORY_EN}\n\nTalks resumed.\n\n{STORY_EN[:80]} later.\n"
    assert clean(text).removed == []


# -- counters -------------------------------------------------------------------------------------


def test_a_counter_before_or_after_the_story_goes() -> None:
    # The comment count under a title (the Newspaper WordPress theme on app.com.pk).
    text = ("Home Blog Page 133\n\nOne held with narcotics\n\n0\nLODHRAN, Aug 03 (APP): Kahror "
            "Pacca city police claimed to have arrested a notorious drug peddler and recovered "
            "over one kilogram ice from his possession.\n")
    doc = clean(text)
    assert removed(doc) == [("site-crumb", "Home Blog Page 133"), ("site-widget", "0")]
    # A gallery's count over the caption after the story (Arab News en français).
    caption = "Des militants de droite manifestent le 25 février 2023 (Photo, AFP)."
    assert removed(clean(f"{STORY}\n\n4\n{caption}\n")) == [
        ("site-widget", "4"), ("photo-caption", caption)]


def test_a_number_between_story_paragraphs_stays() -> None:
    # A numbered section's number, a table's figure: inside the story.
    text = f"{STORY}\n\n2\n\n{STORY_ES}\n"
    assert clean(text).removed == []


# -- stamps ---------------------------------------------------------------------------------------


def test_french_spanish_portuguese_and_wordpress_stamps_go() -> None:
    for stamp in ("Publié le Dimanche 02 avril 2023",  # Arab News en français
                  "SÁBADO, 23 DE NOVIEMBRE DE 2024 · 14:06h.",  # DCLM
                  "sexta-feira ,29 março 2024",  # a Brazilian WordPress theme
                  "May 09, 2021 at 6:57pm",  # GNA, WordPress's default
                  "Time: May 01, 2019",  # a WordPress news theme
                  "31.05.2022", "31 DE MAYO"):  # DCLM
        assert removed(clean(f"{stamp}\n\n{STORY_ES}\n")) == [("page-stamp", stamp)], stamp


def test_a_stamp_without_its_date_goes_with_its_remnants() -> None:
    # LFM: "Publié" over "," over "le", where the page's script wrote date and time.
    text = f"Trois millions de cas dans le monde\n\nPublié\n\n,\n\nle\n\n{STORY}\n"
    doc = clean(text)
    assert removed(doc) == [("page-stamp", "Publié"), ("page-stamp", ","), ("page-stamp", "le")]


def test_dates_in_story_sentences_stay() -> None:
    text = (f"{STORY_ES}\n\nEl acuerdo se firmó el sábado, 23 de noviembre de 2024, en Madrid, "
            "según fuentes oficiales.\n\nLe rapport publié le 2 avril 2023 a été contesté par "
            "l'opposition.\n\nThe vote was held May 09, 2021 at the town hall.\n")
    assert clean(text).removed == []
    # Hard-wrapped copy: a wrapped line that is a bare date ends a sentence; it stays.
    wrapped = ("La reunión de los ministros de finanzas de la zona euro se celebrará el\n"
               "31 de mayo\n")
    assert clean(wrapped).removed == []


# -- widgets, follow rows, comment links, crumbs, feed footers ------------------------------------


def test_page_widgets_in_other_languages_go() -> None:
    for line, kind in (
        ("Rejoignez-nous", "social-promo"),  # LFM
        ("Síguenos en Facebook Síguenos en Twitter Síguenos en YouTube", "social-promo"),  # DCLM
        ("comentarios", "comment-form"),  # DCLM
        ("0 comentários", "comment-form"),
        ("Short Url", "site-widget"),  # Arab News
        ("Home Blog Page 39", "site-crumb"),  # the Newspaper theme (thechronicle.com.gh)
        ("Accueil Blog Page 747", "site-crumb"),  # the same in French (ilesdelamadeleine.com)
        ("Reprodução: © Marcello Casal jr/Agência Brasil", "photo-credit"),  # Agência Brasil
    ):
        assert removed(clean(f"{line}\n\n{STORY_ES}\n")) == [(kind, line)], line


def test_story_lines_with_the_widgets_words_stay() -> None:
    text = (f"{STORY_ES}\n\nLos comentarios del ministro provocaron una ola de críticas en el "
            "Parlamento.\n\nRejoignez-nous, a lancé le président aux électeurs indécis, "
            "dimanche.\n\nThe short URL service was shut down after the attack, police said.\n")
    assert clean(text).removed == []


def test_a_feed_footer_and_the_teaser_above_the_story_go() -> None:
    # EFE's feed on noticiaslatino.com: its teaser cut off with "… Leer más", Yoast's footer,
    # then the story.
    lead = ("San José (EFE).- La Agencia EFE celebró en Costa Rica sus 50 años de presencia en "
            "Centroamérica con una exposición de fotografías que hace un repaso por los hechos "
            "históricos, la naturaleza, la cultura, la política, el deporte y los conflictos "
            "sociales de la región de las últimas cinco décadas.")
    second = ("La exposición fotográfica titulada “Centroamérica, 50 años en 50 imágenes”, "
              "organizada en colaboración con la Embajada de España, fue inaugurada ayer.")
    teaser = f"{lead} La exposición fotográfica titulada “Centroamérica, … Leer más"
    footer = ("La entrada Una exposición de fotografías emblemáticas repasa 50 años de presencia "
              "de EFE en Centroamérica se publicó primero en EFE Noticias.")
    doc = clean(f"USA\n{teaser}\n{footer}\n\n{lead}\n{second}\n")
    assert ("duplicate-lead", teaser) in removed(doc)
    assert ("site-notice", footer) in removed(doc)
    assert kept(doc) == f"USA {lead} {second}"
    english = "The post Talks resume in Geneva appeared first on Example News."
    assert removed(clean(f"{STORY_EN}\n\n{english}\n")) == [("site-notice", english)]


def test_a_story_sentence_about_a_post_stays() -> None:
    text = (f"{STORY_EN}\n\nThe post of ambassador appeared first on a list of demands, the MP "
            "said.\n\nLa entrada de los camiones se publicó primero en el boletín oficial "
            "del Estado, dijo.\n\nLa entrada de los camiones se publicó primero en el boletín "
            "oficial.\n")
    assert clean(text).removed == []
    assert removed(clean(f"{STORY_EN}\n\nThe post X appeared first on example.com.\n")) == [
        ("site-notice", "The post X appeared first on example.com.")]


# -- listings, agency captions, category counts, K2 stamps ---------------------------------------


def test_unbulleted_titles_under_a_related_heading_go_up_to_the_story() -> None:
    # Xinhua's Spanish site: the ticker over the story, in one run of lines.
    titles = ["China refuta acto de EEUU de obligar a países pequeños a tomar partido",
              "Tíbet planea viajes especiales para impulsar turismo en región norte"]
    lead = ("BEIJING, 28 oct (Xinhua) -- Un portavoz de la cancillería china refutó hoy "
            "miércoles las acciones de ciertos funcionarios estadounidenses.")
    doc = clean("29 de octubre de 2020\nÚLTIMAS NOTICIAS:\n" + "\n".join(titles) + f"\n{lead}\n")
    assert removed(doc) == [("page-stamp", "29 de octubre de 2020"),
                            ("related-links", "ÚLTIMAS NOTICIAS:")] + [
        ("related-links", title) for title in titles]
    assert kept(doc) == lead


def test_one_line_under_a_related_heading_or_a_sentence_stays() -> None:
    # One title is no list; a sentence under the heading is story.
    text = f"{STORY_ES}\n\nNoticias relacionadas\nEl Gobierno aprobó el plan\n{STORY_ES}\n"
    assert removed(clean(text)) == [("related-links", "Noticias relacionadas")]


def test_a_caption_closed_by_an_agency_and_photographer_goes() -> None:
    # Xinhua's Spanish captions (La Agenda de México's category page).
    caption = ("La foto, tomada con un dron el 20 de julio de 2024, muestra la presa de las Tres "
               "Gargantas en la provincia de Hubei, en el centro de China. (Xinhua/Xiao Yijiu)")
    assert removed(clean(f"{caption}\n{STORY_ES}\n")) == [("photo-caption", caption)]


def test_story_sentences_with_a_slash_in_brackets_stay() -> None:
    text = (f"{STORY_EN}\n\nThe bill was approved by both houses (Senate/House Republicans).\n\n"
            "Each voter may choose one option (Yes/No)\n\nThe fund (Fund/Trust Ltd) was set up "
            "in 1990 and has grown since, officials said (Reuters/Ipsos Poll)\n")
    assert clean(text).removed == []


def test_a_category_count_and_an_empty_k2_stamp_go() -> None:
    # Oases News (Joomla K2): the category and its count, the item's stamp with no author.
    text = ("Wednesday, 03 July 2024\n\nUnited Kingdom (238)\n\nLatest News\n\nLondon’s "
            "knife-terrorist released from jail few days ago\n\nMonday, 03 February 2020 01:45 "
            f"Written by\n\n{STORY_EN}\n")
    assert removed(clean(text)) == [
        ("page-stamp", "Wednesday, 03 July 2024"), ("site-menu", "United Kingdom (238)"),
        ("related-links", "Latest News"),
        ("page-stamp", "Monday, 03 February 2020 01:45 Written by")]
    # With a name, the line is the byline cleaner's; a count in a sentence is story.
    text = (f"Monday, 03 February 2020 01:45 Written by Sam Smith\n\n{STORY_EN}\n\n"
            "Arrests rose in the United Kingdom (238) and France (190).\n")
    assert clean(text).removed == []


def test_a_caption_doubled_above_the_story_goes_whatever_its_credit() -> None:
    # Arab News en français: alt text and caption over the title, credited to a photographer,
    # or "Photo fournie." ("photo supplied").
    for caption in (
        "Les gazelles des sables sont promises à un bel avenir à AlUla. (Iain Stewart)",
        "Hoda Aouad-Sharkey quitte son pays en 1983 pour la France. Photo fournie.",
        "Ici, M. Mechichi présente sa formation au président tunisien Kais Saied. (Photo AFP).",
    ):
        doc = clean(f"Titre de l'article\n\n{caption}\n{caption}\nShort Url\n\n{STORY}\n")
        assert removed(doc) == [("photo-caption", caption)] * 2 + [("site-widget", "Short Url")]


def test_a_sentence_doubled_inside_the_story_stays() -> None:
    # Below the story's first paragraph, a doubled line without a credit is the story's (a
    # feed that sent a line twice): it stays; so does a doubled title (no full stop).
    line = "Les négociations reprendront la semaine prochaine à Genève."
    assert clean(f"{STORY}\n{line}\n{line}\n").removed == []
    assert clean(f"Tempête dans l’est\nTempête dans l’est\n\n{STORY}\n").removed == []


# -- ABC News Radio's copy, Blogger and WordPress footers -----------------------------------------


def test_a_picture_credit_glued_to_the_dateline_goes_alone() -> None:
    # ABC News Radio's copy on its affiliates' sites.
    for credit, rest in (
        ("NASA/Bill Ingalls", "(WASHINGTON) — Legendary moonwalker Buzz Aldrin marked the day."),
        ("iStock/Thinkstock", "(MOSCOW) -- Some of Russia’s top media outlets declared a boycott."),
        ("Architect of the Capitol", "(WASHINGTON) -- Congress’ annual spring vacation began."),
    ):
        doc = clean(f"{credit}{rest}\n\n{STORY_EN}\n")
        assert removed(doc) == [("photo-credit", credit)]
        assert doc.text.startswith(rest)


def test_a_bracketed_city_in_a_story_sentence_stays() -> None:
    text = (f"{STORY_EN}\n\nThe agency's bureau (MOSCOW) -- as it signs its copy -- closed.\n\n"
            "Officials in the capital(WASHINGTON) said nothing.\n")
    assert clean(text).removed == []
    # A city glued to its agency is the dateline, whatever the case.
    for lead in ("BEIJING(XINHUA) -- China said on Monday it would act.",
                 "Beijing(XINHUA) -- China said on Monday it would act.",
                 "SEOUL(YONHAP) -- North Korea fired a missile."):
        assert clean(f"{lead}\n\n{STORY_EN}\n").removed == [], lead


def test_footers_of_affiliates_blogs_and_share_plugins_go() -> None:
    for line, kind in (
        ("Follow @ABCNewsRadio", "social-promo"),
        ("facebooktwittergoogle_plusredditpinterestlinkedinmailby feather Read More →",
         "social-promo"),
        ("Published: 4/16/2014 21:55:00 PM", "page-stamp"),
        ("No comments:", "comment-form"),  # Blogger
    ):
        assert removed(clean(f"{STORY_EN}\n\n{line}\n")) == [(kind, line)], line


def test_story_lines_like_those_footers_stay() -> None:
    text = (f"{STORY_EN}\n\nNo comments were made by the ministry on Tuesday.\n\n"
            "Follow @ABCNewsRadio for updates, the network said on Twitter.\n\n"
            "Spread the love\n")  # a blog post's title: no share plugin's heading is taken
    assert clean(text).removed == []


# -- audit: story text that looks like this session's debris stays ------------------------------


def test_name_and_count_lines_under_the_lead_are_a_story_list() -> None:
    # Above the story, "United Kingdom (238)" is a K2 category widget (test above); under the
    # lead the same shape is election seats or the dead and their ages.
    for items in (("Labour (202)", "Conservative (365)", "Liberal Democrats (11)"),
                  ("John Smith (62)", "Mary Jones (45)")):
        text = (f"{STORY_EN}\n\nThe results were:\n\n" + "\n\n".join(items)
                + "\n\nThe review is due next month, officials said.\n")
        assert clean(text).removed == []
    # Last in the story too.
    assert clean(f"{STORY_EN}\n\nThe dead were named as:\n\nJohn Smith (62)\n").removed == []


def test_a_date_label_in_an_event_block_stays() -> None:
    # A press release's event details: "Date:" over "Venue:" is story; "Time: <date>" is a
    # WordPress theme's stamp (The News Saudi Arabia).
    text = (f"{STORY_EN}\n\nThe ceremony details are as follows.\n\nDate: May 1, 2019\n\n"
            "Venue: City Hall\n")
    assert clean(text).removed == []
    assert removed(clean(f"Title\n\nTime: May 01, 2019\n\n{STORY_EN}\n")) == [
        ("page-stamp", "Time: May 01, 2019")]


def test_a_story_sentence_shaped_like_a_feed_footer_stays() -> None:
    text = f"{STORY_EN}\n\nThe post office appeared first on Main Street in 1890.\n"
    assert clean(text).removed == []
    footer = "The post Talks resume appeared first on The Times of India."
    assert removed(clean(f"{STORY_EN}\n\n{footer}\n")) == [("site-notice", footer)]
