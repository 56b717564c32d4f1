"""Every example of the design notes (../shared/design.md), as the notes give it."""

from __future__ import annotations

import pytest

import translit

# design.md, "The ASCII key": every careful romanization of one form meets in one key.
KEYS = {
    "hadi al-amiri": ["Hādī al-ʿĀmirī", "Hādī al-ʻĀmirī", "Hādī al-‘Āmirï", "Hadi al-'Amiri"],
    "daish": ["Dāʿiš", "Dāʻish", "Da'ish"],
    "al-shaddadi": ["aš-Šaddādī", "al-Shaddādī", "ash-Shaddadi"],
    "ibn taymiyya": ["Ibn Taimīya", "Ibn Taymīyah", "Ibn Taymiyya"],
    "al-jazira": ["al-Ǧazīra", "al-Jazīrah", "al-Djazīra", "Al Jazīrah"],
}

# design.md, "Canonical Arabic output".
ARABIC = {
    "aš-Šaddādī": "الشدادي",
    "al-Shaddādī": "الشدادي",
    "Ash Shaddadi": "الشدادي",
    "li-l-walad": "للولد",
    "bi-llāh": "بالله",
    "Usāma": "أسامة",
    "masʾala": "مسألة",
    "suʾāl": "سؤال",
    "biʾr": "بئر",
    "šaiʾ": "شيء",
    "qirāʾa": "قراءة",
    "Mūsā": "موسى",
    "Muṣṭafá": "مصطفى",
    "dunyā": "دنيا",
    "Ibn Sīnā": "ابن سينا",
    "istiqlāl": "استقلال",
    "iǧtimāʿ": "اجتماع",
    "intifāḍa": "انتفاضة",
    "Islām": "إسلام",
    "Ibrāhīm": "إبراهيم",
    "Aḥmad": "أحمد",
}

# design.md, loose keys: casual spellings, scholarly ones and Arabic script meet.
LOOSE = [
    ("Hadi al-Ameri", "Hādī al-ʿĀmirī", "هادي العامري"),
    ("Deir ez-Zor", "Dayr az-Zūr", "دير الزور"),
    ("Saddam Hussein", "صدام حسين"),
]


@pytest.mark.parametrize(("key", "form"), [(k, f) for k, forms in KEYS.items() for f in forms])
def test_key(key: str, form: str) -> None:
    assert translit.to_key(form) == key


@pytest.mark.parametrize(("roman", "arabic"), ARABIC.items())
def test_canonical_arabic(roman: str, arabic: str) -> None:
    assert translit.to_arabic(roman) == arabic


@pytest.mark.parametrize("forms", LOOSE)
def test_loose_key(forms: tuple[str, ...]) -> None:
    assert len({translit.to_key(f, loose=True) for f in forms}) == 1
