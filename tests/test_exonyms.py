"""English exonyms of Arab countries and cities (translit/exonyms.py, from CLDR via ICU)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import translit
from translit import exonyms


@pytest.fixture
def with_icu() -> None:
    pytest.importorskip("icu")


@pytest.mark.usefixtures("with_icu")
@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        ("Iraq", "العراق"),
        ("Syria", "سوريا"),
        ("Kuwait", "الكويت"),
        ("Jordan", "الأردن"),
        ("United Arab Emirates", "الإمارات العربية المتحدة"),
        ("Saudi Arabia", "المملكة العربية السعودية"),
        ("Egypt", "مصر"),
        ("Palestine", "فلسطين"),
        ("Baghdad", "بغداد"),
        ("Damascus", "دمشق"),
        ("Beirut", "بيروت"),
        ("Cairo", "القاهرة"),
        ("Riyadh", "الرياض"),
        ("Amman", "عمان"),  # CLDR writes عمّان: the shadda goes unless vocalized
    ],
)
def test_exonyms_convert(english: str, arabic: str) -> None:
    assert translit.to_arabic(english) == arabic


@pytest.mark.usefixtures("with_icu")
def test_case_and_surrounding_spaces() -> None:
    assert translit.to_arabic("  united arab EMIRATES ") == "  الإمارات العربية المتحدة "
    assert translit.to_arabic("IRAQ\n") == "العراق\n"
    assert translit.to_arabic("Amman", vocalized=True) == "عمّان"


@pytest.mark.usefixtures("with_icu")
def test_only_a_whole_text_is_an_exonym() -> None:
    assert translit.to_arabic("Iraq") == "العراق"
    assert translit.to_arabic("Iraqi") != "العراقي"  # not an exonym: the ordinary rules
    assert "العراق" not in translit.to_arabic("Iraq and Syria")


@pytest.mark.usefixtures("with_icu")
def test_a_named_scheme_reads_the_text_as_romanization(monkeypatch: pytest.MonkeyPatch) -> None:
    named = {s: translit.to_arabic("Qatar", s) for s in ("casual", "ala-lc")}
    monkeypatch.setattr(exonyms, "AVAILABLE", False)
    assert named == {s: translit.to_arabic("Qatar", s) for s in ("casual", "ala-lc")}


@pytest.mark.usefixtures("with_icu")
def test_table_comes_from_cldr() -> None:
    table = exonyms.table()
    # 22 country names, the short name Palestine, and the exemplar cities of their zones.
    assert len(table) >= 40
    assert all(key == exonyms.normalize(key) for key in table)
    assert {"iraq", "baghdad", "damascus", "cairo", "palestinian territories", "palestine"} <= set(table)
    assert all(not value.isascii() for value in table.values())


@pytest.mark.usefixtures("with_icu")
def test_keys_of_exonyms_are_keys_of_the_english() -> None:
    # to_key is not changed by exonyms: the key of "Iraq" is the key of what was typed.
    assert translit.to_key("Baghdad") == "baghdad"


def test_without_icu_the_rules_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exonyms, "AVAILABLE", False)
    assert exonyms.lookup("Iraq") is None
    # No exonym table: the text is read by the ordinary rules, as a romanization.
    assert translit.to_arabic("Iraq") == translit.to_arabic("Iraq", translit.detect("Iraq"))
    assert translit.to_arabic("Cairo") != "القاهرة"


def test_without_pyicu_installed() -> None:
    code = (
        "import sys; sys.modules['icu'] = None\n"  # import icu now raises ImportError
        "import translit\nfrom translit import exonyms\n"
        "print(exonyms.AVAILABLE, exonyms.table(), translit.to_arabic('Cairo') != 'القاهرة')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "{}", "True"]


@pytest.mark.parametrize(
    ("alias", "scheme"),
    [("din31635", "dmg"), ("DIN", "dmg"), ("lc", "ala-lc"), ("alalc", "ala-lc"), ("ALA-LC", "ala-lc"),
     ("ei", "ei2"), ("iso", "iso233"), ("ISO233", "iso233")],
)  # fmt: skip
def test_scheme_aliases(alias: str, scheme: str) -> None:
    assert translit.to_arabic("Baġdād", alias) == translit.to_arabic("Baġdād", scheme)
    assert translit.to_key("Dimašq", alias) == translit.to_key("Dimašq", scheme)
