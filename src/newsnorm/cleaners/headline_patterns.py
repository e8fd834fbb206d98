"""Tables for telling a headline from the story's first paragraph, and site names from titles."""

from __future__ import annotations

import re

from newsnorm.cleaners.dateline_patterns import FOREIGN_MONTH_SPELLINGS

# A headline is one line, and a short one: Reuters' longest is 62 characters, web titles run
# longer, a first paragraph runs longer still.
MAX_HEADLINE_CHARS = 200

# A deck (a second headline) under the title has at least this many words; and a dateline is
# read from this many characters of the line that opens the story.
DECK_MIN_WORDS = 4
DATELINE_PREFIX_CHARS = 200

# A deck over a stamp or source line (standfirst under the title) is one line no longer than
# this; below the stamp, at least this much story must follow (else the "deck" is the story).
DECK_MAX_CHARS = 300
STORY_MIN_CHARS = 200
# The story under the stamp opens with a whole paragraph this long, after at most this many
# short lines (photo credits) of at most this many characters.
STORY_PARAGRAPH_MIN_CHARS = 100
MAX_CREDIT_LINES = 2
MAX_CREDIT_LINE_CHARS = 60

# A title ending in "." is a sentence unless it is this short ("Peace at last.").
MAX_WORDS_OF_DOTTED_TITLE = 5

# A site-and-section crumb glued before the headline ("GENERICO.ruWorld") is no longer than this.
MAX_CRUMB_CHARS = 60

# Letters in capitals, as a share of all letters, from which a line is set in caps (Reuters'
# "U.S. FIRST-QUARTER GNP RISES 1.4 PCT", "CHARTWELL GROUP LTD <CTWL> 4th qtr net").
CAPS_SHARE = 0.75

MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# A place name as datelines write it: up to four words, each capitalized ("NEW YORK", "Baku").
# (Possessive: what may follow a word or the name is never part of one, so giving characters
# back could not help a match; it only made lines that are no dateline slow to fail.)
_PLACE = r"[A-Z][\w.'’-]{0,30}+(?: [A-Z][\w.'’-]{0,30}+){0,3}+"

# The start of a dateline, which is the story's first paragraph, never its headline:
# "BAKU, Azerbaijan, October 3.", "LONDON, March 3 (Reuters) -", "WASHINGTON, Tuesday -",
# "LONDON (Reuters) -", "MOSCOW /TASS/.", "BAKU, November 6".
DATELINE_START = re.compile(
    rf"{_PLACE},(?: {_PLACE},)? (?:(?:{MONTHS})\.? \d{{1,2}}\b|(?:{WEEKDAYS})\b)"
    rf"|{_PLACE},? ?(?:\([A-Za-z .-]{{2,30}}\)|/[A-Za-z .-]{{2,30}}/) ?[-–—.:]"
)


def starts_with_dateline(line: str) -> bool:
    """Whether a line starts with a dateline (:data:`DATELINE_START`). Every dateline start
    holds a comma after its place or the brackets or slashes of an agency, so a line with
    none of them is told without the regex."""
    return ("," in line or "(" in line or "/" in line) and DATELINE_START.match(line) is not None


# A byline is no headline ("By Vafa Ismayilova").
BYLINE_START = re.compile(r"(?:by|written by)\s{1,3}[A-Z]", re.IGNORECASE)


def starts_with_byline(line: str) -> bool:
    """Whether a line starts with a byline (:data:`BYLINE_START`). One that opens with no "b"
    and no "w", in either case, is told without the regex."""
    return line[:1] in "bBwW" and BYLINE_START.match(line) is not None

# Words that report speech: a lower-case first line carrying one is the middle of a sentence.
REPORTING_VERB = re.compile(r"\b(?:said|says|told|added|noted|stated)\b")

# A title may end in "." when its last word is an abbreviation ("... TO U.S.", "... INC.").
ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]\.){2,4}$|\b(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|vs)\.$",
    re.IGNORECASE,
)

