"""Detect the scheme of romanized text from its fingerprints.

Each scheme table's ``@evidence`` rows (a pattern and a weight) and ``@evidence-words``
rows (the whole words of one of its passes) are its fingerprints; a text's score for a
scheme is the sum of the weights of its matches, and the best score wins (ties: the
scheme's ``@priority``).  Most of this module makes that cheap without changing any
answer: prefilters that skip a scheme none of whose fingerprints can match, and a first
scheme that wins at once where no other can score.  ``detect_text`` names the scheme of a
text, ``rank`` orders every scheme, ``detect_spans`` gives a word that argues against the
text's scheme to another one.  Nothing here knows any scheme: the fingerprints are rows
of the tables.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from operator import attrgetter

import regex

from .engine import fast_pattern
from .pipeline import registry, table
from .table import LETTER


@cache
def _evidence() -> tuple[tuple[str, regex.Pattern[str], tuple[float, ...], frozenset[str] | None], ...]:
    """One pattern per scheme: its fingerprints as alternatives, with their weights, and the
    characters one of which every positive fingerprint needs (None: no such small set).

    A scheme with no positive fingerprint can never win and is left out.  (detect_text
    runs the sub-patterns of _rows instead; this is the whole of each scheme's evidence
    but its @evidence-words, which _word_hits finds.)
    """
    out = []
    for s in registry().values():
        rows = table(f"schemes/{s.path.stem}").evidence
        if not _has_positive(s.id):
            continue
        pattern, weights = _compile([(source, weight) for source, weight, _ in rows])
        triggers: frozenset[str] | None = frozenset()
        for source, weight, _ in rows:
            if weight > 0:
                need = _required(source)
                triggers = None if need is None or triggers is None else triggers | need
        out.append((s.id, pattern, weights, triggers))
    return tuple(out)


@cache
def _rows() -> tuple[tuple[str, int, int, int, regex.Pattern[str], tuple[float, ...], regex.Pattern[str] | None, tuple[float, ...]], ...]:
    """Per scheme with a positive fingerprint: three bit masks over every scheme's rows (see
    _triggers): its rows, its positive rows, its rare rows (those that need a character
    most texts lack: see _EVERYDAY); then its pattern and weights with every
    row, and without the rare rows (None: it has none, or only rare positive ones)."""
    out = []
    bit = 0
    for s in registry().values():
        rows = table(f"schemes/{s.path.stem}").evidence
        if not _has_positive(s.id):
            continue
        mine = positive = rare = 0
        common = []
        for source, weight, _ in rows:
            need = _required(source)
            mine |= 1 << bit
            if weight > 0:
                positive |= 1 << bit
            if need is not None and not any(c in _EVERYDAY for c in need):
                rare |= 1 << bit
            else:
                common.append((source, weight))
            bit += 1
        full = _compile([(source, weight) for source, weight, _ in rows])
        base = _compile(common) if any(w > 0 for _, w in common) else (None, ())
        out.append((s.id, mine, positive, rare, *full, *base))
    return tuple(out)


def _compile(rows: list[tuple[str, float]]) -> tuple[regex.Pattern[str] | re.Pattern[str], tuple[float, ...]]:
    source = "|".join(f"({_guarded(source)})" for source, _ in rows) or "(?!)"  # no rows: no match
    return fast_pattern(source), (0.0, *(weight for _, weight in rows))


def _has_positive(sid: str) -> bool:
    """Whether the scheme has a fingerprint that can make it win: a positive @evidence or
    @evidence-words row.  A scheme with none is left out of detection."""
    t = table(f"schemes/{registry()[sid].path.stem}")
    return any(w > 0 for _, w, _ in t.evidence) or any(w > 0 for _, w, _ in t.word_evidence)


@cache
def _word_rows() -> tuple[tuple[str, frozenset[str], float], ...]:
    """(scheme id, words, weight) for every @evidence-words row of every scheme."""
    return tuple(
        (s.id, words, weight)
        for s in registry().values()
        for words, weight, _ in table(f"schemes/{s.path.stem}").word_evidence
    )


# A word of typed text for @evidence-words: a run of letters.
_TYPED_WORD = re.compile(r"[^\W\d_]+")


def _word_hits(text: str) -> dict[str, list[tuple[int, int, float]]]:
    """Per scheme, the words of the text that its @evidence-words rows list (in lower case,
    or capitalized as typed: Hariri for hariri), as (start, end, weight) hits."""
    # The form _hits looks a word up in, when it does, is the word in lower case (a string
    # with no upper or title case letter, which islower asks, is its own lower case: see
    # tests), so a text none of whose words is listed in lower case has no hit.
    if listed_words().isdisjoint(map(str.lower, _TYPED_WORD.findall(text))):
        return {}
    return _hits(text)


@cache
def listed_words() -> frozenset[str]:
    """Every word of every @evidence-words row (a table's list of names, in lower case): a
    text with none of them has no hit, and most texts have none."""
    return frozenset().union(*(words for _, words, _ in _word_rows()))


def _hits(text: str) -> dict[str, list[tuple[int, int, float]]]:
    """_word_hits, word by word."""
    out: dict[str, list[tuple[int, int, float]]] = {}
    for m in _TYPED_WORD.finditer(text):
        word = m.group()
        if not word.islower():
            rest = word[1:]
            if not word[0].isupper() or (rest and not rest.islower()):
                continue
            word = word[0].lower() + rest
        for sid, words, weight in _word_rows():
            if word in words:
                out.setdefault(sid, []).append((m.start(), m.end(), weight))
    return out


@cache
def _guarded(source: str) -> str:
    """The pattern, behind a lookahead for the characters its matches can start with when it
    opens with a zero-width test (a word edge): the same matches, but most positions fail
    on one character instead of running the lookarounds.  A pattern that starts with a
    character, or whose first characters are not a small set, or that can match the empty
    string, is left as it is."""
    import re._constants as c

    tree = _tree(source)
    if tree is None:
        return source
    if not tree or tree[0][0] in (c.LITERAL, c.IN) or tree.state.flags & ~(re.UNICODE | re.VERBOSE):
        return source

    def first(items) -> tuple[set[str], bool]:
        """(the characters a match can start with, whether it can be empty)"""
        chars: set[str] = set()
        for op, arg in items:
            found, empty = one(op, arg)
            chars |= found
            if not empty:
                return chars, False
        return chars, True

    def one(op, arg) -> tuple[set[str], bool]:
        if op is c.LITERAL:
            return {chr(arg)}, False
        if op is c.IN:
            members = _set_members(arg, 256)
            if members is None:
                raise ValueError(op)
            return set(members), False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            tested.append(op)
            return set(), True
        if op is c.SUBPATTERN:
            return first(arg[-1])
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            chars, empty = first(arg[2])
            return chars, empty or arg[0] == 0
        if op is c.BRANCH:
            out: set[str] = set()
            any_empty = False
            for branch in arg[1]:
                chars, empty = first(branch)
                out |= chars
                any_empty = any_empty or empty
            return out, any_empty
        raise ValueError(op)

    tested: list[int] = []  # the zero-width tests met before a first character
    try:
        chars, empty = first(tree)
    except ValueError:
        return source
    if empty or not chars or not tested:
        return source
    return "(?=[" + "".join(regex.escape(ch) for ch in sorted(chars)) + "])(?:" + source + ")"


@cache
def _triggers() -> tuple[dict[str, int], int]:
    """Character -> the rows (a bit mask) it can trigger; and the rows with no trigger set."""
    by_char: dict[str, int] = {}
    always = bit = 0
    for s in registry().values():
        rows = table(f"schemes/{s.path.stem}").evidence
        if not _has_positive(s.id):  # the schemes of _rows, in its order
            continue
        for source, _, _ in rows:
            need = _required(source)
            if need is None:
                always |= 1 << bit
            else:
                for c in need:
                    by_char[c] = by_char.get(c, 0) | (1 << bit)
            bit += 1
    return by_char, always


_ANYCHAR = "\x00-\U0010ffff"
# Characters most texts have: a fingerprint that needs only others is "rare" (see _rows).
_EVERYDAY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.,")
# Characters by how rarely they are likely to occur, for choosing a row's trigger set: a
# row that needs "a" or "ẗ" is better filtered on ẗ.
_COMMON = frozenset("aiuAIUāīūĀĪŪ")  # the vowels of every scheme, long ones too


def _cost(chars: frozenset[str]) -> int:
    return sum(100 if c in _COMMON else 50 if c.isascii() and c.isalpha() else 10 if c.isascii() else 1 for c in chars)


# How often romanized Arabic is likely to hold a character, for _anchor_cost: its vowels
# (a the most), the long ones, and the hyphen of al- and wa-.
_FREQUENT = {"a": 150, "i": 80, "u": 60, "ā": 60, "ī": 60, "ū": 30, "-": 50, " ": 20}


def _anchor_cost(chars: frozenset[str]) -> int:
    """How often a text is likely to hold one of the characters, for _anchor: _FREQUENT,
    else a small letter 50, a capital (at most one a word) or other ASCII 10, the rest 1."""
    return sum(_FREQUENT.get(c) or (50 if c.isascii() and c.islower() else 10 if c.isascii() else 1) for c in chars)


def _set_members(items, widest: int) -> frozenset[str] | None:
    """The characters of a parsed ``[...]`` set (its literals, ranges narrower than
    ``widest`` and white space ``\\s``), or None for a set that holds anything else
    (negation, other categories)."""
    import re._constants as c

    chars: set[str] = set()
    for kind, value in items:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < widest:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
            chars.update(_white_space())
        else:
            return None
    return frozenset(chars)


@cache
def _white_space() -> frozenset[str]:
    """Every character ``\\s`` matches: ``str.isspace`` holds them all, in ``re`` and in
    ``regex`` (whose Unicode White_Space is a subset), and all are in the BMP."""
    return frozenset(ch for ch in map(chr, range(0x10000)) if ch.isspace())


@cache
def _tree(source: str):
    """The pattern parsed by the stdlib (``\\p{L}`` and ``\\p{M}`` read as any character),
    or None when the stdlib cannot read it: what _required, _core and _guarded look at."""
    import re._parser as p

    try:
        return p.parse(source.replace(r"\p{L}", _ANYCHAR).replace(r"\p{M}", _ANYCHAR))
    except Exception:
        return None


@cache
def _required(source: str) -> frozenset[str] | None:
    """A small set of characters of which every match of the pattern contains one, or None.

    The prefilter of detect_text: a fingerprint none of whose characters occur in the text
    cannot match, so it is left out of the pattern that is run.
    """
    import re._constants as c

    tree = _tree(source)
    if tree is None:  # a pattern the stdlib cannot read: no prefilter for it
        return None

    def seq(items) -> frozenset[str] | None:
        best = None
        for item in items:
            need = one(*item)
            if need is not None and (best is None or _cost(need) < _cost(best)):
                best = need
        return best

    def one(op, arg) -> frozenset[str] | None:
        if op is c.LITERAL:
            return frozenset(chr(arg))
        if op is c.IN:
            return _set_members(arg, 512)
        if op is c.SUBPATTERN:
            return seq(arg[-1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return seq(arg[2]) if arg[0] >= 1 else None
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                need = seq(branch)
                if need is None:
                    return None
                union |= need
            return frozenset(union)
        return None  # lookarounds, anchors, categories, any character: no requirement

    return seq(tree)


_ANY = r"[\s\S]"
# The tables' letter class while _core parses a row: a character no row writes, so that a
# word edge can be told from the widened classes (see _core).
_LETTER_MARK = "\uE000"
# What _core writes for the letter class inside a negative test: the stdlib's letters, a
# part of what the rows' letter class holds there (engine.fast_pattern adds the marks), so
# the test holds wherever the row's does.
_SOME_LETTER = r"[^\W\d_]"


@cache
def _core_tree(source: str):
    """The pattern parsed by the stdlib as _tree does, but with the tables' letter class
    read as the one character _LETTER_MARK (None when the stdlib cannot read it)."""
    import re._parser as p

    if _LETTER_MARK in source:
        return None
    source = source.replace(LETTER, _LETTER_MARK)
    try:
        return p.parse(source.replace(r"\p{L}", _ANYCHAR).replace(r"\p{M}", _ANYCHAR))
    except Exception:
        return None


def _weaker(items, negated: bool) -> str:
    """The parsed items (of _core_tree) written back as a stdlib pattern that holds wherever
    they do: the same, but for the letter class, which inside a negative test becomes
    _SOME_LETTER.  ValueError for what this does not write back (anchors, the letter class
    or a widened class outside a negative test ...)."""
    import re._constants as c

    categories = {c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_DIGIT: r"\d",
                  c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    tests = {(c.ASSERT, 1): "(?=", (c.ASSERT_NOT, 1): "(?!", (c.ASSERT, -1): "(?<=", (c.ASSERT_NOT, -1): "(?<!"}

    def one(op, arg) -> str:
        if op is c.LITERAL:
            if arg != ord(_LETTER_MARK):
                return re.escape(chr(arg))
            if negated:
                return _SOME_LETTER
        elif op is c.NOT_LITERAL:
            return "[^" + re.escape(chr(arg)) + "]"
        elif op is c.IN:
            return "[" + "".join(member(kind, value) for kind, value in arg) + "]"
        elif op is c.SUBPATTERN:
            return "(?:" + _weaker(arg[-1], negated) + ")"
        elif op is c.BRANCH:
            return "(?:" + "|".join(_weaker(branch, negated) for branch in arg[1]) + ")"
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            lo, hi, body = arg
            top = "" if hi is c.MAXREPEAT else str(hi)
            return "(?:" + _weaker(body, negated) + "){%d,%s}" % (lo, top) + ("?" if op is c.MIN_REPEAT else "")
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            direction, body = arg
            return tests[op, direction] + _weaker(body, negated ^ (op is c.ASSERT_NOT)) + ")"
        raise ValueError(op)

    def member(kind, value) -> str:
        if kind is c.NEGATE:
            return "^"
        if kind is c.LITERAL and value != ord(_LETTER_MARK):
            return re.escape(chr(value))
        if kind is c.RANGE and value != (0, 0x10FFFF):  # that one: a widened \p
            return re.escape(chr(value[0])) + "-" + re.escape(chr(value[1]))
        if kind is c.CATEGORY and value in categories:
            return categories[value]
        raise ValueError(kind)

    return "".join(one(op, arg) for op, arg in items)


def _after_first(tests) -> str:
    """Zero-width tests that stand before a pattern's first character, written (_weaker) to
    run after it instead: a lookahead of one character becomes a lookbehind, a lookbehind
    looks one character further back.  They hold where the tests did, but run only where
    that character is.  Empty (no test: a superset) for a test this cannot move."""
    import re._constants as c

    def move(items) -> str:
        return "".join(one(op, arg) for op, arg in items)

    def one(op, arg) -> str:
        if op is c.SUBPATTERN:
            return "(?:" + move(arg[-1]) + ")"
        if op is c.BRANCH:
            return "(?:" + "|".join(move(branch) for branch in arg[1]) + ")"
        if op is c.ASSERT or op is c.ASSERT_NOT:
            direction, body = arg
            negated = op is c.ASSERT_NOT
            opener = "(?<!" if negated else "(?<="
            if direction == 1 and body.getwidth() == (1, 1):
                return opener + _weaker(body, negated) + ")"
            if direction == -1:
                return opener + _weaker(body, negated) + _ANY + ")"
        raise ValueError(op)

    try:
        return move(tests)
    except ValueError:
        return ""


@cache
def _core(source: str, edges: bool = False) -> str | None:
    """A pattern source that finds a match wherever the pattern has one (or None).

    The pattern with its zero-width assertions (lookarounds, anchors) dropped and every
    negated or property class widened to any character: it matches a superset of the text
    the pattern matches, so text in which the core finds nothing holds no match of the
    pattern.  The prefilter of _scored: a plain ``re`` search costs a fraction of the
    ``regex`` scan with its word-edge lookbehinds at every position.

    With ``edges`` (for rows that run in the stdlib: see _prefilters), the word edges stay
    (_weaker): one after the core's first character (DMG's ``ā#``) where it is, one just
    before it (``#l-``) moved behind it (_after_first).  Such a test costs little, as it
    runs only where that character is, and makes the prefilter far more selective.
    """
    import re._constants as c

    tree = _core_tree(source) if edges else _tree(source)
    if tree is None:  # a pattern the stdlib cannot read: no prefilter for it
        return None
    if tree.state.flags & ~(re.UNICODE | re.VERBOSE):
        return None

    def seq(items) -> str:
        return "".join(one(op, arg) for op, arg in items)

    def one(op, arg) -> str:
        if op is c.LITERAL:
            return _ANY if edges and arg == ord(_LETTER_MARK) else re.escape(chr(arg))
        if op is c.IN:
            if any(kind is not c.LITERAL and (kind is not c.RANGE or _[1] - _[0] > 0xFFF) for kind, _ in arg):
                return _ANY  # negated, a category or a wide range: widened
            if edges and (c.LITERAL, ord(_LETTER_MARK)) in arg:
                return _ANY  # the letter class, folded into a set by the parser ((.|\s) -> [.\s])
            parts = []
            for kind, value in arg:
                if kind is c.LITERAL:
                    parts.append(re.escape(chr(value)))
                else:
                    parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
            return "[" + "".join(parts) + "]"
        if op is c.NOT_LITERAL or op is c.ANY:
            return _ANY
        if op is c.SUBPATTERN:
            return "(?:" + seq(arg[-1]) + ")"
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            lo, hi, body = arg
            top = "" if hi is c.MAXREPEAT else str(hi)
            return "(?:" + seq(body) + "){%d,%s}" % (lo, top)
        if op is c.BRANCH:
            return "(?:" + "|".join(seq(branch) for branch in arg[1]) + ")"
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return ""  # zero-width: dropped (a superset)
        raise ValueError(op)  # anything else (back references ...): no prefilter

    def empty(op, arg) -> bool:  # can match the empty string
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return True
        if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
            return arg[0] == 0 or all(empty(*item) for item in arg[2])
        if op is c.SUBPATTERN:
            return all(empty(*item) for item in arg[-1])
        if op is c.BRANCH:
            return any(all(empty(*item) for item in branch) for branch in arg[1])
        return False

    def zero(op, arg) -> bool:  # only ever matches the empty string: a test
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return True
        if op is c.SUBPATTERN:
            return all(zero(*item) for item in arg[-1])
        if op is c.BRANCH:
            return all(zero(*item) for branch in arg[1] for item in branch)
        return False

    def test(op, arg) -> str:
        """A test after the first character: as it is where it can be, else dropped."""
        try:
            return _weaker([(op, arg)], False)
        except ValueError:
            return ""

    def top(items) -> str:
        """Only whether a match exists counts: a branch of the whole pattern is a pattern of
        its own, edges that can match empty are dropped (but, with ``edges``, a closing
        test), and an edge repeat is repeated only its minimum number of times (text with
        a match holds such a shorter one too).  Any run of the items finds a match
        wherever they all do."""
        items = list(items)
        lead = []
        while items and empty(*items[0]):
            lead.append(items.pop(0))
        while items and empty(*items[-1]) and not (edges and zero(*items[-1])):
            items.pop()
        if len(items) == 1 and items[0][0] is c.SUBPATTERN:
            return top(items[0][1][-1])
        if len(items) == 1 and items[0][0] is c.BRANCH:
            return "|".join(f"(?:{top(branch)})" for branch in items[0][1][1])
        out = [test(op, arg) if edges and zero(op, arg) else one(op, arg) for op, arg in items]
        for i in {0, len(items) - 1} if items else ():
            op, arg = items[i]
            if op is c.MAX_REPEAT or op is c.MIN_REPEAT:
                out[i] = "(?:" + seq(arg[2]) + "){%d}" % arg[0]
        if edges and lead and items and all(zero(*item) for item in lead) and items[0][0] in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            out[0] += _after_first(lead)
        return "".join(out)

    try:
        core = top(tree)
        re.compile(core)
    except (ValueError, re.error, RecursionError):
        return None
    return core


@cache
def _prefilters(positive: bool) -> tuple[Callable[[str], object] | None, ...]:
    """Per scheme of _rows: the ``search`` of a stdlib ``re`` that finds something in any
    text where one of its positive rows matches (``positive``), or any of its rows (None:
    a row has no core, so no prefilter)."""
    return tuple(None if cores is None else _search(cores) for cores in _cores(positive))


@cache
def _cores(positive: bool) -> tuple[tuple[str, ...] | None, ...]:
    """Per scheme of _rows: the cores of its positive rows (``positive``) or of all its rows
    (None: a row has no core).  They keep their word edges (_core with ``edges``) when the
    scheme's patterns run in the stdlib, which reads the letter class as _weaker assumes."""
    out: list[tuple[str, ...] | None] = []
    for sid, _, _, _, full, _, base, _ in _rows():
        rows = table(f"schemes/{registry()[sid].path.stem}").evidence
        edges = all(isinstance(pattern, re.Pattern) for pattern in (full, base) if pattern is not None)
        cores = tuple(_core(source, edges) for source, weight, _ in rows if weight > 0 or not positive)
        out.append(None if any(core is None for core in cores) else cores)  # type: ignore[arg-type]
    return tuple(out)


def _search(cores: tuple[str, ...]) -> Callable[[str], object]:
    """The search of one pattern that finds something where one of the cores does."""
    anchored = _anchored(cores)
    return re.compile(anchored[0] if anchored else "|".join(f"(?:{core})" for core in cores)).search


def _anchored(cores: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """One stdlib pattern that finds something where one of the cores does, shaped for the
    stdlib's fast search: ``[C](?<=...)``.  Each alternative of each core is anchored on
    its rarest character (_anchor); the search skips in C to a character of C, one of the
    anchors, and there looks back for an alternative anchored on it, run from where it would
    start.  A plain alternation instead tries every core at every position.  With the
    pattern, C; None: an alternative with no anchor."""
    groups: dict[tuple[frozenset[str], int], list[str]] = {}
    for core in cores:
        found = _core_anchors(core)
        if found is None:
            return None
        for chars, offset, rest in found:
            groups.setdefault((chars, offset), []).append(rest)
    anchors = frozenset().union(*(chars for chars, _ in groups))
    # The anchors that anchor the same alternatives, as one class each: at a character of
    # C, the search tries one look back per class, most of them rejected on one comparison.
    classes: dict[tuple[tuple[frozenset[str], int], ...], set[str]] = {}
    for ch in sorted(anchors):  # (sorted: the same pattern in every process)
        classes.setdefault(tuple(key for key in groups if ch in key[0]), set()).add(ch)
    looks = []
    for keys, members in sorted(classes.items(), key=lambda item: -_anchor_cost(frozenset(item[1]))):
        back = "|".join(
            f"(?<=(?:{'|'.join(f'(?={rest})' for rest in groups[key])}){_ANY}{{{key[1] + 1}}})" for key in keys
        )
        looks.append(f"{_char_set(frozenset(members))}(?:{back})")
    return f"{_char_set(anchors)}(?<=" + "|".join(looks) + ")", anchors


@cache
def _core_anchors(core: str) -> tuple[tuple[frozenset[str], int, str], ...] | None:
    """(anchor, offset, pattern run from the start) for each alternative of the core (see
    _anchors), or None: one has no anchor, or is not written back."""
    import re._parser as p

    tree = p.parse(core)
    out = []
    for found in _anchors(tree.state, list(tree)):
        if found is None:
            return None
        _, chars, offset, rest = found
        try:
            out.append((chars, offset, _weaker(rest, False)))
        except ValueError:
            return None
    return tuple(out)


def _char_set(chars: frozenset[str]) -> str:
    if len(chars) == 1:
        return re.escape(next(iter(chars)))  # a literal: the cheapest test
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _anchors(state, items: list, depth: int = 0) -> list[tuple[tuple[int, int], frozenset[str], int, list] | None]:
    """_anchor of each alternative of the items: the items', or when that anchor is not the
    best kind and the items hold alternatives (``(ullah|allah)#``), those of the items with
    the first alternatives written out one by one, if none of these is worse."""
    import re._constants as c

    found = _anchor(state, items)
    fork = next((i for i, item in enumerate(items) if item[0] is c.BRANCH), None)
    if (found is not None and found[0][0] == 0) or fork is None or depth > 3:
        return [found]
    split = [
        anchor
        for branch in items[fork][1][1]
        for anchor in _anchors(state, items[:fork] + list(branch) + items[fork + 1 :], depth + 1)
    ]
    if found is None or (None not in split and max(anchor[0] for anchor in split) < found[0]):  # type: ignore[index]
        return split
    return [found]


def _anchor(state, items: list) -> tuple[tuple[int, int], frozenset[str], int, list] | None:
    """(its rank, the characters, the offset from the start, the items to run from that
    start) of the best character a match of the items holds at a fixed place, or None.

    The best is a rare one (_anchor_cost) at a fixed offset from the start; then one at no
    fixed offset (past a part of varying width), which opens what is left, run without what
    precedes it (a superset); then a commoner one, on the same terms."""
    import re._constants as c
    import re._parser as p

    best = None
    offset: int | None = 0
    for i, (op, arg) in enumerate(items):
        chars = _item_chars(op, arg)
        if chars is None and op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1 and len(arg[2]) == 1:
            chars = _item_chars(*arg[2][0])  # X{3,}: its first X stands here
        if chars:
            cost = _anchor_cost(chars)
            rank = (2 * (cost > 10) + (offset is None), cost)
            if best is None or rank < best[0]:
                best = (rank, chars, *((offset, items) if offset is not None else (0, items[i:])))
        low, high = p.SubPattern(state, [(op, arg)]).getwidth()
        offset = offset + low if offset is not None and low == high else None
    return best


def _item_chars(op, arg) -> frozenset[str] | None:
    """The characters one item of a parsed pattern matches, if it is one character."""
    import re._constants as c

    return frozenset(chr(arg)) if op is c.LITERAL else _set_members(arg, 512) if op is c.IN else None


def _found(text: str, start: int = 0) -> object:
    return text  # the prefilter of a scheme that has none: never None


@cache
def _plan() -> tuple[tuple[str, int, int, Callable[[str], object], regex.Pattern[str], tuple[float, ...], regex.Pattern[str], tuple[float, ...]], ...]:
    """Per scheme of _rows, flat: id, positive and rare row masks, the prefilter of its
    positive rows (_prefilters; one that always finds when there is none), the pattern and
    weights to run when a rare row is live, and those when none is."""
    out = []
    for (sid, _, positive, rare, full, weights, base, base_weights), pos in zip(_rows(), _prefilters(True)):
        if base is None:
            base, base_weights = full, weights
        out.append((sid, positive, rare, pos or _found, full, weights, base, base_weights))
    return tuple(out)


_Entry = tuple[str, Callable[..., object], frozenset[str], regex.Pattern[str], tuple[float, ...], regex.Pattern[str], tuple[float, ...]]


@cache
def _detect_plan() -> tuple[tuple[_Entry, ...], Callable[..., object]]:
    """_plan for _detect, which runs no trigger test (_active) of its own.

    Per scheme: its id; the prefilter of its positive rows (where it has none: the trigger
    test of those rows); the trigger characters of its rare rows (one in the text: run the
    pattern with every row, else the one without them); those patterns and their weights.
    Then the prefilters of every scheme but the first as one search: where it finds
    nothing, the first wins (see _detect).
    """
    by_char, always = _triggers()
    every: list[_Entry] = []
    for sid, positive, rare, pos, full, weights, base, base_weights in _plan():
        if pos is _found:
            pos = _has_any(frozenset(ch for ch, rows in by_char.items() if rows & positive), bool(always & positive))
        rare_chars = frozenset(ch for ch, rows in by_char.items() if rows & rare)
        every.append((sid, pos, rare_chars, full, weights, base, base_weights))
    first = next(iter(registry()))
    theirs = [cores for (sid, *_), cores in zip(_rows(), _cores(True)) if sid != first]
    joint = [core for cores in theirs if cores is not None for core in cores]
    others = _search(tuple(joint)) if None not in theirs else _found
    return tuple(every), others


def _has_any(chars: frozenset[str], always: bool) -> Callable[..., object]:
    """A prefilter that finds the text when it holds one of the characters (or always)."""
    if always:
        return _found
    return lambda text, start=0: None if chars.isdisjoint(text) else text


def _active(text: str) -> int:
    """The rows (a bit mask over every scheme's rows) one of whose trigger characters the
    text holds, and those with no trigger set (see _triggers)."""
    by_char, active = _triggers()
    get = by_char.get
    for ch in set(text):
        active |= get(ch, 0)
    return active


def _scored(text: str, positive_only: bool = False, force: frozenset[str] | dict = frozenset()):
    """(scheme id, pattern, weights) for every scheme that can score in NFC text: a scheme
    none of whose positive rows can match is skipped, and the rows of a scheme that need a
    rare character the text lacks are left out of the pattern run.

    A scheme that passes the trigger test must also pass its prefilter (_core): with
    ``positive_only`` (what _detect computes: a scheme with no positive match cannot win) the
    one of its positive rows, else that of all its rows; a scheme whose prefilter finds
    nothing has no match (of those rows) at all, so leaving it out changes no score."""
    active = _active(text)
    every = _prefilters(False)
    for i, (sid, positive, rare, pos, full, weights, base, base_weights) in enumerate(_plan()):
        if sid in force:  # it has word evidence: every row of it counts
            yield sid, full, weights
        elif active & positive and (pos if positive_only else every[i] or _found)(text) is not None:
            if active & rare:
                yield sid, full, weights
            else:
                yield sid, base, base_weights


def _scores(text: str) -> list[tuple[str, float, list[tuple[int, int, float]]]]:
    """Each scheme's total evidence in NFC text (only schemes with some), with the matches."""
    words = _word_hits(text)
    out = []
    for sid, pattern, weights in _scored(text, force=words):
        hits = [(m.start(), m.end(), weights[m.lastindex]) for m in pattern.finditer(text)]
        hits += words.get(sid, ())
        if hits:
            out.append((sid, sum(h[2] for h in hits), hits))
    return out


_LASTINDEX = attrgetter("lastindex")


def _detect(text: str) -> str:
    """_scored(text, True), each scheme's matches summed, the best kept (inlined: this is
    the hot path of every auto-detected call).

    No trigger test (_active): a scheme whose positive rows have no trigger in the text
    cannot score above 0, so cannot win, and its prefilter (_anchored) skips to the anchors,
    rarer than triggers, as fast.  The schemes that can score above 0 (those with word hits
    or whose prefilter finds something) are found first: when there are none, or the only
    one is the first scheme, which wins ties and text with no evidence, no pattern needs
    to run; one search tells whether a scheme but the first is among them, and where the
    prefilters of those need to start: its anchors are theirs (_anchored), so none of them
    has one before the place that search stops at.
    """
    every, others = _detect_plan()
    first = next(iter(registry()))
    words = _word_hits(text)
    found = others(text)
    if found is None:
        if not words:  # most texts
            return first
        start = 0
    else:  # no other scheme's prefilter can find anything before
        start = found.start() if isinstance(found, re.Match) else 0
    live = [
        entry
        for entry in every
        if (words and entry[0] in words) or entry[1](text, 0 if entry[0] == first else start) is not None
    ]
    if not live or (len(live) == 1 and live[0][0] == first):
        return first
    best, best_score = first, 0.0
    for sid, _, rare_chars, full, weights, base, base_weights in live:
        hits = words.get(sid) if words else None
        if hits or not rare_chars.isdisjoint(text):
            pattern, weights = full, weights
        else:
            pattern, weights = base, base_weights
        score = sum(map(weights.__getitem__, map(_LASTINDEX, pattern.finditer(text))))
        if hits:
            score += sum(hit[2] for hit in hits)
        if score > best_score:  # registry order is priority order: ties keep the first
            best, best_score = sid, score
    return best


def compile_all() -> None:
    """Compile every pattern detection runs (see pipeline.compile_all)."""
    _detect_plan()
    _evidence()
    _prefilters(False)
    listed_words()


def detect_text(text: str) -> str:
    """The scheme whose fingerprints weigh most in the text as typed (ties: priority).

    Each scheme's patterns are matched on their own, so one scheme's fingerprint never
    hides another's at the same place; within a scheme its rows are one alternation in
    file order (leftmost match, first row at a position, matches never overlap), and a
    scheme's score is the sum of its matches' weights.  What is skipped cannot change the
    answer: a scheme whose prefilter (_core: a stdlib ``re`` that matches wherever one of
    its positive rows can, run from a rare character: _anchored) finds nothing cannot
    score above 0, and when no scheme but the first can, the first wins without a pattern
    run (_detect).  A fingerprint none of whose trigger characters is in the text
    (_required) is left out of the pattern run.  A row that opens with a word edge runs
    behind a lookahead for its first characters (_guarded).
    """
    return _detect(unicodedata.normalize("NFC", text))


def totals(text: str) -> dict[str, float]:
    """Each scheme's evidence in NFC text, every row counted (negative ones too, and those
    of a scheme with no positive match here): summed over the names of a line, the evidence
    of the line (see spans.find).  Schemes with no evidence are left out."""
    active = _active(text)
    words = _word_hits(text)
    out: dict[str, float] = {}
    for (sid, mine, _, rare, full, weights, base, base_weights), pre in zip(_rows(), _prefilters(False)):
        hits = words.get(sid) if words else None
        if not hits and (not active & mine or (pre is not None and pre(text) is None)):
            continue  # no row of it can match here
        pattern, by_row = (full, weights) if hits or base is None or active & rare else (base, base_weights)
        total = sum(map(by_row.__getitem__, map(_LASTINDEX, pattern.finditer(text))))
        if hits:
            total += sum(hit[2] for hit in hits)
        if total:
            out[sid] = total
    return out


def best(evidence: dict[str, float]) -> str:
    """The scheme with the most evidence (above 0; ties and none: priority)."""
    winner, most = next(iter(registry())), 0.0
    for sid in registry():
        if evidence.get(sid, 0.0) > most:
            winner, most = sid, evidence[sid]
    return winner


def rank(text: str) -> list[str]:
    """Every scheme id, best first: by the text's evidence, then by priority."""
    totals = {sid: score for sid, score, _ in _scores(unicodedata.normalize("NFC", text))}
    order = list(registry())
    return sorted(order, key=lambda sid: -totals.get(sid, 0.0))  # stable: priority breaks ties


def unopposed(text: str) -> list[str]:
    """The schemes with evidence for them in the text and none against them, best first
    (by the text's evidence, then priority): the ones that may read it whole when the
    detected scheme cannot."""
    scored = _scores(unicodedata.normalize("NFC", text))  # in registry (priority) order
    found = {sid: total for sid, total, hits in scored if total > 0 and all(hit[2] > 0 for hit in hits)}
    return sorted(found, key=lambda sid: -found[sid])  # stable: priority breaks ties


# A word of its own for the per-word fallback: a run of anything but white space.
_WORD = regex.compile(r"\S+")
_SPACE = re.compile(r"\s")


def detect_spans(text: str) -> list[tuple[str, str]]:
    """The text (NFC) cut into runs of words, each with the scheme to read it with.

    The text's scheme (detect_text) reads every word, except a word on which it has
    evidence against itself (a negative fingerprint: DMG's digraphs, casual's diacritics)
    while another scheme has more: that word goes to the scheme with the most evidence on
    it (ties: more evidence in the whole text, then priority).  A word's evidence is that
    of every fingerprint touching it.  Runs of words with one scheme stay together, so the
    rules that look across words still see their neighbours.  (A word the chosen scheme
    cannot read at all is the caller's fallback: see translit._resolve.)
    """
    text = unicodedata.normalize("NFC", text)
    if _SPACE.search(text) is None:  # one word: the text's scheme is the word's
        return [(text, _detect(text))] if text else []
    scored = _scores(text)
    order = {sid: i for i, sid in enumerate(registry())}
    if not scored:
        return [(text, next(iter(registry())))] if text else []
    totals = {sid: score for sid, score, _ in scored}
    winner = best(totals)
    against = [hit for sid, _, hits in scored if sid == winner for hit in hits if hit[2] < 0]
    words = [m.span() for m in _WORD.finditer(text)] if against else []
    if len(words) < 2:
        return [(text, winner)]
    starts = [s for s, _ in words]
    per_word: list[dict[str, float]] = [{} for _ in words]
    for sid, _, hits in scored:
        for start, end, weight in hits:
            i = max(bisect_right(starts, start) - 1, 0)
            while i < len(words) and words[i][0] < end:
                if words[i][1] > start:
                    per_word[i][sid] = per_word[i].get(sid, 0.0) + weight
                i += 1
    chosen = []
    for own in per_word:
        here = own.get(winner, 0.0)
        pick = winner
        if own:
            top = max(order, key=lambda sid: (own.get(sid, 0.0), totals.get(sid, 0.0), -order[sid]))
            there = own.get(top, 0.0)
            if top != winner and there > here and here < 0:
                pick = top
        chosen.append(pick)
    runs: list[tuple[str, str]] = []
    cut = 0
    for i in range(1, len(words)):
        if chosen[i] != chosen[i - 1]:
            runs.append((text[cut : words[i][0]], chosen[i - 1]))
            cut = words[i][0]
    runs.append((text[cut:], chosen[-1]))
    return runs
