"""The ``translit`` command: a line-by-line shell filter around the library.

    echo "Hādī al-‘Āmirī" | translit arabic          # هادي العامري
    translit key names.txt                           # one ASCII key a line
    translit arabic --in-text --annotate article.txt # names inside prose

Input is read as bytes and decoded as UTF-8 with ``surrogateescape``, and output is encoded
the same way, so bytes that are not UTF-8 pass through unchanged.  Every line is written and
flushed as soon as it is read, so the filter works behind ``tail -f``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from typing import BinaryIO

import regex

from . import UnreadableError, detect, to_arabic, to_key
from . import pipeline
from .spans import find

PROG = "translit"
_SURROGATES = regex.compile(r"[\udc80-\udcff]+")
_LATIN = regex.compile(r"\p{Latin}")
_EDGE_SPACE = regex.compile(r"^(\s*)(.*?)(\s*)$", regex.DOTALL)

DESCRIPTION = """\
Convert romanized Arabic (DMG, ALA-LC, and casual spellings) into Arabic script or into
ASCII keys for indexing and matching, line by line.

Each command reads the files named on the command line, or standard input when there are
none (or for "-"), and writes standard output one line at a time, flushing every line, so it
can sit behind `tail -f`.  Line endings (\\n, \\r\\n, a last line without one) are kept as they
were, and bytes that are not UTF-8 pass through unchanged.

By default every line is one name or phrase to convert.  With --in-text the lines are
running prose (English, German, French ...): only the spans that are unmistakably
romanized Arabic are converted, and every other character is left exactly as it was.
"""

EPILOG = """\
examples:
  echo "Hādī al-‘Āmirī" | translit arabic
      هادي العامري
  printf 'Dā‘iš\\naš-Šaddādī\\nal-Shaddādī\\n' | translit key
      daish / al-shaddadi / al-shaddadi (one a line)
  translit arabic --scheme ala-lc titles.txt
      force the ALA-LC reading instead of detecting the scheme
  translit arabic --in-text --annotate article.txt
      "... the ‘Ayn al-Asad base" -> "... the ‘Ayn al-Asad [عين الأسد] base"
  translit key --in-text --loose < notes.txt
      replace each name in the prose with its loose key
  translit detect names.txt
      the scheme each line is most likely written in
  translit schemes
      the schemes this version knows, with an example each
  tail -f feed.txt | translit arabic --in-text

exit status: 0 on success, 1 if a file could not be read or (with --strict) a line could
not be read, 2 for bad usage such as an unknown scheme, 130 when interrupted.

