"""Scheme detection: the per-text choice, the per-word fallback, and the prefilter.

The golden detection rows are in tests/golden/detect-*.tsv (tests/test_golden_schemes.py);
this module checks what those rows cannot: texts that mix schemes, texts where several
schemes are right, a named scheme beating detection, and that the character prefilter of
detection.detect_text never changes an answer.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

import translit
from translit import detection, pipeline

GOLDEN = Path(__file__).parent / "golden"


def _golden_texts() -> list[str]:
    texts = []
    for path in sorted(GOLDEN.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                texts.extend(cell for cell in line.split("\t") if cell and not cell.startswith("xfail"))
    return texts


TEXTS = _golden_texts()

# Texts where a word edge is close to what the stdlib and ``regex`` read differently, or to
# marks and numerals: the prefilter must still find every match there.
EDGE_TEXTS = ["ā½", "½l-x", "aš-½", "l-", "-l-", " l-a", "a\u0301l-x", "x\u0331l-", "Ⅻal-Shams", "iyya²",
              "²iyya", "ā\u0300", "ā\u0300 ", "Abu", "xAbu", "Abu\u0301", "a-ta-", "iyya-", "bi-al-", "x\tl-"]


def _unfiltered(text: str) -> str:
    """detect_text without the character prefilter: every scheme's patterns are run."""
    text = unicodedata.normalize("NFC", text)
    best, best_score = next(iter(pipeline.registry())), 0.0
    words = detection._word_hits(text)
    for sid, pattern, weights, _ in detection._evidence():
        score = sum(weights[m.lastindex] for m in pattern.finditer(text))
        score += sum(weight for _, _, weight in words.get(sid, ()))
        if score > best_score:
            best, best_score = sid, score
    return best


def test_prefilter_never_changes_the_answer() -> None:
    assert len(TEXTS) > 1000
    for text in TEXTS + EDGE_TEXTS:
        assert detection.detect_text(text) == _unfiltered(text), text


def _unfiltered_totals(text: str) -> dict[str, float]:
    """Every scheme's evidence in the text, all its rows run (what totals must give)."""
    text = unicodedata.normalize("NFC", text)
    words = detection._word_hits(text)
    out = {}
    for sid, pattern, weights, _ in detection._evidence():
        score = sum(weights[m.lastindex] for m in pattern.finditer(text))
        score += sum(weight for _, _, weight in words.get(sid, ()))
        if score:
            out[sid] = score
    return out


def test_totals_count_every_row_and_pick_what_detect_picks() -> None:
    for text in TEXTS + EDGE_TEXTS:
        nfc = unicodedata.normalize("NFC", text)
        found = detection.totals(nfc)
        assert found == pytest.approx(_unfiltered_totals(text)), text
        assert detection.best(found) == detection.detect_text(text), text


def test_prefilter_triggers_are_needed_by_every_match() -> None:
    # Whatever a positive fingerprint matches contains one of its scheme's trigger characters.
    for sid, pattern, weights, triggers in detection._evidence():
        if triggers is None:
            continue
        for text in TEXTS:
            for m in pattern.finditer(unicodedata.normalize("NFC", text)):
                if weights[m.lastindex] > 0:
                    assert not triggers.isdisjoint(m.group()), (sid, text, m.group())


def test_prefilter_finds_every_match() -> None:
    # A scheme's prefilter (_prefilters: its rows' cores, some with their word edges) finds
    # something in every text where one of its rows matches: its positive rows (detect)
    # or any row (rank, detect_spans).
    from translit.engine import fast_pattern

    texts = [unicodedata.normalize("NFC", text) for text in TEXTS] + EDGE_TEXTS
    for positive in (True, False):
        for (sid, *_), search in zip(detection._rows(), detection._prefilters(positive)):
            if search is None:
                continue
            rows = pipeline.table(f"schemes/{pipeline.registry()[sid].path.stem}").evidence
            patterns = [fast_pattern(source) for source, weight, _ in rows if weight > 0 or not positive]
            for text in texts:
                if any(p.search(text) for p in patterns):
                    assert search(text) is not None, (sid, positive, text)


@pytest.mark.parametrize(
    ("source", "text"),
    [("qa(.|\\s){0,40}zb", "qa xy zb"), ("qa(.|\\s)*zb", "qaxyzb"), ("qa(.|-)zb", "qaxzb"), ("qa(.|-)zb", "qa-zb")],
)
def test_prefilter_core_keeps_the_letter_class_in_a_set(source: str, text: str, tmp_path: Path) -> None:
    # The stdlib folds a branch of single characters (the letter class or a space) into one
    # set: the letter class inside it must still be widened, or the core misses the match.
    from translit.engine import fast_pattern
    from translit.table import load_table

    path = tmp_path / "t.tsv"
    path.write_text(f"@evidence\t{source}\t1\n@pass\tp\na\tb\n", encoding="utf-8")
    compiled = load_table(path).evidence[0][0]
    assert fast_pattern(compiled).search(text)
    for edges in (False, True):
        core = detection._core(compiled, edges)
        assert core is None or re.search(core, text), (source, edges, core)


