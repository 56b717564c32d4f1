"""Romanize: any supported romanization, or Arabic script, into one scheme's clean spelling.

    text ─┬─ (detect) parse[scheme] ─┬─► pivot ─ render.tsv ─ @render[to] ─ capitals ─► Latin
          └─ Arabic script ─ unspell-vocalized (+ vowels.tsv) ─┘

Nothing here knows a scheme: the render rules are the ``@render`` passes at the end of each
scheme's own table, and its capitals follow ``@option case`` (``keep``: the input's capitals,
word by word; ``names``: every word capitalized; ``lower``: none; ``none``: as rendered, the
case being part of the letter, as in Buckwalter) with ``@option particles``
(the article and clitic forms that stay lower case).
"""

from __future__ import annotations

from functools import cache

import regex

from . import pipeline

__all__ = ["romanize", "render_schemes"]

_WORD = regex.compile(r"\S+")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}\p{Lt}]")
# A letter of an Arabic word that has no vowel of its own: not followed by a mark or by a
# long-vowel letter, and not the last letter of its word.
_BARE = regex.compile(r"[\u0628-\u063A\u0641-\u064A](?![\u064B-\u0652\u0670]|[اويى]|$)")


def render_schemes() -> list[str]:
    """The ids of the schemes that have @render passes (romanize can write them)."""
    return [sid for sid in pipeline.registry() if pipeline.can_render(sid)]


@cache
def _policy(scheme: str) -> tuple[str, frozenset[str]]:
    t = pipeline.table(f"schemes/{pipeline.registry()[scheme].path.stem}")
    return t.options.get("case", "keep"), frozenset(t.options.get("particles", "").split())


@cache
def _clitics(scheme: str) -> frozenset[str]:
    """Particles that stay lower case even as the first word (``@option clitics``)."""
    t = pipeline.table(f"schemes/{pipeline.registry()[scheme].path.stem}")
    return frozenset(t.options.get("clitics", "").split())


_PREFIXES = regex.compile(r"^(?:\S*-)+")


@cache
def _common() -> frozenset[str]:
    """Pivot forms of the common words (not names) of ``@option common`` in tables/vowels.tsv:
    left lower case when the input carries no capitals (Wehr, BGN, UNGEGN)."""
    t = pipeline.table("vowels")
    scheme = t.meta.get("scheme", "dmg")
    words = t.options.get("common", "").split()
    return frozenset(pipeline.parse(pipeline.prepare(w, scheme), scheme) for w in words)


def _name_caps(pivot: str) -> list[bool]:
    """The capitals of a text whose input showed none: every word of a name, except the
    common words of tables/vowels.tsv (the article and clitics before them aside)."""
    common = _common()
    return [_PREFIXES.sub("", w) not in common for w in _WORD.findall(pivot)]


def _capitalized(word: str) -> bool:
    """A word is capitalized when any of its hyphen-separated parts starts with a capital
    (``al-Qāhira``, ``ʿAlī``, ``Abū``)."""
    for part in word.split("-"):
        m = _CASED.search(part)
        if m and m.group().isupper():
            return True
    return False


def _upper_first(part: str) -> str:
    m = _CASED.search(part)
    return part if not m else part[: m.start()] + m.group().upper() + part[m.end() :]


def _case_word(word: str, cap: bool, first: bool, policy: str, particles: frozenset[str]) -> str:
    if policy == "lower" or (policy == "keep" and not cap):
        return word
    parts = word.split("-")
    out = []
    done = False
    for i, part in enumerate(parts):
        if not done and (part.lower() not in particles or (policy == "names" and first and i == 0 and len(parts) == 1)):
            out.append(_upper_first(part))
            done = policy == "keep"
        else:
            out.append(part)
    return "-".join(out)


def _flags(words: list[str], pivots: list[str], parse_word) -> list[bool]:
    """One capital flag per pivot word: by position when the counts agree, else by
    parsing each input word alone to see how many pivot words it makes."""
    caps = [_capitalized(w) for w in words]
    if len(pivots) == len(words):
        return caps
    out: list[bool] = []
    for w, c in zip(words, caps):
        out.extend([c] * max(1, len(_WORD.findall(parse_word(w)))))
    return out


# Name words written lower case inside a name (ʿAlī ibn Abī Ṭālib) but capitalized first.
_NAME_PARTICLES = frozenset({"ibn", "bin", "bint", "b."})


