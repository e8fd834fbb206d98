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
    # the Non-Aligned News Network's pooled bracket, naming no one wire (namnewsnetwork.org)
    ("WASHINGTON, Nov 18 (NNN-AGENCIES) — The United States and China will aim to have",
     "WASHINGTON, Nov 18 (NNN-AGENCIES) —", "Washington", 11, 18, None, []),
    ("MOSCOW, Feb 16 (NNN-AGENCIES) — Russian opposition leader Alexei Navalny died Friday",
     "MOSCOW, Feb 16 (NNN-AGENCIES) —", "Moscow", 2, 16, None, []),
    # RFE/RL's Kyrgyz service in English: a shouted city and a full stop (azattyk.org)
    ("BISHKEK. Kyrgyz Prime Minister Nikolai Tanayev today arrived in Kyiv to participate",
     "BISHKEK.", "Bishkek", None, None, None, []),
    ("BISHKEK. The opposition Movement For Resignation Of President Askar Akayev today",
     "BISHKEK.", "Bishkek", None, None, None, []),
    # the Qatar News Agency (qna.org.qa)
    ("Doha, September 14 (QNA) - HH the Amir Sheikh Tamim bin Hamad Al-Thani told the French",
     "Doha, September 14 (QNA) -", "Doha", 9, 14, None, ["QNA"]),
    # the Bahrain News Agency, its credit closed by a colon (bna.bh)
    ("Manama, May 20 (BNA): His Majesty King Hamad bin Isa Al Khalifa has received",
     "Manama, May 20 (BNA):", "Manama", 5, 20, None, ["BNA"]),
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


def test_gulf_agency_names_in_a_bracket_that_is_no_credit() -> None:
    # the bracket of a Gulf agency's dateline holds its name alone: a bracket that goes on
    # ("(BNA officials said)", "(QNA's own count)") is story, and credits nothing
    for text in ("Manama, May 20 (BNA officials said) the King received well-wishers",
                 "Doha, September 14 (QNA's own count) - the fair drew crowds"):
        reading = read_dateline(text)
        assert reading is None or reading.agencies == []


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


def test_a_shouted_dated_colon_dateline_is_strong_below_the_top() -> None:
    from newsnorm.cleaners.dateline import read_strong_dateline
    # Nepal's RSS (myrepublica.nagariknetwork.com): "KATHMANDU, March 6:" under its author box
    text = "Title\nKATHMANDU, March 6: The CPN (Unified Socialist) has called a meeting"
    reading = read_strong_dateline(text, 6)
    assert reading is not None
    assert (reading.city, reading.month, reading.day) == ("Kathmandu", 3, 6)
    assert text[reading.start:reading.end] == "KATHMANDU, March 6:"
    # a city alone before a colon is not strong (a deck ends "...: Speaker" the same way) ...
    assert read_strong_dateline("Title\nKUWAIT: His Highness the Amir sent cables", 6) is None
    # ... nor a shouted label before a dated colon, nor a title-case word
    assert read_strong_dateline("Title\nNOTE, March 6: The meeting was moved", 6) is None
    assert read_strong_dateline("Title\nResults, March 6: The party won", 6) is None


def test_a_pooled_bracket_must_close_and_names_no_agency() -> None:
    # the bracket goes on past "AGENCIES": not the relay's credit, left to the story
    text = "WASHINGTON, Nov 18 (NNN-AGENCIES said) the talks"
    reading = read_dateline(text)
    assert reading is not None and reading.agencies == []
    assert text[reading.start:reading.end] == "WASHINGTON, Nov 18"
    # and the cleaner takes the whole dateline, crediting no one
    doc = Document("MOSCOW, Feb 16 (NNN-AGENCIES) — Russian opposition leader Alexei Navalny "
                   "died Friday.", reference_date=date(2024, 2, 16))
    Dateline().clean(doc)
    assert doc.dateline is not None and doc.dateline.city == "Moscow"
    assert doc.agencies == []
    assert doc.text.lstrip().startswith("Russian opposition leader")


def test_menafn_source_with_its_opening_bracket_lost() -> None:
    # menafn.com's Petra items as scraped: "MENAFN - Jordan News Agency)" before the dateline
    text = "MENAFN - Jordan News Agency) Petra, Dec. 21 (Petra) – Chief Commissioner Fares"
    reading = read_dateline(text)
    assert reading is not None and (reading.city, reading.agencies) == ("Petra", ["Petra"])
    assert text[reading.start:reading.end] == "Petra, Dec. 21 (Petra) –"
    # without the dash after "MENAFN" it is no source bracket: nothing is skipped to reach a city
    reading = read_dateline("MENAFN reposted it) Petra, Dec. 21 (Petra) – Chief Commissioner")
    assert reading is None or reading.start == 0


@pytest.mark.parametrize("text", [
    "NATO. The alliance said on Monday it would meet",  # an acronym's one-word sentence
    "POLITICS. The party met on Monday",  # a section label
    "FOOTBALL. Messi scored twice",
    "ADVERTISEMENT. The new phone costs",
    "U.S. officials said on Monday",  # a dotted abbreviation
    "BISHKEK.Kyrgyz officials said",  # no space after the stop
    "BISHKEK. KYRGYZ OFFICIALS SAID",  # a shouted line, not a city before a sentence
    "STOP. The war must end",
    "NEVER AGAIN. That was the slogan of the protest",  # shouted words a space apart
    "THANK YOU. That is what she said",
    "COMMENTARY. The government must act",  # a page's lead-in label
    "LISTEN. The podcast is out",
])
def test_story_text_like_a_city_and_full_stop_is_no_dateline(text) -> None:
    assert read_dateline(text) is None


@pytest.mark.parametrize("text", [
    # a title-case or shouted city and date before a colon and a lower-case word: a sentence
    "London, March 6: that was the day it all began, she recalled",
    "MOSCOW, May 9: a day of parades",
])
def test_a_city_and_date_before_a_colon_and_a_lower_case_word_is_no_dateline(text) -> None:
    assert read_dateline(text) is None


@pytest.mark.parametrize("text", [
    # a sentence whose subject is a city's date: a lower-case verb right after it
    "Geneva, March 3 marked the start of the talks",
    "Paris, May 1 is a holiday in France",
    "Washington, July 4 fireworks drew crowds",
])
def test_a_title_case_city_and_date_before_a_lower_case_word_is_no_dateline(text) -> None:
    assert read_dateline(text) is None


@pytest.mark.parametrize(("text", "raw"), [
    ("Baku, November 6 Azerbaijani troops", "Baku, November 6"),  # Trend's house dateline
    ("Baku, November 6\nAzerbaijani troops", "Baku, November 6"),
    ("Tokyo, Oct 3 - the talks", "Tokyo, Oct 3 -"),  # a dash closes it: a dateline
])
def test_a_title_case_city_and_date_before_a_capital_or_dash_is_a_dateline(text, raw) -> None:
    reading = read_dateline(text)
    assert reading is not None and text[reading.start:reading.end] == raw


@pytest.mark.parametrize(("text", "raw"), [
    ("Kathmandu, Sept 7: With the elections near", "Kathmandu, Sept 7:"),  # rssnepal.com
    ("NEW DELHI, March 5: The Centre has asked the states", "NEW DELHI, March 5:"),
    ("KUWAIT, Oct 29 (KUNA): the Palestinian cause", "KUWAIT, Oct 29 (KUNA):"),  # a credit
])
def test_a_city_and_date_before_a_colon_and_a_capital_is_a_dateline(text, raw) -> None:
    reading = read_dateline(text)
    assert reading is not None and text[reading.start:reading.end] == raw
