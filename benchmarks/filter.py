"""The shell filter on running text at scale: `translit arabic --in-text` against unidecode.

    python benchmarks/filter.py [--mb 50] [--jobs N] [--keep FILE]

Builds a multi-megabyte stream of English prose with romanized Arabic names inside (DMG or
ALA-LC spellings, one romanization a paragraph, typed with the quote marks real keyboards
give, repeated with a skewed frequency as names repeat in real news), then in the same run times two whole processes over
it, each reading the stream from a file and writing to /dev/null:

* ``python -m translit arabic --in-text`` (optionally ``--jobs N``);
* a tiny ``python -c`` loop applying ``unidecode.unidecode`` to every line of stdin.

Prints both wall times, the ratio, the throughput in MB/s and the peak resident memory of the
translit process (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``, measured in a fresh
wrapper process so that no other child counts).  Targets: at most 1.5x unidecode's time,
peak memory under 100 MB.  If ``../shared/samples/article.txt`` exists its English half is one
of the paragraphs (read at run time, never stored in the project).  This prints figures; it
is not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = ROOT.parent / "shared" / "samples" / "article.txt"

# Names as they turn up in translated news, typed with the quote marks keyboards give.  One
# text keeps to one romanization, so a paragraph draws its names from one of the two lists.
DMG = [
    "Hādī al-‘Āmirī", "Hādī al-ʿĀmirī", "‘Ayn al-Asad", "Dayr az-Zūr", "aš-Šaddādī", "Dā‘iš",
    "Ḥarīr", "al-‘Umar", "at-Tanaf", "al-Wa‘ad al-Ḥaqq", "al-Ğazīra", "Muḥammad ibn Salmān",
    "Ṣalāḥ ad-Dīn", "Abū Bakr al-Baġdādī", "Nūrī al-Mālikī", "Muqtadā aṣ-Ṣadr",
    "Ḥasan Naṣr Allāh", "al-Ḥašd aš-Šaʿbī", "Kirkūk", "al-Mawṣil", "Ṭarāblus", "Bayrūt",
    "Dimašq", "Ḥalab", "Ḥimṣ", "‘Abd al-Fattāḥ as-Sīsī", "Baššār al-Asad", "Ḥizb Allāh",
    "al-Ḥūṯīyūn", "Ġazza", "Ḫān Yūnis", "an-Naǧaf", "al-Fallūǧa", "ar-Ramādī", "Takrīt",
    "Qāsim Sulaimānī", "Ṣan‘ā’", "‘Ammān", "al-Lāḏiqīya", "Ǧabal ad-Durūz",
]
ALA_LC = [
    "al-Qāhirah", "Dimashq", "Ḥalab", "al-Ḥudaydah", "Ṣanʻāʼ", "Muḥammad Shiyāʻ al-Sūdānī",
    "Bashshār al-Asad", "al-Baṣrah", "al-Sulaymānīyah", "Arbīl", "Karbalāʼ", "Sāmarrāʼ",
    "Maḥmūd ʻAbbās", "Yaḥyá al-Sinwār", "Muṣṭafá al-Kāẓimī", "Abū Mahdī al-Muhandis",
    "ʻAṣāʼib Ahl al-Ḥaqq", "al-Anbār", "Diyālá", "Nīnawá", "Wāsiṭ", "Maysān", "Dhī Qār",
    "al-Qādisīyah", "al-Mawṣil", "Ghazzah", "Khān Yūnus", "al-Najaf", "Ḥizb Allāh",
    "al-Ḥashd al-Shaʻbī", "Dayr al-Zūr", "al-Lādhiqīyah", "Jabal al-Durūz", "ʻAmmān",
]
# A skewed frequency: a few names make most of the mentions, as in any news feed.
WEIGHTS = {id(names): [1.0 / (rank + 1) for rank in range(len(names))] for names in (DMG, ALA_LC)}

PARAGRAPHS = [
    "The spokesman of the coalition said on Tuesday that talks with {0} would resume next week, "
    "adding that the delegation had met officials in {1} and in {2} to discuss the withdrawal "
    "of foreign troops. “We are not in a hurry,” he told reporters, “but the timetable is "
    "clear.” Analysts in Washington said the statement was the clearest sign yet that the "
    "government of {3} intends to keep its options open.",
    "Residents of {0} reported heavy shelling overnight, while a source close to {1} denied "
    "that its fighters had taken part in the attack. The United Nations called for restraint; "
    "its envoy, who had visited {2} earlier in the month, warned that the humanitarian "
    "situation was deteriorating fast. Prices of flour and fuel have doubled since the "
    "summer, according to aid workers.",
    "In an interview published on Sunday, {0} argued that the agreement signed in {1} had "
    "been \"dead on arrival\" and accused the opposition of bad faith. He didn't rule out new "
    "elections, but said they couldn't be held before the security forces regained control "
    "of {2} and the roads leading to {3}.",
    "The convoy left {0} at dawn and reached the outskirts of {1} by noon, a journey that "
    "used to take three hours. Drivers said the checkpoints of {2} had been removed, though "
    "some were back by evening. Nobody at the ministry would comment on the record.",
    "Historians have long debated the role of {0} in the events of that year. The archive "
    "in {1}, opened to researchers only recently, holds letters from {2} and {3} that shed "
    "new light on the negotiations, and on the part the British consul played in them.",
    "Markets were calm. The central bank kept its main rate unchanged at 5.5 per cent, and "
    "the currency traded within its usual band against the dollar for the third week running; "
    "officials expect inflation to ease in the spring as harvests come in and imports recover.",
]


def article_half() -> str | None:
    """The English half of the sample article, read from ../shared/samples (never copied)."""
    if not ARTICLE.is_file():
        return None
    text = ARTICLE.read_text(encoding="utf-8")
    cut = text.find("\nالعامري:")
    return text[: cut + 1] if cut > 0 else None


def build(path: Path, megabytes: float, seed: int = 31635) -> int:
    """Write about ``megabytes`` MB of prose with names to ``path``; return its size in bytes."""
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    article = article_half()
    written = 0
    with path.open("wb") as f:
        while written < target:
            if article is not None and rng.random() < 0.02:
                block = article
            else:
                template = rng.choice(PARAGRAPHS)
                pool = DMG if rng.random() < 0.6 else ALA_LC
                names = rng.choices(pool, WEIGHTS[id(pool)], k=4)
                block = template.format(*names) + "\n\n"
            data = block.encode("utf-8")
            f.write(data)
            written += len(data)
    return written


# A wrapper that runs one command with stdin/stdout redirected and prints its wall time and
# the peak RSS of its children (the command alone) as "seconds kilobytes".
WRAPPER = r"""
import resource, subprocess, sys, time
src, cmd = sys.argv[1], sys.argv[2:]
with open(src, "rb") as fin, open("/dev/null", "wb") as fout:
    t = time.perf_counter()
    rc = subprocess.call(cmd, stdin=fin, stdout=fout)
    dt = time.perf_counter() - t
