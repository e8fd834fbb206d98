"""Agencies' and papers' own dateline forms: SANA's glued dash, dpa's relay of a partner's
story, KUNA's unclosed credit bracket, Egypt Today's dated colon, the national agencies' house
forms (APP, ONA, BSS, Petra, ENA, Andina, Agerpres, Kazinform, Mediamax, Tasnim) and relays.
Each from a real opening, with story text that looks like it and must stay."""

from __future__ import annotations

from datetime import date

import pytest

from newsnorm.cleaners.dateline import Dateline, read_dateline
from newsnorm.document import Document
from newsnorm.words import missing_words

# (opening, raw, city, month, day, year, agencies)
HOUSE_FORMS = [
    # SANA (sana.sy): "City, SANA-" with the hyphen glued to the name, a space after ...
    ("Daraa, SANA- Syrian Arab Army's units continued to reinforce their deployment",
     "Daraa, SANA-", "Daraa", None, None, None, ["SANA"]),
    # ... or none ("Damascus, SANA-President Bashar al-Assad received a cable ...")
    ("Damascus, SANA-President Bashar al-Assad received a cable of congratulation",
     "Damascus, SANA-", "Damascus", None, None, None, ["SANA"]),
    # ... or an underscore for the dash
    ("Prague, SANA_ Member of Foreign Affairs Committee of the Czech-Moravian Trade Unions",
     "Prague, SANA_", "Prague", None, None, None, ["SANA"]),
    ("Damascus, SANA _ The huge sculptures of the Syrian sculptor Issa Salameh",
     "Damascus, SANA _", "Damascus", None, None, None, ["SANA"]),
    # ... and its spaced form, read as before
    ("Aleppo, SANA – Syrian Arab Army units operating in Aleppo carried out",
     "Aleppo, SANA –", "Aleppo", None, None, None, ["SANA"]),
    # dpa's English service relaying Tribune Content Agency copy (dpa IPTC 7901)
    ("San Diego (tca/dpa) - History says this wasn't a Super Bowl preview",
     "San Diego (tca/dpa) -", "San Diego", None, None, None, ["TCA", "dpa"]),
    # KUNA via MENAFN, the bracket's close dropped before the wire's dash
    ("KUWAIT, Oct 29 (KUNA -- Palestinian cause is a \"priority\" for Kuwait",
     "KUWAIT, Oct 29 (KUNA --", "Kuwait", 10, 29, None, ["KUNA"]),
    # Egypt Today: a shouted city, a dash, the full date and a colon
    ("CAIRO - 2 July 2017: President Abdel Fatah al-Sisi met with U.S. republican",
     "CAIRO - 2 July 2017:", "Cairo", 7, 2, 2017, []),
    # the Associated Press of Pakistan, its colon glued to the story (app.com.pk)
    ("DERA ISMAIL KHAN, Aug 11 (APP):The Pakistan Army hosted a vibrant tournament",
     "DERA ISMAIL KHAN, Aug 11 (APP):", "Dera Ismail Khan", 8, 11, None, ["APP"]),
    # the Oman News Agency's long dash run into a hyphen (omannews.gov.om)
    ("Muscat, Nov 3 (ONA) —- Before His Majesty Sultan Haitham Bin Tarik, Sheikh Abdulmalik",
     "Muscat, Nov 3 (ONA) —-", "Muscat", 11, 3, None, ["ONA"]),
    # the Non-Aligned News Network relaying it (its relay is no agency of the table) ...
    ("MUSCAT, June 13 (NNN-ONA) – The Omani Ministry of Health announced on Friday",
     "MUSCAT, June 13 (NNN-ONA) –", "Muscat", 6, 13, None, ["ONA"]),
    # ... and one wire relaying another's story: both credited
    ("TOKYO, June 25 (AFP-JIJI) — Japan will host the meeting",
     "TOKYO, June 25 (AFP-JIJI) —", "Tokyo", 6, 25, None, ["AFP", "Jiji"]),
    # Bangladesh Sangbad Sangstha: the year before the credit (bssnews.net)
    ("CHATTOGRAM, May 6, 2019 (BSS) – A memorandum of understanding (MoU) was signed",
     "CHATTOGRAM, May 6, 2019 (BSS) –", "Chattogram", 5, 6, 2019, ["BSS"]),
    # the Jordan News Agency, Petra, filing from the city of Petra (MENAFN) ...
    ("Petra, Dec. 21 (Petra) – Chief Commissioner of the Petra Development and Tourism",
     "Petra, Dec. 21 (Petra) –", "Petra", 12, 21, None, ["Petra"]),
    # ... and the city under another wire's credit
    ("PETRA, Jordan (AP) — Tourists returned to the ancient city",
     "PETRA, Jordan (AP) —", "Petra", None, None, None, ["AP"]),
    # the Ethiopian News Agency: the year after a slash, the credit glued to it (ena.et) ...
    ("Addis Ababa, July 14/2024(ENA)- The Ministry of Water and Energy announced",
     "Addis Ababa, July 14/2024(ENA)-", "Addis Ababa", 7, 14, 2024, ["ENA"]),
    # ... or no comma after the city and no dash after the credit
    ("Addis Ababa December 9/2023 (ENA)The Ethiopian Civil Aviation University has",
     "Addis Ababa December 9/2023 (ENA)", "Addis Ababa", 12, 9, 2023, ["ENA"]),
    # Peru's Andina, day first in Spanish, no comma after the city
    ("Lima 6 Dic. (ANDINA) -\nAltos representantes del Colegio de Periodistas del Perú",
     "Lima 6 Dic. (ANDINA) -", "Lima", 12, 6, None, ["Andina"]),
    # Romania's Agerpres between slashes (agerpres.ro)
    ("Bucharest, April 8 /Agerpres/ - Romania will host the 17th edition of the European",
     "Bucharest, April 8 /Agerpres/ -", "Bucharest", 4, 8, None, ["Agerpres"]),
    # Kazinform: a full stop after the city, its shouted name, a dash (inform.kz)
    ("NUR-SULTAN. KAZINFORM – President of Kazakhstan Kassym-Jomart Tokayev had a",
     "NUR-SULTAN. KAZINFORM –", "Nur-Sultan", None, None, None, ["Kazinform"]),
    # Mediamax: its slashes closed by a full stop (mediamax.am)
    ("Yerevan /Mediamax/. According to Armenian President Serzh Sargsyan, the next",
     "Yerevan /Mediamax/.", "Yerevan", None, None, None, ["Mediamax"]),
    # Tasnim (tasnimnews.com)
    ("TEHRAN (Tasnim) – Iranian Foreign Minister Mohammad Javad Zarif is scheduled",
     "TEHRAN (Tasnim) –", "Tehran", None, None, None, ["Tasnim"]),
    # Lusa: day first, Portugal's short month, the year, the credit (its items on dasculturas.com)
    ("Tirana, 29 mai 2025 (Lusa) – Portugal apurou-se hoje para a final do Campeonato",
     "Tirana, 29 mai 2025 (Lusa) –", "Tirana", 5, 29, 2025, ["Lusa"]),
    ("Lisboa, 01 dez 2025 (Lusa) – O presidente disse hoje",
     "Lisboa, 01 dez 2025 (Lusa) –", "Lisboa", 12, 1, 2025, ["Lusa"]),
    # Prensa Latina's short name, in its bracket only (havana-live.com)
    ("HAVANA, Mar 6 (PL) Cuban President Miguel Díaz-Canel said today that the country",
     "HAVANA, Mar 6 (PL)", "Havana", 3, 6, None, ["Prensa Latina"]),
]


