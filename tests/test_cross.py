"""Cross-scheme golden files: tests/golden/cross.tsv and cross-dmgala.tsv, one name or word
per row written in DMG and in ALA-LC.  Both spellings must reach the same Arabic and the same
key, named or detected ("auto").  Also checks that detection names the scheme of distinctive text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import translit

CROSS = Path(__file__).resolve().parent / "golden" / "cross.tsv"
# Round two of DMG / ALA-LC pairs (also read, with the scheme named, by test_golden_schemes.py).
CROSS_DMGALA = CROSS.with_name("cross-dmgala.tsv")

# Known gaps: (dmg spelling, what fails) -> reason.  Each must fail (strict xfail).
XFAIL: dict[tuple[str, str], str] = {
    ("Umm Salama", "auto"): "a DMG name in -a with no DMG letter is read as ALA-LC (tie, ALA-LC first), "
    "whose final -a is a verb ending: سلم",
    ("yasʾalu", "auto"): "a word with ʾ and no macron leans to IJMES, which reads a final -u as ū "
    "(names: Abu): يسألوا",
    ("lā ḥaula wa-lā quwwata illā bi-llāh", "named"): "tāʾ marbūṭa with its case vowel (quwwata) "
    "before a word that is not the article cannot be told from a verb of a root in t (sakata)",
    ("lā ḥaula wa-lā quwwata illā bi-llāh", "auto"): "as named: quwwata is read as قوتة",
    ("Mā warāʾa n-nahr", "key"): "a case vowel -a before the elided article stays in the key "
    "(ma waraa); dropping it would change the keys of verbs (kataba al-) in every scheme",
}


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for path in (CROSS, CROSS_DMGALA):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == ["dmg", "ala-lc", "arabic", "key"]
        for lineno, line in enumerate(lines[1:], 2):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            # A fifth column "xfail[...]: reason" is for tests/test_golden_schemes.py; here the
            # known gaps are in XFAIL.
            if len(fields) == 5 and fields[4].startswith("xfail"):
                fields = fields[:4]
            assert len(fields) == 4, f"{path.name}:{lineno}: want dmg, ala-lc, arabic, key"
            rows.append(tuple(fields))
    return rows


ROWS = _rows()


def _params(what: str) -> list:
    out = []
    for dmg, lc, arabic, key in ROWS:
        reason = XFAIL.get((dmg, what))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(dmg, lc, arabic, key, id=f"{dmg}|{lc}", marks=marks))
    return out


def test_enough_rows() -> None:
    assert len(ROWS) >= 80


@pytest.mark.parametrize(("dmg", "lc", "arabic", "key"), _params("named"))
def test_same_arabic_named(dmg: str, lc: str, arabic: str, key: str) -> None:
    assert translit.to_arabic(dmg, "dmg") == arabic
    assert translit.to_arabic(lc, "ala-lc") == arabic


@pytest.mark.parametrize(("dmg", "lc", "arabic", "key"), _params("key"))
def test_same_key(dmg: str, lc: str, arabic: str, key: str) -> None:
    got = translit.to_key(dmg, "dmg")
    assert got == translit.to_key(lc, "ala-lc")
    if key:
        assert got == key


@pytest.mark.parametrize(("dmg", "lc", "arabic", "key"), _params("auto"))
def test_same_arabic_auto(dmg: str, lc: str, arabic: str, key: str) -> None:
    assert translit.to_arabic(dmg) == arabic
    assert translit.to_arabic(lc) == arabic


@pytest.mark.parametrize(
    "text",
    ["aš-Šaddādī", "al-Ǧazīra", "al-Ğazīra", "Dāʿiš", "ad-Dīn", "ar-Raḥmān", "an-Nūr",
     "Dair az-Zūr", "Abū l-Qāsim", "fī l-ʿIrāq", "bi-l-qalam", "Ibn Taimīya", "aṯ-Ṯaura",
     "Ḫālid", "Mūsā", "Muṣṭafā", "Fāṭima"],
)
def test_detect_dmg(text: str) -> None:
    assert translit.detect(text) == "dmg"


@pytest.mark.parametrize(
    "text",
    ["al-Qāhirah", "Muṣṭafá", "al-Shaddādī", "Ibn Taymīyah", "bi-al-qalam", "lil-walad",
     "ʻAbd Allāh", "al-Jazīrah", "Shafā"],
)
def test_detect_ala_lc(text: str) -> None:
    assert translit.detect(text) == "ala-lc"