# A first line at least this long that ends no sentence, with one more line before a blank
# line, is a title the feed hard-wrapped (feeds wrap at 70 to 80 columns; Reuters' longest
# title has 62 characters).
WRAPPED_LINE_CHARS = 65
SENTENCE_END = re.compile(r"""[.!?:;,"”»]\s*$""")

# A page scraped with one paragraph per line and no blank lines: a line this long is a whole
# paragraph (feeds wrap at 70 to 80 columns), when it ends a sentence (:data:`PARAGRAPH_END`);
# a title line over it has at least this many words.
PARAGRAPH_LINE_MIN_CHARS = 120
PARAGRAPH_END = re.compile(r"""[.!?]["”’»)]?\s*$""")
PARAGRAPH_TITLE_MIN_WORDS = 3

# Lines ending like this run on into the next line (mixed case only; caps titles may end so).
RUNS_ON_END = re.compile(r"[,;:(\-–—]$")

# " | Reuters", " - Daily Sabah", " — Site.com": the separators a page title puts before its site.
SITE_SEPARATOR = re.compile(r"\s(?:\||-|–|—|::|·|•)\s")

# A domain name as a site signs titles with ("Trend.az", "www.aa.com.tr", "news.am").
DOMAIN = re.compile(r"(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.[a-z]{2,12}")

# After " | " a short capitalized name is a site name ("Peace talks resume | Caspian News").
MAX_SITE_NAME_WORDS = 4
SITE_NAME = re.compile(r"[A-Z0-9][\w.&'’-]{0,30}(?: [A-Z0-9&][\w.&'’-]{0,30}){0,3}")

# Newspapers, broadcasters and sites (wire agencies come from agency_names.py). Titles end in
# them and bylines name them; extend here.
OUTLETS: frozenset[str] = frozenset(
    {
        "AzerNews", "AzerNEWS", "Azernews", "Report News Agency", "Caspian News",
        "Daily Sabah", "Hurriyet Daily News", "Hürriyet Daily News", "TRT World", "Yeni Şafak",
        "Anadolu Ajansı", "News.Az", "Armenpress", "Asbarez", "Eurasianet", "OC Media",
        "JAMnews", "Meduza", "RT", "TASS", "Izvestia", "Kommersant", "Interfax",
        "BBC", "BBC News", "CNN", "Al Jazeera", "Al Jazeera English", "Euronews",
        "The Guardian", "Guardian", "The Times", "The New York Times", "New York Times",
        "The Washington Post", "Washington Post", "The Wall Street Journal",
        "Wall Street Journal", "WSJ", "Financial Times", "FT", "The Economist", "Politico",
        "Deutsche Welle", "DW", "France 24", "RFE/RL", "Radio Free Europe/Radio Liberty",
        "Voice of America", "VOA", "NPR", "CBS News", "NBC News", "ABC News", "Fox News",
        "Sky News", "The Independent", "The Telegraph", "Daily Mail", "The Hill", "Axios",
        "Bloomberg", "CNBC", "Forbes", "Business Insider", "The Moscow Times",
        "The Jerusalem Post", "Haaretz", "Times of Israel", "Arab News", "Gulf News",
        "The National", "Dawn", "The Hindu", "Hindustan Times", "Times of India",
        "South China Morning Post", "SCMP", "Global Times", "China Daily", "Japan Times",
        "Yonhap", "Kyiv Independent", "Ukrainska Pravda", "Euractiv", "Modern Diplomacy",
    }
)


def is_outlet(name: str) -> bool:
    """Whether a name is a known outlet (the case of an all-caps spelling is forgiven)."""
    # Split off no more words than an outlet has: a longer line (a title) is told without
    # splitting the rest.
    words = name.split(None, _OUTLET_MOST_WORDS)
    if len(words) > _OUTLET_MOST_WORDS:
        return False
    name = " ".join(words)
    return name in OUTLETS or name.upper() in _OUTLETS_UPPER


