"""Shared helpers for the benchmarks: find ../shared/data, sample it, score as its README says."""

from __future__ import annotations

import random
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
HARAKAT = regex.compile(r"[\u064B-\u0652\u0670\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


def data_file(name: str) -> Path | None:
    path = DATA / name
    if not path.is_file():
        print(f"skipped: {path} is absent (the evaluation data lives in ../shared/data)")
        return None
    return path


def load(path: Path) -> dict[str, tuple[set[str], str]]:
    """roman -> (every gold Arabic spelling, source_scheme of its first row), in file order."""
    gold: dict[str, tuple[set[str], str]] = {}
    with path.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3:
                continue
            roman, arabic, source = parts[0], parts[1], parts[2]
            entry = gold.setdefault(roman, (set(), source))
            entry[0].add(arabic)
    return gold


def sample(gold: dict[str, tuple[set[str], str]], n: int, seed: int = 0) -> list[str]:
    forms = list(gold)
    return random.Random(seed).sample(forms, min(n, len(forms)))


def exact(text: str) -> str:
    return unicodedata.normalize("NFC", HARAKAT.sub("", text))


def folded(text: str) -> str:
    text = exact(text).translate(FOLD)
    text = regex.sub(r"ى(?=\W|$)", "ي", text)
    text = regex.sub(r"ة(?=\W|$)", "ه", text)
    return regex.sub(r"\s+", "", text)


def score(convert, forms: list[str], gold, group=lambda roman, source: source):
    """Per group: [n, exact hits, folded hits]; also the misses for inspection."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[tuple[str, str, set[str]]] = []
    for roman in forms:
        spellings, source = gold[roman]
        out = convert(roman)
        row = table[group(roman, source)]
        row[0] += 1
        if exact(out) in {exact(g) for g in spellings}:
            row[1] += 1
            row[2] += 1
        elif folded(out) in {folded(g) for g in spellings}:
            row[2] += 1
            misses.append((roman, out, spellings))
        else:
            misses.append((roman, out, spellings))
    return table, misses


def report(title: str, table: dict[str, list[int]]) -> None:
    total = [sum(r[i] for r in table.values()) for i in range(3)]
    print(f"\n{title}")
    print(f"  {'group':<34} {'n':>6} {'exact':>8} {'folded':>8}")
    for name, (n, e, f) in sorted(table.items(), key=lambda kv: -kv[1][0]):
        print(f"  {name:<34} {n:>6} {100 * e / n:>7.1f}% {100 * f / n:>7.1f}%")
    n, e, f = total
    if n:
        print(f"  {'ALL':<34} {n:>6} {100 * e / n:>7.1f}% {100 * f / n:>7.1f}%")


def out(*args: object) -> None:
    print(*args, file=sys.stdout)
