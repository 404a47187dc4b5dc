"""The ``cisfacts`` command: ``cisfacts extract`` and ``cisfacts demo``.

``cisfacts extract`` reads files (or standard input) as UTF-8 and writes one
JSON object per fact (``--format jsonl``, the default) or an aligned table
(``--format table``). With ``--input jsonl`` (the default for ``*.jsonl``
files) each input line is a document ``{"id", "text", "lang", "date"}`` and
each output line carries the document's ``id``. ``--jobs N`` reads the
documents on N worker processes; the output order is the input order.
``cisfacts demo`` runs the extractor on the example articles shipped with the package.

Errors in the input or the arguments give one line on standard error,
``cisfacts: error: ...``, and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import os
import re
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

if TYPE_CHECKING:
    from cisfacts.batch import Document
    from cisfacts.facts import Fact

PROG = "cisfacts"
EXIT_USAGE = 2
EXIT_INPUT = 1
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLUMNS = ("kind", "value", "qualifier", "text", "span")


class CliError(Exception):
    """An error to report on one line, with the exit status to return."""

    def __init__(self, message: str, status: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports errors on one line instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise CliError(message, EXIT_USAGE)


def _reference_date(text: str) -> datetime.date:
    if not _ISO_DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"invalid date {text!r}, expected YYYY-MM-DD")
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: {exc}") from None


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of jobs {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"--jobs must be at least 1, not {value}")
    return value


def _build_parser() -> _Parser:
    from cisfacts import __version__

    parser = _Parser(
        prog=PROG,
        description="Typed facts (numbers, money, percentages, dates, periods, durations) "
        "with exact spans from Kazakh, Russian, Bulgarian and English news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    extract = commands.add_parser(
        "extract",
        help="extract facts from files or standard input",
        description="Extract facts from UTF-8 text files, or from standard input when no FILE is given.",
    )
    extract.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text file(s); default: stdin")
    extract.add_argument(
        "--lang", default=None, metavar="L", help="language code (kk, ru, bg, en); default: detect"
    )
    extract.add_argument(
        "--reference-date",
        type=_reference_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date that relative expressions are resolved against; default: today",
    )
    extract.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="output format (default: jsonl, one JSON object per fact)",
    )
    extract.add_argument(
        "--input",
        choices=("text", "jsonl"),
        default=None,
        help='input format: plain text, or JSON Lines of {"id", "text", "lang", "date"} documents '
        "(default: jsonl for *.jsonl files, text otherwise)",
    )
    extract.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (default: 1, this process)"
    )

    commands.add_parser(
        "demo",
        help="run the extractor on the bundled example articles",
        description="Print the facts found in the example articles shipped with cisfacts.",
    )
    return parser


def _check_lang(lang: str | None) -> None:
    from cisfacts import LANGUAGES

    if lang is not None and lang not in LANGUAGES:
        raise CliError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}", EXIT_USAGE)


def _read_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not valid UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise CliError(f"{path}: {reason}") from None


def _read_stdin() -> str:
    stream: Any = sys.stdin
    if stream is None:
        raise CliError("no standard input to read")
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data: bytes = buffer.read()
            return data.decode("utf-8")
        text: str = stream.read()
        return text
    except UnicodeDecodeError as exc:
        raise CliError(f"<stdin>: not valid UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise CliError(f"<stdin>: {exc.strerror or exc.__class__.__name__}") from None


def _value_text(data: dict[str, Any]) -> str:
    if "amount" in data:
        return f"{data['amount']} {data['currency']}"
    return str(data.get("value", ""))


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def format_table(facts: Sequence[Fact]) -> str:
    """An aligned plain-text table of facts: kind, value, qualifier, text and span."""
    if not facts:
        return "(no facts)\n"
    rows = [list(_COLUMNS)]
    for fact in facts:
        data = fact.to_dict()
        rows.append(
            [
                str(data["kind"]),
                _value_text(data),
                str(data["qualifier"] or ""),
                _one_line(str(data["text"])),
                f"{data['start']}:{data['end']}",
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    rows.insert(1, ["-" * width for width in widths])
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines) + "\n"


def _write_jsonl(facts: Sequence[Fact], out: TextIO, doc_id: Any = None) -> None:
    for fact in facts:
        data = fact.to_dict()
        if doc_id is not None:
            data = {"id": doc_id, **data}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")


def _extract(text: str, lang: str | None, reference_date: datetime.date | None, source: str) -> list[Fact]:
    from cisfacts import extract

    try:
        return extract(text, lang=lang, reference_date=reference_date)
    except ValueError as exc:
        raise CliError(f"{source}: {exc}") from None


def _documents(source: str, text: str, args: argparse.Namespace) -> list[tuple[Any, Document]]:
    """The documents of one JSON Lines input: (id, (text, lang, date)) per non-blank line."""
    out: list[tuple[Any, Document]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{where}: not a JSON object ({exc.msg})") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise CliError(f'{where}: expected an object with a "text" string')
        lang = doc.get("lang", args.lang)
        if lang is not None and not isinstance(lang, str):
            raise CliError(f'{where}: "lang" must be a string')
        try:
            _check_lang(lang)
        except CliError as exc:
            raise CliError(f"{where}: {exc.message}", exc.status) from None
        day = args.reference_date
        if doc.get("date") is not None:
            try:
                day = _reference_date(str(doc["date"])[:10])
            except argparse.ArgumentTypeError as exc:
                raise CliError(f"{where}: {exc}") from None
        out.append((doc.get("id", where), (doc["text"], lang, day)))
    return out


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    from cisfacts.batch import extract_documents

    lang: str | None = args.lang
    _check_lang(lang)
    files: list[str] = args.files
    if files:
        inputs = [(path, _read_file(path)) for path in files]
    else:
        inputs = [("<stdin>", _read_stdin())]
    documents: list[tuple[Any, Document]] = []
    jsonl_ids = False
    for name, text in inputs:
        as_jsonl = args.input == "jsonl" or (args.input is None and name.endswith(".jsonl"))
        if as_jsonl:
            jsonl_ids = True
            documents += _documents(name, text, args)
        else:
            documents.append((name, (text, lang, args.reference_date)))
    try:
        results = extract_documents((doc for _, doc in documents), jobs=args.jobs, warm=lang)
        for index, ((doc_id, _), facts) in enumerate(zip(documents, results, strict=True)):
            if args.format == "jsonl":
                _write_jsonl(facts, out, doc_id if jsonl_ids else None)
                continue
            if len(documents) > 1:
                out.write(("\n" if index else "") + f"== {doc_id} ==\n")
            out.write(format_table(facts))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return 0


def example_names() -> list[str]:
    """The names of the example articles shipped in ``cisfacts/examples``."""
    folder = resources.files("cisfacts") / "examples"
    if not folder.is_dir():
        return []
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt"))


def _cmd_demo(out: TextIO) -> int:
    from cisfacts import LANGUAGES

    names = example_names()
    if not names:
        raise CliError("no example articles found in the cisfacts package")
    folder = resources.files("cisfacts") / "examples"
    for index, name in enumerate(names):
        text = (folder / name).read_text(encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        lang = stem if stem in LANGUAGES else None
        facts = _extract(text, lang, None, name)
        shown = lang or (facts[0].lang if facts else "unknown")
        title = _one_line(text.strip().splitlines()[0]) if text.strip() else ""
        header = f"== {name} (lang: {shown}) =="
        out.write(("\n" if index else "") + header + "\n")
        if title:
            out.write(f"{title}\n")
        out.write(f"{len(facts)} fact{'' if len(facts) == 1 else 's'}\n\n")
        out.write(format_table(facts))
    return 0


def _utf8_stdout() -> None:
    """Make sure non-ASCII output does not fail on a terminal with a legacy encoding."""
    stream = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if isinstance(stream, io.TextIOWrapper) and encoding not in ("utf8", "utf8sig"):
        try:
            stream.reconfigure(encoding="utf-8")
        except (ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        _utf8_stdout()
        if args.command == "extract":
            return _cmd_extract(args, sys.stdout)
        return _cmd_demo(sys.stdout)
    except CliError as exc:
        sys.stderr.write(f"{PROG}: error: {_one_line(exc.message)}\n")
        return exc.status
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BrokenPipeError:
        # The reader went away (``cisfacts extract | head``): stop quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: error: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