_OUTLETS_UPPER = frozenset(outlet.upper() for outlet in OUTLETS)
_OUTLET_MOST_WORDS = max(len(outlet.split()) for outlet in OUTLETS)

# -- page furniture above the title ------------------------------------------------------------

# At most this many furniture lines (stamps, crumbs, prompts) are skipped to reach the title.
MAX_FURNITURE_LINES = 3

# A date or time stamp: a year or a clock time, with no more than one word beyond months,
# weekdays and clock words ("Sep 05, 2017 03:03 PM IST", "| Sat, Oct 15, 2022",
# "Wednesday , July 10 2024", "12 noiembrie 2019"); a "| Source: PTI" tail goes with it.
STAMP_NUMBER = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b")
STAMP_SOURCE = re.compile(r"\s*\|\s*Source:.*$", re.IGNORECASE)
# Weekdays as stamps abbreviate them: "Sat 1 April / Apr 2017. 12:00 AM" (Al Ghad English, under
# an Arabic "published on" label), "| Sat, Oct 15, 2022".
WEEKDAY_ABBREVIATIONS = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
STAMP_WORD = re.compile(
    rf"^(?:{MONTHS}|{WEEKDAYS}|{WEEKDAY_ABBREVIATIONS}|AM|PM|IST|GMT|UTC|EST|EDT|CET|MSK)$",
    re.IGNORECASE,
)
MAX_STAMP_OTHER_WORDS = 1
# A full timestamp, a year and then a clock time, may carry words of a language the tables do
# not know and a place's time zone: RFE/RL's services head their pages "жекшемби,
# 24-сентябрь, 2017 Бишкек убактысы 16:19" (Azattyk: Monday, September 24, 2017, Bishkek time
# 16:19); a title rarely holds a year and a clock time in that order.
FULL_TIMESTAMP = re.compile(r"\b(?:1[89]|20)\d\d\b[^:\n]{0,60}?\b\d{1,2}:\d\d\b")
MAX_FULL_STAMP_OTHER_WORDS = 3
WORD = re.compile(r"[^\W\d_]+")
# The word a page puts between a stamp's two dates: "... 3:09 pm Updated on March 1, 2023,
# 9:04 pm" (pna.gov.ph), "Published: ... Last updated: ...".
STAMP_MARKER = re.compile(r"\b(?:Last\s)?(?:Updated|Published|Posted|Modified)(?:\son|\sat)?\s?:?",
                          re.IGNORECASE)
# Month names as other languages' pages date their posts (a blog's "giovedì 7 agosto 2014", an
# Indonesian "Kamis, 18 Oktober 2018"): the dateline's table of foreign month spellings, so such
# a date line counts as a stamp as its English twin does ("Thursday, August 7, 2014").
FOREIGN_STAMP_MONTHS = frozenset(
    spelling.lower() for spellings in FOREIGN_MONTH_SPELLINGS.values() for spelling in spellings
    if len(spelling) >= 4  # full names only: "gen", "ago", "set" are words too
) | frozenset(
    # Indonesian and Malay month and weekday names, as Antara's and Indonesian blogs' posts are
    # dated ("Kamis, 24 Februari 2011", "Senin, 3 Agustus 2020"); the dateline's table has the
    # months only where they are spelt as in another language ("Oktober").
    {"januari", "februari", "maret", "mei", "agustus", "desember", "senin", "selasa", "rabu",
     "kamis", "jumat", "sabtu", "minggu"}
) | frozenset(
    # Spanish weekday names and clock word, as Spanish-language pages date their stories
    # ("20:19 horas - Miércoles, 30 Noviembre 2016" on tvperu.gob.pe). Not "de", which joins a
    # Spanish date's parts but also a title's words ("Elecciones de 2023").
    {"lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado",
     "domingo", "horas", "hrs"}
) | frozenset(
    # Russian month names in the nominative, as Kyrgyz- and Kazakh-language pages in Cyrillic
    # date them ("жекшемби, 24-сентябрь, 2017" on azattyk.org); the dateline's table has the
    # genitive ("24 сентября").
    {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
     "октябрь", "ноябрь", "декабрь"}
)

