"""The ``translit`` command: a streaming shell filter around the library.

    echo "Hādī al-‘Āmirī" | translit arabic          # هادي العامري
    translit key names.txt                           # one ASCII key a line
    translit arabic --in-text --annotate article.txt # names inside prose
    translit arabic --format jsonl corpus/*.txt      # one JSON record a name found

Input is read as bytes, 64 KiB at a time, and decoded as UTF-8 with ``surrogateescape``;
output is encoded the same way, so bytes that are not UTF-8 pass through unchanged.  Lines
are converted in blocks; a line longer than 256 KiB is converted in pieces cut at white space
where no name can be cut, so memory stays bounded whatever the input.  Output is flushed
whenever the filter is about to wait for input, so it works behind ``tail -f``.  ``--jobs N``
converts blocks in a process pool and writes them in input order.  docs/cli.md is the
reference.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import select
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import BinaryIO, Literal, NamedTuple

import regex

from . import ShortVowelError, UnreadableError, detect, romanize, to_arabic, to_key
from . import pipeline
from .spans import Span, find
from .spans import _detect as _own_scheme

PROG = "translit"
_SURROGATES = regex.compile(r"[\udc80-\udcff]+")
_LATIN = regex.compile(r"\p{Latin}")
_EDGE_SPACE = regex.compile(r"^(\s*)(.*?)(\s*)$", regex.DOTALL)

DESCRIPTION = """\
Convert romanized Arabic (DMG, ALA-LC, IJMES, EI2, ISO 233, BGN/PCGN, UNGEGN, Wehr, Buckwalter
and casual spellings) into Arabic script, into ASCII keys for indexing and matching, or
into another romanization, line by line.