if rc:
    sys.exit(rc)
print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

UNIDECODE = (
    "import sys\n"
    "from unidecode import unidecode\n"
    "w = sys.stdout.write\n"
    "for line in sys.stdin:\n"
    "    w(unidecode(line))\n"
)


def measure(src: Path, cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of ``cmd`` reading ``src``."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:surrogateescape"}
    out = subprocess.run([sys.executable, "-c", WRAPPER, str(src), *cmd], capture_output=True,
                         text=True, env=env, check=False)
    if out.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{out.stderr}")
    seconds, kb = out.stdout.split()
    return float(seconds), int(kb) / 1024  # ru_maxrss is in kilobytes on Linux


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="size of the prose stream in MB (default 50)")
    ap.add_argument("--jobs", type=int, default=0, help="also time translit with --jobs N")
    ap.add_argument("--keep", type=Path, help="write the stream to this file and keep it")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        src = args.keep or Path(tmp) / "prose.txt"
        size = build(src, args.mb)
        mb = size / 1_000_000
        print(f"stream: {mb:.1f} MB of English prose with romanized names"
              f"{' (article included)' if article_half() else ''}")
        translit = [sys.executable, "-m", "translit", "arabic", "--in-text"]
        runs = [("translit arabic --in-text", translit)]
        if args.jobs:
            runs.append((f"translit arabic --in-text --jobs {args.jobs}", [*translit, "--jobs", str(args.jobs)]))
        t_uni, m_uni = measure(src, [sys.executable, "-c", UNIDECODE])
        print(f"{'unidecode (python -c loop)':<40} {t_uni:7.2f} s  {mb / t_uni:6.2f} MB/s  peak {m_uni:6.1f} MB")
        for label, cmd in runs:
            t, m = measure(src, cmd)
            print(f"{label:<40} {t:7.2f} s  {mb / t:6.2f} MB/s  peak {m:6.1f} MB  "
                  f"ratio {t / t_uni:.2f}x unidecode")
        print("targets: ratio <= 1.5x, peak < 100 MB")


if __name__ == "__main__":
    main()
