"""Golden cases for DMG / DIN 31635: tests/golden/dmg.tsv, one case per row.

Each row is ``roman<TAB>arabic<TAB>key``; the expected Arabic is the standard orthography
written from the rules of DIN 31635 (schemes.md §2.1, §4), not from the tool's output.
An empty key is not checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import translit

GOLDEN = Path(__file__).resolve().parent / "golden" / "dmg.tsv"

# Rows whose rule is still missing: roman -> reason.  Each must fail (strict xfail).
XFAIL: dict[str, str] = {}


def _rows() -> list:
    rows = []
    for lineno, line in enumerate(GOLDEN.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        assert len(fields) in (2, 3), f"{GOLDEN.name}:{lineno}: want roman<TAB>arabic[<TAB>key]"
        roman, arabic, key = (fields + [""])[:3]
        marks = [pytest.mark.xfail(reason=XFAIL[roman], strict=True)] if roman in XFAIL else []
        rows.append(pytest.param(roman, arabic, key, id=f"{lineno}:{roman}", marks=marks))
    return rows


ROWS = _rows()


def test_enough_rows() -> None:
    assert len(ROWS) >= 300


@pytest.mark.parametrize(("roman", "arabic", "key"), ROWS)
def test_dmg(roman: str, arabic: str, key: str) -> None:
    assert translit.to_arabic(roman, "dmg") == arabic
    if key:
        assert translit.to_key(roman, "dmg") == key