Each command reads the files named on the command line, or standard input when there are
none (or for "-"), and writes standard output as the input arrives (it flushes whenever it
would wait for more input, so it can sit behind `tail -f`).  Memory stays bounded whatever
the size of the input or of one line.  Line endings (\\n, \\r\\n, a last line without one)
are kept as they were, and bytes that are not UTF-8 pass through unchanged.

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
  translit arabic --format jsonl --jobs 4 corpus/*.txt > names.jsonl
      one JSON record a name: file, line, start, end, text, scheme, arabic, key
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


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {value!r}")
    return n


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

    def annotate_arg(p: argparse.ArgumentParser, what: str, example: str, more: str = "") -> None:
        p.add_argument(
            "-a", "--annotate", action="store_true",
            help=f"with --in-text (implied): keep each name as written and add its {what} "
            f"after it in brackets, e.g. 'Hādī al-‘Āmirī [{example}]'{more}",
        )

    def stream_args(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "-f", "--format", choices=("text", "jsonl"), default="text",
            help="text (default): the input with its names converted. jsonl (implies "
            "--in-text): instead of the text, one JSON object a line for each name found: "
            '{"file", "line", "start", "end", "text", "scheme", "arabic", "key"}; line counts '
            "from 1 in each file, start and end are character offsets in that line (each "
            "byte that is not UTF-8 counts as one character), arabic is null when the scheme "
            "cannot read the whole name",
        )
        p.add_argument(
            "-j", "--jobs", type=_positive, default=1, metavar="N",
            help="convert with N worker processes (for large files); the output and its "
            "order are the same as with one (default 1)",
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
    annotate_arg(arabic, "Arabic", "هادي العامري", ". With --in-text a name the scheme cannot "
                 "read completely is left as written rather than half converted")
    arabic.add_argument(
        "-k", "--key", action="store_true",
        help="put each name's ASCII key in its place instead of its Arabic (with --in-text, the "
        "same as `translit key --in-text`)",
    )
    stream_args(arabic)

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
    annotate_arg(key, "key", "hadi al-amiri")
    stream_args(key)

    rom = sub.add_parser(
        "romanize", help="any romanization (or Arabic script) to one scheme's romanization",
        description="Rewrite each line in the romanization --to names (DMG, ALA-LC, IJMES, "
        "EI2, ISO 233, ISO 233-2, Wehr, BGN/PCGN, UNGEGN 1972 and 2017, Buckwalter), following that standard's own rules. Lines "
        "may be in any supported romanization or in Arabic script (vocalized Arabic "
        "romanizes exactly; unvocalized Arabic keeps only the vowels it writes, plus those "
        "of tables/vowels.tsv).",
        epilog="examples:\n  echo 'aš-Šaddādī' | translit romanize --to ala-lc      # al-Shaddādī\n"
        "  echo 'al-Qāhirah' | translit romanize --to dmg -s ala-lc  # al-Qāhira\n"
        "  translit romanize --to dmg --in-text article.txt",
        formatter_class=_Formatter,
    )
    files_arg(rom)
    rom.add_argument(
        "--to", required=True, metavar="ID",
        help="the scheme to write: "
        + ", ".join(sid for sid in pipeline.registry() if pipeline.can_render(sid)),
    )
    scheme_arg(rom)
    rom.add_argument(
        "--strict", action="store_true",
        help="stop with an error (exit 1) naming the line when a line holds a character the "
        "scheme cannot read, or unvocalized Arabic whose short vowels are unknown",
    )
    in_text_arg(rom, "the --to romanization")

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


# --- conversion ----------------------------------------------------------------------------
# Input is handled in *blocks*: several complete lines together (up to about _READ bytes), or a
# bounded piece of a very long line.  A block is converted as a whole: with --in-text the
# span finder runs over the block's text at once (names never cross a line break, and the
# scheme is still detected line by line), so a line without a candidate character costs one
# character-class scan and nothing else.

_READ = 1 << 16  # bytes asked of the input at a time
_PIECE = 1 << 18  # a line longer than this is converted in pieces of at most this size
_CACHE = 1 << 16  # conversions of repeated names (and lines) kept, least recently used out
_CACHE_TEXT = 256  # a whole line longer than this is not cached

# A place where a long line may be cut without cutting a span: white space after a byte that
# cannot end a word (punctuation, a digit), or white space that is not one single space (a
# span's words are separated by exactly one space).  Failing that, any space; failing that,
# any character boundary.
_SAFE_CUT = regex.compile(rb"(?:[^\sA-Za-z\x80-\xff]\s+|\s\s+|[\t\r\v\f]\s*)(?=\S)")
_ANY_SPACE = regex.compile(rb" +(?=\S)")


class Block(NamedTuple):
    """A unit of input: ``data`` begins at line ``line`` (1-based) of ``name``, at character
    ``column`` of that line (non-zero only for the second and later pieces of a long line)."""

    name: str
    line: int
    column: int
    data: bytes


class Result(NamedTuple):
    data: bytes
    error: str | None = None  # --strict: the first line that could not be read


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
    """``text`` with each span replaced by its conversion (or annotated with it)."""
    spans = find(text, scheme)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        converted = _to_script(span, convert)[1] if to_script else convert(span.text, span.scheme)
        if converted is None:
            # A spelling no scheme reads whole: leave the name as written rather than half
            # convert it.
            out.append(span.text)
        else:
            out.append(f"{span.text} [{converted}]" if annotate else converted)
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def _to_script(span: Span, convert: Callable[[str, str], str]) -> tuple[str, str | None]:
    """(scheme, Arabic) of a span; Arabic None when it would still hold Latin letters.

    The names of a line are read with the line's scheme; a name that scheme cannot read
    whole (an English spelling such as al-Mayadeen among DMG names) is read with the scheme
    detected from the name alone, and left as written if that cannot read it either.
    """
    converted = convert(span.text, span.scheme)
    if not _LATIN.search(converted):
        return span.scheme, converted
    own = _own_scheme(span.text)
    if own != span.scheme:
        converted = convert(span.text, own)
        if not _LATIN.search(converted):
            return own, converted
    return span.scheme, None


def _cached(func: Callable[[str, str], str]) -> Callable[[str, str], str]:
    return lru_cache(maxsize=_CACHE)(func)


class Converter:
    """Turns blocks into output bytes for one command line; picklable for --jobs workers."""

    def __init__(self, args: argparse.Namespace) -> None:
        # `arabic --key` writes keys: it is the key command under another name.
        self.command = "key" if getattr(args, "key", False) else args.command
        self.scheme = args.scheme if args.command in ("arabic", "key", "romanize") else "auto"
        self.to = getattr(args, "to", None)
        self.vocalized = getattr(args, "vocalized", False)
        self.strict = getattr(args, "strict", False)
        self.loose = getattr(args, "loose", False)
        self.jsonl = getattr(args, "format", "text") == "jsonl"
        self.annotate = getattr(args, "annotate", False)
        self.in_text = getattr(args, "in_text", False) or self.annotate or self.jsonl
        self._build()

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._build()

    def _build(self) -> None:
        errors: Literal["preserve", "strict"] = "strict" if self.strict else "preserve"
        vocalized, loose = self.vocalized, self.loose
        self._arabic = _cached(lambda t, s: to_arabic(t, s, vocalized=vocalized, errors=errors))
        self._key = _cached(lambda t, s: to_key(t, s, loose=loose))
        to = self.to or "dmg"  # only the romanize command uses it, and it always sets --to
        self._romanize = _cached(lambda t, s: romanize(t, to=to, scheme=s, errors=errors))
        self._line = lru_cache(maxsize=_CACHE)(self._convert_line)

    # one line (not --in-text): the line is one name or phrase
    def _convert_line(self, text: str) -> str:
        if self.command == "arabic":
            return _around_bytes(text, lambda t: self._arabic(t, self.scheme))
        if self.command == "key":
            return _around_bytes(text, lambda t: _keep_edges(t, lambda u: self._key(u, self.scheme)))
        if self.command == "romanize":
            return _around_bytes(text, lambda t: _keep_edges(t, lambda u: self._romanize(u, self.scheme)))
        return detect(text) if text.strip() else ""

    def __call__(self, block: Block) -> Result:
        text = block.data.decode("utf-8", "surrogateescape")
        if self.jsonl:
            return Result(self._records(block, text).encode("utf-8", "surrogateescape"))
        if self.in_text:
            convert = {"arabic": self._arabic, "romanize": self._romanize}.get(self.command, self._key)
            to_script = self.command == "arabic"
            if not self.strict:
                out = _in_text(text, self.scheme, convert, self.annotate, to_script)
                return Result(block.data if out is text else out.encode("utf-8", "surrogateescape"))
            done: list[str] = []
            for number, line in enumerate(text.splitlines(keepends=True), block.line):
                try:
                    done.append(_in_text(line, self.scheme, convert, self.annotate, to_script))
                except (UnreadableError, ShortVowelError) as e:
                    return Result("".join(done).encode("utf-8", "surrogateescape"),
                                  f"{block.name}: line {number}: {e}")
            return Result("".join(done).encode("utf-8", "surrogateescape"))
        parts: list[str] = []
        for number, line in enumerate(text.splitlines(keepends=True), block.line):
            body, ending = _split_ending(line)
            try:
                parts.append((self._line(body) if len(body) <= _CACHE_TEXT else self._convert_line(body)) + ending)
            except (UnreadableError, ShortVowelError) as e:
                return Result("".join(parts).encode("utf-8", "surrogateescape"),
                              f"{block.name}: line {number}: {e}")
        return Result("".join(parts).encode("utf-8", "surrogateescape"))

    def _records(self, block: Block, text: str) -> str:
        """One JSON object a span: file, line, start, end (characters of the line), text,
        scheme, arabic (null when the scheme cannot read the whole name) and key."""
        out: list[str] = []
        name = block.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        line, line_start, pos = block.line, -block.column, 0
        for span in find(text, self.scheme):
            breaks = text.count("\n", pos, span.start)
            if breaks:
                line += breaks
                line_start = text.rfind("\n", pos, span.start) + 1
            pos = span.start
            scheme, arabic = _to_script(span, self._arabic)
            record = {
                "file": name, "line": line, "start": span.start - line_start,
                "end": span.end - line_start, "text": span.text, "scheme": scheme,
                "arabic": arabic, "key": self._key(span.text, scheme),
            }
            out.append(json.dumps(record, ensure_ascii=False) + "\n")
        return "".join(out)


# --- input -----------------------------------------------------------------------------------


def _err(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def _cut(buf: bytes) -> int:
    """Where to cut a long line held in ``buf`` (len > _PIECE): the end of the piece."""
    window = buf[: _PIECE]
    for pattern in (_SAFE_CUT, _ANY_SPACE):
        last = None
        for last in pattern.finditer(window, _PIECE // 2):
            pass
        if last is not None:
            return last.end()
    cut = _PIECE
    while cut > 0 and 0x80 <= buf[cut] < 0xC0:  # not inside a UTF-8 sequence
        cut -= 1
    return cut or _PIECE


def _blocks(name: str, stream: BinaryIO, before_read: Callable[[], None]) -> Iterator[Block]:
    """The blocks of one input, read ``_READ`` bytes at a time; ``before_read`` runs before
    every read that may wait for input (the caller flushes its output there)."""
    read = getattr(stream, "read1", stream.read)
    line, column, buf = 1, 0, b""
    while True:
        before_read()
        chunk = read(_READ)
        if not chunk:
            break
        buf += chunk
        end = buf.rfind(b"\n") + 1
        if end:
            yield Block(name, line, column, buf[:end])
            line += buf.count(b"\n", 0, end)
            column, buf = 0, buf[end:]
        while len(buf) > _PIECE:
            cut = _cut(buf)
            piece = buf[:cut]
            yield Block(name, line, column, piece)
            column += len(piece.decode("utf-8", "surrogateescape"))
            buf = buf[cut:]
    if buf:
        yield Block(name, line, column, buf)


def _sources(files: list[str]) -> Iterator[tuple[str, BinaryIO | None]]:
    """(name, stream) for each input; stream None when the file cannot be opened."""
    for name in files or ["-"]:
        if name == "-":
            yield "-", sys.stdin.buffer
            continue
        try:
            stream = open(name, "rb")  # noqa: SIM115 - closed below
        except OSError as e:
            _err(f"cannot read {name}: {e.strerror or e}")
            yield name, None
            continue
        try:
            yield name, stream
        finally:
            stream.close()


# --- output ----------------------------------------------------------------------------------

_worker: Converter | None = None


def _init_worker(converter: Converter) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _worker = converter


def _work(block: Block) -> Result:
    assert _worker is not None
    return _worker(block)


def _input_waiting(stream: BinaryIO) -> bool:
    """True if reading ``stream`` now would not wait (a regular file, or data in a pipe)."""
    try:
        fd = stream.fileno()
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return True
        return bool(select.select([fd], [], [], 0)[0])
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return True


def _run(args: argparse.Namespace) -> int:
    converter = Converter(args)
    out = sys.stdout.buffer
    status = 0
    jobs = max(1, getattr(args, "jobs", 1) or 1)
    pool = None
    if jobs > 1:
        pool = ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(converter,))
    pending: deque[Future[Result]] = deque()

    def emit(result: Result) -> None:
        out.write(result.data)
        if result.error is not None:
            out.flush()
            raise _Stop(result.error)

    try:
        for name, stream in _sources(args.files):
            if stream is None:
                status = 1
                continue

            def before_read(stream: BinaryIO = stream) -> None:
                # Before a read that may wait, everything converted so far goes out.
                if pending and not _input_waiting(stream):
                    while pending:
                        emit(pending.popleft().result())
                out.flush()

            try:
                for block in _blocks(name, stream, before_read):
                    if pool is None:
                        emit(converter(block))
                        continue
                    pending.append(pool.submit(_work, block))
                    while len(pending) > 2 * jobs or (pending and pending[0].done()):
                        emit(pending.popleft().result())
            except OSError as e:
                if isinstance(e, BrokenPipeError):
                    raise
                _err(f"cannot read {name}: {e.strerror or e}")
                status = 1
        while pending:
            emit(pending.popleft().result())
        out.flush()
    except _Stop as e:
        _err(str(e))
        return 1
    finally:
        if pool is not None:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
    return status


class _Stop(Exception):
    pass


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
        if args.command in ("arabic", "key", "romanize"):
            problem = _check_scheme(args.scheme)
            if problem is not None:
                _err(problem)
                return 2
        if args.command == "romanize":
            try:
                romanize("", to=args.to)
            except ValueError as e:
                _err(str(e))
                return 2
        return _run(args)
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