# Archive and tag headings, share prompts and navigation links: page furniture, no title.
FURNITURE = re.compile(
    r"(?:Archives? for|Tag Archives?:|Tagged with|Contents tagged with|Posts tagged|Tags?:"
    r"|Category:|Source:)\s.*"
    r"|Connect to share and comment|Share this(?: article| story)?|Accessibility links"
    r"|Skip to (?:main )?content|Breaking News|Featured News|Top stories|Latest News"
    # The same listing headings on Spanish, Portuguese, French, Indonesian and Turkish pages
    # ("Últimas noticias | RSS" over agenciapacourondo.com.ar's feed page, "Últimas notícias",
    # "Dernières nouvelles", "Berita Terkini", "Son Dakika"), with the site or feed name a page
    # title puts after a bar.
    r"|(?:Últimas (?:noticias|notícias)|Dernières (?:nouvelles|infos|actualités)"
    r"|Berita Terkini|Berita Terbaru|Son Dakika|Son Haberler)(?:\s\|\s[\w .-]{1,30})?",
    re.IGNORECASE,
)

# A site menu's link on a line of its own above the title, as scraped pages keep them ("Contact
# Us" over an A News story, "Left Menu" on Devdiscourse, "Translate" on a Blogger page): never
# a title. Case-sensitive, in a menu's title case or lower case, so a caps wire title
# ("SEARCH FOR SURVIVORS ENDS" or a one-word "HOME") stays.
NAV_LABEL = re.compile(
    r"(?:Contact|About) [Uu]s|Home|Menu|(?:Main|Left|Right|Top) [Mm]enu|Search|Log [Ii]n|Login"
    r"|Sign [Ii]n|Sign [Uu]p|Register|Subscribe|Print|Share|Translate|Advertisement"
    r"|contact us|about us|home|menu|search|login|subscribe|print|share|translate"
    # Spanish and Portuguese sites' menu and widget labels: "Inicio"/"Início" (home), "Buscar"
    # (search), "Compartir"/"Compartilhar" (share), "Saltar aviso"/"Saltar publicidad" (an ad
    # interstitial's "skip ad", over the section and title on t13.cl)
    r"|Inicio|Início|Buscar|Compartir|Compartilhar|Saltar [Aa]viso|Saltar [Pp]ublicidad"
    # An image's placeholder left where the picture was, with its list bullet: "• Imagen" over
    # each item's kicker and title on agenciapacourondo.com.ar's listing pages (Drupal's
    # default alt text), "Image", "Imagem", "Foto" on other sites' teaser lists.
    r"|(?:[•▪►·]\s{0,2})?(?:Imagen|Imagem|Image|Foto|Photo)"
)
# No menu label is longer than this (tests/test_headline_speed.py checks the regex's widest
# match): a longer line, as every title is, is told without the regex.
NAV_LABEL_LONGEST = 17

# A wire feed's transmission header (selector and number, priority, category, word count,
# agency and serial: "eca0003 3 i 380  dpa 0045", "bsf025 3 ec 121   etf 967", and dpa's feed
# of Tribune News Service copy "ecp0007 4 s 850  dpa-tns 0908") and a service word on a line
# of its own ("REFILE"): wire furniture above the title.
WIRE_HEADER = re.compile(
    r"[a-z]{2,4}\d{2,5}\s+\d\s+[a-z]{1,3}\s+\d{1,5}(?:\s+[a-z]{1,6})*\s+[a-z]{2,6}(?:-[a-z]{2,6})?"
    r"\s+\d{2,5}"
    r"|REFILE|CORRECTED|CORRECTION|REPEAT"
)

