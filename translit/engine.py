"""Compile the passes of rule tables into the cheapest primitives that do their work, and run them.

A pass is a set of rules applied at once, leftmost first, longest match first, file order
breaking ties.  Context-free rules that rewrite one character go into a ``str.translate``
table (C speed, no Python per character); every other rule becomes one alternative of a
single ``regex`` pattern whose contexts are lookarounds, so they are never consumed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .table import Pass, Rule, TableError

__all__ = ["CompiledPass", "compile_pass", "run"]


@dataclass(frozen=True)
class CompiledPass:
    name: str
    translate: dict[int, str]
    pattern: regex.Pattern[str] | None
    outputs: tuple[str, ...]  # indexed by capture group number
    sub_then_translate: bool  # True when regex outputs never meet the translate table

    def apply(self, text: str) -> str:
        if self.pattern is None:
            return text.translate(self.translate) if self.translate else text
        outputs = self.outputs
        if self.sub_then_translate:
            text = self.pattern.sub(lambda m: outputs[m.lastindex], text)
            return text.translate(self.translate) if self.translate else text
        # Regex outputs contain characters the translate table would rewrite again:
        # translate only the gaps between matches.
        parts: list[str] = []
        pos = 0
        for m in self.pattern.finditer(text):
            parts.append(text[pos : m.start()].translate(self.translate))
            parts.append(outputs[m.lastindex])
            pos = m.end()
        parts.append(text[pos:].translate(self.translate))
        return "".join(parts)


def _is_translatable(rule: Rule) -> bool:
    return len(rule.match) == 1 and not rule.left and not rule.right


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
    if not complex_rules:
        return CompiledPass(p.name, translate, None, (), True)
    # Longest match first; Python's sort is stable, so file order breaks ties.
    complex_rules.sort(key=lambda r: -len(r.match))
    alternatives: list[str] = []
    for rule in complex_rules:
        alt = "(" + regex.escape(rule.match) + ")"
        if rule.left:
            alt = f"(?<={rule.left})" + alt
        if rule.right:
            alt += f"(?={rule.right})"
        try:
            regex.compile(alt)
        except regex.error as e:
            raise TableError(rule.path, rule.line, f"rule does not compile: {e}") from None
        alternatives.append(alt)
    pattern = regex.compile("|".join(alternatives), regex.V0)
    outputs = ("",) + tuple(r.output for r in complex_rules)
    produced = {ord(c) for r in complex_rules for c in r.output}
    return CompiledPass(p.name, translate, pattern, outputs, not (produced & translate.keys()))


def run(passes: Sequence[CompiledPass], text: str) -> str:
    for p in passes:
        text = p.apply(text)
    return text


