"""Table loading (errors name the file and line) and the rule engine's semantics."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from translit import pipeline
from translit.engine import Stage, compile_pass, run
from translit.table import TableError, load_table


def write(tmp_path: Path, text: str, name: str = "t.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load(tmp_path: Path, text: str):
    return load_table(write(tmp_path, text), tmp_path)


def convert(tmp_path: Path, text: str, source: str) -> str:
    """Compile every pass of a table written from `text` and run them on `source`."""
    table = load(tmp_path, text)
    passes = [compile_pass(p) for p in table.passes]
    out = run(passes, source)
    assert Stage(passes).run(source) == out  # the guarded stage agrees with plain passes
    return out


# --- malformed tables fail at load, naming file and line -----------------------------------

MALFORMED = {
    "unknown directive": ("@pass\tp\n@frobnicate\tx\n", 2, "unknown directive @frobnicate"),
    "rule before @pass": ("# comment\n\na\tb\n", 3, "rule before any @pass"),
    "too many fields": ("@pass\tp\na\tb\t#\t#\textra\n", 2, "at most 4 fields"),
    "missing output": ("@pass\tp\nab\n", 2, "needs a match and an output"),
    "unknown class": ("@class\tv\ta i u\n@pass\tp\na\tb\t{cons}\n", 3, "unknown class {cons}"),
    "unknown class in @class": ("@class\tv\t{nope} a\n", 1, "unknown class {nope}"),
    "bad class reference": ("@pass\tp\na\tb\t{1x}\n", 2, "bad class reference"),
    "repeat of nothing": ("@pass\tp\na\tb\t*x\n", 2, "follows nothing"),
    "unclosed set": ("@pass\tp\na\tb\t\t[xy\n", 2, "unclosed '['"),
    "unbalanced (": ("@pass\tp\n\n\na\tb\t(x|y\n", 4, "unbalanced '('"),
    "unbalanced )": ("@pass\tp\na\tb\t\tx)\n", 2, "unbalanced ')'"),
    "empty match": ("@pass\tp\n\\s\tb\n\tb\tx\n", 3, "empty match"),
    "metadata arity": ("@title\n", 1, "@title takes one value"),
    "evidence weight": ("@evidence\tx\theavy\n", 1, "not a number"),
    "evidence-words pass": ("@evidence-words\tnames\t2\n@pass\tp\na\tb\n", 1, "@evidence-words names: no pass"),
    "evidence-words arity": ("@evidence-words\tnames\n", 1, "takes a pass name and a weight"),
    "pass without name": ("@pass\n", 1, "@pass takes one name"),
    "missing include": ("@pass\tp\na\tb\n@include\tnowhere.tsv\n", 3, "@include nowhere.tsv: no such table"),
    "include mapping": ("@pass\tp\na\tb\n@include\tx.tsv\tab=c\n", 3, "is not a letter mapping a=b"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_table_names_file_and_line(tmp_path: Path, case: str) -> None:
    text, line, reason = MALFORMED[case]
    path = write(tmp_path, text, "bad.tsv")
    with pytest.raises(TableError) as err:
        load_table(path, tmp_path)
    e = err.value
    assert e.line == line
    assert e.path.endswith("bad.tsv")
    assert reason in e.reason
    assert str(e).startswith(f"{e.path}:{line}: ")
    assert isinstance(e, ValueError)


def test_non_utf8_table_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("@pass\tp\na\tb\n\u00e9\tx\n".encode("latin-1"))
    with pytest.raises(TableError) as err:
        load_table(path, tmp_path)
    assert err.value.path.endswith("latin1.tsv")
    assert err.value.line == 3
    assert "not UTF-8" in str(err.value)


def test_error_inside_an_included_table_names_that_table(tmp_path: Path) -> None:
    write(tmp_path, "@pass\tq\nx\ty\t{nope}\n", "inner.tsv")
    path = write(tmp_path, "@pass\tp\na\tb\n@include\tinner.tsv\n", "outer.tsv")
    with pytest.raises(TableError) as err:
        load_table(path, tmp_path)
    assert err.value.path.endswith("inner.tsv") and err.value.line == 2


def test_include_writes_mapped_letters_in_the_included_matches(tmp_path: Path) -> None:
    write(tmp_path, "@pass\tnames\nnasir\tN\t#\t#\n", "names.tsv")
    path = write(tmp_path, "@include\tnames.tsv\ta=α\ti=ι\n", "outer.tsv")
    (p,) = load_table(path, tmp_path).passes
    (rule,) = p.rules
    assert (rule.match, rule.output) == ("nαsιr", "N")
    assert rule.left and rule.right  # contexts are kept as they are
    assert run([compile_pass(p)], "nasir nαsιr") == "nasir N"


def test_self_include_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "@pass\tp\n@include\tself.tsv\n", "self.tsv")
    with pytest.raises(TableError) as err:
        load_table(path, tmp_path)
    assert err.value.line == 2 and "includes itself" in err.value.reason


def test_rule_that_cannot_compile_names_its_line(tmp_path: Path) -> None:
    table = load(tmp_path, "@pass\tp\na\tb\n# a repeat whose bounds are reversed\nc\td\tx{3,1}\n")
    with pytest.raises(TableError) as err:
        compile_pass(table.passes[0])
    assert err.value.line == 4


def test_well_formed_table_reads_everything(tmp_path: Path) -> None:
    table = load(
        tmp_path,
        "# header\n@id\tx\n@title\tX scheme\n@alias\tex\n@option\tlowercase\tno\n"
        "@class\tv\ta i\n@evidence\t#q\t2\n@pass\tone\nsh\t\\u0634\t# trailing comment\n"
        "a\t\\s\t{v}\t#\n",
    )
    assert table.meta == {"id": "x", "title": "X scheme"}
    assert table.aliases == ["ex"] and table.options == {"lowercase": "no"}
    assert table.class_items["v"] == ["a", "i"]
    assert [p.name for p in table.passes] == ["one"]
    sh, a = table.passes[0].rules
    assert (sh.match, sh.output, sh.line) == ("sh", "\u0634", 9)
    assert (a.output, a.line) == (" ", 10)
    assert len(table.evidence) == 1 and table.evidence[0][1] == 2.0


def test_shipped_tables_load_and_compile() -> None:
    names = [p.stem for p in pipeline.TABLES.glob("*.tsv")]
    names += [f"schemes/{p.stem}" for p in pipeline.SCHEMES.glob("*.tsv")]
    assert "spell" in names and "schemes/dmg" in names
    for name in names:
        if name == "lexicon":  # joins the spell stage, read through its @scheme
            continue
        assert pipeline.stage(name)


# --- the engine --------------------------------------------------------------------------


def test_longest_match_wins(tmp_path: Path) -> None:
    t = "@pass\tp\na\t1\nab\t2\nabc\t3\nb\t4\n"
    assert convert(tmp_path, t, "abcab ba") == "32 41"


def test_file_order_breaks_ties(tmp_path: Path) -> None:
    assert convert(tmp_path, "@pass\tp\nab\tX\nab\tY\n", "ab") == "X"
    assert convert(tmp_path, "@pass\tp\nab\tY\nab\tX\n", "ab") == "Y"
    # One-character rules (the translate table) too.
    assert convert(tmp_path, "@pass\tp\na\tX\na\tY\n", "a") == "X"
    # A rule with a context that holds beats a later one of the same length without.
    assert convert(tmp_path, "@pass\tp\nab\tC\t#\nab\tN\n", "ab xab") == "C xN"


def test_contexts_are_not_consumed(tmp_path: Path) -> None:
    t = "@pass\tp\na\t1\t\tb\nb\t2\ta\nc\t3\n"
    # 'b' is a's right context and then matches itself, with 'a' as its left context.
    assert convert(tmp_path, t, "ab") == "12"
    assert convert(tmp_path, t, "cb ac") == "3b a3"


def test_word_edge_and_negated_contexts(tmp_path: Path) -> None:
    t = "@class\tv\ta i u\n@pass\tp\nx\tS\t#\nx\tE\t\t#\nx\tV\t!{v}\nx\tm\n"
    assert convert(tmp_path, t, "xa ax bxb axa") == "Sa aE bVb axa".replace("axa", "ama")


def test_passes_run_in_order(tmp_path: Path) -> None:
    t = "@pass\tone\na\tb\n@pass\ttwo\nb\tc\n"
    assert convert(tmp_path, t, "ab") == "cc"


def test_translate_and_regex_outputs_do_not_mix(tmp_path: Path) -> None:
    # 'x' is a translate rule; 'ab' and 'q' (with a context) write an 'x' that must stay.
    t = "@pass\tp\nx\ty\nab\tx\nq\tx-\t\t#\n"
    assert convert(tmp_path, t, "abx") == "xy"
    assert convert(tmp_path, t, "xq qa abab") == "yx- qa xx"
    # The same with the placeholder characters present in the input itself.
    odd = "\ufdd0\ufdd1"
    assert convert(tmp_path, t, f"ab{odd}x") == f"x{odd}y"


def test_translate_only_and_regex_only_passes(tmp_path: Path) -> None:
    assert convert(tmp_path, "@pass\tp\na\t\u0627\nb\t\n", "abc") == "\u0627c"
    assert convert(tmp_path, "@pass\tp\nab\tX\ncd\tY\nabc\tZ\n", "abcd abd") == "Zd Xd"


def test_guarded_pass_skips_only_when_nothing_can_fire(tmp_path: Path) -> None:
    # Every rule holds a rare character ('-' or the quote), so the stage is guarded.
    t = "@pass\tp\nal-\tL\t#\n\u2018\tQ\t\t[a-z]\n@pass\tq\n\u00b7\t\n"
    table = load(tmp_path, t)
    stage = Stage([compile_pass(p) for p in table.passes])
    assert stage.guard is not None
    assert stage.run("plain words") == "plain words"
    assert stage.run("al-bab \u2018ayn \u2018 x\u00b7y") == "Lbab Qayn \u2018 xy"


def test_evidence_repeats_are_bounded(tmp_path: Path) -> None:
    """A fingerprint's repeats cover a word, not a whole text: an unbounded one would make
    detection quadratic on a pathological run of letters."""
    import regex

    from translit.table import EVIDENCE_REPEAT

    table = load(tmp_path, "@evidence\tš.*j\t1\n@evidence\tš.+j\t1\n@evidence\tš.{2,}j\t1\n")
    for source, _, _ in table.evidence:
        assert f",{EVIDENCE_REPEAT}}}" in source
        pattern = regex.compile(source)
        assert pattern.search("ša" * 10 + "j")  # a word-sized gap still matches
        assert not pattern.search("š" + "a" * (EVIDENCE_REPEAT + 5) + "j")


def test_evidence_words_are_the_one_word_matches_of_a_pass(tmp_path: Path) -> None:
    """``@evidence-words``: the matches of the pass's rules that are a word of letters (not
    one with a space, a hyphen or a sign), with the weight and line of the directive."""
    table = load(tmp_path, "@evidence-words\tnames\t2\n@pass\tnames\nhariri\tx\t#\t#\nal-sadr\ty\nal saud\tz\n")
    ((words, weight, line),) = table.word_evidence
    assert (words, weight, line) == (frozenset({"hariri"}), 2.0, 1)
    assert table.evidence == []


def test_evidence_words_of_a_mapped_include_are_the_words_as_typed(tmp_path: Path) -> None:
    """A pass included with letter mappings reads marked letters (a=α); its words for
    @evidence-words are still the typed ones."""
    (tmp_path / "names.tsv").write_text("@pass\tnames\nhariri\tx\t#\t#\nsaud\ty\n", encoding="utf-8")
    table = load(tmp_path, "@evidence-words\tnames\t2\n@include\tnames.tsv\ta=α\tu=υ\n")
    assert [r.match for p in table.passes for r in p.rules] == ["hαriri", "sαυd"]
    ((words, _, _),) = table.word_evidence
    assert words == frozenset({"hariri", "saud"})


def test_evidence_words_count_whole_words_as_typed() -> None:
    """A listed word counts in lower case or capitalized, as a whole word only."""
    from translit import detection

    ((sid, words, weight),) = [row for row in detection._word_rows() if "hariri" in row[1]]
    assert weight > 0
    for text, count in [("the Hariri family", 1), ("hariri", 1), ("al-Najaf and Hariri", 2), ("(Hariri)", 1),
                        ("Haririyya", 0), ("HARIRI", 0), ("alhariri", 0)]:
        assert len(detection._word_hits(text).get(sid, [])) == count, text


def test_fast_pattern_reads_the_letter_class_as_regex_does() -> None:
    """A pattern the stdlib can read is compiled by it, with the tables' letter class spelled
    out: it finds what ``regex`` finds, next to letters, combining marks, digits and signs."""
    import re

    import regex

    from translit.engine import fast_pattern

    from translit.table import LETTER

    source = rf"(?<!{LETTER})al-(?={LETTER})|{LETTER}a#"
    fast, slow = fast_pattern(source), regex.compile(source, regex.V0)
    assert isinstance(fast, re.Pattern)
    for text in ["al-Qāhira", "xal-b", "\u0301al-\u0301", "1al-2", "_al-_", "ʿal-ʿ", "ّal-ب", "ba#", "\u0301a#", "9a#"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text
    assert not isinstance(fast_pattern(r"(?<=[\p{L}\p{M}]*)a"), re.Pattern)  # varying lookbehind: regex


def test_every_mark_the_tables_write_is_part_of_a_word() -> None:
    """The letter class holds the combining marks of the Latin and Arabic blocks only
    (table.WORD_MARKS); a mark that a shipped table writes or reads must be one of them,
    or a word edge would fall inside a word."""
    import unicodedata

    from translit import pipeline
    from translit.table import WORD_MARKS

    marks = regex.compile(f"[{WORD_MARKS}]")
    names = ["fold", "pivot", "spell", "plain", "key", "loose", "arabic", "unspell", "render"]
    names += [f"schemes/{s.path.stem}" for s in pipeline.registry().values()]
    seen = {
        c
        for name in names
        for p in pipeline.table(name).passes
        for r in p.rules
        for c in r.match + r.output
        if unicodedata.category(c).startswith("M")
    }
    assert seen and all(marks.match(c) for c in seen), sorted(c for c in seen if not marks.match(c))


def test_left_context_of_varying_width_runs_on_the_stdlib_with_its_check(tmp_path: Path) -> None:
    import re

    import regex

    # x after "a" + any number of "b"; else, the second row (its context left out by the
    # relaxed pattern, and checked: "c" + x must not take the first row's output).
    table = load(tmp_path, "@pass\tp\nx\t1\tab*\nx\t2\tc\n")
    (p,) = [compile_pass(q) for q in table.passes]
    assert isinstance(p.pattern, re.Pattern) and p.checks and p.exact is not None
    # The rows as one ``regex`` alternation, which reads the context as written.
    exact = regex.compile(r"(x)(?<=ab*x)|(x)(?<=cx)")
    for text in ["x", "ax", "abbbx", "cx", "bx", "acx", "abx cx ax x"]:
        want = exact.sub(lambda m: "1" if m.lastindex == 1 else "2", text)
        assert run([p], text) == want, text
    assert run([p], "abbx cx") == "abb1 c2"  # "cx": the relaxed first row failed its check


def test_a_bad_context_in_a_lexicon_group_fails_at_load(tmp_path: Path) -> None:
    rows = "".join(f"w{i}\tW{i}\t#\tx{{3,1}}\n" for i in range(10))
    table = load(tmp_path, "@pass\tp\na\tb\t#\n" + rows)
    with pytest.raises(TableError) as err:
        compile_pass(table.passes[0])
    assert err.value.line == 3


def test_a_lexicon_group_is_run_only_on_text_that_holds_one_of_its_words(tmp_path: Path) -> None:
    rows = "".join(f"w{i}\tW{i}\t#\t#\n" for i in range(10))
    out = convert(tmp_path, "@pass\tp\na\tb\t#\n" + rows, "a w3 w3x aw1")
    assert out == "b W3 w3x bw1"


def test_left_context_of_listed_widths_is_split_into_fixed_lookbehinds(tmp_path: Path) -> None:
    import re

    # (ab)?c and th|t: matches of two widths each, listed; a negated one too.
    table = load(tmp_path, "@pass\tp\nx\t1\t(ab)?c\ny\t2\tth|t\nz\t3\t!(q|rs)\n")
    rules = table.passes[0].rules
    assert all(r.behind for r in rules)
    (p,) = [compile_pass(q) for q in table.passes]
    assert isinstance(p.pattern, re.Pattern) and not p.checks  # no check needed: exact
    assert run([p], "cx abcx bcx tx thy sty qz rsz sz z") == "c1 abc1 bc1 tx th2 st2 qz rsz s3 3"


def _slots_by_rescan(rules):
    """engine._slots as first written: for each rule, the rules between its group and it
    scanned again (quadratic; the reference the linear one must equal)."""
    slots: list = []
    open_slot: dict = {}
    for rule in rules:
        key = (rule.left, rule.right)
        k = open_slot.get(key)
        if k is not None:
            between = (r for slot in slots[k:] for r in slot if (r.left, r.right) != key)
            if any(r.match.startswith(rule.match) for r in between):
                k = None
        if k is None:
            open_slot[key] = len(slots)
            slots.append([rule])
        else:
            slots[k].append(rule)
    return slots


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text("ab", min_size=1, max_size=3), st.sampled_from(["", "#", "x"]), st.sampled_from(["", "#"])), max_size=30))
def test_rules_are_grouped_as_by_a_rescan(rows) -> None:
    from translit.engine import _slots
    from translit.table import Rule

    rules = [Rule(match=m, output="o", left=left, right=right, path="t.tsv", line=i) for i, (m, left, right) in enumerate(rows)]
    rules.sort(key=lambda r: -len(r.match))
    assert [[r.line for r in slot] for slot in _slots(rules)] == [[r.line for r in slot] for slot in _slots_by_rescan(rules)]