# The keyword line of an IPTC 7901 item (dpa's English feed), between the header and the
# title: slash-separated keywords ending in a slash ("Yemen/conflict/", "American
# Football/NFL/", "/politics/Britain/EU/Brexit/justice/"). A title never ends in a slash.
WIRE_KEYWORDS = re.compile(r"/?[^\W_][\w .&'-]{0,40}(?:/[\w .&'-]{1,40}){0,7}/")

# A site's section name in Chinese or Japanese glued before a Latin-script title, with a colon:
# Xinhua's English pages file titles as "国内英语新闻:Chinese premier confident in ..." ("domestic
# English news:"). Only CJK characters before the colon, and a Latin letter right after it.
CJK_CRUMB = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,24}[:：]\s{0,2}(?=[A-Za-z])")

# Reuters' desk prefix glued before a mixed-case wire title with a hyphen and no space: the
# version ("UPDATE 2-", "RPT-", "REFILE-", "CORRECTED-") or the desk's topic slug ("PRECIOUS-Gold
# rises as ...", "GLOBAL MARKETS-Stocks ...", "FOREX-Dollar ..."), up to three in a row
# ("REFILE-UPDATE 1-"). Taken off the title; only these words, so a title's own "US-China" or
# "EU-Turkey" stays, and never off a caps title (Reuters-21578's "U.S. STOCKS-...").
REUTERS_PREFIX = re.compile(
    r"(?:(?:(?:UPDATE|WRAPUP)\s\d{1,2}|RPT|REFILE|CORRECTED|BRIEF|PRECIOUS|GLOBAL\sMARKETS"
    r"|FOREX|METALS|GRAINS|SOFTS|TREASURIES|EMERGING\sMARKETS|US\sSTOCKS|EUROPE\sSTOCKS"
    r"|ASIA\sSTOCKS)-){1,3}(?=[A-Z][a-z])"
)

# An agency's keyword slug glued before its title: caps keywords joined by hyphens (country,
# then topics), then " / " ("SENEGAL-JUSTICE-DIVERS / Etudiant retrouvé mort à l’UGB : ...",
# "SENEGAL-ARMEE-GENRE/ / Le chef de l’Etat nomme ..." on apsactu.com, the Agence de presse
# sénégalaise's feed, on every story). Two keywords at least, so a title's own "US-CHINA" with
# no slash stays; taken only off a mixed-case title (checked where it is used).
KEYWORD_SLUG = re.compile(r"[A-Z]{2,20}(?:-[A-Z]{2,20}){1,4}+/?\s?/\s{1,2}(?=[^\W_])")

# A list bullet before a title ("• Michelle Obama, Jill Biden visit ..."), or the marks of a
# Markdown heading, as scrapers that write Markdown set the title ("# Military commanders will
# be told to ..." in Fundus' AP News texts, "## Title" from Markdown converters): one to six
# "#" and a space, so a hashtag ("#MeToo movement grows") stays.
BULLET = re.compile(r"[•▪►·]\s*|#{1,6}[^\S\n]+")

# A photo's caption closed by its labelled credit, as Brazilian, Spanish and Italian pages set
# it under the deck: "Evandro Carvalho em coletiva de imprensa da Copa Atlântico - Foto: Ricardo
# Fernandes/Folha de Pernambuco" (Folha de Pernambuco and the blogs reposting it), "... — Foto:
# Arte/g1" (G1). The label after a spaced dash, or opening the line; read only in the line under
# a deck (where it is used), never in story.
CAPTION_CREDIT = re.compile(
    r"(?:^|\s[-–—]\s)(?:Foto|Fotos|Photo|Imagem|Imagen)\s?:\s?\S[^\n]{0,79}$"
)
CAPTION_LABEL_STEMS = ("Foto", "Photo", "Imag")


