"""Find the romanized Arabic names and phrases inside running text.

>>> [s.text for s in find("Secretary General Hādī al-‘Āmirī said on Monday that “Dā‘iš …")]
['Hādī al-‘Āmirī', 'Dā‘iš']
>>> find("The Coalition’s troops left Iraq.")
[]

A span is one name or phrase, not one word: a run of words joined by single spaces, anchored
by at least one *marked* word, one that is unmistakably romanized Arabic:

* it contains a romanization letter (ā ī ū ḥ ṣ ḍ ṭ ẓ š ǧ ḫ ṯ ḏ ġ ʿ ʾ ʻ ʼ, final á, their
  combining-mark spellings, and lookalikes such as ğ ş ţ in a word without Turkish or
  Romanian vowels), or an ʿayn/hamza sign between letters (``Dā‘iš``, ``Da'ish``; English and
  French contractions such as ``don't``, ``l'homme``, ``Coalition’s`` are not);
* or it is an article joined by a hyphen to a word (``al-``, ``Al-``, ``aš-Š``, ``at-T``,
  ``ash-Sh``, and the press's ``el-``, ``ez-Z``; ``l-`` after a word ending in a vowel),
  optionally after the clitics ``wa- bi- li- fa- ka-`` (``wa-l-``, ``bi-l-``).

Unmarked words join a span only when they sit next to it and look like plain romanized
Arabic: a capitalized word of letters DMG and ALA-LC use (no c e o p v x), not a common
English, German or French word (``Dayr`` in ``Dayr az-Zūr``); a capitalized word that a
table lists as a name (``@evidence-words``: ``Mohammed``, ``Deir``), or the press's ʿAbd al-
(``Abdel``, ``Abdul``); a capitalized word opening with an ʿayn sign (``‘Ayn`` in ``‘Ayn
al-Asad``); the particles ``ibn bin bint abū umm`` between two such words.  Plain English
words never start a span however Arabic they look (``Iraq``, ``Badr``, ``Gaza``).  Quotation marks and trailing punctuation stay outside spans.

Precision matters more than recall: a word the rules are unsure of stays as it is.
"""

from __future__ import annotations

import re as _stdre
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

from . import detection, pipeline

__all__ = ["Span", "find"]


class Span(NamedTuple):
    """One romanized name or phrase: ``text[start:end]`` and the scheme to read it with."""

    start: int
    end: int
    text: str
    scheme: str


# --- word shape ------------------------------------------------------------------------
# A letter is a Latin letter or an ʿayn/hamza modifier letter, with its combining marks.
_L = r"(?:[\p{Latin}ʿʾʻʼʽ]\p{M}*)"
# Signs that stand for ʿayn or hamza between two letters ('s at the end is English).
_AP = r"[‘’'`´]"
# A sign opening a word is ʿayn only before a vowel (‘Ayn, ‘Umar; not a quote before ‘The).
_OPEN = r"(?:[‘'`](?=[AIUaiuĀĪŪāīū])(?!(?i:al|a(?:sh|th|dh|[tdrzsnṯḏšṣḍṭẓ])|l)-))"
_SEG = rf"(?:{_OPEN}?{_L}+(?:{_AP}(?![sS](?![\p{{L}}\p{{M}}]))(?={_L}){_L}+)*)"
# French and Italian elision (l'Irak, d'at-Tanaf, qu'il, dell'Arte) is not part of a word.
_ELISION = r"(?i:[dlnsjmtc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|dell|nell|sull|dall|all)['’]"
_WORD = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}\p{{N}}_])(?<!\p{{L}}\p{{M}}*{_AP})|(?<=(?<![\p{{L}}\p{{M}}]){_ELISION}))"
    rf"(?!{_ELISION}\p{{L}})"
    rf"(?<![/@\\.=&?#%+~:])(?<!\p{{L}}\p{{M}}*-)"  # not in a URL, address, path, hashtag, compound
    rf"(?>{_SEG}(?:-{_SEG})*)(?![\p{{M}}\p{{N}}_])(?![-/@\\.=&?#%+~:_]\p{{L}})"
)