def test_one_search_for_every_scheme_but_the_first() -> None:
    # _detect runs the prefilters of every scheme but the first as one search, and where it
    # finds nothing, takes the first: it finds something wherever one of theirs does.
    every, others = detection._detect_plan()
    first = next(iter(pipeline.registry()))
    texts = [unicodedata.normalize("NFC", text) for text in TEXTS] + EDGE_TEXTS
    hits = 0
    for text in texts:
        if any(entry[1](text) is not None for entry in every if entry[0] != first):
            hits += 1
            assert others(text) is not None, text
    assert hits > 1000


def test_every_positive_fingerprint_has_an_anchor() -> None:
    # The one search of _detect skips to the characters that anchor each positive row; a
    # row with none (#[A-Z]{3,}# did, before a repeat's first character counted) turns it
    # into a try of every row at every position, and detection ran four times slower.
    for (sid, *_), cores in zip(detection._rows(), detection._cores(True)):
        assert cores is not None, sid
        for core in cores:
            assert detection._core_anchors(core) is not None, (sid, core)


@pytest.mark.parametrize(
    ("row", "matches", "misses"),
    [
        # a word edge after the first letter stays, before it moves behind it
        ("ā#", ["ā", "xā-", "ā ", "ā,"], ["āx", "āb-"]),
        ("#l-", ["l-", "-l-", " l-a"], ["al-", "ʻAbd al-"]),
        ("#[Aa]bu#", ["Abu", "x Abu-"], ["xAbu", "Abux"]),
        ("[^i]iya#", ["ariya", "ariya "], ["ariyat"]),
    ],
)
def test_core_keeps_the_word_edges(row: str, matches: list[str], misses: list[str]) -> None:
    # The core of a row with a word edge is as selective as the row on these texts (not on
    # all: it takes a combining mark for no letter).
    from translit.engine import fast_pattern
    from translit.table import LETTER

    source = row.replace("#", rf"(?:(?<!{LETTER})|(?!{LETTER}))")  # as table.py writes an edge
    core = fast_pattern(detection._core(source, True))
    exact = fast_pattern(source)
    for text in matches:
        assert exact.search(text) and core.search(text), text
    for text in misses:
        assert not exact.search(text) and not core.search(text), text


@pytest.mark.parametrize(
    "text",
    ["", " ", "Hādī al-‘Āmirī told Al-Mayadeen that aš-Šaddādī", "al-Qāhirah  wa-Dimashq\n", "x"],
)
def test_spans_cover_the_text(text: str) -> None:
    runs = detection.detect_spans(text)
    assert "".join(piece for piece, _ in runs) == unicodedata.normalize("NFC", text)
    assert all(sid in translit.schemes() for _, sid in runs)


def test_one_scheme_text_is_one_run() -> None:
    assert detection.detect_spans("Ǧamāl ʿAbd an-Nāṣir wa-l-qaumīya") == [
        ("Ǧamāl ʿAbd an-Nāṣir wa-l-qaumīya", "dmg")
    ]
    # ṯ is UNGEGN 2017's ط as well as DMG's ث: the text's scheme keeps its own letters
    assert [sid for _, sid in detection.detect_spans("Mis̱r liṯ Ṯayarān")] == ["ungegn2017"]


def test_words_against_the_text_scheme_go_elsewhere() -> None:
    assert detection.detect_spans("aš-Šaddādī wa-al-Shaddādī") == [
        ("aš-Šaddādī ", "dmg"),
        ("wa-al-Shaddādī", "ala-lc"),
    ]


# --- texts that mix schemes: each word read in its own ---------------------------------------


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        # the sample article's mix: DMG names beside an English spelling
        ("Hādī al-‘Āmirī spoke to Al-Mayadeen", "هادي العامري"),
        ("Hādī al-‘Āmirī spoke to Al-Mayadeen", "الميادين"),
        ("aš-Šaddādī and al-Mayadeen", "الشدادي"),
        ("aš-Šaddādī and al-Mayadeen", "الميادين"),
        # a DMG word in an ALA-LC title
        ("Taʼrīkh al-Shām wa-aš-Šaddādī", "الشدادي"),
        # an ALA-LC word in DMG text: DMG has evidence against digraphs
        ("aš-Šaddādī wa-al-Shaddādī", "الشدادي والشدادي"),
        # a DMG name in English (casual) text: casual has evidence against diacritics
        ("Daesh attacked Dayr az-Zūr", "دير الزور"),
    ],
)
def test_mixed_text_words_in_their_own_scheme(text: str, arabic: str) -> None:
    assert arabic in translit.to_arabic(text)


def test_word_the_text_scheme_cannot_read_goes_to_one_that_can() -> None:
    # Wehr's j in a text whose other evidence is DMG's: DMG has no j.
    assert translit.detect("jaʿfar aṣ-ṣādiq") == "dmg"
    assert translit.to_arabic("jaʿfar aṣ-ṣādiq") == "جعفر الصادق"
    assert translit.to_key("jaʿfar aṣ-ṣādiq") == translit.to_key("jaʿfar aṣ-ṣādiq", "wehr")