def may_hold_caption_credit(line: str) -> bool:
    """Whether a line may hold a :data:`CAPTION_CREDIT`: every label of it holds one of
    :data:`CAPTION_LABEL_STEMS`, and substring tests skip the lines without one far faster
    than the regex, which is tried at every character (tests/test_headline_speed.py checks
    each label)."""
    return "Foto" in line or "Photo" in line or "Imag" in line

# A title has a word: a line with no two letters in a row is a widget's reading or a number
# ("73.0°F", "1 2 3 12"), never a title.
TITLE_WORD = re.compile(r"[^\W\d_]{2}")

# Under a deck, a word-less line is a widget's reading only with a figure in it ("• 0",
# telegraf.rs's comment counter; "73.0°F") and not as a list's number or a year heading alone
# ("1.", "(2)", "2023"): a section break ("***", "* * *", "—") or such a number under the
# story's lead paragraph is the story's own, and the lead above it no deck.
BARE_NUMBER = re.compile(r"[(\[]?\d{1,4}[.):\]]?")


# A post's age instead of its date, in one or two units: Drupal's feed aggregator prints it
# under each item's title ("6 days 12 hours ago" on habital.lv, "2 hours 36 min ago" on
# politicalavenue.com), news sites' lists too ("3 hours ago", "45 mins ago").
AGE_STAMP = re.compile(
    r"(?:\d{1,3}\s?(?:sec|secs|seconds?|min|mins|minutes?|hr|hrs|hours?|days?|weeks?|months?"
    r"|years?)\s){1,2}ago",
    re.IGNORECASE,
)


# A reading-time widget under the title: "Time taken to read : 2 Minute" (english.khabarhub.com),
# "3 min read", "Reading time: 4 minutes", "Tiempo de lectura: 3 min", "Temps de lecture : 2
# min", "Leitura: 3 min", "Время чтения: 2 мин". Page furniture, never story.
READING_TIME = re.compile(
    r"(?:Time taken to read|(?:Estimated )?Reading time|Read time|Tiempo de lectura"
    r"|Temps de lecture|Tempo de leitura|Leitura|Время чтения|Okuma süresi)\s?:?\s?\d{1,3}\s?"
    r"(?:min|mins|minutes?|minutos?|minuti|мин|минуты|минут|dakika|dk)\.?"
    r"|\d{1,3}\s?(?:min|mins|minutes?|minutos?)\.?\s(?:read|de lectura|de leitura|de lecture)",
    re.IGNORECASE,
)
# No reading time is longer than this (tests/test_headline_speed.py checks the regex's widest
# match): a longer line is told without the regex.
READING_TIME_LONGEST = 37


def may_hold_stamp_number(line: str) -> bool:
    """Whether a line may hold a :data:`STAMP_NUMBER`: every match has a year's first two
    digits ("18", "19", "20") or a clock's ":". The regex is tried at every character (about
    2 µs a line); these substring tests skip the 96% of lines under a Reuters title that hold
    none of them, and a line without them can never match (tests/test_headline_speed.py)."""
    return ":" in line or "20" in line or "19" in line or "18" in line


def is_stamp(line: str) -> bool:
    """Whether a line is a date or time stamp (:data:`STAMP_NUMBER`), not a title; a stamp may
    pair two dates about a :data:`STAMP_MARKER` ("March 1, 2023, 3:09 pm Updated on March 1,
    2023, 9:04 pm"), or give the post's age (:data:`AGE_STAMP`)."""
    if line.endswith(("ago", "AGO")) and AGE_STAMP.fullmatch(line):
        return True
    if not may_hold_stamp_number(line) or not STAMP_NUMBER.search(line):
        return False  # cheap first: most lines have no year's digits or clock's colon
    if STAMP_MARKER.search(line):
        parts = [part for part in STAMP_MARKER.split(line) if part.strip()]
        return bool(parts) and all(_is_one_stamp(part) for part in parts)
    return _is_one_stamp(line)


