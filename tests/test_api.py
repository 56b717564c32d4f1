"""The public API contract of design.md: names, types, errors, schemes and aliases."""

from __future__ import annotations

import pytest

import translit

FUNCS = [translit.to_arabic, translit.to_key, translit.detect]


def test_public_names() -> None:
    for name in ("to_arabic", "to_key", "detect", "schemes", "UnreadableError", "TableError"):
        assert name in translit.__all__
        assert hasattr(translit, name)


@pytest.mark.parametrize("func", [translit.to_arabic, translit.to_key])
def test_empty_in_empty_out(func) -> None:
    assert func("") == ""
    for scheme in ["auto", *translit.schemes()]:
        assert func("", scheme) == ""


def test_detect_empty_is_a_known_scheme() -> None:
    assert translit.detect("") in translit.schemes()


@pytest.mark.parametrize("func", FUNCS)
@pytest.mark.parametrize("bad", [None, 3, b"al-Qahirah", ["al-Qahirah"]])
def test_non_str_text_is_a_type_error(func, bad) -> None:
    with pytest.raises(TypeError) as err:
        func(bad)
    assert "str" in str(err.value)


@pytest.mark.parametrize("func", [translit.to_arabic, translit.to_key])
def test_unknown_scheme_lists_the_known_ones(func) -> None:
    with pytest.raises(ValueError) as err:
        func("al-Qāhirah", "klingon")
    message = str(err.value)
    assert "klingon" in message
    for sid in ["auto", *translit.schemes()]:
        assert sid in message


@pytest.mark.parametrize("func", [translit.to_arabic, translit.to_key])
def test_non_str_scheme_is_a_type_error(func) -> None:
    with pytest.raises(TypeError):
        func("al-Qāhirah", 3)


def test_unknown_errors_mode_lists_the_known_ones() -> None:
    with pytest.raises(ValueError) as err:
        translit.to_arabic("al-Qāhirah", errors="ignore")
    assert "preserve" in str(err.value) and "strict" in str(err.value)


def test_strict_names_the_character_and_its_offset() -> None:
    with pytest.raises(translit.UnreadableError) as err:
        translit.to_arabic("Muḥammad Ω", "ala-lc", errors="strict")
    e = err.value
    assert (e.char, e.offset, e.scheme) == ("Ω", 9, "ala-lc")
    assert "'Ω'" in str(e) and "offset 9" in str(e) and "U+03A9" in str(e)
    assert isinstance(e, ValueError)


def test_strict_offset_counts_characters_as_typed() -> None:
    # The offset is into the text as given, whatever its normalization.
    with pytest.raises(translit.UnreadableError) as err:
        translit.to_arabic("Hādī Ωmar", "dmg", errors="strict")
    assert err.value.offset == 5


def test_strict_accepts_readable_text() -> None:
    assert translit.to_arabic("al-Qāhirah", "ala-lc", errors="strict") == "القاهرة"
    assert translit.to_arabic("aš-Šaddādī", "dmg", errors="strict") == "الشدادي"


def test_preserve_keeps_unreadable_text() -> None:
    # Characters no scheme reads (other scripts, symbols, digits) come out as they went in.
    for tail in ["ω", "漢字", "☃ ✓", "2020", "(1999)"]:
        out = translit.to_arabic("Muḥammad " + tail, "ala-lc")
        assert out == "محمد " + tail
        assert translit.to_arabic("Muḥammad " + tail, "ala-lc", errors="preserve") == out


def test_schemes() -> None:
    found = translit.schemes()
    assert isinstance(found, dict)
    assert {"dmg", "ala-lc"} <= set(found)
    assert all(isinstance(k, str) and isinstance(v, str) and v for k, v in found.items())
    assert "Library of Congress" in found["ala-lc"]
    assert "DMG" in found["dmg"]
    # A caller cannot change what the library sees.
    found.clear()
    assert translit.schemes()


@pytest.mark.parametrize(
    ("alias", "scheme", "text"),
    [
        ("din31635", "dmg", "aš-Šaddādī"),
        ("din", "dmg", "aš-Šaddādī"),
        ("DMG", "dmg", "aš-Šaddādī"),
        ("lc", "ala-lc", "al-Qāhirah"),
        ("alalc", "ala-lc", "al-Qāhirah"),
        ("ALA-LC", "ala-lc", "al-Qāhirah"),
    ],
)
def test_aliases(alias: str, scheme: str, text: str) -> None:
    assert translit.to_arabic(text, alias) == translit.to_arabic(text, scheme)
    assert translit.to_key(text, alias) == translit.to_key(text, scheme)


def test_detect_returns_a_scheme_id() -> None:
    assert translit.detect("aš-Šaddādī") == "dmg"
    assert translit.detect("al-Qāhirah") == "ala-lc"
    assert translit.detect("hello world") in translit.schemes()


def test_keyword_only_options() -> None:
    with pytest.raises(TypeError):
        translit.to_arabic("al-Qāhirah", "ala-lc", True)  # type: ignore[misc]
    with pytest.raises(TypeError):
        translit.to_key("al-Qāhirah", "ala-lc", True)  # type: ignore[misc]


def test_vocalized_adds_only_marks() -> None:
    plain = translit.to_arabic("Hādī al-ʿĀmirī")
    vocal = translit.to_arabic("Hādī al-ʿĀmirī", vocalized=True)
    assert vocal != plain
    assert "".join(c for c in vocal if not "\u064b" <= c <= "\u0652") == plain


def test_key_examples_of_design_md() -> None:
    for text in ["Hādī al-ʿĀmirī", "Hādī al-ʻĀmirī", "Hādī al-‘Āmirï", "Hadi al-'Amiri"]:
        assert translit.to_key(text) == "hadi al-amiri"
    for text in ["aš-Šaddādī", "al-Shaddādī"]:
        assert translit.to_key(text) == "al-shaddadi"


def test_loose_keys_meet_arabic_script() -> None:
    assert translit.to_key("Hādī al-ʿĀmirī", loose=True) == translit.to_key("هادي العامري", loose=True)


def test_arabic_script_is_normalized() -> None:
    # Persian kāf and yāʾ become the standard letters; harakat go unless vocalized.
    assert translit.to_arabic("کتاب ی") == "كتاب ي"
    assert translit.to_arabic("مُحَمَّد") == "محمد"
    assert translit.to_arabic("مُحَمَّد", vocalized=True) == "مُحَمَّد"
