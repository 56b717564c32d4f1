"""Find the tables, compile them lazily, and chain them into the conversions.

    text ─ fold ─ detect ─ parse[scheme] ─ pivot ─┬─ spell ─ plain ─► Arabic script
                                                   └─ key ──────────► ASCII key

The stages are the files in ``tables/``: ``fold.tsv`` (lookalike characters), one file per
scheme in ``tables/schemes/`` (spelling to pivot), ``pivot.tsv`` (shared clean-up of the
pivot), ``spell.tsv`` (pivot to vocalized Arabic), ``plain.tsv`` (drop the vowel marks),
``arabic.tsv`` (normalize Arabic-script input) and ``key.tsv`` (pivot to ASCII).  Nothing
here knows any scheme: a scheme is a file.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import regex

from .engine import CompiledPass, compile_pass, run
from .table import Pass, Rule, Table, TableError, load_table

def _tables_dir() -> Path:
    # Installed, the tables sit inside the package (translit/tables); in a source checkout
    # they are the top-level tables/ folder beside the package.
    here = Path(__file__).resolve().parent
    for candidate in (here / "tables", here.parent / "tables"):
        if (candidate / "spell.tsv").is_file():
            return candidate
    return Path(str(files("translit") / "tables"))


TABLES = _tables_dir()
SCHEMES = TABLES / "schemes"

# Runs of Arabic script (letters, marks, Arabic punctuation and digits, presentation forms).
ARABIC_RUN = regex.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
LATIN_LETTER = regex.compile(r"[\p{Latin}]")


@dataclass(frozen=True)
class Scheme:
    id: str
    title: str
    standard: str
    example: str
    aliases: tuple[str, ...]
    priority: float
    lowercase: bool
    fold: bool
    path: Path


@cache
def stage(name: str) -> tuple[CompiledPass, ...]:
    """The compiled passes of one table file (``fold``, ``spell``, ``schemes/dmg`` ...)."""
    passes = table(name).passes
    if name == "spell":
        # The exception lexicon competes with the first pass's rules: a whole word is the
        # longest match, so it wins, and its output is never rewritten by a later rule.
        first = Pass(passes[0].name, lexicon_rules() + passes[0].rules)
        passes = [first, *passes[1:]]
    return tuple(compile_pass(p) for p in passes)


def lexicon_rules() -> list[Rule]:
    """The lexicon's rows, their romanized matches read into the pivot by ``@scheme``."""
    lex = table("lexicon")
    scheme = lex.meta.get("scheme", "")
    if scheme not in registry():
        raise TableError(lex.path, 0, f"@scheme {scheme!r} is not a scheme table")
    variants = [v.split("=", 1) for v in lex.options.get("variant", "").split() if "=" in v]
    rules: list[Rule] = []
    for p in lex.passes:
        for r in p.rules:
            pivot = parse(prepare(r.match, scheme), scheme)
            for match in dict.fromkeys([pivot] + [pivot.replace(a, b) for a, b in variants]):
                rules.append(Rule(match, r.output, r.left, r.right, r.line, r.path))
    return rules


@cache
def table(name: str) -> Table:
    return load_table(TABLES / f"{name}.tsv", TABLES)


@cache
def registry() -> dict[str, Scheme]:
    """Every scheme table's metadata, by id, best priority first."""
    found: list[Scheme] = []
    for path in sorted(SCHEMES.glob("*.tsv")):
        t = table(f"schemes/{path.stem}")
        found.append(
            Scheme(
                id=t.meta.get("id", path.stem),
                title=t.meta.get("title", path.stem),
                standard=t.meta.get("standard", ""),
                example=t.meta.get("example", ""),
                aliases=tuple(t.aliases),
                priority=float(t.meta.get("priority", "0")),
                lowercase=t.options.get("lowercase", "yes") == "yes",
                fold=t.options.get("fold", "yes") == "yes",
                path=path,
            )
        )
    found.sort(key=lambda s: -s.priority)
    return {s.id: s for s in found}


@cache
def names() -> dict[str, str]:
    """Every accepted scheme name (ids and aliases, lower case) to its id."""
    out: dict[str, str] = {}
    for s in registry().values():
        out[s.id] = s.id
        for a in s.aliases:
            out[a.lower()] = s.id
    return out


@cache
def _evidence() -> tuple[regex.Pattern[str], tuple[tuple[str, float], ...]]:
    groups: list[str] = []
    owners: list[tuple[str, float]] = [("", 0.0)]
    for s in registry().values():
        for source, weight, _line in table(f"schemes/{s.path.stem}").evidence:
            groups.append(f"({source})")
            owners.append((s.id, weight))
    return regex.compile("|".join(groups) or "(?!)", regex.V0), tuple(owners)


def detect_text(text: str) -> str:
    """The scheme whose fingerprints weigh most in the text as typed (ties: priority)."""
    pattern, owners = _evidence()
    score: dict[str, float] = {}
    for m in pattern.finditer(unicodedata.normalize("NFC", text)):
        sid, weight = owners[m.lastindex]
        score[sid] = score.get(sid, 0.0) + weight
    ranked = list(registry())
    if not score:
        return ranked[0]
    return max(ranked, key=lambda sid: score.get(sid, 0.0))


def fold(text: str) -> str:
    """Lookalike characters to one spelling each (the ``fold`` table works on NFD)."""
    return unicodedata.normalize("NFC", run(stage("fold"), unicodedata.normalize("NFD", text)))


def prepare(text: str, scheme: str) -> str:
    """The text as the scheme's table reads it: folded and lower-cased unless its @option says no."""
    s = registry()[scheme]
    if s.fold:
        text = fold(text)
    elif not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.lower() if s.lowercase else text


def parse(folded: str, scheme: str) -> str:
    """Prepared text (see prepare) to the pivot."""
    s = registry()[scheme]
    return run(stage("pivot"), run(stage(f"schemes/{s.path.stem}"), folded))


def spell(pivot: str, vocalized: bool) -> str:
    arabic = run(stage("spell"), pivot)
    if not vocalized:
        arabic = run(stage("plain"), arabic)
    return unicodedata.normalize("NFC", arabic)


def normalize_arabic(text: str, vocalized: bool) -> str:
    text = run(stage("arabic"), unicodedata.normalize("NFC", text))
    return text if vocalized else run(stage("plain"), text)


def key(pivot: str) -> str:
    return run(stage("key"), pivot)


def loose_key(pivot: str) -> str:
    return run(stage("loose"), pivot)


def arabic_pivot(text: str) -> str:
    """Arabic script read back into the (unvocalized) pivot."""
    return run(stage("unspell"), normalize_arabic(text, False))


def pieces(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_arabic_script, piece) runs."""
    out: list[tuple[bool, str]] = []
    pos = 0
    for m in ARABIC_RUN.finditer(text):
        if m.start() > pos:
            out.append((False, text[pos : m.start()]))
        out.append((True, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((False, text[pos:]))
    return out
