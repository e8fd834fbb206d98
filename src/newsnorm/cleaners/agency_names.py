"""Wire services and the names they are credited by, shared by the dateline and agency cleaners.

Each entry maps a canonical name (what ``agencies`` lists) to the spellings that credit it.
Spellings are matched case-sensitively, because "AP", "AA" and "Trend" are ordinary words in
other cases; an all-caps spelling of a listed name ("REUTER", "XINHUA") also matches.
Extend the table here (or with config, see the agencies cleaner), never in a regex.

>>> canonical_agency("Reuter"), canonical_agency("REUTERS"), canonical_agency("AA")
('Reuters', 'Reuters', 'Anadolu')
>>> canonical_agency("trend") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# A spelling longer than the longest here ("Australian Associated Press") widens the windows the
# credit forms search at the end of every text: longer official names are left out.
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "Reuter", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "TASS": ("TASS", "ITAR-TASS", "Tass", "ТАСС", "ИТАР-ТАСС"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "Xinhuanet"),
    "Anadolu": ("Anadolu", "AA", "Anadolu Agency", "Anadolu Ajansı"),
    "Trend": ("Trend", "Trend News Agency", "News Service Trend", "Trend.Az"),
    # Azerbaijan's APA; Austria's Austria Presse Agentur is credited "APA" too.
    "APA": ("APA", "APA Information Agency", "Austria Presse Agentur"),
    "AZERTAC": ("AZERTAC", "Azertac", "AzerTag"),
    "Report": ("Report.az",),
    # Azerbaijani English-language agency: "..., Azernews reports." (its own house style).
    "AzerNews": ("AzerNews", "Azernews"),
    # Its Ukrainian arm credits itself the group's way: "..., Interfax-Ukraine reports" (UAWire).
    "Interfax": ("Interfax", "Interfax.ru", "Interfax-Russia.ru", "Interfax-Ukraine", "ИНТЕРФАКС",
                 "Интерфакс"),
    "Regnum": ("Regnum", "REGNUM", "ИА Регнум", "ИА REGNUM", "Регнум"),
    "PR Newswire": ("PR Newswire", "PRNewswire", "PRNewswire-AsiaNet"),
    "RIA Novosti": ("RIA Novosti", "RIA-Novosti"),
    "Sputnik": ("Sputnik",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "UNI": ("UNI", "United News of India"),
    "ANI": ("ANI", "Asian News International"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "CP": ("CP", "The Canadian Press", "Canadian Press"),
    "PA": ("PA", "PA Media", "Press Association"),
    "AAP": ("AAP", "Australian Associated Press"),
    # Malaysia's national agency: "— Bernama", "Source: BERNAMA News Agency".
    "Bernama": ("Bernama",),
    # Indonesia's agency; its English service credits "Jakarta (ANTARA News) -".
    "Antara": ("Antara", "ANTARA News", "Antara News", "Antara News Agency"),
    "IRNA": ("IRNA",),
    # Iran's Nour News Agency (nournews.ir), whose English items open "NOURNEWS- ...". Only its
    # full name credits it: "Nour" alone is a given name.
    "Nour News": ("Nour News", "NourNews", "Nournews", "Nour News Agency"),
    # Kuwait's agency: "KUWAIT, Dec 2 (KUNA) --", "—KUNA" (Kuwait Times).
    "KUNA": ("KUNA", "Kuwait News Agency"),
    # The UAE's agency: "ABU DHABI, 20th August, 2017 (WAM) —".
    "WAM": ("WAM", "Emirates News Agency"),
    "SPA": ("SPA", "Saudi Press Agency"),
    "MENA": ("MENA", "Middle East News Agency"),
    "Ukrinform": ("Ukrinform",),
    # Ukraine's UNIAN: "..., UNIAN news agency reports." (UAWire).
    "UNIAN": ("UNIAN",),
    "BTA": ("BTA", "Bulgarian News Agency"),
    "ATS": ("ATS", "Keystone-ATS", "Keystone-SDA"),
    "NTB": ("NTB",),
    "TT": ("TT", "TT News Agency"),
    "Belga": ("Belga",),
    "ANP": ("ANP",),
    "Lusa": ("Lusa", "Agência Lusa"),
    "Europa Press": ("Europa Press",),
    "CNA": ("CNA", "Central News Agency"),
    "Jiji": ("Jiji", "Jiji Press"),
    "PAP": ("PAP", "Polish Press Agency"),
    "CTK": ("CTK", "ČTK", "Czech News Agency"),
    "MTI": ("MTI", "Hungarian News Agency"),
    "HINA": ("Hina", "HINA"),
    "Tanjug": ("Tanjug",),
    "Armenpress": ("Armenpress",),
    "Kazinform": ("Kazinform",),
    "BelTA": ("BelTA",),
    "Prensa Latina": ("Prensa Latina",),
    "Notimex": ("Notimex",),
    "Agencia Brasil": ("Agencia Brasil", "Agência Brasil"),
    "SANA": ("SANA", "Syrian Arab News Agency"),
    "WAFA": ("WAFA",),
    "APS": ("APS",),
    "MAP": ("MAP",),
    "TAP": ("TAP",),
    "NAN": ("NAN",),
    "KCNA": ("KCNA",),
    "VNA": ("VNA", "Vietnam News Agency"),
    "PNA": ("PNA", "Philippine News Agency"),
    # Tribune Content Agency, which syndicates US papers' stories; dpa's English service relays
    # them credited "San Diego (tca/dpa) - ..." (dpa IPTC 7901 items, the "dpa tca" desk code).
    "TCA": ("TCA", "Tribune Content Agency"),
    # Iran's Fars News Agency, credited "TEHRAN (Fars News Agency)- ..." (added by the dateline
    # engineer; "Fars" alone is also a province, so only the full name credits it).
    "Fars": ("Fars News Agency",),
    # The Associated Press of Pakistan: "ISLAMABAD, Aug 11 (APP): Chairman Senate ...",
    # "DERA ISMAIL KHAN, Aug 11 (APP):The Pakistan Army ..." (app.com.pk and its reposts).
    # "APP" is also a word: credited only where a credit stands (CREDIT_POSITION_ONLY).
    "APP": ("APP",),
    # Bangladesh Sangbad Sangstha: "CHATTOGRAM, May 6, 2019 (BSS) – A memorandum ..."
    # (bssnews.net).
    "BSS": ("BSS", "Bangladesh Sangbad Sangstha"),
    # Oman News Agency: "Muscat, Nov 3 (ONA) —- ...", "Muscat, 25 Oct (ONA) --- ..."
    # (omannews.gov.om), "MUSCAT, June 13 (NNN-ONA) –" (the Non-Aligned News Network's relay),
    # "... and provide job opportunities for nationals. — ONA" (Oman Observer).
    "ONA": ("ONA", "Oman News Agency"),
    # The Jordan News Agency, Petra: "Petra, Dec. 21 (Petra) – ..." (its items on MENAFN). Its
    # short name is also the city: credited only where a credit stands, and still read as a
    # city in a dateline (see PLACE_NAMED_SPELLINGS).
    "Petra": ("Petra", "Jordan News Agency"),
    # The Ethiopian News Agency: "Addis Ababa, October 21, 2025 (ENA) – ...", "Addis Ababa,
    # July 14/2024(ENA)- ..." (ena.et, the year after a slash).
    "ENA": ("ENA", "Ethiopian News Agency"),
    # Romania's national agency: "Bucharest, April 8 /Agerpres/ - ..." (agerpres.ro, its
    # reposts on infobalkans.com).
    "Agerpres": ("Agerpres", "AGERPRES"),
    # Peru's state agency: "Lima 6 Dic. (ANDINA) -" (its reposts), "/Andina/LD/" (a sign-off
    # with the desk's initials, Radio Nacional). "Andina" is also a Spanish word ("Comunidad
    # Andina"): credited only where a credit stands.
    "Andina": ("Andina", "ANDINA"),
    # Iran's Tasnim News Agency: "TEHRAN (Tasnim) – Iranian Foreign Minister ..."
    # (tasnimnews.com). "Tasnim" is also a given name: credited only where a credit stands.
    "Tasnim": ("Tasnim", "Tasnim News Agency"),
    # Armenia's Mediamax: "Yerevan /Mediamax/. According to ..." (mediamax.am).
    "Mediamax": ("Mediamax",),
    # The Qatar News Agency: "Doha, September 14 (QNA) - HH the Amir ..." (qna.org.qa),
    # "Doha, April 13 (QNA) - HE Prime Minister ..." (its items on oananews.org, Qatar's
    # embassy sites).
    "QNA": ("QNA", "Qatar News Agency"),
    # The Bahrain News Agency: "Manama, May 20 (BNA): His Majesty King ..." (bna.bh),
    # "Manama, Aug 7 (BNA): Large crowds ..." (its items on oananews.org). "BNA" is also
    # Bloomberg BNA and Nashville's airport: credited only where a credit stands.
    "BNA": ("BNA", "Bahrain News Agency"),
}

# Spellings that are also an everyday word or another body's acronym ("APP", "MAP" the word,
# "SPA", "PA" the Palestinian Authority, "MENA" the region, "ONA" the Online News Association,
# "ENA" France's school, "CNA" Singapore's broadcaster and the Cyprus agency besides Taiwan's,
# "Petra" a city and a given name, "TCA" a toll-road authority's and a chemistry cycle's
# acronym, credited as a wire only in dpa's "(tca/dpa)"): they credit only where a credit
# stands (a dateline's bracket or slashes, a sign-off, a source line), never as a word in a
# sentence ("according to MAP", "..., PA reported", "..., TCA reported") nor as a paragraph of
# their own (a caption's "MAP"). Their full names ("Saudi Press Agency") still credit in a
# lead's attribution.
CREDIT_POSITION_ONLY = frozenset({
    "APP", "MAP", "SPA", "PA", "MENA", "ONA", "ENA", "TAP", "APS", "NAN", "CP", "TT", "CNA",
    "Petra", "PETRA", "Andina", "ANDINA", "Tasnim", "TASNIM", "BNA", "TCA",
})

# Short names a wire credits itself by only inside its own dateline's bracket, too short or too
# common to credit anywhere else: Prensa Latina's "HAVANA, Mar 6 (PL) Cuban President ..."
# (havana-live.com; "PL" is also Poland and the Premier League). Read by the dateline cleaner's
# bracket only.
DATELINE_ONLY_SPELLINGS: dict[str, str] = {"PL": "Prensa Latina"}

# Agency spellings that are also a place, read as a city where a dateline's city stands
# ("Petra, Dec. 21 (Petra) –", "PETRA, Jordan (AP) —").
PLACE_NAMED_SPELLINGS = frozenset({"Petra", "PETRA"})


# The lower-case slugs Swiss and other continental wires credit with in brackets, the own agency
# first, then the wires it took the story from: "Paris (ats afp) Les violences ..." (Keystone-ATS,
# French), "(sda dpa)" (its German service). Only read as a whole bracket of such slugs, never
# as words on their own ("ap", "efe" are words elsewhere). "apa" is left out: in lower case it is
# the Austria Presse Agentur, not Azerbaijan's APA.
BRACKET_SLUGS: dict[str, str] = {
    "ats": "ATS",
    "sda": "ATS",
    "afp": "AFP",
    "dpa": "dpa",
    "reuters": "Reuters",
    "ap": "AP",
    "ansa": "ANSA",
    "efe": "EFE",
    "tca": "TCA",  # dpa's relay of Tribune Content Agency copy: "San Diego (tca/dpa) -"
}


def bracket_slug_agencies(inner: str) -> list[str]:
    """The agencies a bracket of lower-case slugs credits ("ats afp" -> ATS, AFP), or [] when
    any word in it is no slug.

    >>> bracket_slug_agencies("ats afp"), bracket_slug_agencies("ats/sda")
    (['ATS', 'AFP'], ['ATS'])
    >>> bracket_slug_agencies("le maire")
    []
    """
    words = inner.replace("/", " ").split()
    if not words or any(word not in BRACKET_SLUGS for word in words):
        return []
    return list(dict.fromkeys(BRACKET_SLUGS[word] for word in words))


def build_lookup(table: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Spelling -> canonical name for a table like AGENCY_ALIASES (all-caps spellings too)."""
    lookup: dict[str, str] = {}
    for canonical, spellings in table.items():
        for spelling in (canonical, *spellings):
            lookup.setdefault(spelling, canonical)
            lookup.setdefault(spelling.upper(), canonical)
    return lookup