def _is_one_stamp(line: str) -> bool:
    if "|" in line:
        line = STAMP_SOURCE.sub("", line)
    if not STAMP_NUMBER.search(line):
        return False
    allowed = MAX_STAMP_OTHER_WORDS
    if "2" in line or "1" in line:  # a year needs one; most lines are settled without the regex
        full = FULL_TIMESTAMP.search(line)
        if full is not None:
            allowed = MAX_FULL_STAMP_OTHER_WORDS
    others = 0
    for word in WORD.findall(line):
        if not STAMP_WORD.match(word) and word.lower() not in FOREIGN_STAMP_MONTHS:
            others += 1
            if others > allowed:
                return False  # more words than a date has: a title
    # A line of caps with words besides the date is a wire title: "FEBRUARY 1987 OUTPUT".
    return not (others and line.isupper())


def is_furniture(line: str) -> bool:
    """Whether a line above the title is page furniture: a stamp, a line with no word (a
    widget's "73.0°F"), an archive or tag heading, a "Source:" line, a share prompt, a
    navigation link or menu label, a wire transmission header or an IPTC 7901 keyword line,
    a listing page's crumb trail or the site's masthead."""
    return (is_stamp(line) or TITLE_WORD.search(line) is None
            or FURNITURE.fullmatch(line) is not None
            or (len(line) <= NAV_LABEL_LONGEST and NAV_LABEL.fullmatch(line) is not None)
            or WIRE_HEADER.fullmatch(line) is not None
            or (line.endswith("/") and WIRE_KEYWORDS.fullmatch(line) is not None)
            or (line.startswith("Home ") and LISTING_CRUMB.fullmatch(line) is not None)
            or (line.startswith(CRUMB_ARROWS) and CRUMB_TRAIL.fullmatch(line) is not None)
            or is_masthead(line))


# A listing page's crumb trail whose separators the scraper dropped, from "Home" to the page
# number: "Home Blog Page 3" (app.com.pk's category and search pages, the tagDiv "Newspaper"
# WordPress theme), "Home Archive by category News (Page 5)" (skynewsafrica.net). Ends on the
# page number, so a title that opens with "Home" ("Home prices rise ...") stays.
LISTING_CRUMB = re.compile(r"Home(?: [\w-]{1,20}){1,5}? \(?Page \d{1,6}\)?")

# A crumb trail whose "Home" link was an icon, so it opens on the separator: "» News" over
# the title on bahrainmirror.com, "› World › Asia". A title never opens with an arrow.
CRUMB_ARROWS = ("»", "›", "> ")
CRUMB_TRAIL = re.compile(r"(?:[»›>]\s?[\w&'-]{1,25}(?: [\w&'-]{1,25}){0,2}\s?){1,4}")

# A site's masthead on a line of its own above the title: an agency's name spelt out ("NEWS
# AGENCY OF NIGERIA" and "News Agency of Nigeria" over nannews.ng's stories, "Kuwait News
# Agency", "Saudi Press Agency"), or an outlet of two words or more ("CHINA DAILY" over a feed
# aggregator's copy). The publisher's name, not a title and not a credit of the story.
MASTHEAD = re.compile(
    r"(?:[A-Z][\w'-]{1,20} ){0,3}(?:News|Press) (?:Agency|Service)"
    r"(?: of(?: [A-Z][\w'-]{1,20}){1,3})?"
    r"|(?:[A-Z][A-Z'-]{1,20} ){0,3}(?:NEWS|PRESS) (?:AGENCY|SERVICE)"
    r"(?: OF(?: [A-Z][A-Z'-]{1,20}){1,3})?"
)
MASTHEAD_ENDS = ("Agency", "AGENCY", "Service", "SERVICE")


def is_masthead(line: str) -> bool:
    """Whether a line is only a site's masthead (:data:`MASTHEAD`, or a known outlet of two
    words or more: a one-word outlet "Dawn" or "Forbes" could be a title)."""
    if " " not in line:
        return False
    if (" of " in line or " OF " in line or line.endswith(MASTHEAD_ENDS)) and MASTHEAD.fullmatch(
            line):
        return True
    return is_outlet(line)


