"""Finding romanized Arabic names inside running text (translit.find)."""

from __future__ import annotations

from pathlib import Path

import pytest

import translit
from translit import Span, find

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "article.txt"


def texts(text: str) -> list[str]:
    return [s.text for s in find(text)]


def convert(text: str) -> tuple[str, list[Span]]:
    """The in-text conversion: every span replaced by its Arabic."""
    spans = find(text)
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s.start])
        out.append(translit.to_arabic(s.text, s.scheme))
        pos = s.end
    out.append(text[pos:])
    return "".join(out), spans


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given (start, end) ranges cut out, a NUL where each was."""
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append("\0")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def assert_only_spans_change(text: str) -> str:
    converted, spans = convert(text)
    # Where each converted span landed in the output.
    ranges, shift = [], 0
    for s in spans:
        new = translit.to_arabic(s.text, s.scheme)
        ranges.append((s.start + shift, s.start + shift + len(new)))
        shift += len(new) - (s.end - s.start)
    assert outside(converted, ranges) == outside(text, [(s.start, s.end) for s in spans])
    return converted


# --- single spans --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Hādī al-‘Āmirī", "‘Ayn al-Asad", "al-Wa‘ad al-Ḥaqq", "Dayr az-Zūr", "aš-Šaddādī",
     "Hādī al-‘Āmirï", "Al-‘Āmirī", "Dā‘iš", "Ḥarīr", "al-‘Umar", "at-Tanaf", "al-Ğazīra",
     "Muṣṭafá", "Abū l-Qāsim", "bi-l-Qāhira", "Ṣalāḥ ad-Dīn", "ash-Shaddadi"],
)
def test_name_is_one_span(name: str) -> None:
    text = f"They said that {name} is here."
    [span] = find(text)
    assert span.text == name
    assert text[span.start : span.end] == name
    assert span.scheme in translit.schemes()


def test_span_fields() -> None:
    text = "east of Dayr az-Zūr in Eastern Syria"
    [span] = find(text)
    assert isinstance(span, Span) and isinstance(span, tuple)
    assert (span.start, span.end, span.text) == (8, 19, "Dayr az-Zūr")
    assert span == Span(span.start, span.end, span.text, span.scheme)


def test_quotes_and_punctuation_stay_outside() -> None:
    assert texts("the “aš-Šaddādī American base") == ["aš-Šaddādī"]
    assert texts("“Hādī al-‘Āmirī”, he said") == ["Hādī al-‘Āmirī"]
    assert texts("named ‘al-Wa‘ad al-Ḥaqq’.") == ["al-Wa‘ad al-Ḥaqq"]
    assert texts("(Dā‘iš); Ḥarīr: at-Tanaf.") == ["Dā‘iš", "Ḥarīr", "at-Tanaf"]
    assert texts("al-‘Āmirī’s view") == ["al-‘Āmirī"]


def test_ayn_sign_opens_a_word() -> None:
    assert texts("on the ‘Ayn al-Asad base") == ["‘Ayn al-Asad"]
    assert texts("on the 'Ayn al-Asad base") == ["'Ayn al-Asad"]


@pytest.mark.parametrize(
    "text",
    [
        "The Coalition’s troops are still in Iraq, said the Badr Organization in Gaza.",
        "Don't say ‘All is well’ to O'Brien, ma'am; it's rock'n'roll.",
        "L'homme qu'il a vu aujourd'hui, c'est l'État.",
        "Er hat's gesagt, und Erdoğan fährt nach Zürich.",
        "An ad-hoc, at-risk, as-is, well-known, L-shaped plan.",
        "Iraq Badr Gaza Hamas Syria Damascus Baghdad Sunni Shia Kurdish Military",
        "The naïve café owner in Málaga.",
        "",
        "   ",
    ],
)
def test_plain_prose_has_no_spans(text: str) -> None:
    assert find(text) == []


def test_unmarked_words_join_only_next_to_a_marked_word() -> None:
    assert texts("the Badr Organization Hādī al-‘Āmirī said") == ["Hādī al-‘Āmirī"]
    assert texts("in Muḥammad ibn Rashid al-Maktum’s house") == ["Muḥammad ibn Rashid al-Maktum"]
    assert texts("In al-Mayadeen today") == ["al-Mayadeen"]
    assert texts("Kurdish aš-Šaddādī") == ["aš-Šaddādī"]
    # two spaces, a comma or a line break end a span
    assert texts("Hādī  al-‘Āmirī") == ["Hādī", "al-‘Āmirī"]
    assert texts("Hādī, al-‘Āmirī\nDā‘iš") == ["Hādī", "al-‘Āmirī", "Dā‘iš"]


def test_hyphenated_english_compound_is_left_alone() -> None:
    assert find("an al-Qaeda-linked cell") == []


def test_forced_scheme_and_errors() -> None:
    assert {s.scheme for s in find("Hādī al-‘Āmirī and Dā‘iš", scheme="lc")} == {"ala-lc"}
    with pytest.raises(ValueError, match="known schemes"):
        find("Hādī", scheme="nope")
    with pytest.raises(TypeError):
        find(b"Hadi")  # type: ignore[arg-type]


def test_nfd_input() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "the Ḥarīr base and Dayr az-Zūr")
    assert [unicodedata.normalize("NFC", t) for t in texts(text)] == ["Ḥarīr", "Dayr az-Zūr"]


# --- paragraphs ------------------------------------------------------------------------------

GERMAN = (
    "Der Generalsekretär der Badr-Organisation, Hādī al-‘Āmirī, sagte am Montag, dass die "
    "Truppen der Koalition den Irak verlassen müssten. Der Stützpunkt ‘Ayn al-Asad im Westen "
    "des Landes wurde beschossen; auch die Basis bei aš-Šaddādī und das Ölfeld al-‘Umar östlich "
    "von Dayr az-Zūr waren Ziele. Über Dā‘iš wollte er nicht sprechen („das ist vorbei“).\n"
)
FRENCH = (
    "Le secrétaire général de l'organisation Badr, Hādī al-‘Āmirī, a déclaré lundi qu'il "
    "était temps que les troupes américaines quittent l'Irak. La base de ‘Ayn al-Asad a été "
    "visée, tout comme celle d'at-Tanaf, près de la frontière ; selon « al-Wa‘ad al-Ḥaqq », "
    "l'État islamique (Dā‘iš) n'est pas vaincu. C'est aujourd'hui qu'on l'a appris.\n"
)


def test_german_paragraph() -> None:
    out = assert_only_spans_change(GERMAN)
    assert texts(GERMAN) == [
        "Hādī al-‘Āmirī", "‘Ayn al-Asad", "aš-Šaddādī", "al-‘Umar", "Dayr az-Zūr", "Dā‘iš",
    ]
    assert "Generalsekretär der Badr-Organisation, هادي العامري, sagte" in out
    assert "(„das ist vorbei“)" in out


def test_french_paragraph() -> None:
    out = assert_only_spans_change(FRENCH)
    found = texts(FRENCH)
    for name in ["Hādī al-‘Āmirī", "‘Ayn al-Asad", "at-Tanaf", "al-Wa‘ad al-Ḥaqq", "Dā‘iš"]:
        assert name in found
    for word in ["l'organisation", "qu'il", "l'Irak", "l'État", "n'est", "C'est", "aujourd'hui", "qu'on"]:
        assert word in out
    assert "selon « الوعد الحق »" in out


# --- the sample article ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def english_half() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"sample article not found at {ARTICLE} (it lives outside the project)")
    text = ARTICLE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("العامري:"):
            return "".join(lines[:i])
    pytest.fail("the article has no line starting with 'العامري:'")


def test_article_only_spans_change(english_half: str) -> None:
    assert_only_spans_change(english_half)


@pytest.mark.parametrize(
    "name",
    ["Hādī al-‘Āmirī", "Dā‘iš", "‘Ayn al-Asad", "Ḥarīr", "aš-Šaddādī", "al-‘Umar",
     "Dayr az-Zūr", "at-Tanaf", "al-Wa‘ad al-Ḥaqq", "al-Ğazīra"],
)
def test_article_names_are_spans(english_half: str, name: str) -> None:
    assert name in texts(english_half)


@pytest.mark.parametrize("word", ["Iraq", "Coalition’s", "Badr", "Gaza"])
def test_article_english_words_unchanged(english_half: str, word: str) -> None:
    converted, spans = convert(english_half)
    assert english_half.count(word) > 0
    assert converted.count(word) == english_half.count(word)
    assert not any(word.split("’")[0] in s.text for s in spans)


def test_article_arabic_matches_original(english_half: str) -> None:
    converted, _ = convert(english_half)
    for arabic in ["هادي العامري", "عين الأسد", "حرير", "الشدادي", "العمر", "دير الزور", "داعش",
                   "الوعد الحق", "الجزيرة", "التنف"]:
        assert arabic in converted


def test_urls_addresses_and_tags_are_left_alone() -> None:
    text = "see https://www.al-mayadeen.net/ar/Dā‘iš, al-ʿAmiri@example.org, #aš-Šaddādī, x=Ḥarīr"
    assert find(text) == []
    assert texts("files in path/Ḥarīr.txt about Ḥarīr.") == ["Ḥarīr"]


# --- properties ------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["Hādī", "al-‘Āmirī", "‘Ayn", "al-Asad", "Dayr", "az-Zūr", "Dā‘iš", "Iraq", "the", " ", "  ",
     "\n", "“", "”", "’s", ",", ".", "-", "'", "‘", "ā", "ḥ", "wa-l-", "l-", "Abū", "ibn", "é"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES).map("".join)))
def test_find_is_total_and_spans_are_well_formed(text: str) -> None:
    spans = find(text)
    end = 0
    for s in spans:
        assert end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and "\n" not in s.text
        assert s.scheme in translit.schemes()
        end = s.end


_ASCII_PROSE = st.text(
    alphabet=st.characters(codec="ascii", exclude_characters="'`-"), max_size=200
)


@settings(max_examples=300, deadline=None)
@given(_ASCII_PROSE)
def test_plain_ascii_without_apostrophes_or_hyphens_has_no_spans(text: str) -> None:
    assert find(text) == []


# --- the fast path equals a pass over every word --------------------------------------------

from translit import spans as _spans  # noqa: E402


def reference_ranges(text: str) -> list[tuple[int, int]]:
    """The spans as a pass over every word of the text finds them (the definition that the
    candidate-window fast path of find() must reproduce)."""
    words = _spans._words(text)
    codes: list[str] = []
    prev_end, prev_word = -2, ""
    for start, end, word in words:
        single_space = start == prev_end + 1 and text[prev_end] == " "
        if codes:
            codes.append(" " if single_space else "|")
        after_vowel = single_space and bool(_spans._ENDS_IN_VOWEL.search(prev_word))
        codes.append(_spans._kind(word, after_vowel))
        prev_end, prev_word = end, word
    return [
        (words[m.start() // 2][0], words[(m.end() - 1) // 2][1])
        for m in _spans._RUN.finditer("".join(codes))
    ]


_MANY = st.sampled_from(
    ["Hādī", "al-‘Āmirī", "‘Ayn", "'Ayn", "al-Asad", "Dayr", "az-Zūr", "Dā‘iš", "Da'ish", "Iraq",
     "the", "Badr", "Rashid", "Hamid", "Qasim", "ibn", "bin", "Abū", "abu", "umm", "l-Qāsim",
     "wa-l-Ḥaqq", "bi-l-", "fa-", "al-", "Al-Mayadeen", "Muṣṭafá", "Erdoğan", "Şam", "don't",
     "Coalition’s", "l'Irak", "qu'il", "ad-hoc", "well-known", "Ḥarīr", "aš-Šaddādī",
     "ash-Shaddadi", "naïve", "é", "ā", "ḥ", "‘", "’", "'", "`", "-", " ", " ", " ", " ", "  ",
     "\n", "\t", ",", ".", "“", "”", "(", ")", "2,500", "http://x.org/Ḥarīr", "#Dā‘iš", "a\u0304"]
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.lists(_MANY, max_size=40).map("".join)))
def test_fast_path_finds_what_a_pass_over_every_word_finds(text: str) -> None:
    assert _spans._ranges(text) == reference_ranges(text)


def test_fast_path_on_the_paragraphs() -> None:
    for text in (GERMAN, FRENCH, GERMAN * 3 + FRENCH * 2):
        assert _spans._ranges(text) == reference_ranges(text)


def test_fast_path_on_the_article(english_half: str) -> None:
    assert _spans._ranges(english_half) == reference_ranges(english_half)


def test_a_line_keeps_one_scheme() -> None:
    # names of one line are read with one scheme, decided by their evidence together
    spans = find("Dayr az-Zūr and aš-Šaddādī and Ḥarīr\nal-Qāhirah")
    assert len({s.scheme for s in spans[:3]}) == 1
    assert spans[0].scheme == translit.detect("Dayr az-Zūr aš-Šaddādī Ḥarīr")


# --- news sentences in English and French press spelling ------------------------------------

# The names a reader sees in wire copy, with the Arabic each span is converted to; the English
# and French around them (Iran-backed, so-called, Hamas-run, l'offre, d'Ennahda) stays as it is.
NEWS = [
    ("A statement from al-Qaeda said so.", [("al-Qaeda", "القاعدة")]),
    ("Students at Cairo's al-Azhar University protested.", [("al-Azhar", "الأزهر")]),
    ("Hamas leader Khalil al-Hayya arrived in Cairo on Monday.", [("Khalil al-Hayya", "خليل الحية")]),
    ("Iraq's al-Hashd al-Shaabi is state-funded, a pro-Iranian official said.",
     [("al-Hashd al-Shaabi", "الحشد الشعبي")]),
    ("Kataib Hezbollah's Abu Fadak al-Mohammedawi was seen in Jurf al-Sakhar last week.",
     [("Abu Fadak al-Mohammedawi", "أبو فداك المحمداوي"), ("Jurf al-Sakhar", "جرف الصخر")]),
    ("The Hamas-run health ministry and the Saudi-led coalition said the so-called truce held.", []),
    ("The Al-Ahram daily and Al-Manar TV reported it.", [("Al-Ahram", "الأهرام"), ("Al-Manar", "المنار")]),
    ("Selon Al-Akhbar, Nabih Berri a refusé l'offre d'Ennahda.", [("Al-Akhbar", "الأخبار")]),
    ("Lebanon's An-Nahar quoted the speaker.", [("An-Nahar", "النهار")]),
]


@pytest.mark.parametrize(("text", "names"), NEWS, ids=[t[:30] for t, _ in NEWS])
def test_news_sentences(text: str, names: list[tuple[str, str]]) -> None:
    converted = assert_only_spans_change(text)
    assert [(s.text, translit.to_arabic(s.text, s.scheme)) for s in find(text)] == names
    for _, arabic in names:
        assert arabic in converted


# The press's article forms el- and e + a sun letter (el-Sisi, ez-Zor) mark a word like al-;
# a capitalized word a table lists as a name (Mohammed, Deir) and the press's ʿAbd al-
# (Abdel, Abdul) join the span, and English words beside it (President, Egypt's) do not.
@pytest.mark.parametrize(
    ("text", "names"),
    [("Officials in Deir ez-Zor said.", ["Deir ez-Zor"]),
     ("Egypt's President Abdel Fattah el-Sisi met Mahmoud Abbas.", ["Abdel Fattah el-Sisi"]),
     ("Prime Minister Mohammed Shia al-Sudani said on Monday", ["Mohammed Shia al-Sudani"]),
     ("Saad el-Katatni and Khairat el-Shater of the Muslim Brotherhood", ["Saad el-Katatni", "Khairat el-Shater"]),
     ("He sent an e-mail en-route to the el-", [])],
)
def test_casual_e_articles_are_spans(text: str, names: list[str]) -> None:
    assert texts(text) == names
