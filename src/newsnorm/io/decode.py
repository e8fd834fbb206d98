"""Bytes to text: find the encoding of an article file and decode it.

Order of evidence, cheapest first: a byte-order mark; strict UTF-8 (most files, and the fast
path); UTF-16 without a BOM (every other byte NUL); then charset-normalizer's statistical guess
for legacy code pages (cp1251, latin-1, ...). Text that still looks binary is refused with a
reason, never decoded into garbage.

>>> decode("Baku".encode("utf-16"))
('Baku', 'utf-16')
>>> decode("Баку, 3 октября".encode("cp1251"))[1]
'cp1251'
"""

from __future__ import annotations

import codecs
import re
from functools import cache

# BOM -> codec name that strips it. UTF-32 first: its LE BOM starts with UTF-16's.
BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)

# Single-byte pages for Latin-script text, commonest first.
WESTERN_PAGES = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1254", "cp1257")
# Two high bytes in a row: a multi-byte encoding, or a non-Latin single-byte page.
HIGH_BYTE_RUN = re.compile(rb"[\x80-\xff]{2}")

# Legacy code pages in the order news feeds use them (ties in detection go to the earlier).
COMMON_LEGACY = ("cp1252", "latin_1", "iso8859_15", "cp1251", "koi8_r", "cp1250", "iso8859_2",
                 "cp1254", "cp1253", "cp1256", "cp1255", "cp1257", "gb18030", "big5",
                 "shift_jis", "euc_jp", "euc_kr", "cp866", "mac_cyrillic", "iso8859_5")
MAX_CANDIDATES = 6
CHAOS_SLACK = 0.1


@cache
def _case_flip():
    """A lowercase letter followed by an uppercase one inside a word: "оПЕГХ", the mark of a text
    decoded with the wrong Cyrillic page ("McDonald" is one flip; wrong pages make dozens).
    Built on first use: only legacy code pages need it, and the ``regex`` module (for \\p{..})
    costs ~10 ms to import."""
    import regex

    return regex.compile(r"\p{Ll}\p{Lu}")


# Control characters that no text file carries (tab, line ends and form feeds excepted).
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])

# A decoded text with more control characters than this share is binary, not an article.
MAX_CONTROL_SHARE = 0.01
# ... except in valid UTF-8 or in ASCII with lone accented bytes (the Western path), which
# binary data almost never is (it has runs of high bytes; uniform random ASCII still has 21 %
# control characters): wire-feed markup stays well below this (AP's ANPA agate tables put RS,
# US, DLE and BS between cells, 7 % of the text).
MAX_CONTROL_SHARE_PLAIN = 0.10
# Wire feeds frame each item with transmission codes (ANPA 1312 and IPTC 7901: SYN SYN SOH
# before the header, US after the selector, DC3 DC1 around the category, STX before the text,
# ETX and EOT after it): a short AP alert carries nine of them in 250 characters. That many are
# framing, not binary; only codes beyond them count.
FRAMING = re.compile(r"[\x01-\x04\x11\x13\x16\x1f]")
FRAMING_ALLOWANCE = 16
# How much of a file the binary and UTF-16 sniffers look at.
SNIFF_BYTES = 4096


class DecodeError(ValueError):
    """The bytes are not text we can decode; ``reason`` is a short machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding name)`` or raise :class:`DecodeError`."""
    if not data.strip():
        raise DecodeError("empty", "the input has no text")
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return _checked(_strict(data, codec, name), name)
    utf16 = _sniff_utf16(data)  # before UTF-8: NUL bytes are valid UTF-8
    if utf16:
        return _checked(_strict(data, utf16, utf16), utf16)
    try:
        return _checked(data.decode("utf-8"), "utf-8", MAX_CONTROL_SHARE_PLAIN, data)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:SNIFF_BYTES]:
        raise DecodeError("binary", "NUL bytes in a file that is neither UTF-8 nor UTF-16")
    if not HIGH_BYTE_RUN.search(data):
        return _checked(*_western(data), MAX_CONTROL_SHARE_PLAIN)
    return _checked(*_legacy(data))