# A site's two-part section label, its parts joined by "&" ("Government & Politics",
# "Arts & Culture", "Science & Tech" above the title on news sites): capitalised words, one or
# two a side; a caps line is a wire title and stays.
SECTION_PAIR = re.compile(r"[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? & [A-Z][a-z]{1,20}"
                          r"(?: [A-Z][a-z]{1,20})?")


# A site's news section named "<Word> News" ("World News", "Royal News" over the title on
# omannews.gov.om, "Local News"): read as a section only right above a title or another section.
SECTION_NEWS = re.compile(r"[A-Z][a-z]{2,20} News")


# A kicker (the "chapéu" or eyebrow label over a title) that the page's markup holds in lower
# case (a style sheet capitalises it on screen): "presidente do brasil" over a Folha de
# Pernambuco title. A short all-lower-case line over a title is page matter on other pages too
# (a widget's "close", "logo", "top of page", "select languages"), never the title: a line of one
# to this many words, every letter lower case, no digit and no sentence mark. Read as a kicker
# only right above a title that is a paragraph of its own (checked where it is used), so a
# lower-case wire title over its dateline ("venezuelan bank begins signing debt contracts⏎
# CARACAS, ...") stays a title.
MAX_KICKER_WORDS = 4
KICKER = re.compile(rf"[^\W\d_A-Z]+(?:[ -][^\W\d_A-Z]+){{0,{MAX_KICKER_WORDS - 1}}}")


def is_kicker(line: str) -> bool:
    """Whether a line is a lower-case kicker (:data:`KICKER`): letters only, none a capital."""
    return line.islower() and KICKER.fullmatch(line) is not None


# A kicker set in capitals over a mixed-case title, as French-language pages and the blogs that
# repost their copy print the "surtitre" ("CREDIT BANCAIRE⏎⏎4.027 milliards FCFA de crédits
# alloués à l'économie ..." on a skynetblogs.be blog reposting APA, every post so), and Spanish
# pages their "antetítulo" ("DEBATES SINDICALES" on agenciapacourondo.com.ar's listings;
# "INCIDENCIAS CHAMARTIN" on EFE's, under the title there): one or two words of letters. A
# caps title over its mixed-case deck is longer ("LA TENDANCE BAISSIERE CONTINUE⏎A ce jour,
# ..." on SenePlus), and a caps wire title has its dateline, no title, under it: the line under
# the kicker must be a mixed-case title of its own (checked where it is used).
MAX_CAPS_KICKER_WORDS = 2  # three caps words ("OIL PRICES SURGE") may be a title over its deck
CAPS_KICKER = re.compile(
    rf"[^\W\d_]+(?:['’][^\W\d_]+)?(?: [^\W\d_]+(?:['’][^\W\d_]+)?){{0,{MAX_CAPS_KICKER_WORDS - 1}}}"
)


def is_caps_kicker(line: str) -> bool:
    """Whether a line is a short kicker in capitals (:data:`CAPS_KICKER`)."""
    # A kicker has at most MAX_CAPS_KICKER_WORDS - 1 spaces (the regex's only space is the
    # one before each further word): counting them skips a caps wire title without the regex.
    return (line.isupper() and line.count(" ") < MAX_CAPS_KICKER_WORDS
            and CAPS_KICKER.fullmatch(line) is not None)


def is_section_word(line: str) -> bool:
    """A one-word section crumb above the title ("Russia", "World"), a two-part section label
    ("Government & Politics") or a "<Word> News" section; caps words are wire titles and stay."""
    if " " not in line:
        return line.isalpha() and not line.isupper()
    if line.endswith(" News"):
        return SECTION_NEWS.fullmatch(line) is not None
    return "&" in line and SECTION_PAIR.fullmatch(line) is not None
