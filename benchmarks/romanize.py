"""Romanize the Arabic side of ../shared/data/loc_ala-lc_words.tsv to ALA-LC and compare with
the catalogue's romanization (3,000 forms drawn with seed 0, as benchmarks/_data.py does).

    PYTHONPATH=. python3 benchmarks/romanize.py
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _data  # noqa: E402

import regex  # noqa: E402

import translit  # noqa: E402

HARAKAT = regex.compile(r"[\u064B-\u0652\u0670]")


def why(got: str, want: str, arabic: str) -> str:
    g, w = unicodedata.normalize("NFC", got), unicodedata.normalize("NFC", want)
    if g.lower() == w.lower():
        return "capitalization only"
    gl, wl = g.lower(), w.lower()
    strip = lambda s: regex.sub(r"[aiu]", "", s)  # noqa: E731
    if strip(gl) == strip(wl) and not HARAKAT.search(arabic):
        return "short vowels unknown (unvocalized Arabic)"
    # ي / و read as a long vowel where the word has y / w with a short vowel (dayr, qawl),
    # and short vowels unknown besides.
    skel = lambda s: strip(regex.sub("ī", "y", regex.sub("ū", "w", s.replace("īy", "y").replace("ūw", "w"))))  # noqa: E731
    if skel(gl) == skel(wl) and not HARAKAT.search(arabic):
        return "short vowels unknown, ي/و read as ī/ū"
    # a pronoun suffix or case ending the catalogue vocalizes (-hu, -hā, -ihi, -uhā)
    if skel(regex.sub(r"(h|hā|hum|hunna|k|kum|nā|ī)$", "", gl)) == skel(regex.sub(r"[aiu]*(h[aiu]?|hā|hum|hunna|k[aiu]?|kum|nā|ī)$", "", wl)):
        return "short vowels unknown, with a suffix"
    if gl.replace("ʼ", "") == wl.replace("ʼ", ""):
        return "hamza"
    if gl.replace("īy", "ī") == wl.replace("īy", "ī") or gl.replace("iy", "īy") == wl:
        return "ī / īy"
    if gl.endswith("ah") != wl.endswith("ah") or gl.endswith("at") != wl.endswith("at"):
        return "-ah / -at / -a"
    if ("á" in gl) != ("á" in wl):
        return "á / ā"
    if strip(gl).replace("ā", "") == strip(wl).replace("ā", ""):
        return "short vowels and long vowel letters"
    return "other"


def main() -> int:
    path = _data.data_file("loc_ala-lc_words.tsv")
    if path is None:
        return 0
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                rows.append((parts[0], parts[1]))
    sample = random.Random(0).sample(rows, min(3000, len(rows)))
    exact = folded = 0
    reasons: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for roman, arabic in sample:
        got = translit.romanize(arabic, to="ala-lc")
        if unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", roman):
            exact += 1
            folded += 1
            continue
        if got.lower() == roman.lower():
            folded += 1
        r = why(got, roman, arabic)
        reasons[r] += 1
        examples.setdefault(r, []).append(f"{arabic} -> {got} (catalogue: {roman})")
    n = len(sample)
    print(f"romanize(Arabic, to='ala-lc') on {n} LC catalogue words (seed 0)")
    print(f"  exact match:            {exact:5d}  {100 * exact / n:5.1f}%")
    print(f"  case-insensitive match: {folded:5d}  {100 * folded / n:5.1f}%")
    print("  why the rest differ:")
    for r, c in reasons.most_common():
        print(f"    {r:<42} {c:5d}  {100 * c / n:5.1f}%")
        for e in examples[r][:int(__import__("os").environ.get("EXAMPLES", "3"))]:
            print(f"        e.g. {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
