"""romanize: scheme to scheme through the pivot and the @render passes; Arabic script in."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import pipeline

GOLDEN = Path(__file__).resolve().parent / "golden"
SCHOLARLY = ["dmg", "ala-lc", "ijmes", "ei2", "iso233-2", "wehr", "bgn", "ungegn"]


def _pairs():
    out = []
    for name in ("cross.tsv", "cross-more.tsv"):
        rows = [l.split("\t") for l in (GOLDEN / name).read_text(encoding="utf-8").splitlines() if l.strip()]
        head = rows[0]
        cols = [c for c in head if c in SCHOLARLY]
        for r in rows[1:]:
            for a, b in permutations(cols, 2):
                x, y = r[head.index(a)], r[head.index(b)]
                if x and y:
                    out.append((a, b, x, y))
    return out


PAIRS = _pairs()


def test_cross_rate_dmg_ala_lc() -> None:
    pairs = [p for p in PAIRS if {p[0], p[1]} == {"dmg", "ala-lc"}]
    ok = sum(translit.romanize(x, to=b, scheme=a) == y for a, b, x, y in pairs)
    assert ok / len(pairs) >= 0.97, f"{ok}/{len(pairs)}"


def test_cross_rate_all_pairs() -> None:
    ok = sum(translit.romanize(x, to=b, scheme=a).lower() == y.lower() for a, b, x, y in PAIRS)
    assert ok / len(PAIRS) >= 0.9, f"{ok}/{len(PAIRS)}"


@pytest.mark.parametrize(
    ("text", "to", "want"),
    [
        ("aš-Šaddādī", "ala-lc", "al-Shaddādī"),
        ("al-Qāhirah", "dmg", "al-Qāhira"),
        ("Abū al-Qāsim", "dmg", "Abū l-Qāsim"),
        ("Muṣṭafā", "ala-lc", "Muṣṭafá"),
        ("al-Jazīrah", "bgn", "Al Jazīrah"),
        ("Ibn Taymīyah", "ijmes", "Ibn Taymiyya"),
        ("مُحَمَّد", "ala-lc", "muḥammad"),
        ("الْقَاهِرَة", "dmg", "al-qāhira"),
        ("الشَّمْس", "dmg", "aš-šams"),
        ("محمد بن علي", "ala-lc", "muḥammad ibn ʻalī"),
    ],
)
def test_examples(text: str, to: str, want: str) -> None:
    assert translit.romanize(text, to=to) == want


def test_code_points() -> None:
    assert translit.romanize("ʿĀʾiša", to="ala-lc", scheme="dmg") == "ʻĀʼishah"
    assert translit.romanize("ʻĀʼishah", to="dmg", scheme="ala-lc") == "ʿĀʾiša"
    assert translit.romanize("ʿĀʾiša", to="bgn", scheme="dmg") == "‘Ā’ishah"


def test_strict_raises_on_unknown_short_vowel() -> None:
    with pytest.raises(translit.ShortVowelError):
        translit.romanize("كتب", to="dmg", errors="strict")
    assert translit.romanize("محمد", to="dmg", errors="strict") == "muḥammad"
    assert translit.romanize("كَتَبَ", to="dmg", errors="strict") == "kataba"


def test_bad_target() -> None:
    with pytest.raises(ValueError):
        translit.romanize("x", to="nope")


# --- properties -------------------------------------------------------------------------
CONS = list("بتثجحخدذرزسشصضطظعغفقكلمن")
V = ["َ", "ِ", "ُ"]
LONG = {"َ": "ا", "ِ": "ي", "ُ": "و"}


@st.composite
def pivots(draw):
    n = draw(st.integers(1, 3))
    word = ""
    for i in range(n):
        c = draw(st.sampled_from(CONS))
        v = draw(st.sampled_from(V))
        kind = draw(st.sampled_from(["CV", "CVV", "CVC"]))
        word += c + v
        if kind == "CVV":
            word += LONG[v]
        elif kind == "CVC" and i < n - 1:
            word += draw(st.sampled_from(CONS))
    if word[-1] == "َ" and draw(st.booleans()):
        word += "ة"
    word += draw(st.sampled_from(CONS)) if word[-1] in V and not word.endswith("َة") else ""
    if draw(st.booleans()):
        word = "ٱل-" + word
    return word


# Schemes that tell final ا from ى (á / aỳ): in DMG, IJMES, EI2 and Wehr both are ā.
MARK_A = ["ala-lc", "bgn", "ungegn", "iso233-2"]


@pytest.mark.xfail(reason="open: final ā of short words (بَبَبَا) is settled as ى by spell.tsv's length rule", strict=False)
@settings(max_examples=150, deadline=None)
@given(pivots(), st.sampled_from(MARK_A))
def test_round_trip_vocalized(pivot: str, scheme: str) -> None:
    arabic = pipeline.spell(pivot, True)
    latin = translit.romanize(arabic, to=scheme)
    assert translit.to_arabic(latin, scheme, vocalized=True) == arabic


@pytest.mark.xfail(reason="open: a few generated forms (tanwīn, ُوا) differ between render passes", strict=False)
@settings(max_examples=150, deadline=None)
@given(pivots(), st.sampled_from(SCHOLARLY), st.sampled_from(SCHOLARLY))
def test_romanize_is_idempotent_across_schemes(pivot: str, s1: str, s2: str) -> None:
    x = translit.romanize(pipeline.spell(pivot, True), to="dmg")
    # Case-insensitive: a names-case (BGN) or lower-case (Wehr) scheme keeps no capitals.
    got = translit.romanize(translit.romanize(x, to=s1, scheme="dmg"), to=s2, scheme=s1)
    assert got.lower() == translit.romanize(x, to=s2, scheme="dmg").lower()
