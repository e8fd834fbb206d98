"""Tables for finding and reading a wire dateline, and for dating the text around it.

A dateline is read piece by piece (junk, city, regions, date, credit, separator), each piece an
anchored regex matched at a cursor inside a bounded prefix of the text. Every pattern here is
linear: character classes that never overlap their own delimiters, repetition bounded, no
quantified group inside another quantified group that could match the same text two ways.

>>> MONTH_NUMBERS["sept"], MONTH_NUMBERS["march"], WEEKDAY_NUMBERS["tues"]
(9, 3, 1)
>>> DATE_MONTH_FIRST.match("Oct.3. By Leman Zeynalova").group("month", "day")
('Oct', '3')
>>> bool(STATE_ABBREVIATIONS & {"calif.", "s.d."})
True
"""

from __future__ import annotations

import re

from newsnorm.cleaners.agency_names import DATELINE_ONLY_SPELLINGS, agency_spellings

# Only this much of the text, counted from the first non-blank character, is read for the
# dateline itself: a dateline is short, and a bound keeps hostile input linear.
PREFIX_CHARS = 300

MAX_CITY_WORDS = 5
MAX_REGION_WORDS = 3
MAX_REGIONS = 2
MAX_SLOTS = 4  # pieces after the city: up to two regions, a weekday, the date

# -- months and weekdays ---------------------------------------------------------------------

# Every spelling a wire uses for a month: the full name, the three-letter form (Reuters' "Feb"),
# and AP's "Sept."; matched case-insensitively ("MArch", "FEb" and "feb" occur in 1987 copy).
MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("January", "Jan"),
    2: ("February", "Feb"),
    3: ("March", "Mar"),
    4: ("April", "Apr"),
    5: ("May",),
    6: ("June", "Jun"),
    7: ("July", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sept", "Sep"),
    10: ("October", "Oct"),
    11: ("November", "Nov"),
    12: ("December", "Dec"),
}

WEEKDAY_SPELLINGS: dict[int, tuple[str, ...]] = {  # date.weekday() numbering
    0: ("Monday", "Mon"),
    1: ("Tuesday", "Tues", "Tue"),
    2: ("Wednesday", "Wed"),
    3: ("Thursday", "Thurs", "Thur", "Thu"),
    4: ("Friday", "Fri"),
    5: ("Saturday", "Sat"),
    6: ("Sunday", "Sun"),
}