def test_text_the_detected_scheme_cannot_read_goes_whole_to_one_with_evidence() -> None:
    # DMG has no ō; Wehr has, and evidence for it, and none against it: it reads the whole
    # text, so the construct -at still sees its noun (not شركت البترول, word by word).
    assert translit.detect("šarikat al-bitrōl") == "dmg"
    assert translit.to_arabic("šarikat al-bitrōl") == "شركة البترول"
    # ... but English beside DMG has evidence against every scheme that would read it whole.
    assert translit.to_arabic("Hādī al-‘Āmirī spoke to Al-Mayadeen").endswith("الميادين")


def test_named_scheme_always_wins() -> None:
    text = "aš-Šaddādī and al-Mayadeen"
    assert translit.to_arabic(text) == "الشدادي أند الميادين"
    assert translit.to_arabic(text, "dmg") == "الشدادي أند الميدeeن"  # DMG has no ee: kept as typed
    assert translit.to_arabic("Al-Mayadeen", "ala-lc") != translit.to_arabic("Al-Mayadeen")
    assert translit.to_arabic("madrasa", "dmg") == "مدرسة"


def test_strict_checks_each_run_with_its_scheme() -> None:
    assert translit.to_arabic("aš-Šaddādī and al-Mayadeen", errors="strict")
    with pytest.raises(translit.UnreadableError):
        translit.to_arabic("aš-Šaddādī Ω", errors="strict")


# --- casual only for English-style ASCII -----------------------------------------------------


@pytest.mark.parametrize("text", ["al-Qamar", "jiddan", "qism", "al-Tanaf", "Majlis", "wa-usratih"])
def test_plain_ascii_without_english_spelling_is_not_casual(text: str) -> None:
    assert translit.detect(text) == "ala-lc"


@pytest.mark.parametrize("text", ["Mohammed", "Al-Mayadeen", "Hadi al-Ameri", "Abdullah", "Al Jazeera"])
def test_english_spelling_is_casual(text: str) -> None:
    assert translit.detect(text) == "casual"


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        # A name of casual's gazetteer (@evidence-words) or a plain Abu / -i nisba is English
        # spelling, even with no letter of its own: the casual table reads it.
        ("al-Najaf", "النجف"),
        ("Rafik Hariri", "رفيق الحريري"),
        ("Abu Bakr al-Baghdadi", "أبو بكر البغدادي"),
        ("Nizar Qabbani", "نزار قباني"),
    ],
)
def test_plain_ascii_names_go_to_casual(text: str, arabic: str) -> None:
    assert translit.detect(text) == "casual"
    assert translit.to_arabic(text) == arabic


# --- texts several schemes write alike: any of them is right if the Arabic agrees -------------


@pytest.mark.parametrize(
    ("text", "schemes"),
    [
        # IJMES and ALA-LC both write al- unassimilated, macrons and the digraph gh.
        ("Jamāl al-Dīn al-Afghānī", {"ijmes", "ala-lc"}),
        # IJMES and DMG both write ʿ and macrons in a title.
        ("Kitāb al-ʿIbar", {"ijmes", "dmg"}),
        # BGN and UNGEGN 1972 are one system.
        ("Ar Riyāḑ", {"bgn", "ungegn"}),
    ],
)
def test_ambiguous_text_any_agreeing_scheme(text: str, schemes: set[str]) -> None:
    assert translit.detect(text) in schemes
    assert len({translit.to_arabic(text, s) for s in schemes}) == 1
    assert translit.to_arabic(text) == translit.to_arabic(text, next(iter(schemes)))


def test_white_space_trigger_holds_every_space() -> None:
    """A fingerprint with \\s may be skipped on text without one of these characters, so they
    must be every character \\s matches, for ``regex`` and for ``re``."""
    import re

    import regex

    spaces = detection._white_space()
    for cp in range(0x110000):
        ch = chr(cp)
        if regex.match(r"\s", ch) or re.match(r"\s", ch):
            assert ch in spaces, hex(cp)


def test_word_hits_lower_case_lookup_holds_every_word() -> None:
    """_word_hits skips a text none of whose words is listed in lower case: sound only if a
    word _hits looks up (all lower case, or a capital and then lower case) is the same as
    its lower case, so every character that lower case changes must be upper or title case."""
    for cp in range(0x110000):
        ch = chr(cp)
        if ch.lower() != ch:
            assert ch.isupper() or ch.istitle(), hex(cp)
    for text in TEXTS + ["Hariri", "HARIRI", "hariri", "al-Hariri Qabbani", "Ǆamal", "ǅamal"]:
        assert detection._word_hits(text) == detection._hits(text), text


def test_latin_blocks_hold_every_latin_letter() -> None:
    """pipeline.has_latin asks LATIN_LETTER only of text that has a character of these
    blocks: sound only if they hold every character \\p{Latin} matches."""
    everything = "".join(map(chr, range(0x110000)))
    latin = [m.group() for m in pipeline.LATIN_LETTER.finditer(everything)]
    assert len(latin) > 1000
    for ch in latin:
        assert pipeline._LATIN_BLOCKS.match(ch), hex(ord(ch))