# --- marks -----------------------------------------------------------------------------
_STRONG = regex.compile(
    r"[āīūĀĪŪḥṣḍṭẓḤṢḌṬẒšŠǧǦǰḫḪṯṮḏḎġĠẖḵḴḩḨḑḐẕẔʿʾʻʼʽ]"
    r"|[\u0304\u0323\u030C\u0331\u0332\u032E\u035F]"  # the same letters decomposed (NFD)
    r"|(?:á|a\u0301|Á|A\u0301)$"  # ALA-LC alif maqṣūra: Muṣṭafá
    r"|(?<=\p{L}\p{M}*)[‘´`](?=\p{L})"  # Dā‘iš: a left quote inside a word is ʿayn
)
# Turkish and Romanian use these too (Erdoğan, Timișoara): they mark only words without
# the vowels of those languages.
_LOOKALIKE = regex.compile(r"[ğĞşŞţŢșȘțȚ]|[gG]\u0306|[sStTdDhHzZ][\u0327\u0326]")
_NOT_ARABIC_VOWEL = regex.compile(r"[eoöüıEOÖÜİăâîêô]")
# ' or ’ between letters, unless it is an English or French (Italian) contraction.
_APOS = regex.compile(
    r"(?i)(?<=\p{L}\p{M}*\p{L}\p{M}*)"
    r"(?<!(?:^|[^\p{L}])(?:qu|jusqu|lorsqu|puisqu|quoiqu|quelqu|presqu|aujourd|prud|entr|dell|nell|sull|dall|ma))"
    r"['’](?=\p{L})(?!(?:t|ll|re|ve|m|d|s|n|er|en|em)(?![\p{L}\p{M}]))"
)
_FOREIGN_LETTER = regex.compile(r"[éèêëàâôûùçœæäöüßñ]", regex.IGNORECASE)
# Article (and clitics) joined to the one word they govern: al-, aš-Š, ash-Sh, wa-l-, bi-al-.
_SUN = r"(?:sh|th|dh|[tdrzsnṯḏšṣḍṭẓ])"
_ARTICLE = regex.compile(
    rf"(?i)(?:(?:wa|bi|li|fa|ka)-)*(?:[ae]l|a({_SUN})(?=-\1)|e({_SUN})(?=-\2)|l)-{_SEG}"
)
_ARTICLE_L = regex.compile(r"(?i)(?:(?:wa|bi|li|fa|ka)-)*l-")
_ENDS_IN_VOWEL = regex.compile(r"[aiuāīūáAIUĀĪŪ]\p{M}*$")

# --- words that may join a span ---------------------------------------------------------
_STOP = (
    "All Any And Army Air Ahh Amid Amidst Among Aus Auf Als Also Auch Bank Bis But Dank Darf "
    "Damit Darum Darin Dazu Dans Dass Das Dir Dich Final First Fin Fut Gut Ganz Guard Guards "
    "Had Has Hast Hat Hall Hill Hills Highway Huit Ihm Ihn Ihr Ihrer Ist Its Just Last Lui "
    "Mais Man Many Mall Mid Mind Might Mir Mich Mit Much Must Nach Nah Nicht Nichts Nun Nur "
    "Qui Quand Quant Sans Saint Sah Say Says Shall Sich Sind Sir Still Such Suit Sur "
    "Tant That Than Thus This Unit Units Und Uns Unfair Until Was Wann Warum What Which Why "
    "Will With Within Wir Wird Whilst "
).split()
_JOIN = regex.compile(
    rf"(?!(?:{'|'.join(_STOP)})$)"
    r"[ABDFGHIJKLMNQRSTUWYZ][abdfghijklmnqrstuwyz]{2,}"
    r"(?<!ing|ish|ian|ary|ity|ism|ist|ists|ly|ful|ness|ship|ward|wards|day|days|land|burg|stan|ians)"
)
_QUOTED = regex.compile(r"[‘'`][AIU][abdfghijklmnqrstuwyz]+")
# ʿAbd al- as the press writes it, which no list of names holds (Abdel Fattah, Abdul Karim).
_ABD = regex.compile(r"Abd(?:el|ul|oul|ol|ou|ur|us|ush|en|es|et|er|ez)?")
_PARTICLE = regex.compile(r"ibn|bin|bint|ab[uū]|ab[iī]|umm|ban[uū]|ban[iī]")

# Runs of word kinds (one letter a word, the separator a space or "|") that form spans.
_RUN = regex.compile(r"(?:[JQ] (?:P )?){0,2}M(?: (?:P )?(?:M|[JQ](?= (?:P )?M)))*(?: [JQ])?")