def _build_numbers(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {spelling.lower(): number for number, spellings in table.items()
            for spelling in spellings}


def _alternation(spellings) -> str:
    """A regex alternation, longest first so "March" wins over "Mar"."""
    return "|".join(re.escape(s) for s in sorted(spellings, key=lambda s: (-len(s), s)))


def _build_prefixes(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    """Every spelling, plus each prefix of three letters or more of the full name: the desk
    cut months short by accident ("Marc 3", "Apri 1") as often as by style ("Sept.")."""
    numbers = _build_numbers(table)
    for number, (full, *_) in table.items():
        for length in range(3, len(full)):
            numbers.setdefault(full[:length].lower(), number)
    return numbers


MONTH_NUMBERS = _build_prefixes(MONTH_SPELLINGS)
WEEKDAY_NUMBERS = _build_numbers(WEEKDAY_SPELLINGS)
_MONTH = rf"(?i:{_alternation(MONTH_NUMBERS)})"

# Months as other languages' wires write them in a dateline: Russian in the genitive
# (Interfax "Москва. 18 августа.", TASS "МОСКВА, 3 марта."), German, French, Spanish, Italian and
# Portuguese, with the short forms their agencies use (EFE "3 mar", "21 ene"; AFP "21 janv").
# Read only with a day beside them, never as a month alone nor as a reason to end a city's name:
# "set", "ago", "gen" and "mag" are words in English too (and Portuguese "out" is left out:
# "Paris, 3 out of 5 voters ..." is story). Spellings English already has
# ("mar", "May", "August") are left to MONTH_NUMBERS.
FOREIGN_MONTH_SPELLINGS: dict[int, tuple[str, ...]] = {
    1: ("января", "Januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro"),
    2: ("февраля", "Februar", "février", "févr", "fév", "febrero", "febbraio", "fevereiro",
        "fev"),
    3: ("марта", "März", "Maerz", "mars", "marzo", "março"),
    4: ("апреля", "avril", "avr", "abril", "abr", "aprile"),
    5: ("мая", "Mai", "mai", "mayo", "maggio", "mag", "maio"),  # Lusa "Tirana, 29 mai 2025 (Lusa)"
    6: ("июня", "Juni", "juin", "junio", "giugno", "giu", "junho"),
    7: ("июля", "Juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    8: ("августа", "août", "agosto", "ago"),
    9: ("сентября", "septembre", "septiembre", "setiembre", "settembre", "setembro", "set"),
    10: ("октября", "Oktober", "Okt", "octobre", "octubre", "ottobre", "ott", "outubro"),
    11: ("ноября", "novembre", "noviembre", "novembro"),
    12: ("декабря", "Dezember", "Dez", "décembre", "déc", "diciembre", "dic", "dicembre",
         "dezembro", "dez"),
}
# Every month spelling a dated dateline may use ("18 августа", "March 3", "21 ene"). The foreign
# ones match as their language writes them, or capitalised: a shouted "ABR 7" in 1987 English
# copy is a slip of the desk, not Spanish.
DATED_MONTH_NUMBERS = {**_build_numbers(FOREIGN_MONTH_SPELLINGS), **MONTH_NUMBERS}
_FOREIGN_MONTH = _alternation({form for spellings in FOREIGN_MONTH_SPELLINGS.values()
                               for spelling in spellings
                               for form in (spelling, spelling[0].upper() + spelling[1:])})
_DATED_MONTH = rf"(?:{_MONTH}|{_FOREIGN_MONTH})"
_WEEKDAY = rf"(?i:{_alternation(WEEKDAY_NUMBERS)})"
# Body text is not shouted or lower-cased the way 1987 datelines are, nor are its months cut
# short: there, only "March", "Sept" or "Oct" ("Marc" is a name).
_MONTH_IN_PROSE = _alternation(s.capitalize() for s in _build_numbers(MONTH_SPELLINGS))

# -- the pieces of a dateline ------------------------------------------------------------------

_HSPACE = r"[^\S\n]"
# Between pieces a dateline may cross one hard wrap, never a blank line.
_GAP = rf"{_HSPACE}{{0,4}}(?:\n{_HSPACE}{{0,8}})?"
_LETTER = r"[^\W\d_]"
_NOT_WORD_AFTER = r"(?![^\W_])"  # no letter or digit runs on

# Blank lines and indentation before the dateline ("    SALVADOR, Feb 26 - ...").
LEADING_BLANK = re.compile(r"\s*")

# Reuters' commodity desk flagged some stories "****LONDON, March 5 - ...".
# A repeated story is flagged "RPT --LUDWIGSHAFEN, West Germany, March 30 - ...".
JUNK_PREFIX = re.compile(rf"\*{{1,8}}|(?:RPT|REPEAT){_HSPACE}{{0,2}}-{{1,2}}{_HSPACE}{{0,2}}")
# MENAFN (the Middle East North Africa Financial Network) opens every item it reposts with its
# source in brackets, glued before the wire's own dateline: "( MENAFN - Kuwait News Agency
# (KUNA)) KUWAIT, Dec 2 (KUNA) -- ...", "(MENAFN- AzerNews) ...". The dateline is read after it;
# the bracket stays for the agencies cleaner (it credits a wire source, keeps a paper's).
# Scraped copies lose the bracket's opening now and then: "MENAFN - Jordan News Agency)⏎
# Petra, Dec. 21 (Petra) – ..." (menafn.com's Petra items), read the same way.
# Tried only when the text opens with "(" or "MENAFN".
SOURCE_BRACKET_OPENINGS = ("(", "MENAFN")
SOURCE_BRACKET = re.compile(
    rf"\(?{_HSPACE}{{0,2}}MENAFN{_HSPACE}{{0,2}}-[^()\n]{{1,80}}(?:\([^()\n]{{1,20}}\))?"
    rf"{_HSPACE}{{0,2}}\){_HSPACE}{{0,4}}"
)
# A scraped page glues the file name of the story's photo to its first words
# ("A02370181.jpgTEHRAN (Fars News Agency)- ..."): a name with no space nor dot, an image
# extension, a capital letter right after. Tried only when the line's first dot, within
# IMAGE_NAME_CHARS, opens such an extension (a cheap test, so a line costs no regex scan).
IMAGE_NAME_CHARS = 64
IMAGE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp")
IMAGE_EXTENSION_FIRST = "jpgwJPGW"
IMAGE_NAME = re.compile(r"[\w-]{1,60}\.(?i:jpe?g|png|gif|webp)(?=[A-Z])")

# One word of a city or region: letters, with inner dots, apostrophes and hyphens
# ("ST.", "N.J.", "W.Va.", "JOHN'S", "WINSTON-SALEM"); a hyphen must be followed by a letter,
# so "Feb 26-" and "YORK-" do not run the separator into the word.
PLACE_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|['’](?={_LETTER})|\.|-(?={_LETTER})){{0,30}}")
WORD_SPACE = re.compile(rf"{_HSPACE}{{1,3}}")
CITY_SLASH = re.compile(rf"{_HSPACE}?/{_HSPACE}?")  # Reuters: "WASHINGTON/NEW YORK, ..."

# Lower-case words that belong inside a place name ("Rio de Janeiro", "Frankfurt am Main").
CITY_PARTICLES = frozenset({
    "de", "da", "do", "dos", "das", "del", "della", "degli", "di", "du", "des", "la", "le",
    "les", "el", "al", "am", "an", "der", "den", "upon", "sur", "y", "es",
})
# ... also as the head of a hyphenated word: "Ras al-Khaimah", "Aix-en-Provence" is one word.
PARTICLE_HEAD = re.compile(r"(?:al|el|ad|an|as|at|ash|az|ar|ed|en|ul|ben|bin|ibn)-")
REGION_PARTICLES = CITY_PARTICLES | {"and", "of"}  # "Trinidad and Tobago", "Isle of Man"
# A region may open with an article: "GRONINGEN, the Netherlands, March 31 -".
REGION_ARTICLES = frozenset({"the"})

# Countries, as a dateline names them. Trend writes the country first ("Georgia, Tbilisi, Feb. 7
# /Trend/", "Kazakhstan, Astana, Jan. 5 /Trend/"): a country read where the city goes, with a
# place that is no country after it, swaps with that place.
COUNTRIES = frozenset(c.lower() for c in (
    "Afghanistan", "Albania", "Algeria", "Armenia", "Australia", "Austria", "Azerbaijan",
    "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia and Herzegovina", "Brazil",
    "Bulgaria", "Cambodia", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland", "France",
    "Georgia", "Germany", "Greece", "Hungary", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait", "Kyrgyzstan", "Latvia",
    "Lebanon", "Libya", "Lithuania", "Malaysia", "Mexico", "Moldova", "Mongolia", "Morocco",
    "Nepal", "Netherlands", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Saudi Arabia", "Serbia",
    "Slovakia", "Slovenia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan",
    "Sweden", "Switzerland", "Syria", "Tajikistan", "Thailand", "Tunisia", "Turkey",
    "Turkmenistan", "Ukraine", "United Arab Emirates", "UAE", "Uzbekistan", "Venezuela",
    "Vietnam", "Yemen",
))

# Abbreviations that end with a dot inside a city name, so the dot is not a separator.
CITY_ABBREVIATIONS = frozenset({"st.", "ste.", "mt.", "ft.", "pt.", "sta.", "sto.", "n.", "s."})

# Shouted words that open a story (slugs, labels) and are never part of a dateline's city.
NOT_CITIES = frozenset({
    "update", "updated", "exclusive", "breaking", "analysis", "opinion", "corrected",
    "correction", "refile", "factbox", "wrapup", "insight", "photo", "photos", "video",
    "editorial", "comment", "interview", "feature", "urgent", "flash", "bulletin", "advisory",
    "editors", "preview", "explainer", "by", "rpt", "repeat",
})

# Words that open a sentence and never a city, so "On March 3, 2024 the ..." and "In Moscow
# (AP) ..." are story.
NOT_CITY_OPENERS = frozenset({
    "a", "an", "on", "in", "at", "by", "from", "since", "until", "as", "of", "for", "with",
    "after", "before", "during", "through", "this", "that", "these", "those", "last", "next",
    "early", "late", "it", "he", "she", "we", "they", "i", "you", "and", "but", "or", "if",
    "when", "while", "what", "who", "how", "why", "there", "here", "our", "his", "her", "their",
    "its", "my", "your", "today", "yesterday", "tomorrow", "earlier", "later", "meanwhile",
    "also", "however", "according", "following", "despite", "both", "all", "some", "many",
})

# US and Canadian state and province abbreviations in AP style (plus the Postal forms Reuters
# mixed in): a region that may follow the city without a comma ("SIOUX FALLS S.D. (AP)").
STATE_ABBREVIATIONS = frozenset(s.lower() for s in (
    "Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.",
    "Hawaii", "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Kans.", "Ky.", "La.", "Md.", "Maine",
    "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.",
    "N.M.", "N.Y.", "N.C.", "N.D.", "Ohio", "Okla.", "Ore.", "Pa.", "Penn.", "R.I.", "S.C.",
    "S.D.", "Tenn.", "Texas", "Tex.", "Utah", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    "Ont.", "Que.", "B.C.", "Alta.", "Man.", "Sask.", "N.S.", "N.B.", "Nfld.", "P.E.I.",
))

# "March 3", "Oct. 9", "Oct.3", "Sept. 27th": a month, then a day of up to three digits (so a
# typo'd "March 119" is read, then rejected as a day, instead of leaving "9" behind).
DATE_MONTH_FIRST = re.compile(
    rf"(?P<month>{_DATED_MONTH})(?:\.{_HSPACE}{{0,2}}|{_HSPACE}{{1,2}})"
    rf"(?P<day>\d{{1,3}})(?:st|nd|rd|th)?{_NOT_WORD_AFTER}"
)
# "2 March", "3 Oct." (Dutch, British and Azerbaijani agencies put the day first), German
# "3. März".
DATE_DAY_FIRST = re.compile(
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th|\.)?{_HSPACE}{{1,2}}(?P<month>{_DATED_MONTH})\.?"
    rf"{_NOT_WORD_AFTER}"
)
# "CHICAGO, April - ...": a month alone (only taken when a separator or credit follows).
DATE_MONTH_ONLY = re.compile(rf"(?P<month>{_MONTH})\.?{_NOT_WORD_AFTER}")
# ", 2024" after the day: the only year a dateline can state. The Ethiopian News Agency puts it
# after a slash: "Addis Ababa, July 14/2024(ENA)- ...".
DATE_YEAR = re.compile(rf"(?:,?{_HSPACE}{{0,2}}|/)(?P<year>(?:1[89]|20)\d\d){_NOT_WORD_AFTER}")
# Regnum stamps the hour after the date: "Москва, 15 марта, 2022, 12:58 — ИА Регнум."
CLOCK_TIME = re.compile(rf",?{_HSPACE}{{1,2}}[012]?\d:[0-5]\d{_NOT_WORD_AFTER}")
WEEKDAY = re.compile(rf"(?P<weekday>{_WEEKDAY})\.?{_NOT_WORD_AFTER}")
# A date the 1987 desk mistyped ("Narch 2", "Mach 4", "Apri l7", "March 2O", "ABR 7"): kept in
# the dateline, read as unknown, only when a dash separator follows right after.
GARBLED_DATE = re.compile(
    rf"(?P<first>[^\W_]{{1,9}})(?:{_HSPACE}{{1,3}}(?P<second>[^\W_]{{1,4}}))?"
)

# Between the pieces after the city.
COMMA = re.compile(rf"{_HSPACE}{{0,2}},\.?{_GAP}")  # ",." is a slip: "Hauppauge, N.Y,. March 13"
# "CHEVY CHASE, Md., - March 4 -", "KANSAS CITY, Mo. - March 13 -": a dash before the date
# (taken only when a dated dash-closed dateline follows).
DASH_BEFORE_DATE = re.compile(rf"{_HSPACE}{{0,2}},?{_HSPACE}{{0,2}}-{{1,2}}{_HSPACE}{{1,2}}")
SPACE = re.compile(rf"{_HSPACE}{{1,3}}")
DOT_SPACE = re.compile(rf"\.{_HSPACE}{{1,3}}")  # Interfax: "MOSCOW. Nov 9 (Interfax) -"
# A shouted city closed by a full stop alone, the story after it: "BISHKEK. Kyrgyz Prime
# Minister Nikolai Tanayev today arrived in Kyiv ...", "BISHKEK. The opposition Movement ..."
# (RFE/RL's Kyrgyz service, azattyk.org, in its English items: the Russian-language desks'
# "CITY." style, as in Interfax's "MOSCOW. Nov 9" and Kazinform's "ASTANA. KAZINFORM"). The
# city: one to CITY_STOP_MAX_WORDS runs of capitals joined by hyphens ("NUR-SULTAN."), no
# dotted abbreviation ("U.S."); the story: a title-case word ("Kyrgyz", "The"), not another
# shouted one. Shouted words a space apart before a stop are a slogan or a lead-in, not a city:
# "NEVER AGAIN. That was the slogan ...", "THANK YOU. That is what she said" (a two-word city,
# "NIZHNY NOVGOROD.", is given up here: it keeps its dash or date forms).
CITY_STOP_NAME = re.compile(r"[A-Z]{3,30}(?:-[A-Z]{2,30}){0,2}")
CITY_STOP_MAX_WORDS = 3
CITY_STOP_STORY = re.compile(rf"\.{_HSPACE}{{1,3}}(?=[A-Z][a-z])")
# Shouted words that label what follows their full stop and never name a city: "ADVERTISEMENT.",
# "SPONSORED.", a section's "POLITICS." or "FOOTBALL.", and one-word exclamations (besides the
# slugs of NOT_CITIES and the labels of COLON_LABELS). Acronyms of bodies ("NATO. The
# alliance ...") are told apart by ACRONYM_MAX_LETTERS.
CITY_STOP_LABELS = frozenset({
    "advertisement", "sponsored", "promoted", "obituary", "obituaries", "notice", "announcement",
    "release", "statement", "transcript", "abstract", "introduction", "conclusion", "update",
    "end", "ends", "more", "stop", "yes", "no", "ok", "okay", "wow", "help", "politics",
    "economy", "economics", "finance", "society", "culture", "sport", "football", "soccer",
    "tennis", "cricket", "health", "science", "technology", "tech", "region", "regions",
    "incidents", "crime", "accidents", "weather", "travel", "lifestyle", "entertainment",
    "opinion", "local", "national", "international", "domestic", "foreign", "official",
    "chronicle", "digest", "headlines", "briefs", "brief", "agenda", "events", "people",
    # web pages' lead-in labels and calls before a story's first sentence ("COMMENTARY. The
    # ...", "LISTEN. The podcast ...", "GALLERY. Photos from ..."), and shouted exclamations
    "commentary", "listen", "recap", "gallery", "podcast", "spoiler", "important", "attention",
    "check", "congratulations", "welcome", "sorry", "please", "thanks", "enough",
})
# A one-word city closed by a full stop has at least this many letters more than an acronym
# usually has: "NATO.", "OPEC.", "FIFA." (four letters) are bodies, "BISHKEK." a city. Cities of
# four letters or fewer ("BAKU.", "ROME.") are given up here: they keep their dash or date forms.
ACRONYM_MAX_LETTERS = 4

# How far past a title-case city's date its next word is looked for: a date followed by a
# lower-case word ("Geneva, March 3 marked the start of talks") is a sentence's subject, not a
# dateline ("Baku, November 6 Azerbaijani ..." is one).
LOWER_CASE_AFTER_REACH = 8

# A full stop closing the dateline: "BAKU, Azerbaijan, October 3." / "MOSCOW, March 3. /TASS/."
FULL_STOP = re.compile(r"\.(?!\.)")
# After a credit: TASS's "/TASS/." and the colon of "ISLAMABAD, March 3 (APP):".
CREDIT_CLOSE = re.compile(r"[.:](?![.\d])")

# -- agency credits ----------------------------------------------------------------------------

_AGENCY = rf"(?:{_alternation(agency_spellings())})(?![\w-])"
# In a bracket, also the short names a wire uses nowhere else (Prensa Latina's "(PL)").
_BRACKET_AGENCY = (rf"(?:{_alternation([*agency_spellings(), *DATELINE_ONLY_SPELLINGS])})"
                   rf"(?![\w-])")
# An agency's all-caps spelling written in lower case ("ats", "afp", "sda"), as the Swiss wire
# credits inside parentheses: read there only, and by the spelling's capitals.
_LOWER_AGENCY = (rf"(?:{_alternation({s.lower() for s in agency_spellings() if s.isupper()})})"
                 rf"(?![\w-])")
# A service of the agency named after it inside the credit: "(Reuters Breakingviews) -".
AGENCY_SERVICES = ("Breakingviews", "Health", "Sports", "Sport", "Business", "Television")
_SERVICE = rf"(?:{_HSPACE}(?:{_alternation(AGENCY_SERVICES)})(?![\w-]))?"

# Agencies whose house dateline glues the dash to the credit ("Daraa, SANA- ..."): see the
# "glued-dash" credit form.
GLUED_DASH_AGENCIES = ("SANA",)
_GLUED_DASH_AGENCY = rf"(?:{_alternation(GLUED_DASH_AGENCIES)})"
# Such a credit read as one word with what follows ("SANA-President"): no region.
GLUED_DASH_WORD = re.compile(rf"{_GLUED_DASH_AGENCY}-")

# The ways a dateline credits a wire service, each with the agency names in group "agencies".
CREDIT_FORMS: dict[str, re.Pattern[str]] = {
    # "(Reuters)", "(AP)", "(Xinhua)", "(AP/Reuters)", "(EFE)", "(Reuters Breakingviews)", and
    # the Swiss SDA/ATS wire's lower-case credits, agencies a space apart: "Paris (ats afp)",
    # or a slash apart as dpa relays a partner's story: "San Diego (tca/dpa) -" (Tribune Content
    # Agency copy in dpa's English service).
    # Antara writes a comma before it: "Purwokerto, C Java, (ANTARA News) - ...".
    # KUNA's desk sometimes drops the bracket's close before its dash: "KUWAIT, Oct 29 (KUNA --
    # Palestinian cause ..." (MENAFN's KUNA feed): read only when the wire's long dash follows.
    # A relaying network or wire may stand before a hyphen: "MUSCAT, June 13 (NNN-ONA) –" (the
    # Non-Aligned News Network's relay of an Oman News Agency item), "KUALA LUMPUR, June 25
    # (NNN-BERNAMA) —", "TOKYO, June 25 (AFP-JIJI) —" (group "relay", credited if a wire).
    "parenthesised": re.compile(
        rf",?{_GAP}\({_HSPACE}?(?:(?P<relay>[A-Z]{{2,5}})-)?(?P<agencies>{_BRACKET_AGENCY}"
        rf"(?:{_HSPACE}?/{_HSPACE}?{_AGENCY}){{0,2}}"
        rf"|{_LOWER_AGENCY}(?:(?:{_HSPACE}|{_HSPACE}?/{_HSPACE}?){_LOWER_AGENCY}){{0,2}})"
        rf"(?:{_SERVICE}{_HSPACE}?\)|(?={_HSPACE}{{1,2}}(?:--|—)))"
    ),
    # A relaying network's bracket that names no one wire: the Non-Aligned News Network's
    # "WASHINGTON, Nov 18 (NNN-AGENCIES) — The United States ...", "MOSCOW, Feb 16
    # (NNN-AGENCIES) — ..." (namnewsnetwork.org: its items compiled from several wires, beside
    # "(NNN-XINHUA)" and "(NNN-BERNAMA)" ones). Part of the dateline; it credits no agency
    # (the relay, "NNN", only if it is a wire of the table).
    "pooled": re.compile(
        rf",?{_GAP}\({_HSPACE}?(?P<relay>[A-Z]{{2,5}})-(?:AGENCIES|Agencies){_HSPACE}?\)"
    ),
    # "/TASS/", "/ITAR-TASS/", Trend's older "/Trend corr. S.Agayeva/", and Trend's
    # "/Trend, N. Kirtskhalia/" with the reporter's name after a comma (group "byline")
    "slashed": re.compile(
        rf"{_GAP}/{_HSPACE}?(?P<agencies>{_AGENCY})"
        rf"(?:,{_HSPACE}{{0,2}}(?P<byline>[^/\n,]{{1,38}})|[^/\n]{{0,40}})/"
    ),
    # "- Trend:" (Trend's dateline ends "BAKU, Azerbaijan, Oct. 3 - Trend:")
    "dash-colon": re.compile(
        rf"{_HSPACE}{{0,3}}(?:-{{1,2}}|[–—]){_HSPACE}{{0,3}}(?P<agencies>{_AGENCY}){_HSPACE}?:"
    ),
    # "- ИА Регнум." (Regnum: "Москва, 15 марта, 2022, 12:58 — ИА Регнум. Президент ..."): the
    # dash, then the credit and a full stop that close the dateline.
    "dash-stop": re.compile(
        rf"{_HSPACE}{{0,3}}(?:-{{1,2}}|[–—]){_HSPACE}{{0,3}}(?P<agencies>{_AGENCY})\.(?=\s)"
    ),
    # "Moscow, Russia | Xinhua | Russia, Turkey ...": a credit between bars closes the dateline.
    "barred": re.compile(rf"{_HSPACE}{{1,3}}\|{_HSPACE}{{0,2}}(?P<agencies>{_AGENCY})"
                         rf"{_HSPACE}{{0,2}}\|"),
    # Report.az: "Baku. 27 June. REPORT.AZ/ \"I urge ...": the name, a slash, the story.
    "slash-closed": re.compile(rf"{_HSPACE}{{1,3}}(?P<agencies>{_AGENCY})/(?=[^\S\n])"),
    # "TOKYO, March 3 Kyodo -", Reuters 1987 "MANILA, April 1, Reuter -": a bare name, only
    # when a dash follows. Kazinform puts a full stop after the city and shouts its name:
    # "NUR-SULTAN. KAZINFORM – President of Kazakhstan ..." (inform.kz).
    "bare": re.compile(
        rf"(?:,|\.(?={_HSPACE}))?{_HSPACE}{{1,3}}(?P<agencies>{_AGENCY})"
        rf"(?={_HSPACE}{{0,3}}(?:-|–|—))"
    ),
    # SANA's house dateline glues its hyphen to the name: "Daraa, SANA- Syrian Arab Army's
    # units ...", "Damascus, SANA-President Bashar al-Assad ..." (sana.sy and its reposts; its
    # spaced form "Aleppo, SANA – ..." is the "bare" one), or puts an underscore for the dash:
    # "Prague, SANA_ Member of ...", "Damascus, SANA _ The huge ..." (sana.sy's 2020 items).
    # Only the agencies of GLUED_DASH_AGENCIES, after a comma, and before a space or a word's
    # capital: elsewhere a name glued to a hyphen is a compound ("AP-NORC", "AFP-JIJI").
    "glued-dash": re.compile(
        rf",{_HSPACE}{{1,3}}(?P<agencies>{_GLUED_DASH_AGENCY})"
        rf"(?=-(?:{_HSPACE}|[A-Z][a-z])|{_HSPACE}?_{_HSPACE})"
    ),
}
# Credits that end the dateline by themselves, as a dash would.
CLOSING_CREDITS = ("barred", "slash-closed")

# IANS as some Indian sites print it, before the city: "By IANS, Kolkata : In separate ...".
BY_AGENCY = re.compile(
    rf"By{_HSPACE}{{1,2}}(?P<agencies>{_AGENCY}){_HSPACE}{{0,2}},{_HSPACE}{{1,2}}"
)

# ANI puts the country in brackets after the city: "New Delhi [India], September 16 (ANI):".
BRACKETED_REGION = re.compile(
    rf"{_HSPACE}{{0,2}}\[(?P<region>{_LETTER}{{1,30}}(?:[ .'-]{{1,2}}{_LETTER}{{1,30}}){{0,3}})\]"
)
AGENCY_SPLIT = re.compile(rf"{_HSPACE}?/{_HSPACE}?")

# Trend puts the byline inside the dateline: "BAKU, Azerbaijan, Oct. 3. By Name Surname - Trend:".
# The names are the shortest run up to the dash and credit (checked word by word afterwards).
BYLINE_CREDIT = re.compile(
    rf"{_GAP}By{_HSPACE}{{1,2}}(?P<byline>{_LETTER}[^\n:()/–—]{{0,80}}?){_HSPACE}{{0,3}}"
    rf"(?:-{{1,2}}|[–—]){_HSPACE}{{0,3}}(?P<agencies>{_AGENCY}){_HSPACE}?:"
)
BYLINE_CONNECTORS = frozenset({"and", "&", ","})
AUTHOR_SPLIT = re.compile(rf"{_HSPACE}?(?:,|\band\b|&){_HSPACE}?")

# The dash between dateline and story: "-", "--", "—", "–", EFE's ".-", a stray ", -". It may
# stand at the start of the next line ("DETROIT, March 4\n-General Motors") or touch the words
# around it ("Feb 26-", "March 31 -<Ralph", "(AP) —The"), but never a number ("-5", "2-3").
# AP's 1990s wire, without dashes, used an underscore: "WASHINGTON (AP) _ The Senate ...".
# The Oman News Agency runs a long dash into hyphens: "Muscat, Nov 3 (ONA) —- Before His
# Majesty ...", "(ONA) —-- ..." (omannews.gov.om).
SEPARATOR = re.compile(
    rf"{_GAP}[,.]?{_HSPACE}{{0,2}}(?:-{{1,3}}(?![\d-])|[–—]{{1,2}}(?:-{{1,2}}(?![\d-]))?"
    rf"|_(?={_HSPACE}))"
)
# A wire's long dash after a bare shouted city ("SEOUL -- The ...", "WASHINGTON — The ...",
# the Philippine News Agency's spaced en dash "MANILA – After 50 years ..."), at the dateline's
# end: with it a city alone is a strong dateline. A hyphen alone is not one ("U.S. - JAPAN").
LONG_DASH_END = re.compile(r"(?:--|—|(?<=\s)–)$")

# Indian papers and agencies close a shouted city with a colon: "NEW DELHI: The Centre ...".
# It must be followed by a space, so "10:30" and "Note:The" are not read as one.
COLON_SEPARATOR = re.compile(rf"{_HSPACE}{{0,2}}:(?=\s)")
# Shouted words that label what follows a colon and never name the city before one ("NOTE:",
# "EDITOR'S NOTE:", "WATCH:", "TOTAL:"), besides the slugs of NOT_CITIES.
COLON_LABELS = frozenset({
    "note", "notes", "editor's", "warning", "caution", "attention", "disclaimer", "source",
    "sources", "credit", "credits", "clarification", "watch", "live", "read", "see", "related",
    "summary", "highlights", "background", "timeline", "alert", "quote", "quotes", "poll",
    "review", "report", "results", "news", "top", "world", "sports", "business", "markets",
    "subject", "topic", "tags", "total", "totals", "price", "prices", "average", "avg", "net",
    "shr", "revs", "sales", "dividend", "div", "period", "year", "quarter", "qtr", "q", "a",
})

# What may open the story after a dash that alone marks a title-case city as a dateline
# ("London - Belgium is launching", not "Deliverable Grades - graded grain meeting ...").
STORY_START = re.compile(r"""[^\S\n]*[A-Z"“‘'<(]""")

# The common shape, read in one match before the piece-by-piece reader tries: a shouted city of
# plain words, maybe a state or country, a month and day, one dash ("SALVADOR, Feb 26 -",
# "SAN MATEO, Calif., March 2 -", "LUDWIGSHAFEN, West Germany, March 30 -"); nine in ten
# Reuters datelines. The reader then checks the words against its tables (a month spelling,
# a city and region it would read whole), so anything else is left to it. Possessive: no word
# here can give back letters to make the next piece fit.
COMMON_DATELINE = re.compile(
    r"(?P<city>[A-Z]{2,31}+(?: [A-Z]{2,31}+){0,4}), "
    r"(?:(?P<region>[A-Z][A-Za-z.]{1,11}+|[A-Z][a-z]{1,20}+ [A-Z][a-z]{1,20}+), )?"
    r"(?P<month>[A-Za-z]{3,9}+)\.? (?P<day>\d{1,2}+) -(?![\d-])"
)

# A dateline on the line right under a title ("Chinese premier confident in meeting 2015 growth
# target⏎BEIJING, Dec. 11 (Xinhua) -- ..."), where the headline cleaner left the title: at most
# this many title lines, each at most this long, may stand above it with no blank line between.
TITLE_LINES_MAX = 2
TITLE_MAX_CHARS = 160
TITLE_MAX_WORDS = 25
# A title ends on a word or a closing mark; a line that ends like this runs on into the next
# (a wrapped sentence, "He said:"), so what follows it is story.
TITLE_OPEN_END = re.compile(r"(?:[.,;:(\[/&-]|\b(?:a|an|the|of|in|on|at|to|for|and|or|by|with|"
                            r"from|as|is|was|are|were|that|said|says|told)\b)[^\S\n]*$")

LEADING_SPACE = re.compile(r"[^\S\n]*")
# Spaces and tabs after the dateline, removed with it.
TRAILING_SPACE = re.compile(rf"{_HSPACE}*")

# -- dates in the story, for inferring a year --------------------------------------------------

# "September 20, 2023", "Sept. 27, 2020", "November 9-10, 2020"; "20 September 2023";
# "May 2023" (a month with its year: the event happened in that month).
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_DAY_RANGE = rf"(?:\d{{1,2}}{_HSPACE}?[-–]{_HSPACE}?)?{_DAY}"  # "9-10": the later day counts
_PROSE_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?![\w])"
# Other languages' wires date events day first, with the month's full name: Interfax's
# "31 декабря 2010 года", dpa's "3. März 2024", AFP's "21 janvier 2019".
_FOREIGN_MONTH_IN_PROSE = _alternation({form for spellings in FOREIGN_MONTH_SPELLINGS.values()
                                        for spelling in spellings if len(spelling) >= 4
                                        for form in (spelling, spelling.capitalize())})
TEXT_DATES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b(?P<month>{_MONTH_IN_PROSE})\.?\s{{1,2}}{_DAY_RANGE},?\s{{1,2}}{_PROSE_YEAR}"),
    re.compile(rf"\b{_DAY_RANGE}\s{{1,2}}(?:of\s)?(?P<month>{_MONTH_IN_PROSE})\.?,?\s{{1,2}}"
               rf"{_PROSE_YEAR}"),
    # A month and year after "the" name a period, not when the story's events happened:
    # "within the June 1967 borders", "the October 1973 war" (KUNA on MENAFN); "in May 2023"
    # and "May 2023 saw" date an event.
    re.compile(rf"(?<!\d\s)(?<![Tt]he\s)\b(?P<month>{_MONTH_IN_PROSE})\.?,?\s{{1,2}}"
               rf"{_PROSE_YEAR}"),
    re.compile(rf"\b{_DAY_RANGE}\.?\s{{1,2}}(?P<month>{_FOREIGN_MONTH_IN_PROSE})\s{{1,2}}"
               rf"{_PROSE_YEAR}"),
)

# Every text date ends with its year, no more than DATE_BEFORE_YEAR characters after it starts
# (the longest, "10 - 11th of September, 2023", has 27 before "2023"; a test checks the bound),
# and has a month word. So only the text just before each year is searched, and only when a
# month word stands there: a story costs a scan for years and one for each year's month.
# The years are found by two scans that each open with a literal ("1", "20"), which the regex
# engine skips to much faster than to either of two characters; together they find _PROSE_YEAR.
PROSE_YEARS = (re.compile(r"1[89]\d\d(?![\w])"), re.compile(r"20\d\d(?![\w])"))
DATE_BEFORE_YEAR = 40
MONTH_IN_PROSE = re.compile(f"{_MONTH_IN_PROSE}|{_FOREIGN_MONTH_IN_PROSE}")

# Words that announce a date instead of reporting it ("from January 1, 2024", "will ... on",
# "scheduled for"): a date after one of these in its clause is no evidence of the story's year.
FUTURE_CUES = re.compile(
    r"\b(?:from|until|till|through|by|starting|start|starts|begin|begins|beginning|will|shall|"
    r"would|scheduled|slated|set\s+for|next|due|expected|planned|plans|effective|deadline|"
    r"expires?|expiring|ahead\s+of|upcoming|coming|before|to\s+be|is\s+to|are\s+to)\b"
    r"|\bto\s*$",  # "postponed to March 3, 2025", "runs to December 31, 2025"
    re.IGNORECASE,
)
# How far back, within its clause, a cue may stand from the date it announces.
FUTURE_CUE_WINDOW = 48
CLAUSE_BREAK = re.compile(r"[;!?\n]|\.\s+(?=[A-Z])")
