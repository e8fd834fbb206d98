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
    "Interfax": ("Interfax", "Interfax.ru", "Interfax-Russia.ru", "ИНТЕРФАКС", "Интерфакс"),
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
}


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


def agency_spellings() -> list[str]:
    """Every accepted spelling, longest first (so alternations prefer "Trend News Agency")."""
    return sorted(_LOOKUP, key=lambda s: (-len(s), s))
