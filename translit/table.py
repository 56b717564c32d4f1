"""Read rule tables: the plain-text files in ``tables/`` that hold all scheme knowledge.

A table is UTF-8 text, one entry per line, fields separated by TAB::

    # a comment line
    @title   ALA-LC (Library of Congress)          metadata: @id @title @standard @example @alias
    @class   sun   t th d dh r z s sh ...           a named set of strings, used as {sun}
    @pass    letters                                starts a pass (rules of one pass apply at once)
    @include lexicon.tsv                            reads another table's classes and passes here
                                                    (``@include names.tsv a=α``: its matches
                                                    with a written α)
    @evidence  #aš-  3                              detection: pattern and weight
    @evidence-words  names  2                       detection: a whole word a rule of pass
                                                    "names" matches (as typed: lower case or
                                                    capitalized) adds the weight
    @option  lowercase  yes                         an engine switch
    sh      ش                                       rule: match, output
    ah      َة      {cons}     #                     rule with left and right context

Matches and outputs are literal text.  Contexts are small patterns: ``{name}`` is a class, ``[abc]`` a set of characters,
``#`` a word edge, ``.`` any letter; ``( ) | * + ? {n,m}`` group and repeat; a leading ``!``
negates the whole context.  In every field ``\\uXXXX`` is a code point, ``\\s`` a space,
``\\t`` a tab, and ``\\`` escapes the next character.  An empty field is an empty string.
A field that starts with ``# `` (hash, space) begins a trailing comment.

Errors are raised as :class:`TableError` naming the file and line, at load time.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["TableError", "Rule", "Pass", "Table", "load_table"]


def _word_marks() -> str:
    """The combining marks a word may carry, as a set body: those of the combining blocks
    Latin text uses (U+0300 ff., U+1AB0 ff., U+1DC0 ff., U+20D0 ff., U+FE20 ff.) and of
    the Arabic blocks (harakat, Quranic marks).  Not every mark of Unicode: a set of all of
    them is some 500 characters, written into every word edge of every pattern, and it
    made compiling the tables several times slower; the marks of other scripts are not
    part of a romanized or Arabic word."""
    blocks = ((0x0300, 0x036F), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED),
              (0x08CA, 0x08FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
    marks = [cp for first, last in blocks for cp in range(first, last + 1) if unicodedata.category(chr(cp))[0] == "M"]
    runs: list[list[int]] = []
    for cp in marks:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# A letter of the tables (``.``; what a word edge ``#`` looks for): a Unicode letter or a
# combining mark of _word_marks.
WORD_MARKS = _word_marks()
LETTER = rf"[\p{{L}}{WORD_MARKS}]"
# The longest run an @evidence repeat (* + {n,}) covers: longer than any real word.
EVIDENCE_REPEAT = 40
_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_QUANT = re.compile(r"\{(\d+)(,(\d*))?\}")
_CLASS = re.compile(r"\{([A-Za-z_][\w-]*)\}")
_METADATA = {"id", "title", "standard", "example", "alias", "priority", "scheme"}


class TableError(ValueError):
    """A rule table is malformed; the message names the file and line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.reason = path, line, message


@dataclass(frozen=True)
class Rule:
    match: str
    output: str
    left: str  # regex source of the left context, "" for none
    right: str  # regex source of the right context, "" for none
    line: int
    path: str
    # The left context as lookbehinds of fixed width, one per width, where its width varies
    # but its ways can be listed (see _split_by_width; Python's ``re`` can run these); ""
    # where the left context is of one width already, or unbounded.
    behind: str = ""


@dataclass
class Pass:
    name: str
    rules: list[Rule] = field(default_factory=list)
    # For a pass included with letter mappings (@include a=b): b back to a, so that
    # @evidence-words lists its words as typed, not as the marked letters the pass reads.
    typed: dict[int, str] = field(default_factory=dict)


@dataclass
class Table:
    path: str
    meta: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    options: dict[str, str] = field(default_factory=dict)
    classes: dict[str, str] = field(default_factory=dict)  # name -> regex source
    class_items: dict[str, list[str]] = field(default_factory=dict)
    passes: list[Pass] = field(default_factory=list)
    evidence: list[tuple[str, float, int]] = field(default_factory=list)
    # @evidence-words: (words, weight, line); a word of the text that is one of the words,
    # in lower case or capitalized, adds the weight.
    word_evidence: list[tuple[frozenset[str], float, int]] = field(default_factory=list)
    # Render passes (pivot -> this scheme's Latin), from @render sections; see _Reader.render.
    render: list[Pass] = field(default_factory=list)


