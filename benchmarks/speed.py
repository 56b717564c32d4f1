"""Speed of translit against its peers, per word, on words the process has never seen.

    python benchmarks/speed.py [--words N] [--synthetic N]

Prints µs/word for ``translit.to_arabic`` (auto-detected, and with ``scheme="ala-lc"``
forced, which leaves detection out) and ICU's compiled ``Latin-Arabic`` transform
(PyICU), ``translit.to_key`` and ``unidecode.unidecode``, their ratios, and the import time
of ``translit``.  Every figure is *cold*: each measurement runs in a fresh Python process
that converts each word exactly once, so no cache (of translit, ICU or unidecode) can serve
a word it has met before.  Table compilation (translit) and transform construction (ICU)
happen before the clock starts, on words outside the measured set.

Words: the first column of ``../shared/data/loc_ala-lc_words.tsv`` (distinct, in file
order; skipped with a message when absent) and synthetic distinct words built from the
ALA-LC and DMG letters, so the script runs without the data.  This prints figures; it is
not a test.  Targets: to_arabic <= 3x ICU, to_key <= 3x unidecode, import < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORDS_FILE = ROOT.parent / "shared" / "data" / "loc_ala-lc_words.tsv"

# Letters the synthetic words are made of: each scheme's spellings, with its own quote marks.
ALA_LC = ["b", "t", "th", "j", "ḥ", "kh", "d", "dh", "r", "z", "s", "sh", "ṣ", "ḍ", "ṭ", "ẓ", "ʻ",
          "gh", "f", "q", "k", "l", "m", "n", "h", "w", "y", "ʼ"]
DMG = ["b", "t", "ṯ", "ǧ", "ḥ", "ḫ", "d", "ḏ", "r", "z", "s", "š", "ṣ", "ḍ", "ṭ", "ẓ", "ʿ", "ġ",
       "f", "q", "k", "l", "m", "n", "h", "w", "y", "ʾ"]
VOWELS = ["a", "i", "u", "ā", "ī", "ū", "a", "i", "a"]
WARMUP = ["warmup", "al-Qāhirah", "aš-Šaddādī", "Hādī al-ʿĀmirī", "Muṣṭafá", "Dayr az-Zūr"]


def synthetic(n: int, seed: int = 31635) -> list[str]:
    """n distinct words (CV syllables, an article now and then) in ALA-LC or DMG letters."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        cons = ALA_LC if rng.random() < 0.5 else DMG
        word = "".join(rng.choice(cons) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4)))
        word += rng.choice(["", "", rng.choice(cons), "ah" if cons is ALA_LC else "a"])
        if rng.random() < 0.25:
            word = "al-" + word
        if rng.random() < 0.3:
            word = word[0].upper() + word[1:]
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def load_words(limit: int, n_synthetic: int) -> tuple[list[str], str]:
    words: list[str] = []
    if WORDS_FILE.is_file():
        with WORDS_FILE.open(encoding="utf-8") as f:
            next(f)
            for line in f:
                words.append(line.split("\t", 1)[0])
        words = list(dict.fromkeys(w for w in words if w))[:limit]
        source = f"{len(words)} distinct words of {WORDS_FILE.name}"
    else:
        source = f"no data ({WORDS_FILE} is absent)"
    known = set(words) | set(WARMUP)
    extra = [w for w in synthetic(n_synthetic + len(known) // 50 + 100) if w not in known][:n_synthetic]
    return words + extra, f"{source} + {len(extra)} synthetic"


def measure(name: str, limit: int, n_synthetic: int) -> float:
    """In this (fresh) process: µs per word of one converter, each word converted once."""
    words, _ = load_words(limit, n_synthetic)
    if name.split("@")[0] in ("to_arabic", "to_key"):
        import translit

        func = getattr(translit, name.split("@")[0])
        if "@" in name:  # a forced scheme: no detection
            forced, scheme = func, name.split("@")[1]
            func = lambda w: forced(w, scheme)  # noqa: E731
    elif name == "icu":
        import icu

        func = icu.Transliterator.createInstance("Latin-Arabic").transliterate
    elif name == "unidecode":
        from unidecode import unidecode as func
    else:
        raise SystemExit(f"unknown converter {name}")
    for w in WARMUP:  # compile tables / load transforms outside the clock
        func(w)
    if name.split("@")[0] in ("to_arabic", "to_key"):
        # Auto-detection may hand a word to any scheme: every scheme's tables are compiled
        # before the clock too, with the parts otherwise compiled when a text first needs
        # them, so no compilation is timed as if it were conversion.
        translit.pipeline.compile_all()
        for w in WARMUP:
            for each in translit.schemes():  # (not `scheme`: the forced lambda reads that name)
                getattr(translit, name.split("@")[0])(w, each)
    start = time.perf_counter()
    for w in words:
        func(w)
    return (time.perf_counter() - start) / len(words) * 1e6


def child(name: str, limit: int, n_synthetic: int) -> float | str:
    """Run measure() in a fresh interpreter; a string is the reason it could not run."""
    code = (
        "import json, sys; sys.path.insert(0, %r); import speed; "
        "print(json.dumps(speed.measure(%r, %d, %d)))" % (str(HERE), name, limit, n_synthetic)
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
        return last
    return float(json.loads(proc.stdout.strip().splitlines()[-1]))


def import_ms(repeat: int = 7) -> float:
    """Best of `repeat` runs of ``-X importtime``: translit's cumulative import time."""
    best = float("inf")
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import translit"],
            capture_output=True, text=True, cwd=ROOT,
        )
        for line in proc.stderr.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) == 3 and parts[2] == "translit":
                best = min(best, int(parts[1]) / 1000)
    return best


def first_call_ms() -> float:
    code = (
        "import time, translit; t = time.perf_counter(); translit.to_arabic('al-Qāhirah'); "
        "translit.to_key('al-Qāhirah'); print((time.perf_counter() - t) * 1000)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    return float(proc.stdout.strip()) if proc.returncode == 0 else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=20000, help="distinct data words (default 20000)")
    ap.add_argument("--synthetic", type=int, default=5000, help="synthetic words (default 5000)")
    args = ap.parse_args()
    words, source = load_words(args.words, args.synthetic)
    if not WORDS_FILE.is_file():
        print(f"skipped the word file: {WORDS_FILE} is absent; synthetic words only")
    print(f"words: {len(words)} ({source}), each converted once per fresh process")
    results: dict[str, float | str] = {}
    labels = {
        "to_arabic": "translit.to_arabic",
        "to_arabic@ala-lc": "  scheme='ala-lc'",
        "icu": "ICU Latin-Arabic",
        "to_key": "translit.to_key",
        "to_key@ala-lc": "  scheme='ala-lc'",
        "unidecode": "unidecode.unidecode",
    }
    for name in labels:
        results[name] = child(name, args.words, args.synthetic)
    for name, label in labels.items():
        r = results[name]
        shown = f"{r:8.2f} µs/word" if isinstance(r, float) else f"unavailable ({r})"
        print(f"  {label:22s} {shown}")
    for ours, peer, target in (
        ("to_arabic", "icu", 3.0),
        ("to_arabic@ala-lc", "icu", 3.0),
        ("to_key", "unidecode", 3.0),
        ("to_key@ala-lc", "unidecode", 3.0),
    ):
        a, b = results[ours], results[peer]
        if isinstance(a, float) and isinstance(b, float):
            ratio = a / b
            verdict = "ok" if ratio <= target else "over target"
            print(f"  {labels[ours]} / {labels[peer]}: {ratio:5.2f}x (target <= {target:g}x: {verdict})")
        else:
            print(f"  {labels[ours]} / {labels[peer]}: skipped ({labels[peer]} is not installed)")
    ms = import_ms()
    print(f"  import translit: {ms:6.1f} ms (target < 100 ms: {'ok' if ms < 100 else 'over target'})")
    print(f"  first call (compiles the tables it needs): {first_call_ms():6.1f} ms")


if __name__ == "__main__":
    main()