_LOOKUP = build_lookup(AGENCY_ALIASES)


# Sites add the words "News Agency" to a wire's short name ("Source: BERNAMA News Agency",
# Malaysia News Gazette; "Xinhua news agency"): the name before them is the spelling.
NEWS_AGENCY_SUFFIXES = (" News Agency", " news agency", " NEWS AGENCY")


def canonical_agency(spelling: str) -> str | None:
    """The canonical name for an agency spelling, or None when it names no known agency.

    >>> canonical_agency("BERNAMA News Agency"), canonical_agency("Health News Agency")
    ('Bernama', None)
    """
    name = " ".join(spelling.split())
    found = _LOOKUP.get(name)
    if found is None and name.endswith(NEWS_AGENCY_SUFFIXES):
        found = _LOOKUP.get(name[:-len(NEWS_AGENCY_SUFFIXES[0])])
    return found


def dateline_agency(spelling: str) -> str | None:
    """The canonical name for a spelling in a dateline's bracket: the table's, or one of
    DATELINE_ONLY_SPELLINGS.

    >>> dateline_agency("PL"), canonical_agency("PL"), dateline_agency("Reuter")
    ('Prensa Latina', None, 'Reuters')
    """
    return canonical_agency(spelling) or DATELINE_ONLY_SPELLINGS.get(" ".join(spelling.split()))


def agency_spellings() -> list[str]:
    """Every accepted spelling, longest first (so alternations prefer "Trend News Agency")."""
    return sorted(_LOOKUP, key=lambda s: (-len(s), s))
