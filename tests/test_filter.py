"""The filter on running text: nothing but the names changes, JSON lines, several files,
long lines in bounded pieces, worker processes, bytes that are not UTF-8, streaming."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from translit import cli, find

CMD = [sys.executable, "-m", "translit"]
ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "article.txt"


def run(*args: str, stdin: bytes | str = b"") -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    return subprocess.run([*CMD, *args], input=data, capture_output=True, timeout=120, env=env)


def ok(proc: subprocess.CompletedProcess[bytes]) -> bytes:
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    return proc.stdout


def converter(*argv: str) -> cli.Converter:
    return cli.Converter(cli.build_parser().parse_args(list(argv)))


def convert(text: str, *argv: str) -> str:
    """What the filter writes for ``text`` (in process, one block)."""
    block = cli.Block("-", 1, 0, text.encode("utf-8", "surrogateescape"))
    return converter(*argv)(block).data.decode("utf-8", "surrogateescape")


def cut_out(text: str, ranges: list[tuple[int, int]]) -> list[str]:
    """The pieces of ``text`` between the ranges."""
    out, pos = [], 0
    for start, end in ranges:
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return out


def output_ranges(text: str, out: str, replace) -> list[tuple[int, int]]:
    """Where each span of ``text`` landed in ``out``, given how it was replaced."""
    ranges, shift = [], 0
    for s in find(text):
        new = replace(s)
        ranges.append((s.start + shift, s.start + shift + len(new)))
        shift += len(new) - (s.end - s.start)
    return ranges


def arabic_of(span: translit.Span) -> str:
    arabic = cli._to_script(span, lambda t, s: translit.to_arabic(t, s))[1]
    return span.text if arabic is None else arabic


def strip_annotations(text: str, out: str, annotated=lambda span: True) -> str:
    """``out`` with the " [...]" written after each (annotated) span of ``text`` removed."""
    pieces, i, o = [], 0, 0
    for s in find(text):
        n = s.end - i  # the text before the span, and the span
        pieces.append(out[o : o + n])
        i, o = s.end, o + n
        if annotated(s) and out.startswith(" [", o):
            o = out.index("]", o) + 1
    pieces.append(out[o:])
    return "".join(pieces)


NAMES = ["Hādī al-‘Āmirī", "‘Ayn al-Asad", "Dayr az-Zūr", "aš-Šaddādī", "Dā‘iš", "Ḥarīr",
         "al-‘Umar", "al-Wa‘ad al-Ḥaqq", "al-Ğazīra", "Abū l-Qāsim", "Muṣṭafá", "al-Mayadeen"]
PROSE = st.lists(
    st.one_of(
        st.sampled_from(NAMES),
        st.sampled_from(["the", "Iraq", "Badr", "Coalition’s", "don't", "“", "”", ",", ".", " ",
                         "  ", "\n", "\r\n", "\t", "(", ")", "ā", "‘", "-", "al-", "Rashid"]),
        st.text(max_size=5),
    ),
    max_size=30,
).map("".join)


# --- nothing but the names changes ------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(PROSE)
def test_only_spans_change(text: str) -> None:
    out = convert(text, "arabic", "--in-text")
    spans = find(text)
    assert cut_out(out, output_ranges(text, out, arabic_of)) == cut_out(
        text, [(s.start, s.end) for s in spans]
    )


@settings(max_examples=200, deadline=None)
@given(PROSE)
def test_keys_in_place_change_only_spans(text: str) -> None:
    out = convert(text, "key", "--in-text")
    spans = find(text)
    key = lambda s: translit.to_key(s.text, s.scheme)  # noqa: E731
    assert cut_out(out, output_ranges(text, out, key)) == cut_out(
        text, [(s.start, s.end) for s in spans]
    )


@settings(max_examples=200, deadline=None)
@given(PROSE)
def test_annotations_removed_give_the_input(text: str) -> None:
    converted = lambda s: cli._to_script(s, lambda t, sch: translit.to_arabic(t, sch))[1] is not None  # noqa: E731
    assert strip_annotations(text, convert(text, "arabic", "--annotate"), converted) == text
    assert strip_annotations(text, convert(text, "key", "--annotate")) == text


def test_annotate_and_keys_in_place() -> None:
    line = "Secretary General Hādī al-‘Āmirī said that “aš-Šaddādī base”.\n"
    assert convert(line, "arabic", "--annotate") == (
        "Secretary General Hādī al-‘Āmirī [هادي العامري] said that “aš-Šaddādī [الشدادي] base”.\n"
    )
    assert convert(line, "key", "--in-text") == (
        "Secretary General hadi al-amiri said that “al-shaddadi base”.\n"
    )
    assert convert(line, "arabic", "--in-text", "--key") == convert(line, "key", "--in-text")
    assert convert(line, "key", "-a") == (
        "Secretary General Hādī al-‘Āmirī [hadi al-amiri] said that “aš-Šaddādī [al-shaddadi] base”.\n"
    )


# --- JSON lines ---------------------------------------------------------------------------------


def test_jsonl_records_point_at_the_spans(tmp_path: Path) -> None:
    text = (
        "Secretary Hādī al-‘Āmirī said\r\nnothing here\n".encode()
        + b"\xff \xfe " + "Dā‘iš and ‘Ayn al-Asad.\nlast line Ḥarīr".encode()
    )
    src = tmp_path / "in.txt"
    src.write_bytes(text)
    records = [json.loads(line) for line in ok(run("arabic", "--format", "jsonl", str(src))).splitlines()]
    lines = text.decode("utf-8", "surrogateescape").splitlines()
    assert [r["text"] for r in records] == ["Hādī al-‘Āmirī", "Dā‘iš", "‘Ayn al-Asad", "Ḥarīr"]
    assert [r["line"] for r in records] == [1, 3, 3, 4]
    for r in records:
        assert set(r) == {"file", "line", "start", "end", "text", "scheme", "arabic", "key"}
        assert lines[r["line"] - 1][r["start"] : r["end"]] == r["text"]
        assert r["file"] == str(src)
        assert r["scheme"] in translit.schemes()
        assert r["arabic"] == translit.to_arabic(r["text"], r["scheme"])
        assert r["key"] == translit.to_key(r["text"], r["scheme"])
    assert records[0]["arabic"] == "هادي العامري" and records[0]["key"] == "hadi al-amiri"
    # the same records from the key command and from standard input (file "-")
    from_stdin = [json.loads(x) for x in ok(run("key", "-f", "jsonl", stdin=text)).splitlines()]
    assert [{**r, "file": "-"} for r in records] == from_stdin


def test_jsonl_unreadable_name_has_null_arabic() -> None:
    conv = converter("arabic", "-f", "jsonl")
    conv._arabic = lambda text, scheme: "ال" + text[3:]  # a conversion that left Latin letters
    [record] = conv(cli.Block("x", 7, 0, "to al-Mayadeen today".encode())).data.decode().splitlines()
    assert json.loads(record) == {
        "file": "x", "line": 7, "start": 3, "end": 14, "text": "al-Mayadeen",
        "scheme": json.loads(record)["scheme"], "arabic": None, "key": json.loads(record)["key"],
    }


# --- several files, missing files, bytes --------------------------------------------------------


def test_several_files_in_text_and_jsonl(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text("in Dayr az-Zūr\nand Ḥarīr\n", encoding="utf-8")
    b.write_text("no names\n", encoding="utf-8")
    c.write_text("then Dā‘iš", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    proc = run("arabic", "--in-text", str(a), str(missing), str(b), str(c))
    assert proc.returncode == 1
    assert proc.stdout.decode() == "in دير الزور\nand حرير\nno names\nthen داعش"
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err
    proc = run("arabic", "-f", "jsonl", str(a), str(b), str(c))
    records = [json.loads(x) for x in ok(proc).splitlines()]
    assert [(Path(r["file"]).name, r["line"], r["text"]) for r in records] == [
        ("a.txt", 1, "Dayr az-Zūr"), ("a.txt", 2, "Ḥarīr"), ("c.txt", 1, "Dā‘iš")]


def test_directory_is_a_one_line_error(tmp_path: Path) -> None:
    proc = run("key", str(tmp_path), stdin="Dā‘iš\n")
    assert proc.returncode == 1 and proc.stdout == b""
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and str(tmp_path) in err and "Traceback" not in err


def test_bytes_that_are_not_utf8_pass_through_in_text() -> None:
    data = b"\xff\xfe the \xc3( \xe1\xb8\xa4ar\xc4\xabr base, \xe2\x80 Dayr az-Z\xc5\xabr \x80\n" + b"plain \xff line\n"
    got = ok(run("arabic", "--in-text", stdin=data))
    assert got == b"\xff\xfe the \xc3( " + "حرير".encode() + b" base, \xe2\x80 " + "دير الزور".encode() + b" \x80\nplain \xff line\n"
    annotated = ok(run("arabic", "--annotate", stdin=data))
    assert annotated.replace(" [حرير]".encode(), b"").replace(" [دير الزور]".encode(), b"") == data


def test_library_never_raises_on_text() -> None:
    for text in ["\udcff Ḥarīr \ud800 al-\ud800x", "\x00\x1f al-\u0304 ‘", "ā" * 10_000, "‘" * 1000 + "Dā‘iš"]:
        for s in find(text):
            translit.to_arabic(s.text, s.scheme)
            translit.to_key(s.text, s.scheme)
        cli._in_text(text, "auto", translit.to_arabic, True, True)
        cli._in_text(text, "auto", translit.to_key, False, False)
        translit.to_arabic(text)
        translit.to_key(text)


# --- long lines, bounded reads -----------------------------------------------------------------


def long_line(size: int) -> str:
    sentence = ("The convoy left Dayr az-Zūr at dawn and reached aš-Šaddādī by noon, said Hādī "
                "al-‘Āmirī; “Dā‘iš” was gone from ‘Ayn al-Asad and Ḥarīr (2,500 troops). ")
    return sentence * (size // len(sentence.encode()) + 1)


class CountingReader(io.BytesIO):
    """A stream that remembers the largest read asked of it."""

    largest = 0

    def read1(self, size: int = -1) -> bytes:  # type: ignore[override]
        self.largest = max(self.largest, size)
        return super().read1(size)


def test_long_line_is_read_in_bounded_pieces_that_cut_no_span() -> None:
    line = long_line(2_000_000)
    data = line.encode()
    stream = CountingReader(data)
    blocks = list(cli._blocks("-", stream, lambda: None))
    assert 0 < stream.largest <= cli._READ
    assert len(blocks) >= 2_000_000 // cli._PIECE
    assert all(len(b.data) <= cli._PIECE for b in blocks)
    assert b"".join(b.data for b in blocks) == data
    cuts, pos = set(), 0
    for b in blocks:
        text = b.data.decode()
        assert b.column == pos and b.line == 1
        pos += len(text)
        cuts.add(pos)
    for span in find(line[:300_000] + "\n"):
        assert not any(span.start < c < span.end for c in cuts)


def test_long_line_through_the_filter(tmp_path: Path) -> None:
    line = long_line(2_000_000)
    src = tmp_path / "long.txt"
    src.write_text(line + "\nDā‘iš\n", encoding="utf-8")
    got = ok(run("arabic", "--in-text", str(src))).decode()
    assert got == convert(line, "arabic", "--in-text") + "\nداعش\n"  # pieces = the whole line
    assert "Dā‘iš" not in got and "Ḥarīr" not in got
    # the records of the long line have offsets in the whole line
    records = [json.loads(x) for x in ok(run("key", "-f", "jsonl", str(src))).splitlines()]
    assert [(r["line"], r["start"], r["end"], r["text"]) for r in records] == [
        (1, s.start, s.end, s.text) for s in find(line)] + [(2, 0, 5, "Dā‘iš")]


def test_cut_falls_back_to_a_character_boundary() -> None:
    data = "ā".encode() * (cli._PIECE // 2 + 10)
    cut = cli._cut(data)
    assert 0 < cut <= cli._PIECE
    data[:cut].decode("utf-8")  # no UTF-8 sequence cut in two


# --- worker processes ------------------------------------------------------------------------------


def test_jobs_give_the_same_output(tmp_path: Path) -> None:
    paragraphs = [
        "Sources to al-Mayadeen said the base at the al-‘Umar oil field east of Dayr az-Zūr was hit.",
        "The Coalition’s troops (some 2,500 of them) aren't leaving Iraq — yet.",
        "Hādī al-‘Āmirī and Muṣṭafá al-Kāẓimī met in al-Qāhirah with Abū l-Qāsim.",
        "\xff not UTF-8 \xfe Ḥarīr\r",
        "",
    ]
    lines = [paragraphs[i % len(paragraphs)] + f" {i % 1000}" for i in range(20_000)]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogateescape") + long_line(600_000).encode()
    src = tmp_path / "big.txt"
    src.write_bytes(data)  # about 2 MB: a few dozen blocks for the workers
    small = tmp_path / "small.txt"
    small.write_bytes(data[: 3 * cli._READ])
    for argv, path in ((["arabic", "--in-text"], src), (["key", "-f", "jsonl"], src), (["arabic"], small)):
        one = ok(run(*argv, str(path)))
        assert ok(run(*argv, "--jobs", "2", str(path))) == one
    assert ok(run("arabic", "-t", "-j", "3", str(src), str(src))) == ok(run("arabic", "-t", str(src))) * 2


def test_jobs_must_be_positive() -> None:
    proc = run("arabic", "--jobs", "0", stdin="x\n")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr


@pytest.mark.parametrize("extra", [[], ["--jobs", "2"]])
def test_in_text_output_follows_the_input(extra: list[str]) -> None:
    proc = subprocess.Popen([*CMD, "arabic", "--in-text", *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    try:
        assert proc.stdin and proc.stdout
        for line, expected in [("east of Dayr az-Zūr\n", "east of دير الزور\n"),
                               ("the Ḥarīr base\n", "the حرير base\n")]:
            proc.stdin.write(line.encode())
            proc.stdin.flush()
            assert proc.stdout.readline() == expected.encode()  # before the input ends
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait(timeout=60)
    assert proc.returncode == 0


def test_strict_in_text_names_the_line() -> None:
    proc = run("arabic", "--in-text", "--strict", "--scheme", "dmg",
               stdin="east of Dayr az-Zūr\nthe Ḥarīr base\n")
    assert proc.returncode == 0
    assert proc.stdout.decode() == "east of دير الزور\nthe حرير base\n"


# --- the sample article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article() -> tuple[str, str]:
    if not ARTICLE.is_file():
        pytest.skip(f"sample article not found at {ARTICLE} (it lives outside the project)")
    text = ARTICLE.read_text(encoding="utf-8")
    cut = text.index("\nالعامري:") + 1
    return text[:cut], text[cut:]


# Each romanized name of the article and the Arabic its Arabic half writes it with.
ARTICLE_NAMES = {
    "Hādī al-‘Āmirī": "هادي العامري", "Hādī al-‘Āmirï": "هادي العامري", "Al-‘Āmirī": "العامري",
    "Dā‘iš": "داعش", "‘Ayn al-Asad": "عين الأسد", "Ḥarīr": "حرير", "aš-Šaddādī": "الشدادي",
    "al-‘Umar": "العمر", "Dayr az-Zūr": "دير الزور", "at-Tanaf": "التنف",
    "al-Wa‘ad al-Ḥaqq": "الوعد الحق", "al-Ğazīra": "الجزيرة", "al-Mayadeen": "الميادين",
}


def test_article_every_name_as_its_arabic_half_writes_it(article: tuple[str, str]) -> None:
    english, arabic_half = article
    for arabic in ARTICLE_NAMES.values():  # the table above is the article's own spelling
        assert arabic in arabic_half or arabic.replace("ال", "لل", 1) in arabic_half
    records = [json.loads(x) for x in ok(run("arabic", "-f", "jsonl", stdin=english)).splitlines()]
    lines = english.splitlines()
    assert {r["text"] for r in records} == set(ARTICLE_NAMES)
    for r in records:
        assert lines[r["line"] - 1][r["start"] : r["end"]] == r["text"]
        assert r["arabic"] == ARTICLE_NAMES[r["text"]], r


def test_article_other_bytes_identical(article: tuple[str, str]) -> None:
    english, _ = article
    out = ok(run("arabic", "--in-text", stdin=english)).decode()
    spans = find(english)
    expected = "".join(
        piece + (ARTICLE_NAMES[s.text] if i < len(spans) else "")
        for i, (piece, s) in enumerate(zip(cut_out(english, [(s.start, s.end) for s in spans]), [*spans, None]))
    )
    assert out == expected
    annotated = ok(run("arabic", "--annotate", stdin=english)).decode()
    assert strip_annotations(english, annotated) == english
    for word in ["Iraq", "Coalition’s", "Badr", "Gaza", "Kuwait", "“legal targets”"]:
        assert out.count(word) == english.count(word)
