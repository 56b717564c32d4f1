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


# Press spellings (English and French) of names, places, papers and groups, with their
# scholarly spelling and the script: they meet whether the scheme is named or detected.
PRESS = [
    ("Najib Mikati", "Najīb Mīqātī", "نجيب ميقاتي"),
    ("Naim Qassem", "Naʿīm Qāsim", "نعيم قاسم"),
    ("Hashem Safieddine", "Hāshim Ṣafī al-Dīn", "هاشم صفي الدين"),
    ("Mustafa al-Kadhimi", "Muṣṭafá al-Kāẓimī", "مصطفى الكاظمي"),
    ("Abu Mahdi al-Muhandis", "Abū Mahdī al-Muhandis", "أبو مهدي المهندس"),
    ("Yahya Sinwar", "Yahia Sinouar", "Yaḥyá al-Sinwār", "يحيى السنوار"),
    ("Khaled Meshaal", "Khālid Mishʿal", "خالد مشعل"),
    ("Mohammed bin Salman", "Muḥammad ibn Salmān", "محمد بن سلمان"),
    ("Tamim bin Hamad Al Thani", "Tamīm ibn Ḥamad Āl Thānī", "تميم بن حمد آل ثاني"),
    ("Gamal Abdel Nasser", "Jamāl ʿAbd al-Nāṣir", "جمال عبد الناصر"),
    ("Naguib Mahfouz", "Najīb Maḥfūẓ", "نجيب محفوظ"),
    ("Umm Kulthum", "Umm Kulthūm", "أم كلثوم"),
    ("Muammar Gaddafi", "Moammar Gadhafi", "Muammar al-Qaddafi", "معمر القذافي"),
    ("Kais Saied", "Qays Saʿīd", "قيس سعيد"),
    ("Houari Boumediene", "Hawwārī Būmadyan", "هواري بومدين"),
    ("Baalbek", "Baʿlabakk", "بعلبك"),
    ("Maarat al-Numan", "Maʿarrat al-Nuʿmān", "معرة النعمان"),
    ("Khan Younis", "Khān Yūnis", "خان يونس"),
    ("Ismailia", "al-Ismāʿīlīyah", "الإسماعيلية"),
    ("Hayat Tahrir al-Sham", "Hayʾat Taḥrīr al-Shām", "هيئة تحرير الشام"),
    ("Hashd al-Shaabi", "al-Ḥashd al-Shaʿbī", "الحشد الشعبي"),
    ("Salah Eldin", "Salah ad-Din", "Salahuddin", "Ṣalāḥ al-Dīn", "صلاح الدين"),
    ("Saad Dine El Othmani", "Saad Eddine El Othmani", "Saʿd al-Dīn al-ʿUthmānī", "سعد الدين العثماني"),
    ("Ennahar", "An-Nahar", "al-Nahār", "النهار"),
    ("Echorouk", "Al-Shorouk", "al-Shurūq", "الشروق"),
    ("Aymen Benabderrahmane", "Ayman ibn ʿAbd al-Raḥmān", "أيمن بن عبد الرحمن"),
    ("Abdrabbuh Mansur Hadi", "ʿAbd Rabbuh Manṣūr Hādī", "عبد ربه منصور هادي"),
    ("Abdel Wahid al-Nur", "ʿAbd al-Wāḥid al-Nūr", "عبد الواحد النور"),
    ("Hocine Ait Ahmed", "Ḥusayn Āyt Aḥmad", "حسين آيت أحمد"),
    ("Zahran Alloush", "Zahrān ʿAllūsh", "زهران علوش"),
    ("Tayyar al-Mustaqbal", "Tayyār al-Mustaqbal", "تيار المستقبل"),
]


@pytest.mark.parametrize("group", PRESS, ids=lambda g: g[0])
def test_press_spellings_meet(group: tuple[str, ...]) -> None:
    named = {text: loose(text) for text in group}
    detected = {text: translit.to_key(text, loose=True) for text in group}
    assert len(set(named.values())) == 1, named
    assert len(set(detected.values())) == 1, detected


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