def unescape(text: str) -> str:
    """Decode the table escapes (``\\u0301``, ``\\s``, ``\\t``, ``\\x``) in a literal field."""

    def sub(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] in "uU" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"s": " ", "t": "\t", "n": "\n"}.get(code, code)

    return _ESCAPE.sub(sub, text)


def _literal_regex(text: str) -> str:
    return "".join(re.escape(c) if c not in " " else r"\ " for c in text)


class _Reader:
    def __init__(self, path: Path, display: str, root: Path, seen: frozenset[Path]) -> None:
        self.path, self.display, self.root, self.seen = path, display, root, seen
        self.table = Table(display)
        self.current: Pass | None = None
        self.lineno = 0
        self.word_evidence: list[tuple[str, float, int]] = []  # (pass name, weight, line)

    def fail(self, message: str) -> TableError:
        return TableError(self.display, self.lineno, message)

    # -- contexts -------------------------------------------------------------------------
    def context(self, source: str, side: str) -> str:
        """Translate a context pattern from table syntax into regex source."""
        return self.contexts(source, side)[0]

    def contexts(self, source: str, side: str) -> tuple[str, str]:
        """The context's regex source, and for a left context whose matches vary in width
        (``(ta)?b``, ``(th|t)``) but can be listed, the same test as one lookbehind per
        width, which Python's own ``re`` can run (Rule.behind; else "")."""
        if not source:
            return "", ""
        if _CLASS.search(source):  # it depends on the table's classes: not shared
            return self.translate_context(source, side)
        found = _CONTEXTS.get((source, side))
        if found is None:
            found = _CONTEXTS[source, side] = self.translate_context(source, side)
        return found

    def translate_context(self, source: str, side: str) -> tuple[str, str]:
        """contexts(), uncached."""
        negate = source.startswith("!")
        body = source[1:] if negate else source
        out: list[str] = []
        shapes: list[tuple] = []  # per piece of out: what _split_by_width reads

        def put(piece: str, shape: tuple) -> None:
            out.append(piece)
            shapes.append(shape)

        i, depth = 0, 0
        while i < len(body):
            c = body[i]
            if c == "\\":
                m = _ESCAPE.match(body, i)
                if not m:
                    raise self.fail(f"dangling backslash in context {source!r}")
                piece = _literal_regex(unescape(m.group(0)))
                put(piece, ("w", {1: piece}))
                i = m.end()
                continue
            if c == "{":
                q = _QUANT.match(body, i)
                if q:
                    if not out or out[-1] in "(|":
                        raise self.fail(f"repeat {q.group(0)} follows nothing in {source!r}")
                    low, comma, high = q.group(1), q.group(2), q.group(3)
                    if side == "evidence" and comma and not high:
                        put(f"{{{low},{max(int(low), EVIDENCE_REPEAT)}}}", ("q", ""))
                    else:
                        put(q.group(0), ("q", q.group(0)))
                    i = q.end()
                    continue
                m = _CLASS.match(body, i)
                if not m:
                    raise self.fail(f"bad class reference in context {source!r}")
                name = m.group(1)
                if name not in self.table.classes:
                    raise self.fail(f"unknown class {{{name}}} (define it with @class before use)")
                put(self.table.classes[name], ("w", self.class_by_width(name)))
                i = m.end()
                continue
            if c == "[":
                end = body.find("]", i + 2)
                if end < 0:
                    raise self.fail(f"unclosed '[' in context {source!r}")
                piece = "[" + unescape(body[i + 1 : end]).replace("\\", "\\\\") + "]"
                put(piece, ("w", {1: piece}))
                i = end + 1
                continue
            if c == "#":
                # A word edge: in a left context the word starts here, in a right context
                # it ends here, and in an @evidence pattern either will do.
                if side == "evidence":
                    piece = rf"(?:(?<!{LETTER})|(?!{LETTER}))"
                else:
                    piece = rf"(?<!{LETTER})" if side == "left" else rf"(?!{LETTER})"
                put(piece, ("w", {0: piece}))
            elif c == ".":
                put(LETTER, ("w", {1: LETTER}))
            elif c in "*+?":
                if not out or out[-1] in "(|":
                    raise self.fail(f"repeat {c!r} follows nothing in {source!r}")
                if side == "evidence" and c != "?":
                    # Fingerprints are word-sized: an unbounded repeat would make detection
                    # quadratic on a pathological run of thousands of letters.
                    put(f"{{{0 if c == '*' else 1},{EVIDENCE_REPEAT}}}", ("q", ""))
                else:
                    put(c, ("q", c))
            elif c == "(":
                depth += 1
                put("(?:", ("open",))
            elif c == ")":
                depth -= 1
                if depth < 0:
                    raise self.fail(f"unbalanced ')' in context {source!r}")
                put(")", ("close",))
            elif c == "|":
                put("|", ("alt",))
            else:
                piece = _literal_regex(c)
                put(piece, ("w", {1: piece}))
            i += 1
        if depth:
            raise self.fail(f"unbalanced '(' in context {source!r}")
        regex = "".join(out)
        behind = ""
        split = _split_by_width(shapes) if side == "left" else None
        if split is not None and len(split) > 1:
            if negate:
                behind = "".join(f"(?<!{part})" for part in split.values())
            else:
                behind = "(?:" + "|".join(f"(?<={part})" for part in split.values()) + ")"
        if negate:
            return (f"(?<!{regex})" if side == "left" else f"(?!{regex})"), behind
        return regex, behind

    def class_by_width(self, name: str) -> dict[int, str]:
        """A class's regex source per width of its members (one entry for most classes)."""
        members = self.table.class_items[name]
        widths = sorted({len(m) for m in members})
        if len(widths) == 1:
            return {widths[0]: self.table.classes[name]}
        return {w: "(?:" + "|".join(_literal_regex(m) for m in members if len(m) == w) + ")" for w in widths}

    # -- lines ----------------------------------------------------------------------------
    def directive(self, name: str, args: list[str]) -> None:
        t = self.table
        if name in _METADATA:
            if len(args) != 1:
                raise self.fail(f"@{name} takes one value")
            if name == "alias":
                t.aliases.append(args[0])
            else:
                t.meta[name] = args[0]
        elif name == "option":
            if len(args) != 2:
                raise self.fail("@option takes a name and a value")
            t.options[args[0]] = args[1]
        elif name == "class":
            self.define_class(args)
        elif name == "pass":
            if len(args) != 1:
                raise self.fail("@pass takes one name")
            self.current = Pass(args[0])
            t.passes.append(self.current)
        elif name == "include":
            self.include(args)
        elif name == "render":
            self.render(args)
        elif name == "invert":
            self.invert(args)
        elif name == "evidence":
            weight = self.weight(args, "@evidence takes a pattern and a weight")
            t.evidence.append((self.context(args[0], "evidence"), weight, self.lineno))
        elif name == "evidence-words":
            weight = self.weight(args, "@evidence-words takes a pass name and a weight")
            self.word_evidence.append((args[0], weight, self.lineno))
        else:
            raise self.fail(f"unknown directive @{name}")

    def weight(self, args: list[str], usage: str) -> float:
        """The weight of an evidence directive (its second argument), or a TableError."""
        if len(args) != 2:
            raise self.fail(usage)
        try:
            return float(args[1])
        except ValueError:
            raise self.fail(f"weight {args[1]!r} is not a number") from None

    # -- render (pivot -> Latin) ---------------------------------------------------------
    def render(self, args: list[str]) -> None:
        """``@render NAME`` starts a render pass: its rules read the pivot and write the
        scheme's own Latin.  Render passes run in file order, after every parse pass."""
        if len(args) != 1:
            raise self.fail("@render takes one name")
        self.current = Pass(args[0])
        self.table.render.append(self.current)

    def invert(self, args: list[str]) -> None:
        """``@invert PASS [MATCH ...]``: the context-free rules of parse pass PASS, turned
        round (output -> match), join this render pass.  The first row for an output is
        its preferred spelling; the matches listed after the pass name are never used."""
        if not args:
            raise self.fail("@invert takes a parse pass name (and matches to leave out)")
        if self.current is None or self.current not in self.table.render:
            raise self.fail("@invert outside a @render pass")
        source = [p for p in self.table.passes if p.name == args[0]]
        if not source:
            raise self.fail(f"@invert {args[0]}: no parse pass of that name")
        skip = {unescape(a) for a in " ".join(args[1:]).split()}
        seen: set[str] = set()
        for p in source:
            for r in p.rules:
                if r.left or r.right or not r.output or r.match in skip or r.output in seen:
                    continue
                seen.add(r.output)
                self.current.rules.append(Rule(r.output, r.match, "", "", self.lineno, self.display))

    def define_class(self, args: list[str]) -> None:
        if len(args) < 2 or not re.fullmatch(r"[A-Za-z_][\w-]*", args[0]):
            raise self.fail("@class takes a name and its members")
        items: list[str] = []
        for raw in " ".join(args[1:]).split():
            ref = _CLASS.fullmatch(raw)
            if ref:
                if ref.group(1) not in self.table.class_items:
                    raise self.fail(f"unknown class {raw} inside @class {args[0]}")
                items.extend(self.table.class_items[ref.group(1)])
            else:
                items.append(unescape(raw))
        items = sorted(dict.fromkeys(items), key=len, reverse=True)
        self.table.class_items[args[0]] = items
        if all(len(x) == 1 for x in items):
            body = "".join("\\" + x if x in "]\\^-[" else x for x in items)
            self.table.classes[args[0]] = f"[{body}]"
        else:
            self.table.classes[args[0]] = "(?:" + "|".join(_literal_regex(x) for x in items) + ")"

    def include(self, args: list[str]) -> None:
        """``@include FILE [a=b ...]``: the classes and passes of another table, here.  Each
        ``a=b`` writes the character a as b in the included rules' matches (a scheme that
        marks letters in a pass of its own reads a shared list on its marked letters)."""
        if not args:
            raise self.fail("@include takes a file name (and letter mappings a=b)")
        mapping: dict[str, str] = {}
        for pair in args[1:]:
            old, eq, new = unescape(pair).partition("=")
            if not eq or len(old) != 1 or len(new) != 1:
                raise self.fail(f"@include {args[0]}: {pair!r} is not a letter mapping a=b")
            mapping[old] = new
        target = (self.path.parent / args[0]).resolve()
        if target in self.seen:
            raise self.fail(f"@include {args[0]} includes itself")
        if not target.is_file():
            raise self.fail(f"@include {args[0]}: no such table")
        display = str(Path(self.display).parent / args[0])
        sub = _Reader(target, display, self.root, self.seen | {self.path}).read()
        self.table.classes.update(sub.classes)
        self.table.class_items.update(sub.class_items)
        if mapping:
            table = str.maketrans(mapping)
            back = str.maketrans({new: old for old, new in mapping.items()})
            for p in sub.passes:
                p.rules = [dataclasses.replace(r, match=r.match.translate(table)) for r in p.rules]
                p.typed = {k: v.translate(p.typed) for k, v in back.items()} | p.typed  # outer map undone first
        self.table.passes.extend(sub.passes)
        self.table.render.extend(sub.render)
        for k, v in sub.options.items():
            self.table.options.setdefault(k, v)
        found = self.table.render or self.table.passes
        self.current = found[-1] if found else None

    def rule(self, fields: list[str]) -> None:
        if self.current is None:
            raise self.fail("rule before any @pass")
        if len(fields) < 2:
            raise self.fail("a rule needs a match and an output separated by a TAB")
        if len(fields) > 4:
            raise self.fail(f"a rule has at most 4 fields (match, output, left, right), got {len(fields)}")
        match = unescape(fields[0])
        if not match:
            raise self.fail("empty match")
        left, behind = self.contexts(fields[2], "left") if len(fields) > 2 else ("", "")
        right = self.context(fields[3], "right") if len(fields) > 3 else ""
        self.current.rules.append(Rule(match, unescape(fields[1]), left, right, self.lineno, self.display, behind))

    def read(self) -> Table:
        try:
            data = self.path.read_bytes()
        except OSError as e:
            raise TableError(self.display, 0, f"cannot read the table ({e.strerror})") from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data.count(b"\n", 0, e.start) + 1
            raise TableError(self.display, line, f"not UTF-8 ({e.reason} at byte {e.start})") from None
        for self.lineno, raw in enumerate(text.splitlines(), 1):
            fields = raw.split("\t")
            for k, f in enumerate(fields):
                if f.startswith("# ") or f == "#" and k == 0:
                    fields = fields[:k]
                    break
            while fields and fields[-1] == "" and len(fields) > 2:
                fields.pop()
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            if fields[0].startswith("#") and not fields[0].startswith("#\t"):
                continue
            if fields[0].startswith("@"):
                self.directive(fields[0][1:], [f for f in fields[1:] if f != ""])
            else:
                self.rule(fields)
        for name, weight, line in self.word_evidence:
            self.table.word_evidence.append((self.words_of(name, line), weight, line))
        return self.table

    def words_of(self, name: str, line: int) -> frozenset[str]:
        """The words of ``@evidence-words``: the matches of the pass's rules that are one
        word of letters (a match with a space, hyphen or sign is no word of typed text)."""
        passes = [p for p in self.table.passes if p.name == name and p.rules]
        if not passes:
            self.lineno = line
            raise self.fail(f"@evidence-words {name}: no pass of that name with rules")
        return frozenset(r.match.translate(p.typed) for p in passes for r in p.rules if r.match.isalpha())


