"""Find the tables, compile them lazily, and chain them into the conversions.

    text ─ fold ─ detect ─ parse[scheme] ─ pivot ─┬─ spell ─ plain ─► Arabic script
                                                   └─ key ──────────► ASCII key

The stages are the files in ``tables/``: ``fold.tsv`` (lookalike characters), one file per
scheme in ``tables/schemes/`` (spelling to pivot), ``pivot.tsv`` (shared clean-up of the
pivot), ``spell.tsv`` (pivot to vocalized Arabic), ``plain.tsv`` (drop the vowel marks),
``arabic.tsv`` (normalize Arabic-script input) and ``key.tsv`` (pivot to ASCII).  The
detect step is translit/detection.py.  Nothing here knows any scheme: a scheme is a file.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import regex

from .engine import CompiledPass, Stage, compile_pass
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
_ARABIC = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
# A run does not start with a combining mark that sits on a Latin letter (or its marks):
# NFD puts an Arabic haraka before a Latin accent (lower combining class), and the split
# must not depend on the normalization form.
ARABIC_RUN = regex.compile(rf"(?:(?!\p{{M}})|(?<![\p{{L}}\p{{M}}])){_ARABIC}+")
_ARABIC_SEARCH = re.compile(_ARABIC).search  # the stdlib: a plain class, several times faster
LATIN_LETTER = regex.compile(r"[\p{Latin}]")
# The blocks that hold every character of the Latin script (and more): text with none of
# them has no Latin letter, which a stdlib search tells several times faster than
# LATIN_LETTER (see has_latin; a test checks that they hold all of \p{Latin}).
_LATIN_BLOCKS = re.compile(
    "[A-Za-z\u00aa\u00ba\u00c0-\u02ff\u1d00-\u1eff\u2070-\u218f\u2c60-\u2c7f\ua720-\ua7ff"
    "\uab30-\uab6f\ufb00-\ufb06\uff21-\uff5a\U00010780-\U000107bf\U0001df00-\U0001dfff]"
)


def has_latin(text: str) -> bool:
    """Whether the text holds a letter of the Latin script (LATIN_LETTER)."""
    return _LATIN_BLOCKS.search(text) is not None and LATIN_LETTER.search(text) is not None


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


_STAGES: dict[str, Stage] = {}


def runner(name: str) -> Stage:
    """The compiled passes of one table file, chained and guarded (see engine.Stage)."""
    found = _STAGES.get(name)
    if found is None:
        found = _STAGES[name] = Stage(stage(name))
    return found


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


def compile_all() -> None:
    """Compile every table now, not when a conversion first needs it: for a long-running
    process that wants no pause later, and for benchmarks/speed.py, which times conversion,
    not compilation (auto-detection may hand any word to any scheme)."""
    from . import detection  # (it imports this module)

    names = ["fold", "pivot", "spell", "plain", "key", "loose", "arabic", "unspell", "render"]
    for name in names + [f"schemes/{s.path.stem}" for s in registry().values()]:
        for p in stage(name):
            p.compile_deferred()
    for sid in registry():
        if can_render(sid):
            for p in _renderer(sid).passes:
                p.compile_deferred()
    detection.compile_all()


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
            # A variant a=b: a key ending in a also matches the same word ending in b
            # (the final ā, -āh and -at that schemes write differently).
            ends = [pivot[: -len(a)] + b for a, b in variants if pivot.endswith(a)]
            for match in dict.fromkeys([pivot, *ends]):
                rules.append(dataclasses.replace(r, match=match))
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


def scheme_id(scheme: object) -> str:
    """A scheme id, alias (any case) or "auto" to its id; TypeError / ValueError otherwise."""
    if not isinstance(scheme, str):
        raise TypeError(f"scheme must be a str, not {type(scheme).__name__}")
    if scheme.lower() == "auto":
        return "auto"
    found = names().get(scheme.lower())
    if found is None:
        known = ", ".join(["auto", *registry()])
        raise ValueError(f"unknown scheme {scheme!r}; known schemes: {known}")
    return found


_NFC = unicodedata.normalize


def fold(text: str) -> str:
    """Lookalike characters to one spelling each (the ``fold`` table works on NFD)."""
    return _NFC("NFC", runner("fold").run(_NFC("NFD", text)))


@cache
def _parser(scheme: str) -> Stage:
    return Stage(stage(f"schemes/{registry()[scheme].path.stem}") + stage("pivot"))


def prepare(text: str, scheme: str) -> str:
    """The text as the scheme's table reads it: folded and lower-cased unless its @option says no."""
    s = registry()[scheme]
    if s.fold:
        text = fold(text)
    elif not text.isascii():
        text = _NFC("NFC", text)
    return text.lower() if s.lowercase else text


