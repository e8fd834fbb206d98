"""The "nothing is lost" check: every word of the input must survive somewhere in the record.

A word is a run of letters or digits. The check is a multiset comparison, cheap enough to run on
every record: the pipeline flags a record that fails it with the warning ``words-lost``.

>>> missing_words("Trend reports: peace", ["peace"], ["Trend reports"])
[]
>>> missing_words("one two two", ["one two"])
['two']

A word glued to its neighbour in the source ("GENERICO.ruWorldAzerbaijan called...") may be
split by a cleaner into a crumb and a headline; it is accounted for when leftover kept words
spell it exactly, piece by piece:

>>> missing_words("ruWorldAzerbaijan called", ["GENERICO.ruWorld"], ["Azerbaijan called"])
[]
>>> missing_words("ruWorldAzerbaijan called", ["ruWorld"], ["called"])
['ruWorldAzerbaijan']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# Letters or digits, no underscore: \\w minus _. Plain \\w+ is much faster and gives the same
# words whenever the text has no underscore, which is nearly always.
WORD = re.compile(r"[^\W_]+")
WORD_OR_UNDERSCORE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return (WORD if "_" in text else WORD_OR_UNDERSCORE).findall(text)


# A coarser split, for the fast path only: every ASCII byte that is not a letter or digit becomes
# a space and bytes.split() cuts there; non-ASCII characters stay inside their token. Each coarse
# token is a whole run of words, so equal coarse multisets imply equal word multisets — and
# translate + split runs in C, five times faster than findall over the same text.
_ASCII_SEPARATORS = bytes.maketrans(
    bytes(b for b in range(128) if not chr(b).isalnum()),
    b" " * sum(1 for b in range(128) if not chr(b).isalnum()),
)


def _coarse_tokens(text: str) -> list[bytes]:
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS).split()


def _same_multiset(a: list, b: list) -> bool:
    # Equal counts and an equal sum of hashes mean the same multiset (a collision would need
    # 2**-64 luck).
    return len(a) == len(b) and sum(map(hash, a)) == sum(map(hash, b))


# Longest glued word we try to split into leftover pieces (keeps the check linear).
MAX_SPLIT_WORD = 200
# How many places the body's first token is tried at before the run search gives up (each try
# compares at most the body's length, so the search stays linear).
MAX_RUN_STARTS = 16


def missing_words(source: str, *kept: Iterable[str | None]) -> list[str]:
    """Words of ``source`` (with multiplicity) that none of the ``kept`` texts account for."""
    texts = [text for group in kept for text in group if text]
    if not texts:
        return _missing_by_words(source, "")
    source_tokens = _coarse_tokens(source)
    # Fastest path (exact): the longest kept text, normally the body, is one run of the source's
    # tokens, and what is left of the source is exactly the other kept texts' tokens.
    body = max(texts, key=len)
    at = texts.index(body)
    body_tokens = _coarse_tokens(body)
    other_tokens = _coarse_tokens("\n".join(texts[:at] + texts[at + 1:]))
    if _body_run_accounts(source_tokens, body_tokens, other_tokens):
        return []
    # Fast path: cleaners normally partition the source's words exactly, in whatever order.
    if _same_multiset(source_tokens, body_tokens + other_tokens):
        return []
    return _missing_by_words(source, "\n".join(texts))


def _body_run_accounts(source_tokens: list[bytes], body_tokens: list[bytes],
                       other_tokens: list[bytes]) -> bool:
    """Whether the source's tokens are the body's, as one unbroken run, plus the others'.

    Exact, and cheap where it matters: finding and comparing the run are list operations in C,
    and only the few tokens outside the body (headline, dateline, sign-off) are compared as a
    multiset — usually they even stand in the source in the order they are kept.
    """
    start = _find_run(source_tokens, body_tokens)
    if start is None:
        return False
    rest = source_tokens[:start] + source_tokens[start + len(body_tokens):]
    return rest == other_tokens or (len(rest) == len(other_tokens)
                                    and sorted(rest) == sorted(other_tokens))


def _find_run(tokens: list[bytes], run: list[bytes]) -> int | None:
    """Where ``run`` stands as a contiguous slice of ``tokens`` (tried at a bounded number of
    starts), or None."""
    if not run:
        return 0
    first, size = run[0], len(run)
    start = -1
    for _ in range(MAX_RUN_STARTS):
        try:
            start = tokens.index(first, start + 1)
        except ValueError:
            return None
        if tokens[start:start + size] == run:
            return start
    return None


def _missing_by_words(source: str, kept_text: str) -> list[str]:
    """The slow path: a word-by-word multiset comparison, then glued words split into pieces."""
    source_words = words(source)
    kept_words = words(kept_text)
    if _same_multiset(source_words, kept_words):
        return []
    remaining = Counter(source_words)
    remaining.subtract(Counter(kept_words))
    missing = sorted(word for word, count in remaining.items() if count > 0)
    if not missing:
        return []
    leftovers = Counter({word: -count for word, count in remaining.items() if count < 0})
    lost = []
    for word in missing:
        for _ in range(remaining[word]):
            if not _consume_split(word, leftovers):
                lost.append(word)
    return sorted(set(lost))


def _consume_split(word: str, leftovers: Counter[str]) -> bool:
    """Spell ``word`` from two or more leftover words; consume them if it works."""
    if len(word) > MAX_SPLIT_WORD:
        return False
    pieces = _split(word, leftovers, {})
    if not pieces or len(pieces) < 2:
        return False
    needed = Counter(pieces)
    if any(leftovers[piece] < count for piece, count in needed.items()):
        return False
    leftovers.subtract(needed)
    return True


def _split(word: str, leftovers: Counter[str], memo: dict[int, list[str] | None],
           start: int = 0) -> list[str] | None:
    if start == len(word):
        return []
    if start in memo:
        return memo[start]
    memo[start] = None
    for end in range(len(word), start, -1):
        piece = word[start:end]
        if leftovers[piece] > 0:
            rest = _split(word, leftovers, memo, end)
            if rest is not None:
                memo[start] = [piece, *rest]
                break
    return memo[start]