Run "translit COMMAND --help" for the options of one command.
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _scheme_help() -> str:
    return (
        "the romanization the input is written in: a scheme id or alias as listed by "
        "`translit schemes` (default: auto, detected line by line or, with --in-text, "
        "from the names of each line)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def files_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "files", nargs="*", metavar="FILE",
            help='files to read, in order; standard input when none is given or for "-"',
        )

    def scheme_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument("-s", "--scheme", default="auto", metavar="ID", help=_scheme_help())

    def in_text_arg(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument(
            "-t", "--in-text", action="store_true",
            help=f"treat lines as running prose: convert only the romanized Arabic names and "
            f"phrases found in it to {what}, leave every other character exactly as it is. A "
            "name is found by a romanization letter (ā ī ū ḥ ṣ š ǧ ʿ ...) or an article joined "
            "by a hyphen (al-, aš-, at-T...), with the capitalized words next to it (Dayr "
            "az-Zūr); plain English words (Iraq, Gaza) are never touched",
        )

    arabic = sub.add_parser(
        "arabic", help="romanized Arabic to Arabic script",
        description="Convert romanized Arabic to canonical Arabic script, line by line.",
        epilog="examples:\n  echo 'Dayr az-Zūr' | translit arabic          # دير الزور\n"
        "  translit arabic --vocalized names.txt        # with harakat\n"
        "  translit arabic --in-text --annotate a.txt   # Hādī al-‘Āmirī [هادي العامري]",
        formatter_class=_Formatter,
    )
    files_arg(arabic)
    scheme_arg(arabic)
    arabic.add_argument("--vocalized", action="store_true",
                        help="write the short vowels, shadda and sukun (harakat) as well")
    arabic.add_argument(
        "--strict", action="store_true",
        help="stop with an error (exit 1) naming the line and character when a line holds a "
        "character the scheme cannot read; by default such characters pass through unchanged",
    )
    in_text_arg(arabic, "Arabic script")
    arabic.add_argument(
        "-a", "--annotate", action="store_true",
        help="with --in-text (implied): keep each name as written and add its Arabic after it "
        "in brackets, e.g. 'Hādī al-‘Āmirī [هادي العامري]'. With --in-text a name the scheme "
        "cannot read completely is left as written rather than half converted",
    )

    key = sub.add_parser(
        "key", help="romanized Arabic (or Arabic script) to ASCII keys",
        description="Convert each line to a lowercase ASCII key that is the same for every "
        "careful romanization of one Arabic form, for indexing and deduplication.",
        epilog="examples:\n  printf 'aš-Šaddādī\\nal-Shaddādī\\n' | translit key   # al-shaddadi twice\n"
        "  echo 'Deir ez-Zor' | translit key --loose",
        formatter_class=_Formatter,
    )
    files_arg(key)
    scheme_arg(key)
    key.add_argument(
        "--loose", action="store_true",
        help="a consonant skeleton that also meets casual spellings and Arabic script "
        "(Hadi al-Ameri, Hādī al-ʿĀmirī and هادي العامري share one loose key)",
    )
    in_text_arg(key, "keys")

    det = sub.add_parser(
        "detect", help="print the scheme each line is written in",
        description="Print, for each line, the id of the scheme it is most likely written "
        "in (an empty line for an empty line).",
        epilog="example:\n  printf 'al-Qāhirah\\naš-Šaddādī\\n' | translit detect   # ala-lc, dmg",
        formatter_class=_Formatter,
    )
    files_arg(det)

    sub.add_parser(
        "schemes", help="list the known schemes",
        description="List every scheme: its id, title, aliases and an example.",
        formatter_class=_Formatter,
    )
    return parser


# --- line conversion -------------------------------------------------------------------


def _split_ending(line: str) -> tuple[str, str]:
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""


def _around_bytes(text: str, convert: Callable[[str], str]) -> str:
    """Convert the text between undecodable bytes, which pass through unchanged."""
    if not _SURROGATES.search(text):
        return convert(text)
    out: list[str] = []
    pos = 0
    for m in _SURROGATES.finditer(text):
        out.append(_keep_edges(text[pos : m.start()], convert))
        out.append(m.group())
        pos = m.end()
    out.append(_keep_edges(text[pos:], convert))
    return "".join(out)


def _keep_edges(piece: str, convert: Callable[[str], str]) -> str:
    m = _EDGE_SPACE.match(piece)
    assert m is not None
    return m.group(1) + (convert(m.group(2)) if m.group(2) else "") + m.group(3)


def _in_text(
    text: str, scheme: str, convert: Callable[[str, str], str], annotate: bool, to_script: bool
) -> str:
    spans = find(text, scheme)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        converted = convert(span.text, span.scheme)
        if to_script and _LATIN.search(converted):
            # Arabic output that still holds Latin letters is a spelling the scheme could
            # not read (al-Mayadeen): leave the name as written rather than half convert it.
            out.append(span.text)
            pos = span.end
            continue
        out.append(f"{span.text} [{converted}]" if annotate else converted)
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def _make_converter(args: argparse.Namespace) -> Callable[[str], str]:
    scheme = args.scheme if args.command in ("arabic", "key") else "auto"
    if args.command == "arabic":
        errors = "strict" if args.strict else "preserve"

        def one(text: str, sch: str) -> str:
            return to_arabic(text, sch, vocalized=args.vocalized, errors=errors)

        if args.in_text or args.annotate:
            return lambda line: _in_text(line, scheme, one, args.annotate, True)
        return lambda line: one(line, scheme)
    if args.command == "key":

        def key(text: str, sch: str) -> str:
            return to_key(text, sch, loose=args.loose)

        if args.in_text:
            return lambda line: _in_text(line, scheme, key, False, False)
        return lambda line: _keep_edges(line, lambda t: key(t, scheme))
    return lambda line: detect(line) if line.strip() else ""


# --- I/O ---------------------------------------------------------------------------------


def _err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def _sources(files: list[str]) -> Iterator[tuple[str, BinaryIO | None]]:
    """(name, stream) for each input; stream None when the file cannot be opened."""
    for name in files or ["-"]:
        if name == "-":
            yield "<stdin>", sys.stdin.buffer
            continue
        try:
            stream = open(name, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            _err(f"cannot read {name!r}: {e.strerror or e}")
            yield name, None
            continue
        try:
            yield name, stream
        finally:
            stream.close()


def _run_lines(args: argparse.Namespace) -> int:
    convert = _make_converter(args)
    out = sys.stdout.buffer
    status = 0
    for name, stream in _sources(args.files):
        if stream is None:
            status = 1
            continue
        try:
            for number, raw in enumerate(iter(stream.readline, b""), 1):
                text, ending = _split_ending(raw.decode("utf-8", "surrogateescape"))
                try:
                    result = _around_bytes(text, convert)
                except UnreadableError as e:
                    _err(f"{name}: line {number}: {e}")
                    return 1
                out.write((result + ending).encode("utf-8", "surrogateescape"))
                out.flush()
        except OSError as e:
            if isinstance(e, BrokenPipeError):
                raise
            _err(f"cannot read {name!r}: {e.strerror or e}")
            status = 1
    return status


def _list_schemes() -> int:
    rows = list(pipeline.registry().values())
    width = max(len(s.id) for s in rows)
    lines = [f"{'auto':<{width}}  detect the scheme from the text (default)"]
    for s in rows:
        lines.append(f"{s.id:<{width}}  {s.title}")
        if s.example:
            lines.append(f"{'':<{width}}  example: {s.example}")
        if s.aliases:
            lines.append(f"{'':<{width}}  aliases: {', '.join(s.aliases)}")
    sys.stdout.buffer.write(("\n".join(lines) + "\n").encode("utf-8", "surrogateescape"))
    sys.stdout.flush()
    return 0


def _check_scheme(scheme: str) -> str | None:
    """None if the scheme is known, else the one-line message."""
    try:
        to_key("", scheme)
    except ValueError as e:
        return str(e)
    return None


def main(argv: list[str] | None = None) -> int:
    # Data goes out as UTF-8 whatever the locale says, so help and messages do too.
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "schemes":
            return _list_schemes()
        if args.command in ("arabic", "key"):
            problem = _check_scheme(args.scheme)
            if problem is not None:
                _err(problem)
                return 2
        return _run_lines(args)
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and keep Python from complaining
        # again while flushing stdout at exit.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