@pytest.mark.parametrize(("text", "raw", "city", "month", "day", "year", "agencies"),
                         HOUSE_FORMS)
def test_reads_the_house_form(text, raw, city, month, day, year, agencies) -> None:
    reading = read_dateline(text)
    assert reading is not None
    assert text[reading.start:reading.end] == raw
    assert (reading.city, reading.month, reading.day, reading.year) == (city, month, day, year)
    assert reading.agencies == agencies


@pytest.mark.parametrize("text", [
    "Damascus, SANA-run television said on Monday that",  # a compound, not the dash
    "Daraa, SANA said on Monday that the army",  # the agency as the sentence's subject
    "Damascus, AP-NORC poll shows a majority",  # other agencies' names glued to a hyphen
    "Damascus, SANA_TV reported",  # an underscore inside a name
    "Cairo - 2 July 2017: the day the metro opened",  # a title-case city needs more than this
    "Paris March 3 was a day to remember",  # a date after a title-case word, no credit
    "Paris March 3 (his birthday) was a day",  # a bracket that credits no agency
    "Petra is a city in Jordan - visited by many",  # the agency's name as the city, no credit
    "Tasnim - a student - said she would appeal",  # a given name, not the agency
    "Yerevan /Mediamax/ said on Monday that",  # the slashes not closed by a full stop
    "Krakow, PL - The city council met",  # "PL" outside a bracket is Poland, no credit
])
def test_story_text_like_a_house_form_is_no_dateline(text) -> None:
    reading = read_dateline(text)
    assert reading is None or (not reading.agencies and reading.month is None)


def test_an_unclosed_bracket_needs_the_wires_long_dash() -> None:
    reading = read_dateline("KUWAIT, Oct 29 (KUNA - Palestinian cause is a priority")
    assert reading is not None and reading.agencies == []
    assert read_dateline("BERLIN (dpa the German agency said") is None


def test_egypt_today_colon_needs_the_year() -> None:
    reading = read_dateline("CAIRO - 2 July: the day the metro opened")
    assert reading is not None and reading.day is None  # "CAIRO -" alone, as before


def test_cleaner_takes_the_sana_dateline_and_credits_sana() -> None:
    text = ("Daraa, SANA- Syrian Arab Army’s units continued to reinforce their deployment in "
            "several villages.")
    doc = Document(text, reference_date=date(2018, 7, 20))
    Dateline().clean(doc)
    assert doc.dateline is not None and doc.dateline.city == "Daraa"
    assert doc.agencies == ["SANA"]
    assert doc.text.lstrip().startswith("Syrian Arab Army")
    assert not missing_words(text, [doc.text, doc.dateline.raw])