def _western(data: bytes) -> tuple[str, str]:
    """Every byte above ASCII stands alone ("M\xfcller", "\xabcatastrophe\xbb"): accented
    letters in Latin-script words, so a single-byte Western code page. Multi-byte encodings and
    Cyrillic or Greek pages give runs of high bytes instead. Short texts of this kind fool the
    statistical detector (one "ü" read as gb18030), so it only chooses among these pages."""
    from charset_normalizer import from_bytes  # only legacy pages pay for its import

    results = list(from_bytes(data, cp_isolation=list(WESTERN_PAGES)))
    if results:
        return _best(results)
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin_1"  # never fails: every byte is a character


def _legacy(data: bytes) -> tuple[str, str]:
    """A legacy code page: charset-normalizer's near-tied candidates, judged by two cheap signs.

    On short texts its first guess can be a wrong sibling (koi8_r for cp1251, cp1250 for
    latin-1). A wrong Cyrillic page flips letter case inside words ("оПЕГХ"); among the rest,
    the code page more common in news feeds wins.
    """
    from charset_normalizer import from_bytes

    results = list(from_bytes(data))
    if not results:
        raise DecodeError("undecodable", "no text encoding fits these bytes")
    return _best(results)


def _best(results: list) -> tuple[str, str]:
    """Among near-tied candidates, fewest in-word case flips, then the commonest page."""
    best_chaos = results[0].chaos
    candidates = [r for r in results[:MAX_CANDIDATES] if r.chaos <= best_chaos + CHAOS_SLACK]
    scored = []
    for rank, result in enumerate(candidates):
        text = str(result)
        flips = len(_case_flip().findall(text[:SNIFF_BYTES * 4]))
        # Pages that decode these bytes to the very same text come as one result: name the
        # commonest of them (cp1252, not cp1250, for text both read alike).
        same_text = [result.encoding, *result.could_be_from_charset]
        commonness, encoding = min((_commonness(name), name) for name in same_text)
        scored.append((flips, commonness, rank, text, encoding))
    _, _, _, text, encoding = min(scored)
    return text, encoding


def _commonness(encoding: str) -> int:
    return COMMON_LEGACY.index(encoding) if encoding in COMMON_LEGACY else len(COMMON_LEGACY)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError("invalid-encoding", f"not valid {name}: {error.reason}") from error


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has NUL in every other byte."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4 or len(data) % 2 or b"\x00" not in sample:
        return None  # without a NUL byte (most files) neither half can be mostly NUL
    half = len(sample) / 2
    even, odd = sample[0::2], sample[1::2]
    for text_half, nul_half, codec in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        if nul_half.count(0) / half > 0.3 and text_half.count(0) / half < 0.05 \
                and _printable_share(text_half) > 0.8:
            return codec
    return None


def _printable_share(data: bytes) -> float:
    printable = sum(1 for byte in data if 0x20 <= byte < 0x7F or byte in (9, 10, 13))
    return printable / max(len(data), 1)


def _checked(text: str, encoding: str, max_share: float = MAX_CONTROL_SHARE,
             utf8: bytes | None = None) -> tuple[str, str]:
    """``text`` unless it is blank or binary: more control characters than ``max_share`` of its
    sample, beyond a feed item's framing. ``utf8``: the bytes it was decoded from as UTF-8.

    UTF-8 writes a control character as that very byte (multi-byte sequences use only bytes
    from 0x80 up), and the first SNIFF_BYTES characters come from at most four times as many
    bytes: when those bytes hold no more control bytes than the allowance's floor of 2, neither
    can the sample, and the regex scan of it (the costlier half of decoding) is skipped.
    """
    if not text.strip():
        raise DecodeError("empty", "the input has only whitespace")
    if utf8 is not None:
        head = utf8[:4 * SNIFF_BYTES]
        if len(head) - len(head.translate(None, CONTROL_BYTES)) <= 2:
            return text, encoding
    sample = text[:SNIFF_BYTES]
    framing = len(FRAMING.findall(sample))
    controls = len(CONTROL.findall(sample)) - min(framing, FRAMING_ALLOWANCE)
    if controls > max_share * len(sample) + 2:
        raise DecodeError("binary", f"{controls} control characters in the first "
                          f"{len(sample)}: not text")
    return text, encoding
