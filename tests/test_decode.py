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


@pytest.mark.parametrize(("controls", "refused"), [(0, False), (2, False), (3, False), (40, True)])
def test_control_characters_in_utf8_text(controls: int, refused: bool) -> None:
    # 300 characters allow 0.01 * 300 + 2 = 5 control characters; the UTF-8 fast path must
    # agree with the count over the decoded text on both sides of that line.
    text = ("é" * 150 + "\x01" * controls + "a" * 150)[:300]
    if refused:
        with pytest.raises(DecodeError) as caught:
            decode(text.encode())
        assert caught.value.reason == "binary"
    else:
        assert decode(text.encode()) == (text, "utf-8")
