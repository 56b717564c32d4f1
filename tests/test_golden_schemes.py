"""Golden rows for every scheme table, written from the standards (never from the tool).

Three kinds of files in ``tests/golden/`` (UTF-8, TAB-separated, ``#`` starts a comment line):

* ``<id>.tsv`` for a scheme id in ``translit.schemes()``: ``roman<TAB>arabic<TAB>key``; the
  key column may be empty or absent.
* ``cross-*.tsv``: a header row naming scheme columns plus ``arabic`` and ``key``; each row
  is one name written in each scheme (an empty cell: the scheme has no such form).
* ``detect-*.tsv``: ``text<TAB>scheme id``, what ``translit.detect`` must answer.

A last column ``xfail: reason`` marks a row as an expected failure (strict: it must fail);
in a cross file ``xfail[dmg,wehr]: reason`` marks only those scheme cells.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import translit

GOLDEN = Path(__file__).parent / "golden"
# Each scheme's golden file covers its letters and rules: at least this many rows.
MIN_ROWS = {"ala-lc": 300, "dmg": 300}


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((n, line.split("\t")))
    return rows


def _xfail(fields: list[str], column: str = "") -> tuple[list[str], list[pytest.MarkDecorator]]:
    last = fields[-1] if fields else ""
    m = re.match(r"xfail(?:\[([\w,-]+)\])?:\s*(.*)", last)
    if not m:
        return fields, []
    if m.group(1) and column not in m.group(1).split(","):
        return fields[:-1], []
    return fields[:-1], [pytest.mark.xfail(strict=True, reason=m.group(2))]


def _scheme_cases() -> list:
    known = translit.schemes()
    cases = []
    for path in sorted(GOLDEN.glob("*.tsv")):
        sid = path.stem
        if sid not in known:
            continue
        for n, fields in _rows(path):
            fields, marks = _xfail(fields)
            roman, arabic = fields[0], fields[1]
            key = fields[2] if len(fields) > 2 else ""
            cases.append(pytest.param(sid, roman, arabic, key, id=f"{sid}:{n}", marks=marks))
    return cases


def _cross_cases() -> list:
    known = translit.schemes()
    cases = []
    for path in sorted(GOLDEN.glob("cross-*.tsv")):
        rows = _rows(path)
        if not rows:
            continue
        header = rows[0][1]
        ai, ki = header.index("arabic"), header.index("key")
        for n, fields in rows[1:]:
            for col, sid in enumerate(header):
                cells, marks = _xfail(fields, sid)
                if sid not in known or col >= len(cells) or not cells[col]:
                    continue
                key = cells[ki] if ki < len(cells) else ""
                cases.append(
                    pytest.param(sid, cells[col], cells[ai], key, id=f"{path.stem}:{n}:{sid}", marks=marks)
                )
    return cases


def _detect_cases() -> list:
    cases = []
    for path in sorted(GOLDEN.glob("detect-*.tsv")):
        for n, fields in _rows(path):
            fields, marks = _xfail(fields)
            cases.append(pytest.param(fields[0], fields[1], id=f"{path.stem}:{n}", marks=marks))
    return cases


@pytest.mark.parametrize(("scheme", "roman", "arabic", "key"), _scheme_cases() + _cross_cases())
def test_golden(scheme: str, roman: str, arabic: str, key: str) -> None:
    assert translit.to_arabic(roman, scheme) == arabic
    if key:
        assert translit.to_key(roman, scheme) == key


@pytest.mark.parametrize("scheme", sorted(translit.schemes()))
def test_every_scheme_has_a_substantial_golden_file(scheme: str) -> None:
    path = GOLDEN / f"{scheme}.tsv"
    assert path.is_file(), f"no golden file for {scheme}"
    assert len(_rows(path)) >= MIN_ROWS.get(scheme, 40)


@pytest.mark.parametrize(("text", "scheme"), _detect_cases())
def test_detect(text: str, scheme: str) -> None:
    assert translit.detect(text) == scheme


# ../shared/data measures the project; the golden files were cleared of every row with a
# romanized cell that it also holds (ALA-LC writes many common words and names as other
# schemes do), and must stay so.
DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _romanized(path: Path) -> list[str]:
    """The romanized cells of a golden file: the first column, or in a cross file every
    column its header names but arabic and key."""
    rows = [fields for _, fields in _rows(path)]
    if not path.name.startswith("cross-") and path.name != "cross.tsv":
        return [fields[0] for fields in rows]
    header, *body = rows
    return [cell for fields in body for name, cell in zip(header, fields) if name not in ("arabic", "key") and cell]


@pytest.mark.parametrize("path", sorted(GOLDEN.glob("*.tsv")), ids=lambda p: p.stem)
def test_golden_rows_are_not_taken_from_the_measurement_data(path: Path) -> None:
    files = sorted(DATA.glob("*.tsv")) if DATA.is_dir() else []
    if not files:
        pytest.skip("../shared/data is absent")
    data = {line.split("\t", 1)[0] for f in files for line in f.read_text(encoding="utf-8").splitlines()}
    shared = [cell for cell in _romanized(path) if cell in data]
    assert not shared, shared[:10]