def parse(prepared: str, scheme: str) -> str:
    """Prepared text (see prepare) to the pivot."""
    return _parser(scheme).run(prepared)


def spell(pivot: str, vocalized: bool) -> str:
    arabic = runner("spell").run(pivot)
    if not vocalized:
        arabic = runner("plain").run(arabic)
    return _NFC("NFC", arabic)


def normalize_arabic(text: str, vocalized: bool) -> str:
    text = runner("arabic").run(_NFC("NFC", text))
    return text if vocalized else runner("plain").run(text)


def key(pivot: str) -> str:
    return runner("key").run(pivot)


def loose_key(pivot: str) -> str:
    return runner("loose").run(pivot)


def arabic_pivot(text: str) -> str:
    """Arabic script read back into the (unvocalized) pivot."""
    return runner("unspell").run(normalize_arabic(text, False))


def pieces(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_arabic_script, piece) runs."""
    if _ARABIC_SEARCH(text) is None:  # the common case: no Arabic script at all
        return [(False, text)] if text else []
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


# -- render: pivot -> a scheme's Latin (the @render passes of the scheme's own table) ---------

_SHADDA_AFTER_VOWEL = regex.compile("([\u064B-\u0650\u0652])\u0651")
_OPEN_A = regex.compile("\u064E\u0670")  # fatḥa + dagger alif: final ā of unknown spelling
_PIVOT_WORD = regex.compile(r"[^\s]+")


def can_render(scheme: str) -> bool:
    return bool(table(f"schemes/{registry()[scheme].path.stem}").render)


@cache
def _renderer(scheme: str) -> Stage:
    t = table(f"schemes/{registry()[scheme].path.stem}")
    return Stage(tuple(compile_pass(p) for p in t.render))


def _settle_final_a(word: str) -> str:
    """fatḥa + dagger alif (a final ā whose letter the orthography decides) becomes ا or ى
    as spell.tsv and the lexicon write the word, so that a scheme which tells them apart
    (á / ā) renders it right."""
    if "\u0670" not in word:
        return word
    arabic = spell(word, True)
    letter = "ى" if regex.search("ى[\u064B-\u0652]*$", arabic) else "ا"
    return _OPEN_A.sub("\u064E" + letter, word)


def render(pivot: str, scheme: str) -> str:
    """The pivot in the scheme's Latin: shared clean-up (render.tsv), then its @render passes.

    A scheme whose table says ``@option render-from spelled`` (a transliteration: ISO 233,
    Buckwalter) renders instead the vocalized Arabic that to_arabic writes, letter by letter.
    """
    pivot = _SHADDA_AFTER_VOWEL.sub("\u0651\\1", _NFC("NFC", pivot))
    if _renders_spelled(scheme):
        # The spell stage's own output, before NFC would move shadda after the vowel.
        return _NFC("NFC", _renderer(scheme).run(runner("spell").run(pivot)))
    pivot = _PIVOT_WORD.sub(lambda m: _settle_final_a(m.group()), pivot)
    pivot = runner("render").run(pivot)
    return _NFC("NFC", _renderer(scheme).run(pivot))


@cache
def _renders_spelled(scheme: str) -> bool:
    return table(f"schemes/{registry()[scheme].path.stem}").options.get("render-from") == "spelled"


def vocalized_pivot(text: str) -> str:
    """(Partly) vocalized Arabic script read into the pivot (unspell-vocalized.tsv, with
    the short-vowel lexicon vowels.tsv for words written without harakat)."""
    text = runner("arabic").run(_NFC("NFC", text)).replace("\u0640", "")
    text = _SHADDA_AFTER_VOWEL.sub("\u0651\\1", _NFC("NFC", text))
    return _unspeller().run(text)


def vowel_words() -> dict[str, str]:
    """tables/vowels.tsv: unvocalized word -> its pivot (the romanized column parsed)."""
    return {r.match: r.output for r in _vowel_rules()}


@cache
def _vowel_rules() -> tuple[Rule, ...]:
    t = table("vowels")
    scheme = t.meta.get("scheme", "")
    if scheme not in registry():
        raise TableError(t.path, 0, f"@scheme {scheme!r} is not a scheme table")
    return tuple(
        dataclasses.replace(r, output=parse(prepare(r.output, scheme), scheme))
        for p in t.passes
        for r in p.rules
    )


@cache
def _unspeller() -> Stage:
    passes = table("unspell-vocalized").passes
    first = Pass(passes[0].name, list(_vowel_rules()) + passes[0].rules)
    return Stage(tuple(compile_pass(p) for p in [first, *passes[1:]]))
