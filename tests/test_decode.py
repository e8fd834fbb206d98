"""Decoding article bytes: BOMs, UTF-8, UTF-16, legacy code pages, and refusals."""

from __future__ import annotations

import codecs

import pytest

from newsnorm.io.decode import DecodeError, decode

TEXT = "BAKU, Azerbaijan, October 3. Azerbaijan and Armenia must resume peace talks."
CYRILLIC = "МОСКВА, 3 марта. /ТАСС/. Президент России провел переговоры с премьер-министром."


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (TEXT.encode(), TEXT, "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode(), TEXT, "utf-8-sig"),
    (TEXT.encode("utf-16"), TEXT, "utf-16"),
    (TEXT.encode("utf-16-le"), TEXT, "utf-16-le"),
    (TEXT.encode("utf-16-be"), TEXT, "utf-16-be"),
    (TEXT.encode("utf-32"), TEXT, "utf-32"),
])
def test_unicode_forms(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_cp1251_is_detected() -> None:
    text, encoding = decode(CYRILLIC.encode("cp1251"))
    assert text == CYRILLIC
    assert encoding == "cp1251"


def test_latin1_decodes_to_the_same_words() -> None:
    original = "SÃO PAULO, 3 de março. O presidente disse que a reunião começará às três horas."
    text, encoding = decode(original.encode("latin-1"))
    assert text == original
    assert encoding in {"latin_1", "iso8859_1", "cp1252", "iso8859_15"}


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\t\r\n ", "empty"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 500, "binary"),
])
def test_refusals_name_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode(data)
    assert caught.value.reason == reason


def test_a_lone_accented_letter_in_ascii_text_is_western_not_cjk() -> None:
    # dpa feed copy: ASCII but for one latin-1 "ü"; a detector alone reads it as gb18030.
    data = ("Munich (dpa) - German football is saddened by the illness of striker legend Gerd "
            "Mueller, who scored 365 goals for Bayern. \"We are with him,\" said coach Hansi "
            "Flick.\r\n" * 5 + "Gerd M\xfcller, 75, lives in a care home.\r\n").encode("latin-1")
    text, encoding = decode(data)
    assert "Gerd Müller, 75" in text
    assert encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_wire_control_codes_and_guillemets_decode() -> None:
    # Keystone-ATS feed: ANPA control codes (SOH, STX, DEL) around latin-1 French text.
    data = ("\x7f\x7f\r\n\x7f\x01bsf025 3 ec 121   etf 967\r\n\r\nFrance\r\n\r\n\x02Gilets "
            "jaunes: une «catastrophe pour notre économie» (Le Maire) =\r\n   Paris (ats afp) "
            "Les violences liées aux manifestations ont été condamnées.\r\n\x03").encode("latin-1")
    text, encoding = decode(data)
    assert "«catastrophe pour notre économie»" in text
    assert encoding in {"cp1252", "latin_1", "iso8859_15"}


# An AP ANPA 1312 alert byte for byte as the feed sends it (superdesk-core's ap_anpa-5.tst): SYN
# SYN SOH, US, DC3 DC1 in the header, STX before the text, ETX, FF and EOT after it.
ANPA_ALERT = (b"\x16\x16\x01W1645\x1fasian\nb a\x13\x11 BC-US--APNewsAlert     06-29 0358\r\n"
              b"\x02^BC-US--APNewsAlert,17<\r\n\t   HONOLULU (AP) _ Hawaii files court challenge "
              b"to Trump administration's definition of close U.S. relationship needed to avoid "
              b"travel ban.\r\n\r\n\t   \x03AP-WF-06-29-17 2350GMT<\r\n\r\n\x0c\r\n\x04")


def test_a_short_wire_item_with_its_transmission_framing_is_text() -> None:
    text, _ = decode(ANPA_ALERT)
    assert "HONOLULU (AP) _ Hawaii files court challenge" in text


def test_framing_codes_beyond_an_item_s_worth_still_make_binary() -> None:
    with pytest.raises(DecodeError) as caught:
        decode(b"\x01\x02\x03\x04" * 40 + ANPA_ALERT)
    assert caught.value.reason == "binary"


# An AP agate table as the feed sends it (superdesk-core's ap_anpa-6.tst, cut): BS, US, RS and DLE
# mark the cells, 7 % of the text, and "López" is a lone latin-1 byte.
ANPA_TABLE = (b"\x16\x16\x01s0284\x1f-----\nr s\x14\x12 BC-BBO--WildCardGlance     08-18 \r\n"
              b"\x02^BC-BBO--Wild Card Glance<\r\n^All Times EDT=\r\n^AMERICAN LEAGUE=\r\n"
              + b"\x08Tampa\x10 Bay\x1f\x1e 73\x1e \x1e 52\x1e \x1e .584\x1e \x1e \x1e _\r\n" * 3
              + b"^Saturday's Games=\r\n" + b"\t   N.Y. Yankees 6, Cleveland 5\r\n" * 6
              + b"\t   Kansas City (L\xf3pez 1-7) at Baltimore (Means 8-8), 7:05 p.m.\r\n\x03\x04")


@pytest.mark.parametrize("data", [ANPA_TABLE, ANPA_TABLE.replace(b"L\xf3pez", b"Lopez")],
                         ids=["latin-1", "ascii"])
def test_a_wire_table_s_cell_codes_do_not_make_it_binary(data: bytes) -> None:
    text, _ = decode(data)
    assert "Kansas City (L" in text and "Tampa\x10 Bay" in text


def test_ascii_noise_is_still_binary() -> None:
    with pytest.raises(DecodeError) as caught:
        decode(bytes(range(1, 128)) * 32)  # valid UTF-8, a fifth of it control characters
    assert caught.value.reason == "binary"


@pytest.mark.parametrize(("controls", "refused"), [(0, False), (2, False), (3, False), (40, True)])
def test_control_characters_in_utf8_text(controls: int, refused: bool) -> None:
    # 300 characters of UTF-8 allow 0.10 * 300 + 2 = 32 control characters (ENQ, no framing
    # code); the UTF-8 fast path must agree with the count over the decoded text on both sides.
    text = ("é" * 150 + "\x05" * controls + "a" * 150)[:300]
    if refused:
        with pytest.raises(DecodeError) as caught:
            decode(text.encode())
        assert caught.value.reason == "binary"
    else:
        assert decode(text.encode()) == (text, "utf-8")