def _render_cased(pivot: str, to: str, caps: list[bool] | None, start: bool) -> str:
    """``caps`` is one flag per pivot word: the input's capitals; None for Arabic script
    (lower case); ``[]`` for a romanization that shows no capitals (the names convention:
    see _name_caps)."""
    policy, particles = _policy(to)
    clitics = _clitics(to)
    latin = pipeline.render(pivot, to)
    if policy == "lower":
        return latin.lower()
    if policy == "none":  # the letters' case is the letter (Buckwalter): as rendered
        return latin
    pwords = _WORD.findall(pivot)
    if policy == "names":
        caps = [True] * len(pwords)
    elif caps is None:
        caps = [False] * len(pwords)
    elif not caps and pwords:
        caps = _name_caps(pivot)
        policy, particles = "names", particles | _NAME_PARTICLES
    # Output words per pivot word: by position, or by rendering each pivot word alone.
    owords = list(_WORD.finditer(latin))
    if len(owords) == len(pwords):
        groups = [[i] for i in range(len(owords))]
    else:
        groups, k = [], 0
        for pw in pwords:
            n = max(1, len(_WORD.findall(pipeline.render(pw, to))))
            groups.append(list(range(k, min(k + n, len(owords)))))
            k += n
    word_cap = [False] * len(owords)
    for g, cap in zip(groups, caps):
        for i in g:
            word_cap[i] = cap
    out, pos = [], 0
    for i, m in enumerate(owords):
        out.append(latin[pos : m.start()])
        w = m.group()
        if policy == "names" and w.lower() in particles and not (start and i == 0 and w.lower() not in clitics):
            out.append(w)
        elif policy == "names" and not word_cap[i]:
            out.append(w)
        else:
            out.append(_case_word(w, word_cap[i], start and i == 0, policy, particles))
        pos = m.end()
    out.append(latin[pos:])
    return "".join(out)


class ShortVowelError(ValueError):
    """Raised with ``errors="strict"`` where unvocalized Arabic leaves a short vowel unknown."""

    def __init__(self, word: str, offset: int) -> None:
        super().__init__(f"short vowel unknown in {word!r} at offset {offset}: vocalize it or add it to tables/vowels.tsv")
        self.word, self.offset = word, offset


def _check_vowels(piece: str, base: int) -> None:
    known = pipeline.vowel_words()
    for m in _WORD.finditer(piece):
        word = pipeline.normalize_arabic(m.group(), True)
        plain = pipeline.normalize_arabic(word, False)
        core = regex.sub(r"^(وَ?|فَ?|بِ?|لِ?|كَ?)?(ال|ٱل)", "", word) if plain not in known else ""
        if plain in known or regex.sub(r"^(و|ف|ب|ك|ل)?(ال)", "", plain) in known:
            continue
        if _BARE.search(core):
            raise ShortVowelError(m.group(), base + m.start())


def _phrases(pieces: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """Arabic words apart only by spaces make one piece, so that a render sees each word's
    neighbours (بن between two names, not ابن)."""
    out: list[tuple[bool, str]] = []
    for is_arabic, piece in pieces:
        if (is_arabic and len(out) >= 2 and out[-2][0] and not out[-1][0]
                and out[-1][1].strip(" ") == ""):
            gap = out.pop()[1]
            out[-1] = (True, out[-1][1] + gap + piece)
        else:
            out.append((is_arabic, piece))
    return out


def romanize(text: str, to: str = "dmg", scheme: str = "auto", *, errors: str = "preserve") -> str:
    """Romanized Arabic (any supported scheme) or Arabic script, in the scheme ``to``.

    >>> romanize("aš-Šaddādī", to="ala-lc"), romanize("al-Qāhirah", to="dmg")
    ('al-Shaddādī', 'al-Qāhira')
    """
    from . import _check_readable, _check_text, _resolve, _scheme_id

    _check_text(text, "romanize")
    target = _scheme_id(to)
    if target == "auto" or not pipeline.can_render(target):
        raise ValueError(f"cannot romanize into {to!r}; schemes with a render table: {', '.join(render_schemes())}")
    sid = _scheme_id(scheme)
    if errors not in ("preserve", "strict"):
        raise ValueError(f"errors must be 'preserve' or 'strict', not {errors!r}")
    out: list[str] = []
    offset = 0
    for is_arabic, piece in _phrases(pipeline.pieces(text)):
        first = not "".join(out).strip()
        if is_arabic:
            if errors == "strict":
                _check_vowels(piece, offset)
            out.append(_render_cased(pipeline.vocalized_pivot(piece), target, None, first))
        else:
            # Each run of the piece keeps the scheme that reads it (auto may mix schemes).
            for run, used, pivot in _resolve(piece, sid):
                if errors == "strict":
                    _check_readable(run, used)
                if _policy(used)[0] != "keep":
                    caps: list[bool] = []  # Wehr, BGN, UNGEGN: the capitals say nothing
                else:
                    reparse = lambda w, used=used: pipeline.parse(pipeline.prepare(w, used), used)  # noqa: E731
                    caps = _flags(_WORD.findall(run), _WORD.findall(pivot), reparse)
                out.append(_render_cased(pivot, target, caps, first and not "".join(out).strip()))
        offset += len(piece)
    return "".join(out)
