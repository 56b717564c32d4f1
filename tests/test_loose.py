"""Loose keys (docs/keys.md): casual spellings, scholarly ones and Arabic script meet."""

from __future__ import annotations

import pytest

import translit

ISSUE = 6  # the first groups of MEET are the issue's examples: they must meet with scheme="auto" too


def loose(text: str) -> str:
    """The loose key; plain ASCII is read as casual (detection is tested elsewhere)."""
    return translit.to_key(text, "casual" if text.isascii() else "auto", loose=True)

# Each group: spellings of one name that must share one loose key.
MEET = [
    ("Hadi al-Ameri", "Hādī al-ʿĀmirī", "هادي العامري"),
    ("Deir ez-Zor", "Dayr az-Zūr", "دير الزور"),
    ("Saddam Hussein", "Ṣaddām Ḥusayn", "صدام حسين"),
    ("Mohammed", "Muhammad", "Mohamed", "Muḥammad", "محمد"),
    ("Al-Mayadeen", "al-Mayādīn", "الميادين"),
    ("Daesh", "Dāʿiš", "Dāʻish", "داعش"),
    # More of what the skeleton is for: spaces, merged letters, the article, gemination.
    ("Nasrallah", "Naṣr Allāh", "نصر الله"),
    ("Hezbollah", "حزب الله"),
    ("Abdullah", "عبد الله", "عبدالله"),
    ("Abdul Rahman", "ʿAbd ar-Raḥmān", "عبد الرحمن", "عبدالرحمن"),
    ("Riyadh", "ar-Riyāḍ", "الرياض"),
    ("Abu Dhabi", "Abū Ẓabī", "أبو ظبي"),
    ("Hafez al-Assad", "Ḥāfiẓ al-Asad", "حافظ الأسد"),
    ("Ramadan", "Ramaḍān", "رمضان"),
    ("Youssef", "Yūsuf", "يوسف"),
    ("Mahmoud", "Maḥmūd", "محمود"),
    ("Kuwait", "al-Kuwayt", "الكويت"),
    ("Nouri al-Maliki", "Nūrī al-Mālikī", "نوري المالكي"),
    ("Haidar al-Abadi", "Ḥaydar al-ʿAbādī", "حيدر العبادي"),
    ("Raqqa", "ar-Raqqa", "الرقة"),
    ("Fallouja", "al-Fallūja", "الفلوجة"),
    ("Ibn Taimīya", "Ibn Taymīyah", "ابن تيمية"),
    ("Qasem Soleimani", "Qāsim Sulaymānī", "قاسم سليماني"),
]


@pytest.mark.parametrize("group", MEET, ids=lambda g: g[0])
def test_spellings_meet(group: tuple[str, ...]) -> None:
    keys = {text: loose(text) for text in group}
    assert len(set(keys.values())) == 1, keys


@pytest.mark.parametrize("group", MEET[:ISSUE], ids=lambda g: g[0])
def test_issue_examples_meet_with_detection(group: tuple[str, ...]) -> None:
    keys = {text: translit.to_key(text, loose=True) for text in group}
    assert len(set(keys.values())) == 1, keys


# Different names the skeleton keeps apart.
APART = [
    ("Hasan", "Husayn"),
    ("حسن", "حسين"),
    ("Muhammad", "Mahmud"),
    ("محمد", "محمود"),
    ("Hadi", "Hamid"),
    ("Saddam", "Hussein"),
    ("Daesh", "Deir"),
    ("Al-Mayadeen", "al-Madīna"),
    ("Khalid", "Ḥālid"),
    ("Mahmoud", "Muhammad"),
    ("Jamal", "Kamal"),
    ("Ali", "Alaa"),
    ("Sharif", "Sarif"),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert loose(a) != loose(b)


# Merged on purpose (docs/keys.md): what casual spellings cannot tell apart.
MERGED = [
    ("Hasan", "Ḥasan", "Hassan", "حسن", "حسان"),  # ح/ه, length, gemination
    ("ندير", "نذير", "نظير", "نضير", "نزير", "Naḏīr"),  # ض ظ ذ د ز are one letter
    # ق ك; ذ and ت are not merged, but the casual names gazetteer reads Latakia as اللاذقية.
    ("Latakia", "al-Lādhiqīya", "اللاذقية"),
]


@pytest.mark.parametrize("group", MERGED, ids=lambda g: g[0])
def test_merged_on_purpose(group: tuple[str, ...]) -> None:
    keys = {text: loose(text) for text in group}
    assert len(set(keys.values())) == 1, keys


# Known limits: casual text that does not show a long vowel, or casual g for ق.
# (Tunisi, once here, is now a gazetteer word: tables/names.tsv gives it its ū.)
@pytest.mark.xfail(reason="casual u/i as typed is short; the script writes و/ي (docs/keys.md)", strict=True)
@pytest.mark.parametrize(("casual", "arabic"), [("Kufi", "كوفي"), ("Nubi", "نوبي")])
def test_known_limits(casual: str, arabic: str) -> None:
    assert loose(casual) == loose(arabic)


# ... which the names gazetteer of the casual table lifts for the names it lists.
@pytest.mark.parametrize(("casual", "arabic"), [("Mosul", "الموصل"), ("Fallujah", "الفلوجة"), ("Gaddafi", "القذافي"), ("Sudan", "السودان")])
def test_gazetteer_names_meet_the_script(casual: str, arabic: str) -> None:
    assert loose(casual) == loose(arabic)


def test_loose_key_shape() -> None:
    assert translit.to_key("Hādī al-ʿĀmirī", loose=True) == "hdymry"
    assert translit.to_key("Dayr az-Zūr", loose=True) == "dyrdwr"
    assert translit.to_key("Dāʿiš", loose=True) == "dsh"
    assert translit.to_key("", loose=True) == ""


@pytest.mark.parametrize(
    ("arabic", "key"),
    [
        ("هادي العامري", "hady al-amry"),
        ("دير الزور", "dyr al-zwr"),
        ("القاهرة", "al-qahra"),
        ("مصطفى", "mstfa"),
        ("آمنة", "amna"),
        ("صدام حسين", "sdam hsyn"),
        ("عبدالله", "bd al-lh"),
    ],
)
def test_key_of_arabic_script(arabic: str, key: str) -> None:
    # Unvocalized script: consonants, ا ى ة as a, و ي as w y, ʿayn and hamza dropped.
    assert translit.to_key(arabic) == key


def test_romanized_keys_unchanged() -> None:
    assert translit.to_key("Hādī al-ʿĀmirī") == "hadi al-amiri"
    assert translit.to_key("al-Qāhira") == "al-qahira"
    assert translit.to_key("Muṣṭafá") == "mustafa"
    assert translit.to_key("Ibn Taymīyah") == "ibn taymiyya"
