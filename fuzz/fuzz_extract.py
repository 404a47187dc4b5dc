"""An atheris (libFuzzer) target for ``cisfacts.extract``: arbitrary text must never break it.

Not run in CI. The first byte of an input picks the language (one of
:data:`cisfacts.LANGUAGES`, or ``None`` for detection), the second whether a
reference date is given, and the rest is the text, decoded as UTF-8 with
errors replaced.
The checks, for any ``str``:

* ``extract`` raises nothing (``TypeError``/``ValueError`` are for bad arguments only);
* every fact's ``text`` is exactly ``text[start:end]``, with ``0 <= start < end <= len(text)``;
* facts are sorted by start and do not overlap; with ``lang`` given, each has that ``lang``;
* a second call gives equal facts (deterministic);
* the facts pickle and come back equal, and ``to_dict()`` is JSON-able and round-trips.

Run it (``-max_total_time`` in seconds; a corpus directory is optional)::

    .venv/bin/pip install atheris
    PYTHONPATH=src .venv/bin/python fuzz/fuzz_extract.py -max_total_time=600 -timeout=30 fuzz/corpus

By default the first failing input stops the run and libFuzzer writes it to
``crash-*``. With ``CISFACTS_FUZZ_FINDINGS=dir`` set, failures are recorded
instead (the shortest input per kind of failure, in ``dir``) and the run goes
on. ``--seed-corpus DIR`` writes a starting corpus (the bundled examples and
the sentences of the language tests), ``--write-dict FILE`` a libFuzzer
dictionary of the grammars' words (``-dict=FILE``); ``--minimize FILE``
shrinks a recorded input to a minimal one that still fails the same way, and ``--show FILE`` prints what an input does.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import pickle
import sys
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["cisfacts"]):
    import cisfacts

LANGS: tuple[str | None, ...] = (*cisfacts.LANGUAGES, None)
REFERENCE = datetime.date(2025, 10, 10)
FINDINGS = os.environ.get("CISFACTS_FUZZ_FINDINGS")


class Violation(AssertionError):
    """An invariant failed; ``check`` names which (the kind of the finding)."""

    def __init__(self, check: str, detail: str) -> None:
        super().__init__(f"{check}: {detail}")
        self.check = check


def decode(data: bytes) -> tuple[str | None, datetime.date | None, str]:
    """The language, the reference date and the text an input stands for."""
    lang = LANGS[data[0] % len(LANGS)] if data else None
    reference = REFERENCE if len(data) > 1 and data[1] & 1 else None
    return lang, reference, data[2:].decode("utf-8", errors="replace")


def encode(lang: str | None, reference: datetime.date | None, text: str) -> bytes:
    """An input that :func:`decode` reads back as these arguments (for regression files)."""
    return bytes([LANGS.index(lang), 1 if reference else 0]) + text.encode("utf-8")


def check(text: str, lang: str | None, reference: datetime.date | None) -> None:
    """Every invariant of ``extract`` on one text; raises :class:`Violation` or what extract raised."""
    facts = cisfacts.extract(text, lang=lang, reference_date=reference)
    if not isinstance(facts, list):
        raise Violation("type", f"extract returned {type(facts).__name__}")
    previous_end = 0
    previous_start = -1
    for fact in facts:
        if not isinstance(fact, cisfacts.Fact):
            raise Violation("type", f"not a Fact: {fact!r}")
        if not 0 <= fact.start < fact.end <= len(text):
            raise Violation("span", f"bad span {fact.start}:{fact.end} of {len(text)}: {fact!r}")
        if text[fact.start:fact.end] != fact.text:
            raise Violation("span", f"text {fact.text!r} != source {text[fact.start:fact.end]!r}")
        if fact.start < previous_start:
            raise Violation("order", f"not sorted at {fact!r}")
        if fact.start < previous_end:
            raise Violation("overlap", f"overlaps the previous fact: {fact!r}")
        if lang is not None and fact.lang != lang:
            raise Violation("lang", f"lang {fact.lang!r} != {lang!r}")
        if fact.lang not in cisfacts.LANGUAGES:
            raise Violation("lang", f"unknown lang {fact.lang!r}")
        previous_start, previous_end = fact.start, fact.end
    again = cisfacts.extract(text, lang=lang, reference_date=reference)
    if again != facts:
        raise Violation("determinism", f"second call differs: {facts!r} != {again!r}")
    back = pickle.loads(pickle.dumps(facts))
    if back != facts:
        raise Violation("pickle", f"unpickled facts differ: {back!r}")
    dicts = [fact.to_dict() for fact in facts]
    if json.loads(json.dumps(dicts, ensure_ascii=False)) != dicts:
        raise Violation("to_dict", f"to_dict() does not round-trip through JSON: {dicts!r}")
    if [fact.to_dict() for fact in back] != dicts:
        raise Violation("to_dict", "to_dict() of the unpickled facts differs")
    for fact, d in zip(facts, dicts, strict=True):
        if (d["kind"], d["start"], d["end"], d["text"]) != (fact.kind, fact.start, fact.end, fact.text):
            raise Violation("to_dict", f"to_dict() disagrees with the fact: {d!r}")


def signature(error: BaseException) -> str:
    """What kind of failure this is: the check, or the exception type and where it was raised."""
    if isinstance(error, Violation):
        return f"violation-{error.check}"
    frames = traceback.extract_tb(error.__traceback__)
    inner = [f for f in frames if "cisfacts" in f.filename] or frames
    where = f"{Path(inner[-1].filename).name}:{inner[-1].lineno}" if inner else "?"
    return f"{type(error).__name__}-{where}"


def record(data: bytes, error: BaseException) -> None:
    """Keep the shortest input of each kind of failure in ``FINDINGS``."""
    assert FINDINGS is not None
    folder = Path(FINDINGS)
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(signature(error).encode()).hexdigest()[:12]
    path = folder / f"{name}.bin"
    if path.exists() and len(path.read_bytes()) <= len(data):
        return
    path.write_bytes(data)
    (folder / f"{name}.txt").write_text(
        f"{signature(error)}\n{''.join(traceback.format_exception(error))}", encoding="utf-8"
    )


def TestOneInput(data: bytes) -> None:  # the name atheris calls
    lang, reference, text = decode(data)
    try:
        check(text, lang, reference)
    except Exception as error:
        if FINDINGS is None:
            raise
        record(data, error)


def fails_alike(data: bytes, kind: str) -> bool:
    lang, reference, text = decode(data)
    try:
        check(text, lang, reference)
    except Exception as error:
        return signature(error) == kind
    return False


def minimize(data: bytes) -> bytes:
    """Delta debugging on the text's characters, keeping the language and the kind of failure."""
    lang, reference, text = decode(data)
    try:
        check(text, lang, reference)
    except Exception as error:
        kind = signature(error)
    else:
        raise SystemExit("the input does not fail")

    def still(candidate: str) -> bool:
        return fails_alike(encode(lang, reference, candidate), kind)

    chunk = max(1, len(text) // 2)
    while chunk >= 1:
        start, shrunk = 0, False
        while start < len(text):
            candidate = text[:start] + text[start + chunk:]
            if candidate and still(candidate):
                text, shrunk = candidate, True
            else:
                start += chunk
        if not shrunk:
            chunk //= 2
    return encode(lang, reference, text)


def show(data: bytes) -> None:
    lang, reference, text = decode(data)
    print(f"lang={lang!r} reference_date={reference!r}\ntext={text!r}")
    try:
        check(text, lang, reference)
    except Exception as error:
        print(f"FAILS: {signature(error)}: {error}")
    else:
        print("passes")
    try:
        print([f.to_dict() for f in cisfacts.extract(text, lang=lang, reference_date=reference)])
    except Exception as error:
        print(f"extract raised {type(error).__name__}: {error}")


def seed_corpus(folder: Path) -> None:
    """Write a starting corpus: the bundled examples and the sentences of the language tests."""
    import ast

    root = Path(__file__).resolve().parents[1]
    folder.mkdir(parents=True, exist_ok=True)
    texts: list[tuple[str, str]] = []
    for lang in cisfacts.LANGUAGES:
        example = root / "src" / "cisfacts" / "examples" / f"{lang}.txt"
        if example.is_file():
            texts.append((lang, example.read_text(encoding="utf-8")))
        tests = root / "tests" / f"test_lang_{lang.replace('-', '_').lower()}.py"
        if tests.is_file():
            for node in ast.parse(tests.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CASES" for t in node.targets):
                    texts += [(lang, case[0]) for case in ast.literal_eval(node.value)]
    for i, (lang, text) in enumerate(texts):
        for which, reference in ((lang, REFERENCE), (None, None)):
            data = encode(which, reference, text)
            (folder / f"seed-{i:04d}-{which or 'auto'}").write_bytes(data)


def write_dictionary(path: Path) -> None:
    """A libFuzzer dictionary (``-dict=``) of the words and signs the grammars know."""
    from cisfacts.languages import language_data

    tokens = {"%", "-", "–", "—", ",", ".", "/", ":", "\u00a0", "\u202f", " ", "\n\n", "2025", "19", "0,5", "1.5",
              "10-", "$", "€", "₽", "₸", "№", "Q1", "H2", "1 000", "31.12.2024", "2024-01-15", "'s"}
    for lang in cisfacts.LANGUAGES:
        data = language_data(lang)
        for field in ("number_words", "scale_words", "currency_words", "month_words", "duration_words",
                      "ordinal_numbers", "months_before_day"):
            for forms in getattr(data, field).values():
                tokens.update(form.rstrip("*") for form in forms)
        for field in ("year_words", "year_words_before", "year_range_words", "percent_words", "range_from",
                      "range_to", "range_until", "half_words", "quarter_words", "month_prepositions",
                      "hyphen_endings", "day_endings", "minus_words", "ordinal_words", "reference_markers"):
            tokens.update(form.rstrip("*") for form in getattr(data, field))
        tokens.update(data.relative_years)
        tokens.update(data.qualifiers_before)
        tokens.update(data.qualifiers_after)
    lines = []
    for token in sorted(t for t in tokens if t):
        escaped = "".join(chr(b) if 32 <= b < 127 and b not in b'"\\' else f"\\x{b:02x}" for b in token.encode())
        lines.append(f'"{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="ascii")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seed-corpus":
        seed_corpus(Path(sys.argv[2]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--write-dict":
        write_dictionary(Path(sys.argv[2]))
        return
    if len(sys.argv) == 3 and sys.argv[1] in ("--minimize", "--show"):
        data = Path(sys.argv[2]).read_bytes()
        if sys.argv[1] == "--minimize":
            data = minimize(data)
            Path(sys.argv[2] + ".min").write_bytes(data)
        show(data)
        return
    for lang in cisfacts.LANGUAGES:  # build every grammar before fuzzing, not inside the first inputs
        cisfacts.extract("1", lang=lang)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