# Contexts already translated, by (source, side), for those that name no class: the same
# few (# above all) stand on thousands of rows (a gazetteer read by two schemes).
_CONTEXTS: dict[tuple[str, str], tuple[str, str]] = {}

# A left context listed as more alternatives than this stays as written (see _split_by_width).
_MAX_VARIANTS = 64


def _split_by_width(shapes: list[tuple]) -> dict[int, str] | None:
    """A context's matches, by width: width -> regex source of the matches of that width.
    None when a repeat is unbounded (``*``, ``+``, ``{n,}``) or the ways through the
    context are too many to list.  The union over the widths is the context itself."""
    whole = [("open",), *shapes, ("close",)]  # (a top-level a|bc is a group's alternatives)
    items, end = _sequence(whole, 0)
    if items is None or end != len(whole):
        return None
    variants = _variants(items)
    if variants is None:
        return None
    by_width: dict[int, list[str]] = {}
    for piece, width in variants:
        by_width.setdefault(width, []).append(piece)
    return {w: "(?:" + "|".join(dict.fromkeys(by_width[w])) + ")" for w in sorted(by_width)}


def _sequence(shapes: list[tuple], i: int) -> tuple[list | None, int]:
    """The items (atom, repeat) of a sequence from shapes[i], and where it ends."""
    items: list = []
    while i < len(shapes) and shapes[i][0] not in ("close", "alt"):
        kind = shapes[i][0]
        if kind == "open":
            alternatives = []
            i += 1
            while True:
                sequence, i = _sequence(shapes, i)
                if sequence is None or i >= len(shapes):
                    return None, i
                alternatives.append(sequence)
                i += 1
                if shapes[i - 1][0] == "close":
                    break
            atom: tuple = ("group", alternatives)
        elif kind == "w":
            atom = shapes[i]
            i += 1
        else:  # a repeat of a repeat
            return None, i
        repeat = None
        if i < len(shapes) and shapes[i][0] == "q":
            repeat = shapes[i][1]
            i += 1
        items.append((atom, repeat))
    return items, i


