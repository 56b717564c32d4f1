"""`translit romanize`: the command-line face of translit.romanize (run as a subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import translit
from translit.romanize import render_schemes

CMD = [sys.executable, "-m", "translit"]


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}  # output must not depend on the locale
    return subprocess.run([*CMD, *args], input=stdin.encode("utf-8"), capture_output=True, timeout=60, env=env)


def out(proc: subprocess.CompletedProcess[bytes]) -> str:
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    return proc.stdout.decode("utf-8")


def test_lines_into_ala_lc() -> None:
    got = out(run("romanize", "--to", "ala-lc", stdin="aš-Šaddādī\nIbn Taimīya\n\n"))
    assert got == "al-Shaddādī\nIbn Taymīyah\n\n"


def test_same_as_the_library() -> None:
    lines = ["Ǧamāl ʿAbd an-Nāṣir", "al-Jazīrah", "Ash Shāriqah", "مُحَمَّد", "محمد بن علي"]
    for to in ("dmg", "ala-lc", "bgn", "ei2"):
        got = out(run("romanize", "--to", to, stdin="\n".join(lines) + "\n")).splitlines()
        assert got == [translit.romanize(line, to=to) for line in lines]


def test_source_scheme_and_alias() -> None:
    assert out(run("romanize", "--to", "dmg", "-s", "ala-lc", stdin="al-Qāhirah\n")) == "al-Qāhira\n"
    assert out(run("romanize", "--to", "lc", "--scheme", "dmg", stdin="Mūsā\n")) == "Mūsá\n"


def test_file_and_line_endings(tmp_path: Path) -> None:
    f = tmp_path / "names.txt"
    f.write_bytes("al-Qāhirah\r\n  Dimashq  \n".encode("utf-8"))
    assert out(run("romanize", "--to", "dmg", str(f))) == "al-Qāhira\r\n  Dimašq  \n"


def test_in_text_rewrites_only_the_names() -> None:
    text = "The troops left ‘Ayn al-Asad and Dayr az-Zūr in Iraq.\n"
    got = out(run("romanize", "--to", "dmg", "--in-text", stdin=text))
    assert got == "The troops left ʿAin al-Asad and Dair az-Zūr in Iraq.\n"


def test_strict_unknown_short_vowel() -> None:
    proc = run("romanize", "--to", "dmg", "--strict", stdin="محمد\nكتب\n")
    assert proc.returncode == 1
    assert proc.stdout.decode("utf-8") == "muḥammad\n"
    assert b"line 2" in proc.stderr and b"short vowel" in proc.stderr


def test_default_is_not_strict() -> None:
    assert out(run("romanize", "--to", "dmg", stdin="كتب\n")) == "ktb\n"


def test_bad_target_and_missing_to() -> None:
    proc = run("romanize", "--to", "casual", stdin="x\n")
    assert proc.returncode == 2 and b"render table" in proc.stderr
    assert run("romanize", "--to", "nope", stdin="x\n").returncode == 2
    assert run("romanize", stdin="x\n").returncode == 2


def test_help_lists_targets() -> None:
    text = out(run("romanize", "--help"))
    for sid in render_schemes():
        assert sid in text
