"""Compile the passes of rule tables into the cheapest primitives that do their work, and run them.

A pass is a set of rules applied at once, leftmost first, longest match first, file order
breaking ties.  Context-free rules that rewrite one character go into a ``str.translate``
table (C speed, no Python per character); every other rule becomes one alternative of a
single ``regex`` pattern whose contexts are lookarounds, so they are never consumed.

Several things keep the hot path cheap, none of them changing what a pass does:

* The alternation is dispatched on the first character of the literals: one branch per
  character, ``c(?:...)``, holding the rules that start with it in priority order (rules
  that start with different characters never match at the same position).  Every branch
  opening with a literal, the regex engines skip a position whose character opens no rule
  with one table look-up and reject a branch on its first character.  Each rule then
  checks its literal, its right context, and its left context as a lookbehind over
  context + match (``m(?=R)(?<=L m)``), so most positions fail before any lookaround runs.
* A pass that can only fire on rare characters (quotes, combining marks, hyphens) carries
  a *trigger*: a character class holding at least one character of every rule's match.
  Text without any of them cannot change, and the pass is skipped.
* When regex outputs contain characters the translate table would rewrite, they are
  written as placeholders (Unicode noncharacters) that the translate table turns back,
  so one ``sub`` and one ``translate`` still do the whole pass.
* Every pass runs on the stdlib ``re`` where it can (its scans run several times faster
  than ``regex``'s here), with the letter class (table.LETTER) spelled out
  (``fast_pattern``).  The stdlib wants lookbehinds of fixed width: a left context whose
  widths can be listed comes split into one lookbehind per width (``Rule.behind``); one
  with an unbounded repeat is left out of the stdlib pattern and checked with ``regex`` on
  each match of its rule (``CompiledPass.checks``); a text where a check fails (rare) runs
  through the pass as written, by ``regex``.
* Rules that share their contexts are grouped (``_slots``) into one alternative over a
  trie of their literals (per first character); a large group (the lexicon's whole
  words) is looked for first with a stdlib ``re`` scan, and text holding none of its
  literals runs the pass without it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import regex

from .table import LETTER, WORD_MARKS, Pass, Rule, TableError

__all__ = ["CompiledPass", "compile_pass", "fast_pattern", "run", "trigger_of"]

# Unicode noncharacters: placeholders for regex outputs that the translate table must not
# rewrite.  Text that contains one takes the slow, exact path instead.
_PLACEHOLDERS = [chr(c) for c in range(0xFDD0, 0xFDF0)]


def fast_pattern(source: str) -> regex.Pattern[str] | re.Pattern[str]:
    """The pattern compiled by the stdlib ``re`` where it can read it (its scans run several
    times faster than ``regex``'s), else by ``regex``."""
    return _stdlib(source) or regex.compile(source, regex.V0)


def _stdlib(source: str, trial: bool = True) -> re.Pattern[str] | None:
    """The pattern compiled by the stdlib ``re``, or None where it cannot read it."""
    if "\\p{" in source.replace(LETTER, ""):
        return None
    try:
        # A cheap trial first (the letter class as one character): most patterns the
        # stdlib cannot read fail here (a lookbehind of varying width), before the
        # long class of marks is parsed into every lookaround.  (Not for a pattern whose
        # lookbehinds are known to be of fixed width.)
        if trial:
            re.compile(source.replace(LETTER, "[a]"))
        return re.compile(_stdlib_source(source))
    except re.error:
        return None


def _stdlib_source(source: str) -> str:
    """The source with the letter class written for the stdlib: a letter ``[^\\W\\d_]`` or a
    mark of the tables' set (table.WORD_MARKS).  A word edge becomes two one-class tests,
    not a lookaround over an alternation: the commonest construct of the tables, and the
    costliest otherwise."""
    marks = f"[{WORD_MARKS}]"
    letter = "[^\\W\\d_]"
    for old, new in (
        (f"(?<!{LETTER})", f"(?<!{letter})(?<!{marks})"),
        (f"(?!{LETTER})", f"(?!{letter})(?!{marks})"),
        (LETTER, f"(?:{letter}|{marks})"),
    ):
        source = source.replace(old, new)
    return source


def _identity(text: str) -> str:
    return text


class _Later:
    """A compiled pass made on first use: the exact fallback of a relaxed pass and the whole
    pass behind a lexicon's scan are large patterns most runs never need (compiling them
    all at once doubled the tables' start-up time)."""

    __slots__ = ("make", "value")

    def __init__(self, make: Callable[[], CompiledPass]) -> None:
        self.make = make
        self.value: CompiledPass | None = None

    def __call__(self) -> CompiledPass:
        if self.value is None:
            self.value = self.make()
        return self.value


class _Unchecked(Exception):
    """A match of a relaxed pattern whose left context does not hold (see CompiledPass.checks)."""


@dataclass(frozen=True)
class CompiledPass:
    name: str
    translate: dict[int, str]
    # An alternation with one (empty) capture group per rule or group of rules (see
    # _alternation); or, when no rule of the pass has a context, an alternation of the
    # literals whose matched text picks the output.  Stdlib ``re`` where it can read it.
    pattern: regex.Pattern[str] | re.Pattern[str] | None
    # Indexed by capture group number: a rule's output, or for a group of rules that share
    # their contexts (one trie), a dict from the matched literal to its output.
    outputs: tuple[str | dict[str, str], ...]
    sub_then_translate: bool  # True when regex outputs never meet the translate table
    trigger: frozenset[str] | None = None  # None: the pass may fire on any text
    # Outputs with placeholders, the translate table that restores them, the placeholders.
    fast_outputs: tuple[str | dict[str, str], ...] = ()
    fast_translate: dict[int, str] = field(default_factory=dict)
    placeholders: str = ""
    by_text: dict[str, str] | None = None  # literal -> output, for a context-free pattern
    # Large groups of rare literals (a lexicon): this pass is the one without them, ``rare``
    # finds any of them (stdlib ``re``), and text holding one runs through ``full``, the
    # whole pass.
    rare: re.Pattern[str] | None = None
    full: _Later | None = None
    # When the trigger is None and the pass has few distinct literals: those literals (text
    # holding none of them, by ``in``, cannot change).
    needles: tuple[str, ...] = ()
    # A pattern the stdlib reads only with some left contexts left out (see _alternation):
    # group -> that context, tested with ``regex`` on each match of the group's rules.  A
    # match that fails it means the relaxed pattern went astray in this text, which is then
    # run through ``exact`` (the pass as written; rare on real text).  This is exact: the
    # relaxed alternatives accept a superset at every position, so when the first that
    # matches there passes its check, every earlier one fails under the stricter tests too.
    checks: dict[int, regex.Pattern[str]] = field(default_factory=dict)
    exact: _Later | None = None
    apply: Callable[[str], str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "apply", self._make_apply())

    def _make_apply(self) -> Callable[[str], str]:
        own = self._make_apply_all()
        if self.full is None or self.rare is None:
            return own
        search, full = self.rare.search, self.full
        return lambda text: own(text) if search(text) is None else full().apply(text)

    def _make_apply_all(self) -> Callable[[str], str]:
        if self.exact is None:
            return self._make_apply_one()
        fast, exact = self._make_apply_one(), self.exact

        def apply(text: str) -> str:
            try:
                return fast(text)
            except _Unchecked:
                return exact().apply(text)

        return apply

    def _make_apply_one(self) -> Callable[[str], str]:
        table = self.translate
        if self.pattern is None:
            if not table:
                return _identity
            return lambda text: text.translate(table)
        sub = self.pattern.sub
        if self.sub_then_translate:
            outputs = self.outputs
            by_text = self.by_text
            replace: Callable[[re.Match[str]], str]
            if by_text is not None:

                def replace(m: re.Match[str]) -> str:
                    return by_text[m[0]]

            else:

                def by_group(m: re.Match[str]) -> str:
                    out = outputs[m.lastindex]  # type: ignore[index]
                    return out if out.__class__ is str else out[m[0]]  # type: ignore[index]

                replace = self._checked(by_group)

            if not table:
                return lambda text: sub(replace, text)
            return lambda text: sub(replace, text).translate(table)

        fast_outputs, fast_table, placeholders = self.fast_outputs, self.fast_translate, self.placeholders
        slow = self._apply_exact

        def hidden(m: re.Match[str]) -> str:
            out = fast_outputs[m.lastindex]  # type: ignore[index]
            return out if out.__class__ is str else out[m[0]]  # type: ignore[index]

        fast_replace = self._checked(hidden)

        def apply(text: str) -> str:
            for c in placeholders:
                if c in text:
                    return slow(text)
            return sub(fast_replace, text).translate(fast_table)

        return apply

    def _checked(self, replace: Callable[[re.Match[str]], str]) -> Callable[[re.Match[str]], str]:
        """The replacement, raising _Unchecked on a match that fails its check (see checks)."""
        checks = self.checks
        if not checks:
            return replace
        get = checks.get

        def checked(m: re.Match[str]) -> str:
            check = get(m.lastindex)  # type: ignore[arg-type]
            if check is not None and check.match(m.string, m.start()) is None:
                raise _Unchecked
            return replace(m)

        return checked

    def compile_deferred(self) -> None:
        """Compile now the parts made on first use (the whole pass behind a lexicon scan,
        the exact fallback of a relaxed pass): see pipeline.compile_all."""
        for later in (self.full, self.exact):
            if later is not None:
                later().compile_deferred()

    def _apply_exact(self, text: str) -> str:
        """Translate only the gaps between regex matches (regex outputs stay as they are)."""
        if self.exact is not None:
            return self.exact()._apply_exact(text)
        assert self.pattern is not None
        parts: list[str] = []
        pos = 0
        for m in self.pattern.finditer(text):
            parts.append(text[pos : m.start()].translate(self.translate))
            out = self.outputs[m.lastindex or 0]
            parts.append(out if isinstance(out, str) else out[m[0]])
            pos = m.end()
        parts.append(text[pos:].translate(self.translate))
        return "".join(parts)


def _is_translatable(rule: Rule) -> bool:
    return len(rule.match) == 1 and not rule.left and not rule.right


def _rarity(c: str) -> int:
    """Lower is rarer in running text: the trigger picks the rarest character of a match.
    Latin letters and digits, and everything in the Arabic block (the pivot), are common."""
    if (c.isascii() and c.isalnum()) or "\u0600" <= c <= "\u06ff":
        return 3
    if unicodedata.category(c).startswith("L"):
        return 2
    return 1


def trigger_of(rules: Sequence[Rule]) -> frozenset[str] | None:
    """Characters of which any text a rule can match holds at least one (None: too common)."""
    chars: set[str] = set()
    for rule in rules:
        best = min(rule.match, key=_rarity)
        if _rarity(best) > 2:
            return None
        chars.add(best)
    return frozenset(chars)


def _char_class(chars: frozenset[str]) -> re.Pattern[str]:
    # The stdlib searches a plain character class several times faster than ``regex``.
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _guarded(p: CompiledPass) -> Callable[[str], str]:
    """The pass, skipped when the text holds none of its trigger characters."""
    if p.trigger is None:
        if not p.needles:
            return p.apply
        apply, needles = p.apply, p.needles
        if len(needles) == 1:
            (needle,) = needles

            def guarded_one(text: str) -> str:
                return apply(text) if needle in text else text

            return guarded_one

        def guarded_any(text: str) -> str:
            for needle in needles:
                if needle in text:
                    return apply(text)
            return text

        return guarded_any
    search, apply = _char_class(p.trigger).search, p.apply

    def guarded(text: str) -> str:
        return text if search(text) is None else apply(text)

    return guarded


def _trie(literals: Sequence[str]) -> str:
    """A stdlib ``re`` source matching the same literals as their longest-first alternation:
    the literals as a trie of character branches, so a position fails after one test per
    distinct first character instead of one per literal.  Each optional tail is greedy, so
    at any position the longest literal that matches there is the one matched."""
    root: dict[str, dict] = {}
    for lit in literals:
        node = root
        for c in lit:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(c) + emit(child) for c, child in node.items() if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


def _alternative(rule: Rule) -> str:
    literal = regex.escape(rule.match)
    alt = "(" + literal + ")"
    # Both contexts are tested where the literal ends; the right one first, as it is
    # usually the cheaper (a word end) and the left one may scan back over a repeat.
    if rule.right:
        alt += f"(?={rule.right})"
    if rule.left:
        # Same as (?<=left)(match), but the literal comes first: most positions fail at once.
        alt += f"(?<=(?:{rule.left}){literal})"
    return alt


def _slots(rules: list[Rule]) -> list[list[Rule]]:
    """Rules sorted by priority, grouped: rules that share both contexts form one group,
    placed where the first of them stands.  A rule joins a group only if no rule between the
    group's place and its own could match at the same position (a longer or earlier literal
    that starts with its own), so every position still sees the rules in priority order."""
    slots: list[list[Rule]] = []
    open_slot: dict[tuple[str, str], int] = {}  # contexts -> index of the group still open
    # contexts -> the literals of other contexts placed at or after that group (the rules
    # "between"; kept as they come: scanning the groups again for each rule of a gazetteer
    # was quadratic)
    between: dict[tuple[str, str], list[str]] = {}
    for rule in rules:
        key = (rule.left, rule.right)
        k = open_slot.get(key)
        if k is not None and any(m.startswith(rule.match) for m in between[key]):
            k = None
        if k is None:
            k = open_slot[key] = len(slots)
            between[key] = []
            slots.append([rule])
        else:
            slots[k].append(rule)
        for other, found in between.items():
            if other != key and k >= open_slot[other]:
                found.append(rule.match)
    return slots


def _alternation(
    rules: list[Rule], relax: bool = False
) -> tuple[str, tuple[str | dict[str, str], ...], dict[int, str]]:
    """One alternation (its source) for rules sorted by priority, dispatched on the first
    character.

    Rules that share their contexts form groups (``_slots``), and each group is cut by the
    first character of its literals into units.  The pattern has one branch per first
    character c, ``c(?:tail|tail|...)``, its units' tails in priority order.  Branches for
    different characters never match at the same position, so their order is free; and as
    every branch opens with its literal character, the regex engines skip each position
    whose character opens no rule with one table look-up (the stdlib's charset prefix) and
    reject a branch on its first character, where a lookahead per group cost a test each.

    A unit's tail ends in an empty capture group that names it (``m.lastindex``); its output
    is the rule's, or for a group of rules, the matched literal's (``m[0]``: contexts are
    lookarounds, never consumed).

    With ``relax``, a unit whose left context the stdlib cannot read (a lookbehind of varying
    width) leaves it out, and the third value maps its group to that context (a lookbehind
    to test at the match's start): see ``CompiledPass.checks``.
    """
    units: dict[str, list[tuple[Rule, dict[str, str]]]] = {}
    for slot in _slots(rules):
        by_match: dict[str, str] = {}
        for r in slot:
            by_match.setdefault(r.match, r.output)
        for literal, output in by_match.items():
            same = units.setdefault(literal[0], [])
            if not same or same[-1][0] is not slot[0]:
                same.append((slot[0], {}))
            same[-1][1][literal] = output
    outputs: list[str | dict[str, str]] = [""]
    branches: list[str] = []
    checks: dict[int, str] = {}
    for first, members in units.items():
        tails = []
        for rule, outs in members:
            if relax and rule.left and not _fixed_width(rule.behind or rule.left):
                checks[len(outputs)] = f"(?<=(?:{rule.left}))"
                rule = dataclasses.replace(rule, left="")
            tails.append(_tail(first, rule, outs))
            outputs.append(next(iter(outs.values())) if len(outs) == 1 else outs)
        branches.append(re.escape(first) + "(?:" + "|".join(tails) + ")")
    return "|".join(branches), tuple(outputs), checks


def _fixed_width(left: str) -> bool:
    """Whether the stdlib reads the left context as a lookbehind (of fixed width)."""
    try:
        re.compile(f"(?<=(?:{left}))".replace(LETTER, "[a]"))
    except re.error:
        return False
    return True


def _tail(first: str, rule: Rule, outs: dict[str, str]) -> str:
    """The rest of a unit after its first character: the literal's tail, then the right
    context, then the left one as a lookbehind over context + literal (the cheaper test
    first; most tails fail on their next character), then the unit's capture group.  A
    unit of several literals tests its left context before them, over context + the first
    character: a lookbehind over the literals would vary in width."""
    if len(outs) == 1:
        (literal,) = outs
        tail = re.escape(literal[1:])
        if rule.right:
            tail += f"(?={rule.right})"
        if rule.left:
            tail += f"(?<=(?:{rule.behind or rule.left}){re.escape(literal)})"
        return tail + "()"
    tail = f"(?<=(?:{rule.behind or rule.left}){re.escape(first)})" if rule.left else ""
    tail += _trie(sorted((m[1:] for m in outs), key=len, reverse=True))
    if rule.right:
        tail += f"(?={rule.right})"
    return tail + "()"


# A pass without a trigger but with at most this many distinct literals is skipped, by
# ``in`` tests, when the text holds none of them.
MAX_NEEDLES = 4

# A group of at least this many rules is looked for first (stdlib re) and left out when absent.
RARE_GROUP = 8


def compile_pass(p: Pass) -> CompiledPass:
    """Compile one pass; raise TableError (with file and line) if a rule cannot compile."""
    translate: dict[int, str] = {}
    complex_rules: list[Rule] = []
    for rule in p.rules:
        if _is_translatable(rule):
            # The first row for a character wins, as it would in the regex.
            translate.setdefault(ord(rule.match), rule.output)
        else:
            complex_rules.append(rule)
    trigger = trigger_of(p.rules)
    needles: tuple[str, ...] = ()
    if trigger is None:
        distinct = tuple(dict.fromkeys(r.match for r in p.rules))
        if len(distinct) <= MAX_NEEDLES:
            needles = distinct
    if not complex_rules:
        return CompiledPass(p.name, translate, None, (), True, trigger, needles=needles)
    # Longest match first; Python's sort is stable, so file order breaks ties.
    complex_rules.sort(key=lambda r: -len(r.match))
    rare = [r for slot in _slots(complex_rules) if len(slot) >= RARE_GROUP for r in slot]
    if not rare or _literals_only(translate, complex_rules):
        return dataclasses.replace(_compile_checked(p.name, translate, complex_rules, trigger), needles=needles)
    # Text with none of a large group's literals cannot match any of its rules: the same
    # pass without them gives the same result, and most text never holds a lexicon word.
    # The whole pass is compiled when a text first holds one; the group's contexts are
    # compiled now, so that a malformed one still fails at load.
    left_out = {id(r) for r in rare}
    lean = _compile_checked(p.name, translate, [r for r in complex_rules if id(r) not in left_out], trigger)
    _check_contexts(rare)
    scan = re.compile(_trie(sorted({r.match for r in rare})))
    whole = _Later(lambda: dataclasses.replace(_compile_checked(p.name, translate, complex_rules, trigger), needles=needles))
    return dataclasses.replace(lean, rare=scan, full=whole, needles=needles)


def _literals_only(translate: dict[int, str], rules: list[Rule]) -> bool:
    """Whether _compile_rules makes these rules one alternation of bare literals (by_text)."""
    return not any(r.left or r.right for r in rules) and not any(ord(c) in translate for r in rules for c in r.output)


def _check_contexts(rules: list[Rule]) -> None:
    """A TableError for the first rule that does not compile on its own (one try per pair of
    contexts: the literal is escaped, so only a context can fail)."""
    seen: set[tuple[str, str]] = set()
    for rule in rules:
        if (rule.left, rule.right) not in seen:
            seen.add((rule.left, rule.right))
            try:
                regex.compile(_alternative(rule), regex.V0)
            except regex.error as e:
                raise TableError(rule.path, rule.line, f"rule does not compile: {e}") from None


def _compile_checked(name: str, translate: dict[int, str], rules: list[Rule], trigger: frozenset[str] | None) -> CompiledPass:
    """_compile_rules, or a TableError naming the rule that does not compile.  The rules are
    compiled one by one only when the pass fails as a whole: thousands of separate compiles
    (a gazetteer) would cost more than the pass itself."""
    try:
        return _compile_rules(name, translate, rules, trigger)
    except (re.error, regex.error) as whole:
        _check_contexts(rules)
        first = rules[0]
        raise TableError(first.path, first.line, f"pass {name!r} does not compile: {whole}") from None


def _compile_rules(name: str, translate: dict[int, str], rules: list[Rule], trigger: frozenset[str] | None) -> CompiledPass:
    """A pass of these (sorted, non-translate) rules plus the translate table."""
    if not rules:
        return CompiledPass(name, translate, None, (), True, trigger)
    produced = {c for r in rules for c in r.output}
    clash = sorted(c for c in produced if ord(c) in translate)
    if _literals_only(translate, rules):
        # Only literals: the first (longest, then earliest) row for a literal is the one
        # the alternation would pick, so the matched text alone decides the output.
        by_text: dict[str, str] = {}
        for rule in rules:
            by_text.setdefault(rule.match, rule.output)
        plain = re.compile(_trie(list(by_text)))
        return CompiledPass(name, translate, plain, (), True, trigger, by_text=by_text)
    # The left contexts the stdlib cannot read (varying in width) are left out of the
    # pattern and checked on the matches of their rules, with the exact pass (by ``regex``)
    # behind it; a pass the stdlib cannot read even so runs on ``regex`` as written.
    source, outputs, sources = _alternation(rules, relax=True)
    pattern = _stdlib(source, trial=not sources)
    exact = _alternation(rules)[0] if sources else source
    if pattern is None:
        return _compiled(name, translate, regex.compile(exact, regex.V0), outputs, trigger, clash)
    if not sources:
        return _compiled(name, translate, pattern, outputs, trigger, clash)
    checks = {group: regex.compile(context, regex.V0) for group, context in sources.items()}
    fallback = _Later(lambda: _compiled(name, translate, regex.compile(exact, regex.V0), outputs, trigger, clash))
    return dataclasses.replace(_compiled(name, translate, pattern, outputs, trigger, clash), checks=checks, exact=fallback)


def _compiled(
    name: str,
    translate: dict[int, str],
    pattern: regex.Pattern[str] | re.Pattern[str],
    outputs: tuple[str | dict[str, str], ...],
    trigger: frozenset[str] | None,
    clash: list[str],
) -> CompiledPass:
    """The pass of this alternation: one sub and, where outputs would meet the translate
    table, placeholders (see CompiledPass)."""
    if not clash:
        return CompiledPass(name, translate, pattern, outputs, True, trigger)
    if len(clash) > len(_PLACEHOLDERS):  # pragma: no cover - no table comes near
        return CompiledPass(name, translate, pattern, outputs, False, trigger, outputs, translate, "")
    stand_in = dict(zip(clash, _PLACEHOLDERS))
    hide = str.maketrans(stand_in)
    fast_outputs = tuple(
        out.translate(hide) if isinstance(out, str) else {k: v.translate(hide) for k, v in out.items()}
        for out in outputs
    )
    fast_translate = dict(translate)
    fast_translate.update({ord(ph): c for c, ph in stand_in.items()})
    placeholders = "".join(stand_in.values())
    return CompiledPass(name, translate, pattern, outputs, False, trigger, fast_outputs, fast_translate, placeholders)


class Stage:
    """Compiled passes run in order; skipped at once when the text holds none of the
    characters any of its passes could fire on."""

    __slots__ = ("passes", "funcs", "guard", "run")

    def __init__(self, passes: Sequence[CompiledPass]) -> None:
        self.passes = tuple(passes)
        live = [p for p in self.passes if p.apply is not _identity]
        triggers = [p.trigger for p in live]
        self.guard: re.Pattern[str] | None = None
        if len(live) > 1 and all(t is not None for t in triggers):
            # One check for the whole stage; each pass still checks its own trigger.
            self.guard = _char_class(frozenset().union(*triggers))  # type: ignore[arg-type]
        self.funcs = tuple(_guarded(p) for p in live)
        self.run = self._make_run()

    def _make_run(self) -> Callable[[str], str]:
        funcs, guard = self.funcs, self.guard
        if not funcs:
            return _identity
        if len(funcs) == 1 and guard is None:
            return funcs[0]

        def run_all(text: str) -> str:
            for f in funcs:
                text = f(text)
            return text

        if guard is None:
            return run_all
        search = guard.search

        def run_guarded(text: str) -> str:
            if search(text) is None:
                return text
            for f in funcs:
                text = f(text)
            return text

        return run_guarded


def run(passes: Sequence[CompiledPass], text: str) -> str:
    for p in passes:
        text = p.apply(text)
    return text