def _kind(word: str, after_vowel: bool) -> str:
    """M (marked), J (may join), Q (ʿayn-opened word, may join), P (particle) or O."""
    if "-" in word:
        m = _ARTICLE.fullmatch(word)
        if m is not None:
            if _ARTICLE_L.match(word) is None or after_vowel or word.lower()[:2] in ("wa", "bi", "li", "fa", "ka"):
                return "M"
            return "O"
        # Hyphenated compounds are Arabic only as clitic/article + word; the rest is left alone.
        return "O"
    if _STRONG.search(word):
        return "M"
    if _LOOKALIKE.search(word) and not _NOT_ARABIC_VOWEL.search(word):
        return "M"
    if _APOS.search(word) and not _FOREIGN_LETTER.search(word):
        return "M"
    if _JOIN.fullmatch(word) or _ABD.fullmatch(word) or (word[0].isupper() and word.lower() in detection.listed_words()):
        return "J"
    if _QUOTED.fullmatch(word):
        return "Q"
    if _PARTICLE.fullmatch(word):
        return "P"
    return "O"


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


# --- the fast path -----------------------------------------------------------------------
# Only the few words near a *candidate* character can belong to a span, so find() does not
# look at every word: one stdlib ``re`` character-class pass finds the candidates (a
# romanization letter, an ʿayn/hamza sign or a hyphen), the whitespace-separated token
# around each is analysed once (cached: words repeat), and the original word-kind rules run
# on a small window of tokens around each candidate.  A span is at most a few unmarked words
# to the left of a marked one and one to its right, so a window of _LEFT tokens before and
# _RIGHT after the candidates is enough for the result to equal a pass over the whole text
# (tests/test_spans.py checks this against that pass on random text): _RUN takes at most
# four words before a marked one (J P J P M) and one after the last (a trailing J), and a
# word's kind depends on its neighbour only for an "l-" article, itself a candidate.
_CANDIDATE = _stdre.compile(
    "[āīūĀĪŪḥṣḍṭẓḤṢḌṬẒšŠǧǦǰḫḪṯṮḏḎġĠẖḵḴḩḨḑḐẕẔʿʾʻʼʽğĞşŞţŢșȘțȚáÁ"
    "\u0304\u0323\u030C\u0331\u0332\u032E\u035F\u0306\u0327\u0326‘’'`´-]"
)
_LEFT, _RIGHT = 4, 1
_TOKEN_CACHE = 1 << 16
_LONG_TOKEN = 80


def _analyse_token(token: str) -> tuple[tuple[tuple[int, int, str, str, bool], ...], bool]:
    """The words of one whitespace-free token: (start, end, kind, kind after a vowel, ends
    in a vowel) each, and whether any of them can be marked."""
    words = []
    marked = False
    for m in _WORD.finditer(token):
        w = m.group()
        k0 = _kind(w, False)
        k1 = _kind(w, True) if "-" in w else k0
        marked = marked or k0 == "M" or k1 == "M"
        words.append((m.start(), m.end(), k0, k1, _ENDS_IN_VOWEL.search(w) is not None))
    return tuple(words), marked


_analyse_cached = lru_cache(maxsize=_TOKEN_CACHE)(_analyse_token)


def _analyse(token: str) -> tuple[tuple[tuple[int, int, str, str, bool], ...], bool]:
    return _analyse_cached(token) if len(token) <= _LONG_TOKEN else _analyse_token(token)


def _token_bounds(text: str, p: int, ls: int, le: int) -> tuple[int, int]:
    """Start and end of the space-separated token around ``p`` within the line [ls, le)."""
    s = text.rfind(" ", ls, p) + 1 or ls
    e = text.find(" ", p, le)
    return (s if s > ls else ls), (le if e < 0 else e)


def _window_ranges(text: str, ws: int, we: int, out: list[tuple[int, int]]) -> None:
    """Append the spans of text[ws:we] (whole tokens, no line break) to ``out``."""
    for s, e in _window_cached(text[ws:we]) if we - ws <= _LONG_WINDOW else _window(text[ws:we]):
        out.append((s + ws, e + ws))


