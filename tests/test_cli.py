"""The command-line filter, run as a subprocess (`python -m translit` and the console script)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import translit

CMD = [sys.executable, "-m", "translit"]
ENGLISH = (
    "Secretary General of the Badr Organization said on Monday that “this is the time for the\n"
    "American troops to leave Iraq, as there is no need or justification for their stay”.\n"
    "The Coalition’s troops (some 2,500 of them) aren't leaving Gaza or Iraq — yet.  \r\n"
    "\tIndented line with ‘single quotes’ and \"double\" ones; O'Brien's ad-hoc, well-known plan…"
)


def run(*args: str, stdin: bytes | str = b"", cmd: list[str] = CMD, **kw) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}  # output must not depend on the locale
    return subprocess.run([*cmd, *args], input=data, capture_output=True, timeout=60, env=env, **kw)


def out(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    return proc.stdout.decode("utf-8")


# --- conversion of whole lines -------------------------------------------------------------


def test_arabic_from_stdin() -> None:
    assert out(run("arabic", stdin="Hādī al-‘Āmirī\n")) == "هادي العامري\n"


def test_key_from_stdin() -> None:
    got = out(run("key", stdin="Dā‘iš\naš-Šaddādī\nal-Shaddādī\n"))
    assert got == "daish\nal-shaddadi\nal-shaddadi\n"


def test_dash_is_stdin() -> None:
    assert out(run("key", "-", stdin="Dā‘iš\n")) == "daish\n"


def test_each_line_matches_the_library() -> None:
    names = ["Dayr az-Zūr", "al-Qāhirah", "Muṣṭafá", "Ibn Taymīyah", "‘Ayn al-Asad"]
    got = out(run("arabic", stdin="\n".join(names) + "\n")).splitlines()
    assert got == [translit.to_arabic(n) for n in names]
    got = out(run("arabic", "--vocalized", stdin="\n".join(names) + "\n")).splitlines()
    assert got == [translit.to_arabic(n, vocalized=True) for n in names]
    got = out(run("key", "--loose", stdin="\n".join(names) + "\n")).splitlines()
    assert got == [translit.to_key(n, loose=True) for n in names]


def test_line_endings_are_preserved() -> None:
    got = run("arabic", stdin="Ḥarīr\r\nDā‘iš\n\r\nat-Tanaf").stdout
    assert got == "حرير\r\nداعش\n\r\nالتنف".encode()
    assert run("key", stdin="Ḥarīr\r\nDā‘iš").stdout == b"harir\r\ndaish"
    assert run("arabic", stdin="").stdout == b""


def test_files_in_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Dā‘iš\n", encoding="utf-8")
    b.write_text("aš-Šaddādī", encoding="utf-8")
    assert out(run("key", str(a), str(b))) == "daish\nal-shaddadi"
    assert out(run("key", str(b), "-", str(a), stdin="Ḥarīr\n")) == "al-shaddadiharir\ndaish\n"


def test_missing_file_is_reported_and_others_processed(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Dā‘iš\n", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    proc = run("key", str(missing), str(a))
    assert proc.returncode == 1
    assert proc.stdout == b"daish\n"
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err


def test_unknown_scheme() -> None:
    for command in ("arabic", "key"):
        proc = run(command, "--scheme", "klingon", stdin="Hādī\n")
        assert proc.returncode == 2
        assert proc.stdout == b""
        err = proc.stderr.decode()
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "klingon" in err
        for sid in translit.schemes():
            assert sid in err


def test_scheme_ids_and_aliases() -> None:
    for scheme in ("dmg", "DIN", "ala-lc", "lc", "auto"):
        assert out(run("arabic", "-s", scheme, stdin="Ḥarīr\n")) == "حرير\n"


def test_strict() -> None:
    assert out(run("arabic", "--strict", stdin="Ḥarīr\n")) == "حرير\n"
    proc = run("arabic", "--strict", "--scheme", "dmg", stdin="Ḥarīr\nHello wörld\nDā‘iš\n")
    assert proc.returncode == 1
    assert proc.stdout.decode() == "حرير\n"
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "line 2" in err and "Traceback" not in err


def test_detect() -> None:
    got = out(run("detect", stdin="al-Qāhirah\n\naš-Šaddādī\n")).split("\n")
    assert got == [translit.detect("al-Qāhirah"), "", translit.detect("aš-Šaddādī"), ""]
    assert set(got) - {""} <= set(translit.schemes())


def test_schemes_listing() -> None:
    got = out(run("schemes"))
    from translit import pipeline

    for s in pipeline.registry().values():
        assert s.id in got and s.title in got and s.example in got


def test_help_teaches() -> None:
    got = out(run("--help"))
    assert "examples:" in got and "translit arabic" in got and "--in-text" in got
    for command in ("arabic", "key", "detect", "schemes"):
        assert command in got
    arabic = out(run("arabic", "--help"))
    for option in ("--scheme", "--vocalized", "--strict", "--in-text", "--annotate"):
        assert option in arabic
    assert "--loose" in out(run("key", "--help"))


def test_no_command_is_a_usage_error() -> None:
    proc = run()
    assert proc.returncode == 2 and b"usage" in proc.stderr and b"Traceback" not in proc.stderr


# --- bytes -------------------------------------------------------------------------------------


def test_invalid_utf8_passes_through() -> None:
    data = b"\xff\xfe Hello \xc3( Dayr az-Z\xc5\xabr\n"
    got = run("arabic", "--in-text", stdin=data)
    assert got.returncode == 0
    assert got.stdout == b"\xff\xfe Hello \xc3( " + "دير الزور".encode() + b"\n"
    got = run("arabic", stdin=b"\xffD\xc4\x81\xe2\x80\x98i\xc5\xa1\xfe\n").stdout
    assert got == b"\xff" + "داعش".encode() + b"\xfe\n"
    got = run("key", stdin=b"\xff " + "Ḥarīr".encode() + b" \xfe\r\n").stdout
    assert got == b"\xff harir \xfe\r\n"


# --- in-text -------------------------------------------------------------------------------------


def test_in_text_leaves_english_identical() -> None:
    for command in ("arabic", "key"):
        proc = run(command, "--in-text", stdin=ENGLISH.encode())
        assert proc.returncode == 0 and proc.stdout == ENGLISH.encode()


def test_in_text_converts_names() -> None:
    text = "The troops on the ‘Ayn al-Asad and the Ḥarīr bases, said Hādī al-‘Āmirī.\n"
    assert out(run("arabic", "--in-text", stdin=text)) == (
        "The troops on the عين الأسد and the حرير bases, said هادي العامري.\n"
    )
    assert out(run("key", "-t", stdin=text)) == (
        "The troops on the ayn al-asad and the harir bases, said hadi al-amiri.\n"
    )
    assert out(run("arabic", "-t", stdin="the “aš-Šaddādī American base")) == "the “الشدادي American base"


def test_annotate() -> None:
    got = out(run("arabic", "--in-text", "--annotate", stdin="Secretary Hādī al-‘Āmirī said\n"))
    assert got == "Secretary Hādī al-‘Āmirī [هادي العامري] said\n"
    # --annotate implies --in-text
    got = out(run("arabic", "-a", stdin="east of Dayr az-Zūr.\r\n"))
    assert got == "east of Dayr az-Zūr [دير الزور].\r\n"


# --- process behaviour -----------------------------------------------------------------------------


@pytest.mark.parametrize(("command", "line", "out"), [
    ("key", "Dā‘iš {}", "daish {}"),
    ("arabic --in-text", "the Ḥarīr base {}", "the حرير base {}"),
])
def test_broken_pipe_is_quiet(command: str, line: str, out: str) -> None:
    script = f"{sys.executable!r} -m translit {command} | head -n 2"
    lines = "".join(line.format(i) + "\n" for i in range(100_000))
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", script], input=lines.encode(),
                          capture_output=True, timeout=120)
    assert proc.stdout.decode().splitlines() == [out.format(0), out.format(1)]
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr
    assert proc.returncode == 0


def test_lines_are_flushed_one_by_one() -> None:
    proc = subprocess.Popen([*CMD, "arabic"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert proc.stdin and proc.stdout
        proc.stdin.write("Dā‘iš\n".encode())
        proc.stdin.flush()
        assert proc.stdout.readline() == "داعش\n".encode()  # before stdin is closed
        proc.stdin.write("Ḥarīr\n".encode())
        proc.stdin.flush()
        assert proc.stdout.readline() == "حرير\n".encode()
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait(timeout=30)
    assert proc.returncode == 0


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupt_is_quiet() -> None:
    proc = subprocess.Popen([*CMD, "arabic"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdin and proc.stdout
    proc.stdin.write("Dā‘iš\n".encode())
    proc.stdin.flush()
    proc.stdout.readline()  # the filter is up and waiting for input
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err


@pytest.mark.skipif(shutil.which("translit") is None, reason="console script `translit` not on PATH")
def test_console_script() -> None:
    got = run("key", stdin="Dā‘iš\n", cmd=[shutil.which("translit") or "translit"])
    assert out(got) == "daish\n"


ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "article.txt"


def test_article_through_the_filter(tmp_path: Path) -> None:
    if not ARTICLE.is_file():
        pytest.skip(f"sample article not found at {ARTICLE} (it lives outside the project)")
    text = ARTICLE.read_text(encoding="utf-8")
    english = text[: text.index("\nالعامري:") + 1]
    src = tmp_path / "english.txt"
    src.write_bytes(english.encode("utf-8"))
    got = out(run("arabic", "--in-text", str(src)))
    assert len(got.splitlines()) == len(english.splitlines())
    for arabic in ["هادي العامري", "عين الأسد", "حرير", "“الشدادي American", "العمر", "دير الزور",
                   "داعش", "الوعد الحق", "الجزيرة", "التنف"]:
        assert arabic in got
    for english_word in ["Iraq", "Coalition’s", "Badr", "Gaza"]:
        assert got.count(english_word) == english.count(english_word)
    annotated = out(run("arabic", "--annotate", str(src)))
    assert "Hādī al-‘Āmirī [هادي العامري]" in annotated
    assert "the ‘Ayn al-Asad [عين الأسد] and the Ḥarīr [حرير] bases" in annotated


def test_half_converted_names_are_left_as_written() -> None:
    from translit import cli

    def half(text: str, scheme: str) -> str:
        return "ال" + text[3:]  # a conversion that left Latin letters behind

    line = "to al-Mayadeen and Dā‘iš."
    assert cli._in_text(line, "auto", half, False, True) == line
    assert cli._in_text(line, "auto", lambda t, s: t.upper(), False, False) == "to AL-MAYADEEN and DĀ‘IŠ."
