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
  ``ash-Sh``; ``l-`` after a word ending in a vowel), optionally after the clitics
  ``wa- bi- li- fa- ka-`` (``wa-l-``, ``bi-l-``).

Unmarked words join a span only when they sit next to it and look like plain romanized
Arabic: a capitalized word of letters DMG and ALA-LC use (no c e o p v x), not a common
English, German or French word (``Dayr`` in ``Dayr az-Zūr``); a capitalized word opening with
an ʿayn sign (``‘Ayn`` in ``‘Ayn al-Asad``); the particles ``ibn bin bint abū umm`` between
two such words.  Plain English words never start a span however Arabic they look (``Iraq``,
``Badr``, ``Gaza``).  Quotation marks and trailing punctuation stay outside spans.

Precision matters more than recall: a word the rules are unsure of stays as it is.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from . import pipeline

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
    rf"(?i)(?:(?:wa|bi|li|fa|ka)-)*(?:al|a({_SUN})(?=-\1)|l)-{_SEG}"
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
_PARTICLE = regex.compile(r"ibn|bin|bint|ab[uū]|ab[iī]|umm|ban[uū]|ban[iī]")

# A line is worth a look only if some word could be marked.
_PREFILTER = regex.compile(
    r"[āīūĀĪŪḥṣḍṭẓḤṢḌṬẒšŠǧǦǰḫḪṯṮḏḎġĠẖḵḴḩḨḑḐẕẔʿʾʻʼʽğĞşŞţŢșȘțȚáÁ\u0304\u0323\u030C\u0331\u0332\u032E\u035F\u0306\u0327\u0326]"
    r"|\p{L}[‘’'`´]\p{L}"
    r"|(?i:(?<!\p{L})(?:al|a" + _SUN + r"|l)-[‘'`]?\p{L})"
)
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
    if _JOIN.fullmatch(word):
        return "J"
    if _QUOTED.fullmatch(word):
        return "Q"
    if _PARTICLE.fullmatch(word):
        return "P"
    return "O"


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _check_scheme(scheme: str) -> str:
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    if scheme.lower() == "auto":
        return "auto"
    found = pipeline.names().get(scheme.lower())
    if found is None:
        known = ", ".join(["auto", *pipeline.registry()])
        raise ValueError(f"unknown scheme {scheme!r}; known schemes: {known}")
    return found


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
    sid = _check_scheme(scheme)
    if not _PREFILTER.search(text):
        return []
    words = _words(text)
    if not words:
        return []
    codes: list[str] = []
    prev_end, prev_word = -2, ""
    for start, end, word in words:
        single_space = start == prev_end + 1 and text[prev_end] == " "
        if codes:
            codes.append(" " if single_space else "|")
        codes.append(_kind(word, single_space and bool(_ENDS_IN_VOWEL.search(prev_word))))
        prev_end, prev_word = end, word
    spans: list[tuple[int, int]] = []
    for m in _RUN.finditer("".join(codes)):
        first, last = m.start() // 2, (m.end() - 1) // 2
        spans.append((words[first][0], words[last][1]))
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
        group = spans[i:j]
        detected = pipeline.detect_text(" ".join(text[s:e] for s, e in group))
        out.extend(Span(s, e, text[s:e], detected) for s, e in group)
        i = j
    return out