def _window(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of one window, relative to its start."""
    ws, we = 0, len(text)
    out: list[tuple[int, int]] = []
    codes: list[str] = []
    places: list[tuple[int, int]] = []
    prev_end, prev_vowel = -2, False
    pos = ws
    for token in text[ws:we].split(" "):
        if token:
            words, _ = _analyse(token)
            for s, e, k0, k1, vowel in words:
                s += pos
                single = s == prev_end + 1 and text[prev_end] == " "
                if codes:
                    codes.append(" " if single else "|")
                codes.append(k1 if single and prev_vowel else k0)
                places.append((s, e + pos))
                prev_end, prev_vowel = e + pos, vowel
        pos += len(token) + 1
    if "M" in codes:
        for m in _RUN.finditer("".join(codes)):
            out.append((places[m.start() // 2][0], places[(m.end() - 1) // 2][1]))
    return tuple(out)


_LONG_WINDOW = 200
_window_cached = lru_cache(maxsize=1 << 14)(_window)


def _ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every span in ``text``, in order."""
    out: list[tuple[int, int]] = []
    ls = le = -1  # the current line
    skip = -1  # candidates before this are in a token already looked at
    ws = we = -1  # the current window
    for m in _CANDIDATE.finditer(text):
        p = m.start()
        if p < skip:
            continue
        if p >= le:
            if we > ws:
                _window_ranges(text, ws, we, out)
                ws = we = -1
            ls = text.rfind("\n", 0, p) + 1
            le = text.find("\n", p)
            if le < 0:
                le = len(text)
        ts, te = _token_bounds(text, p, ls, le)
        skip = te
        if not _analyse(text[ts:te])[1]:
            continue
        # this token's window: _LEFT tokens before it and _RIGHT after it, on its line
        s = ts
        for _ in range(_LEFT):
            if s <= ls:
                break
            s = text.rfind(" ", ls, s - 1) + 1 or ls
            if s < ls:
                s = ls
        e = te
        for _ in range(_RIGHT):
            if e >= le:
                break
            e = text.find(" ", e + 1, le)
            if e < 0:
                e = le
        if we >= ws >= 0 and s <= we:
            we = max(we, e)
        else:
            if we > ws:
                _window_ranges(text, ws, we, out)
            ws, we = s, e
    if we > ws:
        _window_ranges(text, ws, we, out)
    return out


@lru_cache(maxsize=8192)
def _detect(name: str) -> str:
    return detection.detect_text(name)


_totals = lru_cache(maxsize=8192)(detection.totals)


def _line_scheme(names: list[str]) -> str:
    """The scheme of a line's names: the most evidence summed over them (detection.totals,
    name by name, so a name met again costs nothing)."""
    summed: dict[str, float] = {}
    for name in names:
        for sid, weight in _totals(unicodedata.normalize("NFC", name)).items():
            summed[sid] = summed.get(sid, 0.0) + weight
    return detection.best(summed)


def find(text: str, scheme: str = "auto") -> list[Span]:
    """The romanized Arabic names and phrases in ``text``, in order, as :class:`Span` s.

    ``scheme`` forces the scheme of every span; with ``"auto"`` the scheme is detected from
    all the spans of one line together (the names of one line share their romanization).

    >>> [span] = find("east of Dayr az-Zūr in Eastern Syria")
    >>> span.start, span.end, span.text, span.scheme in ("dmg", "ala-lc")
    (8, 19, 'Dayr az-Zūr', True)
    """
    if not isinstance(text, str):
        raise TypeError(f"find() takes text as str, not {type(text).__name__}")
    sid = pipeline.scheme_id(scheme)
    spans = _ranges(text)
    if not spans:
        return []
    if sid != "auto":
        return [Span(s, e, text[s:e], sid) for s, e in spans]
    # One scheme per line, detected from all the names on it.
    out: list[Span] = []
    i = 0
    while i < len(spans):
        line_end = text.find("\n", spans[i][0])
        line_end = len(text) if line_end < 0 else line_end
        j = i
        while j < len(spans) and spans[j][0] < line_end:
            j += 1
        names = [text[s:e] for s, e in spans[i:j]]
        # Each name's scheme is cached; on a line whose names disagree the evidence of all
        # of them decides: each name's (cached) summed.
        schemes = {_detect(name) for name in names}
        detected = schemes.pop() if len(schemes) == 1 else _line_scheme(names)
        out.extend(Span(s, e, name, detected) for (s, e), name in zip(spans[i:j], names))
        i = j
    return out
