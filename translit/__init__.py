"""translit: romanized Arabic in any common scheme to canonical Arabic script and ASCII keys.

>>> to_arabic("Hādī al-ʿĀmirī")
'هادي العامري'
>>> to_key("aš-Šaddādī") == to_key("al-Shaddādī") == "al-shaddadi"
True

Every function is pure and total: any ``str`` in, a ``str`` out.  Bad arguments raise
at once (``ValueError`` or ``TypeError``) with a message that lists what is allowed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

import regex

from . import detection, exonyms, pipeline
from .spans import Span, find
from .table import TableError

__all__ = ["to_arabic", "to_key", "romanize", "detect", "schemes", "TableError", "UnreadableError", "find", "Span", "ShortVowelError"]
__version__ = "0.1.0"

Errors = Literal["preserve", "strict"]
_ERRORS = ("preserve", "strict")
# What a key keeps (the stdlib: an ASCII class needs nothing of ``regex``).
_NOT_KEY = re.compile(r"[^a-z0-9 \-]+")


class UnreadableError(ValueError):
    """Raised with ``errors="strict"`` for a character the scheme cannot read."""

    def __init__(self, char: str, offset: int, scheme: str) -> None:
        name = " ".join(f"U+{ord(c):04X}" for c in char)
        super().__init__(f"cannot read {char!r} ({name}) at offset {offset} as {scheme}")
        self.char, self.offset, self.scheme = char, offset, scheme


def schemes() -> dict[str, str]:
    """Scheme id -> title, for every scheme table shipped in ``tables/schemes``."""
    return {sid: s.title for sid, s in pipeline.registry().items()}


def _check_text(text: object, func: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{func}() takes text as str, not {type(text).__name__}")
    return text


_scheme_id = pipeline.scheme_id


def detect(text: str) -> str:
    """The id of the scheme the text is most likely written in (e.g. ``"dmg"``, ``"ala-lc"``).

    >>> detect("al-Qāhirah"), detect("aš-Šaddādī")
    ('ala-lc', 'dmg')
    """
    return detection.detect_text(_check_text(text, "detect"))


def _resolve(text: str, scheme: str) -> list[tuple[str, str, str]]:
    """The text as (piece, scheme, pivot) runs.

    A named scheme reads the whole text.  With ``"auto"`` the text's scheme reads it, but a
    word whose own fingerprints point to another scheme goes to that one
    (detection.detect_spans), and a word the chosen scheme cannot read (its table leaves
    Latin letters in the pivot) goes to the first scheme, by the word's own evidence and
    then priority, that reads it whole.
    """
    if scheme != "auto":
        return [(text, scheme, pipeline.parse(pipeline.prepare(text, scheme), scheme))]
    spans = detection.detect_spans(text)
    out = []
    for piece, used in spans:
        pivot = pipeline.parse(pipeline.prepare(piece, used), used)
        if not pipeline.has_latin(pivot):
            out.append((piece, used, pivot))
        else:
            out.extend(_repair(piece, used, whole=len(spans) == 1))
    return out


_TOKEN = regex.compile(r"\S+\s*|\s+")


def _read(piece: str, scheme: str) -> str | None:
    pivot = pipeline.parse(pipeline.prepare(piece, scheme), scheme)
    return None if pipeline.has_latin(pivot) else pivot


def _repair(text: str, scheme: str, whole: bool = False) -> list[tuple[str, str, str]]:
    """Give each word the chosen scheme cannot read to the best scheme that can.

    With ``whole``, a scheme with evidence for it in the text and none against it that reads
    the text whole goes first (šarikat al-bitrōl, Wehr): cutting the text into words loses
    the rules that look across words, such as a construct -at before its noun.
    """
    if whole:
        for used in detection.unopposed(text):
            if used != scheme and (pivot := _read(text, used)) is not None:
                return [(text, used, pivot)]
    chosen: list[tuple[str, str]] = []
    for m in _TOKEN.finditer(text):
        word, used = m.group(), scheme
        if _read(word, scheme) is None:
            used = next((s for s in detection.rank(word) if s != scheme and _read(word, s) is not None), scheme)
        if chosen and chosen[-1][1] == used:
            chosen[-1] = (chosen[-1][0] + word, used)
        else:
            chosen.append((word, used))
    return [(piece, used, pipeline.parse(pipeline.prepare(piece, used), used)) for piece, used in chosen]


@lru_cache(maxsize=64)
def _alphabet(scheme: str) -> frozenset[str]:
    t = pipeline.table(f"schemes/{pipeline.registry()[scheme].path.stem}")
    return frozenset(c for p in t.passes for r in p.rules for c in r.match)


_CLUSTER = regex.compile(r"\X")


def _check_readable(text: str, scheme: str) -> None:
    alphabet = _alphabet(scheme)
    for m in _CLUSTER.finditer(text):
        for c in pipeline.prepare(m.group(), scheme):
            if c not in alphabet and (c.isalpha() or regex.match(r"\p{M}", c)):
                raise UnreadableError(m.group(), m.start(), scheme)


def to_arabic(text: str, scheme: str = "auto", *, vocalized: bool = False, errors: Errors = "preserve") -> str:
    """Romanized Arabic to canonical Arabic script.

    >>> to_arabic("Dayr az-Zūr"), to_arabic("al-Qāhirah"), to_arabic("Muṣṭafá")
    ('دير الزور', 'القاهرة', 'مصطفى')

    Arabic script in the input is normalized (standard letters, no tatweel, no harakat
    unless ``vocalized``); text the scheme cannot read passes through unchanged, or raises
    :class:`UnreadableError` with ``errors="strict"``.
    """
    _check_text(text, "to_arabic")
    sid = _scheme_id(scheme)
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(map(repr, _ERRORS))}, not {errors!r}")
    if sid == "auto" and (name := exonyms.lookup(text)) is not None:
        # The whole text is an English exonym (Iraq, Baghdad ...): its Arabic name from CLDR.
        edge = len(text) - len(text.lstrip())
        return text[:edge] + pipeline.normalize_arabic(name, vocalized) + text[len(text.rstrip()) :]
    out: list[str] = []
    for is_arabic, piece in pipeline.pieces(text):
        if is_arabic:
            out.append(pipeline.normalize_arabic(piece, vocalized))
            continue
        for run, used, pivot in _resolve(piece, sid):
            if errors == "strict":
                _check_readable(run, used)
            out.append(pipeline.spell(pivot, vocalized))
    return "".join(out)


def to_key(text: str, scheme: str = "auto", *, loose: bool = False) -> str:
    """A lowercase ASCII key, the same for every careful romanization of one Arabic form.

    >>> to_key("Ibn Taymīyah") == to_key("Ibn Taimīya") == "ibn taymiyya"
    True
    """
    _check_text(text, "to_key")
    sid = _scheme_id(scheme)
    parts: list[str] = []
    for is_arabic, piece in pipeline.pieces(text):
        if is_arabic:
            pivot = pipeline.arabic_pivot(piece)
        else:
            pivot = "".join(p for _, _, p in _resolve(piece, sid))
        parts.append(pipeline.loose_key(pivot) if loose else pipeline.key(pivot))
    # Only ASCII spaces are left to collapse: split() and join() do it and strip the ends.
    return " ".join(_NOT_KEY.sub("", "".join(parts).lower()).split())


from .romanize import ShortVowelError, romanize  # noqa: E402  (romanize uses the helpers above)
