"""What users would pick instead of newsnorm: trafilatura and jusText, fed the same plain text.

Both are HTML extractors, so each article is wrapped the way a user would wrap plain text for
them: a minimal page whose <title> is the first line and whose every non-empty line is one
<p>…</p>. Their output is mapped onto the fields score.py reads:

- trafilatura: title -> headline, author -> byline, extracted text -> body (its lines become
  paragraphs joined by a blank line);
- jusText: the paragraphs it does not mark as boilerplate -> body (it finds no headline or
  byline). Its stoplist is chosen per article as the one whose stopwords the text hits most,
  which is what a user who does not know each article's language would do.

Neither produces a dateline, agencies or notes: their records carry none, so those rows score
what an empty answer scores. Both are optional benchmark dependencies (the `bench` extra).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import charset_normalizer

# jusText stoplists tried for each article (the languages of the gold set and of Reuters).
STOPLIST_CANDIDATES = ("English", "German", "French", "Spanish", "Dutch", "Norwegian_Bokmal",
                       "Russian", "Italian", "Turkish")
WORD = re.compile(r"\w+")


def decode(data: bytes) -> str:
    """Bytes -> text the way a user of these tools would: UTF-8 first, else a detector's guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else data.decode("latin-1")


def as_html(text: str) -> str:
    """Plain text -> a minimal page: first line as <title>, each non-empty line as a <p>."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    title = html.escape(lines[0]) if lines else ""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
            f"<body>\n{body}\n</body></html>\n")


def record(path: str, headline: str | None, byline: str | None, body: str) -> dict:
    return {"source": {"path": path}, "headline": headline or None, "byline": byline or None,
            "dateline": None, "agencies": [], "body": body, "notes": []}


def trafilatura_record(path: str, text: str) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(as_html(text), with_metadata=True, as_dict=True,
                                      include_comments=False) or {}
    lines = [line.strip() for line in (doc.get("text") or "").split("\n") if line.strip()]
    return record(path, doc.get("title"), doc.get("author"), "\n\n".join(lines))


_stoplists: dict[str, frozenset[str]] = {}


def _stoplist(name: str) -> frozenset[str]:
    import justext

    if name not in _stoplists:
        _stoplists[name] = frozenset(justext.get_stoplist(name))
    return _stoplists[name]


def pick_stoplist(text: str) -> frozenset[str]:
    words = [w.casefold() for w in WORD.findall(text)]
    return max((_stoplist(name) for name in STOPLIST_CANDIDATES),
               key=lambda stop: sum(w in stop for w in words))


def justext_record(path: str, text: str) -> dict:
    import justext

    paragraphs = justext.justext(as_html(text), pick_stoplist(text))
    kept = (p.text.strip() for p in paragraphs if not p.is_boilerplate)
    body = "\n\n".join(text for text in kept if text)
    return record(path, None, None, body)


EXTRACTORS = {"trafilatura": trafilatura_record, "jusText": justext_record}


def run(name: str, items: Iterable[tuple[str, str]]) -> list[dict]:
    """Records of one extractor for (path, text) items, in order."""
    extract = EXTRACTORS[name]
    return [extract(path, text) for path, text in items]
