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
