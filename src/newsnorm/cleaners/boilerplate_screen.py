r"""The boilerplate screen: a cheap look at a whole text that says whether any family in
:mod:`~newsnorm.cleaners.boilerplate_patterns` could take something from it.

Most texts hold no debris, and cutting them into units to judge each is slow. So a text is first
screened whole, folded (see :func:`fold`): lower-cased, each line stripped and put after a
"\n", so that a unit stands in it as a run of lines with "\n" for each space that joined two.
The screen is built from the families, never typed beside them, and finds every unit they take:

- a rule, a ``whole`` or a ``labels`` fragment matches right after a "\n" (a line start);
- a ``phrases`` fragment holds a stretch of literal text ("cookies are used"); where that
  stretch turns up, the fragment itself is looked for.

Each fragment is searched as its *folded image*: the same regex, in lower case, matching "\n"
wherever it matches a space. A fragment the images are not made for (an anchor, a negative
lookaround, a capital or a letter outside ASCII) leaves the screen incomplete: then every text
is judged unit by unit, as if there were no screen.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newsnorm.cleaners.boilerplate_patterns import (
    FAMILIES,
    MAX_RULE_CHARS,
    RULE_MARKS,
    WHOLE_AFTER,
    WHOLE_BEFORE,
    Family,
)

# Characters whose lower case is not what case-insensitive regexes match them to ("İ" lower-cases
# to two characters; "ı" and "ſ" match "i" and "s"): a text that holds one is not screened.
CASE_TRAPS = ("\u0130", "\u0131", "\u017f")

# A line-start fragment with no first character to dispatch on is screened by its longest literal
# stretch when it has one at least this long (shorter ones are found almost everywhere).
MIN_GATING_STRETCH = 4

# How often characters stand in news copy, per thousand (folded Reuters copy). Phrases are
# searched from characters they hold, each in a pass over the text that stops wherever it stands:
# few passes on rare characters are cheapest (see :func:`_search_characters`). A pass costs about
# as much as SEARCH_PASS_STOPS such stops per thousand characters. (Only speed depends on these.)
CHARACTER_FREQUENCIES = {
    "a": 64, "b": 13, "c": 30, "d": 32, "e": 89, "f": 17, "g": 14, "h": 27, "i": 57, "j": 2,
    "k": 6, "l": 33, "m": 21, "n": 57, "o": 55, "p": 19, "q": 1, "r": 56, "s": 55, "t": 67,
    "u": 22, "v": 8, "w": 11, "x": 3, "y": 11, "z": 1, "@": 0, "©": 0, "-": 3, ",": 10, ".": 11,
    " ": 160,
}
OTHER_CHARACTER_FREQUENCY = 10
SEARCH_PASS_STOPS = 5


def fold(text: str) -> str | None:
    """The text as the screen reads it, or None when it cannot be screened.

    >>> fold("  Leave a\\n reply \\n\\nTHANKS")
    '\\nleave a\\nreply\\n\\nthanks'
    """
    if not text.isascii() and any(trap in text for trap in CASE_TRAPS):
        return None
    return "\n" + "\n".join([line.strip() for line in text.lower().split("\n")])


@dataclass(frozen=True)
class Screen:
    # Rules, whole and labels fragments, after a "\n".
    line_starts: re.Pattern[str]
    # Line-start fragments too loose to try at every line (a crumb "[^>»›.]{1,30} > ..."), each
    # behind finders for a run of characters it holds (`` > ``): one finder per character that
    # run can have at its heart, which must be in the text for the finder to be worth running.
    # One (character, finder, fragment) for each finder: a flat loop, without a generator for
    # each fragment (those cost 3 µs an article).
    gated: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    # Phrase fragments, behind a finder for their literal stretches.
    phrases: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]
    complete: bool  # False: some fragment is not screened, so every text must be judged

    def might_hold_debris(self, folded: str) -> bool:
        """Whether a folded text may hold a unit the families take."""
        if not self.complete or self.line_starts.search(folded):
            return True
        for char, finder, fragment in self.gated:
            if char in folded and finder.search(folded) and fragment.search(folded):
                return True
        for finder, fragments in self.phrases:
            if finder.search(folded) and any(fragment.search(folded) for fragment in fragments):
                return True
        return False


def build_screen(families: tuple[Family, ...]) -> Screen:
    complete = True
    at_line_start = [("", RULE_FROM_ITS_FIRST_MARK)]
    gated = []
    wholes: list[tuple[str, str]] = []  # (first character, rest): see _alternatives
    phrases = []  # (its longest literal stretch, its image)
    for kind in ("whole", "labels"):
        # Each way of a fragment ("lire la suite|(?:seguir|continuar) leyendo") is screened on
        # its own: one that opens with a letter is then tried only at lines that open with it,
        # and one that opens loosely is found by its own words, not tried at every line.
        for family, fragment in ((fam, way) for fam in families for f in getattr(fam, kind)
                                 for way in _ways(f)):
            image = _folded_image(fragment)
            if image is None:
                complete = False
                continue
            # Loose: some way into it opens with no literal character (a class, a repeat).
            branches = _branches(image)
            loose = not all(first for first, _ in branches)
            finders = _gate(image) if loose else []
            if loose and family.screen:
                hint = _folded_image(family.screen[1])
                if hint is None:  # else it would fall back, unseen, to a screen that is slow
                    raise ValueError(f"{family.kind}: screen hint {family.screen[1]!r} "
                                     "cannot be read as folded text")
                # Each way of the hint is worth searching only where the hint's character and
                # its own first one stand: it is gated by the rarer ("/" for "[/|] photo",
                # whose hint character is a space).
                finders = [(min(family.screen[0], _literal(_tokens(way)[0]) or " ",
                                key=_frequency), re.compile(way)) for way in _literal_led(hint)]
            stretch = max(_literal_stretches(fragment), key=len, default="") if loose else ""
            anchored = f"{WHOLE_BEFORE}(?:{image}){WHOLE_AFTER}(?![^\\n])" if kind == "whole" \
                else image
            if finders:
                fragment_at_line = re.compile("\\n(?:" + anchored + ")")
                gated.extend((char, finder, fragment_at_line) for char, finder in finders)
            elif len(stretch) >= MIN_GATING_STRETCH:
                # A fragment that opens with a class ("[^.]{0,60} file photo") would be tried,
                # and run on, at every line: it is looked for only where its words stand.
                phrases.append((stretch, re.compile("\\n(?:" + anchored + ")")))
            else:
                (wholes if kind == "whole" else at_line_start).extend(branches)
    if wholes:
        at_line_start.append(
            ("", f"{WHOLE_BEFORE}(?:{_alternatives(wholes)}){WHOLE_AFTER}(?![^\\n])")
        )
    for fragment in (f for family in families for f in family.phrases):
        image = _folded_image(fragment)
        stretch = max(_literal_stretches(fragment), key=len, default="")
        if image is None or not stretch:
            complete = False
        else:
            phrases.append((stretch, re.compile(image)))
    return Screen(
        line_starts=re.compile("\\n(?:" + _alternatives(at_line_start) + ")"),
        gated=tuple(gated),
        phrases=_phrase_finders(phrases),
        complete=complete,
    )


# RULE as it stands in folded text: a unit starts with a mark, never with a space.
_MARK = f"[{re.escape(RULE_MARKS)}]"
RULE_FROM_ITS_FIRST_MARK = rf"{_MARK}[{re.escape(RULE_MARKS)}\s]{{1,{MAX_RULE_CHARS - 1}}}(?![^\n])"


def _phrase_finders(phrases: list[tuple[str, re.Pattern[str]]]
                    ) -> tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]:
    """For each search character (see :func:`_search_characters`), a finder for the stretches
    searched from it, with their phrases: ``k(?:ies(?<=cookies)|...)``, which looks only where
    a "k" stands."""
    chars = _search_characters([stretch for stretch, _ in phrases])
    branches: dict[str, list[tuple[str, str]]] = {}
    found: dict[str, list[re.Pattern[str]]] = {}
    for stretch, phrase in phrases:
        char = next(char for char in chars if char in stretch)
        at = stretch.index(char)
        after = _folded_literal(stretch[at + 1:])
        behind = f"(?<={_folded_literal(stretch)})" if at else ""
        branches.setdefault(char, []).append(
            _first_character(after + behind) if after else ("", behind)
        )
        found.setdefault(char, []).append(phrase)
    return tuple(
        (re.compile(re.escape(char) + "(?:" + _alternatives(branches[char]) + ")"),
         tuple(found[char]))
        for char in branches
    )


def _search_characters(stretches: list[str]) -> list[str]:
    """Characters to search the stretches from, rarest first, such that each stretch holds one.
    Each costs a pass over the text and a stop wherever it stands: a common letter shared by
    many stretches ("e") would stop everywhere, a rare letter for each stretch would take a pass
    for each. Chosen greedily: the character cheapest for the stretches it would serve, until
    every stretch is served (each is then searched from the rarest chosen one it holds)."""
    chosen: list[str] = []
    left = set(stretches)
    while left:
        candidates = sorted({char for stretch in left for char in stretch if char != " "})
        char = min(candidates, key=lambda c: (SEARCH_PASS_STOPS + _frequency(c))
                   / sum(c in stretch for stretch in left))
        chosen.append(char)
        left = {stretch for stretch in left if char not in stretch}
    return sorted(chosen, key=lambda char: (_frequency(char), char))


def _frequency(char: str) -> int:
    return CHARACTER_FREQUENCIES.get(char, OTHER_CHARACTER_FREQUENCY)


def _gate(image: str) -> list[tuple[str, re.Pattern[str]]]:
    """Finders for a run every match of an image holds: its first plain class of rare characters
    (``[>»›]``, no letters, digits or spaces) with the single characters either side of it; one
    finder for each character of the class, so that each looks for one character. Empty when
    the image holds no such class."""
    tokens = _tokens(image) or []
    if _top_level_bars(tokens):
        return []
    depth = 0
    for at, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        chars = token[1:-1]
        if (depth or not token.startswith("[") or chars.startswith("^") or "\\" in chars
                or any(char.isalnum() or char.isspace() or char == "-" for char in chars)
                or _quantified(tokens, at)):
            continue
        before, after = _single(tokens, at - 1), _single(tokens, at + 1)
        return [(char, re.compile(re.escape(char)
                                  + (f"(?<={before}{re.escape(char)})" if before else "")
                                  + (f"(?={after})" if after else "")))
                for char in chars]
    return []


def _literal_led(image: str) -> list[str]:
    """An image as regexes that each open with a literal character and together match where it
    does: a regex finds a literal first character fast, but tries a class at every character
    (``[/|] photo`` cost 5 µs an article, ``/ photo`` and ``\\| photo`` under 1). A class of
    plain characters is opened into one regex for each; a class before a literal character is
    checked behind it (``[ \\n]\\(\\d`` as ``\\((?<=[ \\n]\\()\\d``); a ``|`` outside groups
    splits the image. Anything else is left as it is."""
    opened = []
    for way in _ways(image):
        tokens = _tokens(way) or []
        first = tokens[0] if tokens else ""
        if not first.startswith("[") or first.startswith("[^") or _quantified(tokens, 0):
            opened.append(way)
        elif "\\" not in first and "-" not in first:
            opened.extend(re.escape(char) + "".join(tokens[1:]) for char in first[1:-1])
        elif len(tokens) > 1 and _literal(tokens[1]) and not _quantified(tokens, 1):
            opened.append(tokens[1] + f"(?<={first}{tokens[1]})" + "".join(tokens[2:]))
        else:
            opened.append(way)
    return opened


# -- reading fragments ---------------------------------------------------------------------------
# The screen reads the fragments' regex syntax as far as it needs to, and no further: whatever it
# does not know it leaves unscreened.

_CLASS_ESCAPES = frozenset("dDsSwWbB")
_QUANTIFIERS = frozenset("?*+{")
_SPECIAL = frozenset(".^$*+?{}[]()|\\")
_GROUP_OPENINGS = ("(?:", "(?=", "(?<=")  # the groups an image may hold
_FOLDED_SPACE = "[ \\n]"


def _tokens(fragment: str) -> list[str] | None:
    """The fragment as regex tokens (an escape, a class, a repeat count, or one character), or
    None for syntax not read (an escape of a letter other than a class, a class "[]...]")."""
    tokens: list[str] = []
    at = 0
    while at < len(fragment):
        char = fragment[at]
        if char == "\\":
            escaped = fragment[at + 1: at + 2]
            if not escaped or (escaped.isalnum() and escaped not in _CLASS_ESCAPES):
                return None
            end = at + 2
        elif char == "[":
            end = at + 2 if fragment.startswith("[^", at) else at + 1
            if fragment.startswith("]", end):
                return None
            while end < len(fragment) and fragment[end] != "]":
                end += 2 if fragment[end] == "\\" else 1
            end += 1
        elif char == "{":
            end = fragment.find("}", at) + 1 or len(fragment)
        else:
            end = at + 1
        tokens.append(fragment[at:end])
        at = end
    return tokens


def _folded_image(fragment: str) -> str | None:
    """The fragment as it matches in folded text, or None if it is not made for that."""
    tokens = _tokens(fragment)
    if tokens is None:
        return None
    image: list[str] = []
    for at, token in enumerate(tokens):
        opening = "".join(tokens[at:at + 4])
        if opening.startswith("(?") and not opening.startswith(_GROUP_OPENINGS):
            return None  # a negative lookaround or a flag: either can tell "\n" from a space
        if token in ("^", "$"):
            return None
        if not token.startswith("\\") and any(map(_folds_unlike_re, token)):
            return None
        if token in (" ", "\\ "):
            image.append(_FOLDED_SPACE)
        elif token == ".":
            image.append(r"[\s\S]")
        elif token.startswith("[^") and "\\n" in token:
            return None  # a class that takes a space but not a "\n"
        elif token.startswith("[") and " " in token and not token.startswith("[^"):
            image.append(token[:-1] + "\\n]")
        else:
            image.append(token)
    return "".join(image)


def _folds_unlike_re(char: str) -> bool:
    """Whether lower() may not fold a text's characters as re's IGNORECASE matches them to this
    one: a capital, or a letter outside ASCII (only ASCII ones are known to fold alike)."""
    cased = char.lower() != char or char.upper() != char
    return cased and not (char.isascii() and char.islower())


def _literal_stretches(fragment: str) -> list[str]:
    """The stretches of literal text (lower case, ASCII) every match of a fragment holds: its
    plain text outside groups and classes, cut wherever anything else stands. Empty if it has a
    ``|`` outside groups, or syntax not read.

    >>> _literal_stretches(r"follow \\S{1,40} on (?:twitter|x)\\b")
    ['follow', 'on']
    """
    stretches = [""]
    depth = 0
    for token in _tokens(fragment) or []:
        if token == "|" and depth == 0:
            return []
        depth += (token == "(") - (token == ")")
        if token[0] in _QUANTIFIERS:
            stretches[-1] = stretches[-1][:-1]  # the character before it may be missing
        if depth == 0 and _literal(token):
            stretches[-1] += _literal(token).lower()
        else:
            stretches.append("")
    return [stretch.strip() for stretch in stretches if stretch.strip()]


def _literal(token: str) -> str:
    """The ASCII character a token stands for literally ("\\(" for "("), or ""."""
    if token.startswith("\\"):
        char = "" if token[1] in _CLASS_ESCAPES else token[1]
    else:
        char = token if len(token) == 1 and token not in _SPECIAL else ""
    return char if char.isascii() and (char == " " or not char.isspace()) else ""


def _single(tokens: list[str], at: int) -> str:
    """The token at ``at`` if it stands for exactly one character (a literal, a class)."""
    if not 0 <= at < len(tokens):
        return ""
    token = tokens[at]
    single = _literal(token) or (token.startswith("[") and not token.startswith("[^"))
    return token if single and not _quantified(tokens, at) and token not in _SPECIAL else ""


def _quantified(tokens: list[str], at: int) -> bool:
    """Whether a repeat count (``?``, ``*``, ``+``, ``{...}``) follows the token at ``at``."""
    return at + 1 < len(tokens) and tokens[at + 1][0] in _QUANTIFIERS


def _top_level_bars(tokens: list[str]) -> list[int]:
    """Where the tokens hold a ``|`` outside any group."""
    bars = []
    depth = 0
    for at, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            bars.append(at)
    return bars


def _folded_literal(text: str) -> str:
    return re.escape(text).replace("\\ ", _FOLDED_SPACE)


# -- alternations that fail fast -----------------------------------------------------------------
# A regex tries the branches of an alternation in turn, but skips a branch at once when it starts
# with a literal character that does not match. So the screen's alternations are built of
# branches that start with one, and those with the same first character share it.


def _ways(fragment: str) -> list[str]:
    """A fragment cut at each ``|`` outside groups: the ways it matches, one of which any match
    takes (the fragment itself when it has no such ``|``, or syntax not read)."""
    tokens = _tokens(fragment)
    if tokens is None:
        return [fragment]
    cuts = [-1, *_top_level_bars(tokens), len(tokens)]
    return ["".join(tokens[a + 1:b]) for a, b in itertools.pairwise(cuts)]


def _alternatives(branches: list[tuple[str, str]], depth: int = 2) -> str:
    """``(first character, rest)`` branches as one alternation: ``a(?:ccept...|d)|c(?:...)``.
    The rests after a shared character are shared the same way in turn (a trie): a line that
    opens "the ..." is then turned away at its third character by the one branch that starts
    "th", where each "t" branch was tried in full. Branches without a first character share a
    first class the same way. (A key is a literal character or a class, never both: see
    :func:`_literal`.)"""
    by_first: dict[str, list[str]] = {}
    for first, rest in branches:
        if not first:  # a class (or a class escape) opens many: "\d\d{0,1}:", "\d\d{5} gmt"
            first, rest = _first_class(rest)
        by_first.setdefault(first, []).append(rest)
    return "|".join(
        _after(first, list(dict.fromkeys(rests)), depth) if first else "|".join(rests)
        for first, rests in by_first.items()
    )


def _after(first: str, rests: list[str], depth: int) -> str:
    """``first(?:rest|rest...)``, the rests shared in turn while ``depth`` lasts (each level
    costs start-up time: two levels take most of the gain)."""
    if len(rests) == 1 or depth <= 1:
        return first + "(?:" + "|".join(rests) + ")"
    shared = _alternatives([_first_character(rest) for rest in rests], depth - 1)
    return first + "(?:" + shared + ")"


def _first_class(image: str) -> tuple[str, str]:
    """An image as its first token, when that stands for one character of a class ("[a-z]",
    "\\d") and is not repeated, and the rest; or ("", image). Branches that open with the same
    class then share it: a regex checks it once at each line, not once for each of them."""
    tokens = _tokens(image) or []
    if (len(tokens) < 2 or _literal(tokens[0]) or not _one_character(tokens[0])
            or _quantified(tokens, 0) or _top_level_bars(tokens)):
        return "", image
    return tokens[0], image[len(tokens[0]):]


def _branches(image: str) -> list[tuple[str, str]]:
    """An image as branches: a leading ``(?:a|b)`` or ``(?:a)?`` is opened up into a branch for
    each way in, so that each can start with a literal character."""
    tokens = _tokens(image) or []
    if tokens[:3] != ["(", "?", ":"]:
        opened = _open_repeat(tokens)
        if opened is not None:
            return [branch for way in opened for branch in _branches(way)]
        return [_first_character(_possessive(image))]
    close = _group_end(tokens)
    inside, rest = tokens[3:close], tokens[close + 1:]
    cuts = [-1, *_top_level_bars(inside), len(inside)]
    ways = ["".join(inside[a + 1:b]) for a, b in itertools.pairwise(cuts)]
    if rest[:1] == ["?"] and not _quantified(rest, 0):
        ways, rest = [*ways, ""], rest[1:]  # an optional group: a way round it too
    elif _quantified(tokens, close):
        # A group repeated at least once, "(?:facebook|twitter){3,12}", as the group once and
        # then one repeat fewer, so that the group's ways are opened as above.
        again = _one_fewer(tokens[close + 1])
        if again is None or _quantified(tokens, close + 1):
            return [_first_character(image)]
        group = "".join(tokens[:close + 1])
        return _branches(group + (group + again if again else "") + "".join(tokens[close + 2:]))
    return [branch for way in ways for branch in _branches(way + "".join(rest))]


def _open_repeat(tokens: list[str]) -> list[str] | None:
    """A leading repeated character as ways in that each start with one character (a literal or
    a class), which a regex tests before it tries the branch at all: ``-?x`` as ``-x`` and
    ``x``, ``\\d{1,2}x`` as ``\\d\\d{0,1}x``. They match what the image matches. None when the
    image starts otherwise, or holds a ``|`` outside groups, or the repeat is lazy, possessive,
    or may take nothing but more than once (``*``, ``{0,3}``: left as they are)."""
    if len(tokens) < 3 or not _one_character(tokens[0]) or not _quantified(tokens, 0):
        return None
    if _quantified(tokens, 1) or _top_level_bars(tokens):
        return None
    first, count, rest = tokens[0], tokens[1], "".join(tokens[2:])
    if count == "?":
        return [first + rest, rest]
    again = _one_fewer(count)
    if again is None:
        return None
    return [first + (first + again if again else "") + rest]


def _one_fewer(count: str) -> str | None:
    """The repeat count for what is left once one repetition is taken: ``+`` as ``*``,
    ``{2,5}`` as ``{1,4}``, ``""`` when none is left (``{1}``, ``{1,1}``). None for a count
    that may take nothing (``?``, ``*``, ``{0,3}``) or is not read."""
    if count == "+":
        return "*"
    bounds = _REPEAT_COUNT.fullmatch(count)
    if bounds is None or not bounds["low"] or int(bounds["low"]) < 1:
        return None
    low = int(bounds["low"]) - 1
    if bounds["comma"] is None:
        return f"{{{low}}}" if low else ""
    if not bounds["high"]:
        return f"{{{low},}}"
    high = int(bounds["high"]) - 1
    return "" if high == 0 else f"{{{low}}}" if low == high else f"{{{low},{high}}}"


def _possessive(image: str) -> str:
    """The image with each repeated character that the next character cannot match taken whole
    (``[a-z]{2,4}/`` as ``[a-z]{2,4}+/``): the run it matches is the longest there is, since
    giving back a character could never let the next one match. The same matches, found without
    trying every shorter run at each line that only starts like one."""
    tokens = _tokens(image)
    if tokens is None:
        return image
    depth = 0
    for at, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        count = tokens[at + 1] if _quantified(tokens, at) else ""
        ranged = count in ("?", "*", "+") or (count.startswith("{") and "," in count)
        if (depth == 0 and ranged and _one_character(token) and not _quantified(tokens, at + 1)
                and _cannot_follow(token, tokens[at + 2:])):
            tokens[at + 1] += "+"
    return "".join(tokens)


def _cannot_follow(repeated: str, tokens: list[str]) -> bool:
    """Whether ``tokens`` must start with a literal character that ``repeated`` cannot match."""
    if tokens[:3] == ["(", "?", ":"]:
        close = _group_end(tokens)
        inside = tokens[3:close]
        return (not _top_level_bars(inside) and not _may_be_missing(tokens, close)
                and _cannot_follow(repeated, inside))
    character = _literal(tokens[0]) if tokens else ""
    return (bool(character) and not _may_be_missing(tokens, 0)
            and re.fullmatch(repeated, character) is None)


def _may_be_missing(tokens: list[str], at: int) -> bool:
    """Whether the token at ``at`` is repeated in a way that lets it match nothing."""
    return _quantified(tokens, at) and (
        tokens[at + 1] in ("?", "*") or tokens[at + 1].startswith(("{0", "{,")))


def _one_character(token: str) -> bool:
    """Whether a token stands for exactly one character: a literal, a class, a class escape."""
    if token.startswith("\\"):
        return token[1] not in "bB"
    return bool(_literal(token)) or token.startswith("[")


_REPEAT_COUNT = re.compile(r"\{(?P<low>\d*)(?P<comma>,)?(?P<high>\d*)\}")


def _group_end(tokens: list[str]) -> int:
    """Where the group the tokens open with closes."""
    depth = 0
    for at, token in enumerate(tokens):
        depth += (token == "(") - (token == ")")
        if depth == 0:
            return at
    return len(tokens)


def _first_character(image: str) -> tuple[str, str]:
    """An image as its literal first character and the rest, or ("", image) when it starts
    otherwise (a group, a class, a repeated character) or has a ``|`` outside groups."""
    tokens = _tokens(image) or []
    if len(tokens) < 2 or not _literal(tokens[0]) or _quantified(tokens, 0):
        return "", image
    if _top_level_bars(tokens):
        return "", image
    return tokens[0], image[len(tokens[0]):]


SCREEN = build_screen(FAMILIES)
