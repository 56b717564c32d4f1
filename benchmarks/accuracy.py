"""Accuracy of translit.to_arabic on the catalogue data in ../shared/data (a script, not a test).

    python benchmarks/accuracy.py [--scheme ala-lc|auto] [--misses N] [--full]

Scores as ../shared/data/README.md says: 3,000 word forms and 2,000 phrases drawn at random
with seed 0 (``--full`` scores every word form too, and by frequency band); exact and folded.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _data  # noqa: E402

import translit  # noqa: E402


def band(index: dict[str, int]):
    def group(roman: str, source: str) -> str:
        i = index[roman]
        return "rank 1-1000" if i < 1000 else "rank 1001-10000" if i < 10000 else "rank 10001+"

    return group


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scheme", default="ala-lc", help="scheme to convert with (default ala-lc; try auto)")
    ap.add_argument("--misses", type=int, default=0, help="print this many misses of each file")
    ap.add_argument("--full", action="store_true", help="also score every word form, by frequency band")
    args = ap.parse_args()
    convert = lambda s: translit.to_arabic(s, args.scheme)  # noqa: E731

    words = _data.data_file("loc_ala-lc_words.tsv")
    if words:
        gold = _data.load(words)
        forms = _data.sample(gold, 3000)
        t0 = time.perf_counter()
        table, misses = _data.score(convert, forms, gold)
        dt = time.perf_counter() - t0
        _data.report(f"ALA-LC words, 3,000 forms drawn with seed 0 (scheme={args.scheme})", table)
        print(f"  time per item: {1e6 * dt / len(forms):.1f} µs (includes first-use compilation)")
        for roman, got, want in misses[: args.misses]:
            print(f"    {roman}\t{got}\t{' | '.join(sorted(want))}")
        if args.full:
            index = {r: i for i, r in enumerate(gold)}
            table, _ = _data.score(convert, list(gold), gold, band(index))
            _data.report("ALA-LC words, every form, by frequency rank", table)
    phrases = _data.data_file("aco_ala-lc_phrases.tsv")
    if phrases:
        gold = _data.load(phrases)
        forms = _data.sample(gold, 2000)
        table, misses = _data.score(convert, forms, gold)
        _data.report(f"ALA-LC phrases, 2,000 drawn with seed 0, by field (scheme={args.scheme})", table)
        for roman, got, want in misses[: args.misses]:
            print(f"    {roman}\t{got}\t{' | '.join(sorted(want))}")


if __name__ == "__main__":
    main()