def _variants(items: list) -> list[tuple[str, int]] | None:
    """Every way through a sequence, as (regex source, width)."""
    found: list[tuple[str, int]] | None = [("", 0)]
    for atom, repeat in items:
        options = _atom_variants(atom)
        options = None if options is None else _repeated(options, repeat)
        found = None if options is None or found is None else _then(found, options)
    return found


def _then(found: list[tuple[str, int]], options: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """Every way through ``found`` followed by one of ``options`` (None: too many)."""
    out = [(a + b, v + w) for a, v in found for b, w in options]
    return out if len(out) <= _MAX_VARIANTS else None


def _atom_variants(atom: tuple) -> list[tuple[str, int]] | None:
    if atom[0] == "w":
        return [(piece, width) for width, piece in atom[1].items()]
    out: list[tuple[str, int]] = []
    for alternative in atom[1]:
        found = _variants(alternative)
        if found is None:
            return None
        out += found
    return out


def _repeated(options: list[tuple[str, int]], repeat: str | None) -> list[tuple[str, int]] | None:
    if repeat is None:
        return options
    if repeat == "?":
        low, high = 0, 1
    else:
        m = _QUANT.fullmatch(repeat)
        if m is None or (m.group(2) and not m.group(3)):  # *, + and {n,} have no bound
            return None
        low = int(m.group(1))
        high = int(m.group(3)) if m.group(2) else low
    out: list[tuple[str, int]] = []
    for count in range(low, high + 1):
        found: list[tuple[str, int]] | None = [("", 0)]
        for _ in range(count):
            found = _then(found, options) if found is not None else None
        if found is None:
            return None
        out += found
    return out


def load_table(path: Path, root: Path | None = None) -> Table:
    """Read one table file (and what it includes); raise TableError if it is malformed."""
    root = root or path.parent
    try:
        display = str(path.relative_to(root.parent))
    except ValueError:
        display = str(path)
    return _Reader(path.resolve(), display, root, frozenset()).read()
