"""Adversarial inputs: extract() must stay linear on text built to make regexes backtrack.

Each input is built in every language (``build(case, lang, size)``) at ``--size-mb``
million characters:

* ``digits``   one run of digits, no separator;
* ``ones``     ``1 1 1 1 ...``;
* ``commas``   ``1,1,1,...``;
* ``dots``     ``1.1.1....``;
* ``million``  the language's own word for a million, repeated (``миллион миллион ...``);
* ``percent``  ``%%%%...``;
* ``years``    ``2025-2025-2025-...``;
* ``oneline``  one line with no space: letters of the language's script mixed with digits;
* ``random``   random bytes (seeded) decoded as UTF-8 with errors replaced;
* ``article``  a real article repeated: a bundled example (kk, ru, bg, en) or, for the
  other languages, paragraphs made of the sentences of ``tests/test_lang_<module>.py``.

It times ``extract(text, lang=L)`` on each and prints seconds per million characters
and the ratio to the ``article`` case of the same language in the same run; the target
is a worst ratio of at most 3 (linear time, no catastrophic backtracking).

Each case is time-boxed: it first runs at a hundredth and a tenth of the size; when the
growth between them predicts more than ``--case-budget`` seconds at the full size, the
full size is not run and the figure is extrapolated with that growth (marked ``~``). A
run that passes the budget is stopped (marked ``>``). The growth exponent (1 linear,
2 quadratic) is reported for every case that is worse than linear.

    PYTHONPATH=src .venv/bin/python bench/adversarial.py --size-mb 1
    PYTHONPATH=src .venv/bin/python bench/adversarial.py --langs ru,en --size-mb 0.1 --json
"""

from __future__ import annotations

import argparse
import ast
import gc
import json
import math
import platform
import random
import signal
import sys
import time
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "src"))

import cisfacts  # noqa: E402
from cisfacts import cldr  # noqa: E402
from cisfacts.languages import language_data  # noqa: E402

EXAMPLES = ROOT / "src" / "cisfacts" / "examples"
TESTS = ROOT / "tests"
SEED = 20251010
#: The cases, in table order; ``article`` is the reference the others are compared with.
CASES: tuple[str, ...] = (
    "digits", "ones", "commas", "dots", "million", "percent", "years", "oneline", "random", "article",
)
TARGET = 3.0


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


@cache
def million_word(lang: str) -> str:
    """The language's own full word for a million (not an abbreviation).

    Taken from the data file's number or scale words (stems without their ``*``),
    then from CLDR's compact scale words.
    """
    data = language_data(lang)
    forms = [*data.number_words.get(1_000_000, ()), *data.scale_words.get(1_000_000, ())]
    if data.locale:
        forms += [word for word, value in cldr.scale_words(data.locale).items() if value == 1_000_000]
    for form in forms:
        word = form.rstrip("*")
        if regex.fullmatch(r"\p{L}{5,}", word):
            return word
    raise LookupError(f"{lang}: no full word for a million")


def _case_sentences(lang: str) -> list[str]:
    """The example sentences of ``tests/test_lang_<module>.py`` (its ``CASES`` literal)."""
    path = TESTS / f"test_lang_{lang.replace('-', '_').lower()}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CASES" for t in node.targets):
            cases = ast.literal_eval(node.value)
            return list(dict.fromkeys(text for text, *_ in cases))
    raise LookupError(f"{path}: no CASES")


@cache
def article(lang: str) -> str:
    """A real article: the bundled example, or paragraphs of the language's test sentences."""
    example = EXAMPLES / f"{lang}.txt"
    if example.is_file():
        return example.read_text(encoding="utf-8").strip()
    sentences = _case_sentences(lang)
    paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
    return "\n\n".join(paragraphs)


@cache
def alphabet(lang: str) -> str:
    """The letters of the language: its data file's alphabet, else those of its article."""
    letters = "".join(ch for ch in language_data(lang).alphabet if ch.isalpha())
    if not letters:
        script = {"Cyrl": "Cyrillic", "Latn": "Latin", "Armn": "Armenian", "Geor": "Georgian"}
        pattern = regex.compile(rf"\p{{{script[language_data(lang).script]}}}")
        letters = "".join(sorted({ch.lower() for ch in article(lang) if ch.isalpha() and pattern.fullmatch(ch)}))
    return letters


def _oneline(lang: str, size: int, rng: random.Random) -> str:
    """Letters and digits of the language's script, in short runs, with no space at all."""
    letters = alphabet(lang) + alphabet(lang).upper()
    parts: list[str] = []
    total = 0
    while total < size:
        run = "".join(rng.choices(letters, k=rng.randint(1, 8)))
        run += "".join(rng.choices("0123456789", k=rng.randint(1, 6)))
        parts.append(run)
        total += len(run)
    return "".join(parts)[:size]


def _random(size: int, rng: random.Random) -> str:
    text = ""
    while len(text) < size:
        text += rng.randbytes(size).decode("utf-8", errors="replace")
    return text[:size]


def build(case: str, lang: str, size: int) -> str:
    """The ``case`` input in language ``lang``, exactly ``size`` characters long."""
    rng = random.Random(f"{SEED}-{case}-{lang}")
    makers: dict[str, Callable[[], str]] = {
        "digits": lambda: _repeat("1234567890", size),
        "ones": lambda: _repeat("1 ", size),
        "commas": lambda: _repeat("1,", size),
        "dots": lambda: _repeat("1.", size),
        "million": lambda: _repeat(million_word(lang) + " ", size),
        "percent": lambda: "%" * size,
        "years": lambda: _repeat("2025-", size),
        "oneline": lambda: _oneline(lang, size, rng),
        "random": lambda: _random(size, rng),
        "article": lambda: _repeat(article(lang) + "\n\n", size),
    }
    return makers[case]()


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------


class _Timeout(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout


def timed(text: str, lang: str, limit: float, repeat: int = 1) -> tuple[float | None, int]:
    """Best wall time of ``extract(text, lang=lang)`` and its fact count; ``None`` past ``limit`` s."""
    best: float | None = None
    facts = 0
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(repeat):
            gc.collect()
            signal.setitimer(signal.ITIMER_REAL, limit)
            started = time.perf_counter()
            try:
                facts = len(cisfacts.extract(text, lang=lang))
            except _Timeout:
                return None, 0
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - started
            best = elapsed if best is None else min(best, elapsed)
    finally:
        signal.signal(signal.SIGALRM, previous)
    return best, facts


def measure_case(case: str, lang: str, size: int, budget: float, repeat: int) -> dict[str, Any]:
    """Seconds per million characters of one case, time-boxed (see the module docstring).

    The case runs at a hundredth and a tenth of the size first; the growth of the
    time between them (1.0 linear, 2.0 quadratic) predicts the full size, which is
    run only when the prediction is within ``budget``, else extrapolated.
    """
    sizes = [max(1, size // 100), max(1, size // 10)]
    times: list[float] = []
    for n in sizes:
        elapsed, _ = timed(build(case, lang, n), lang, budget)
        if elapsed is None:
            return {"status": "timeout", "s_per_mb": budget / (n / 1e6), "size": n, "facts": None, "growth": None}
        times.append(elapsed)
    growth = _growth(times[0], sizes[0], times[1], sizes[1])
    predicted = times[1] * (size / sizes[1]) ** max(1.0, growth or 1.0)
    if case != "article" and predicted > budget:
        return {"status": "extrapolated", "s_per_mb": predicted / (size / 1e6), "size": sizes[1], "facts": None,
                "growth": growth}
    full, facts = timed(build(case, lang, size), lang, budget, repeat)
    if full is None:
        return {"status": "timeout", "s_per_mb": budget / (size / 1e6), "size": size, "facts": None,
                "growth": growth}
    return {"status": "ok", "s_per_mb": full / (size / 1e6), "size": size, "facts": facts,
            "growth": _growth(times[1], sizes[1], full, size) or growth}


def _growth(t1: float, n1: int, t2: float, n2: int) -> float | None:
    """The exponent of the time's growth with the size; ``None`` when the times are too small to tell."""
    if t1 < 0.005 or t2 <= 0 or n2 <= n1:
        return None
    return math.log(t2 / t1) / math.log(n2 / n1)


def measure(langs: Sequence[str], size: int, budget: float, repeat: int, progress: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for lang in langs:
        cisfacts.extract("1", lang=lang)  # the first call builds the grammar: not timed
        rows = {"article": measure_case("article", lang, size, budget, repeat)}
        reference = rows["article"]["s_per_mb"]
        for case in CASES[:-1]:
            rows[case] = measure_case(case, lang, size, budget, repeat)
        for row in rows.values():
            row["ratio"] = row["s_per_mb"] / reference
        worst = max((c for c in CASES if c != "article"), key=lambda c: rows[c]["ratio"])
        results[lang] = {"cases": {c: rows[c] for c in CASES}, "worst_case": worst, "worst_ratio": rows[worst]["ratio"]}
        if progress:
            print(f"  {lang}: worst {worst} x{rows[worst]['ratio']:.2f}", file=sys.stderr, flush=True)
    return results


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

_MARK = {"ok": "", "extrapolated": "~", "timeout": ">"}


def _cell(row: dict[str, Any]) -> str:
    return f"{_MARK[row['status']]}{row['ratio']:.2f}"


def table(results: dict[str, Any], size: int) -> str:
    width = 9
    lines = [
        f"seconds per million characters of the article, and each case's ratio to it ({size / 1e6:g} M chars; "
        f"~ extrapolated with the growth measured below the full size, > stopped at the budget)",
        f"{'lang':<8}{'article s':>{width + 1}}" + "".join(f"{c:>{width}}" for c in CASES[:-1])
        + f"{'worst':>{width + 1}}  case",
    ]
    for lang, res in results.items():
        cases = res["cases"]
        lines.append(
            f"{lang:<8}{cases['article']['s_per_mb']:>{width + 1}.2f}"
            + "".join(f"{_cell(cases[c]):>{width}}" for c in CASES[:-1])
            + f"{res['worst_ratio']:>{width + 1}.2f}  {res['worst_case']}"
        )
    worst_lang = max(results, key=lambda lang: results[lang]["worst_ratio"])
    worst = results[worst_lang]
    verdict = "OK" if worst["worst_ratio"] <= TARGET else "ABOVE TARGET"
    lines.append(
        f"worst ratio overall: {worst['worst_ratio']:.2f} ({worst_lang}, {worst['worst_case']}); "
        f"target <= {TARGET:g}: {verdict}"
    )
    slow = [
        f"{lang}/{case} growth {row['growth']:.2f}"
        for lang, res in results.items()
        for case, row in res["cases"].items()
        if row["growth"] is not None and row["growth"] > 1.3
    ]
    if slow:
        lines.append("worse than linear (time ~ size^exponent, exponent > 1.3): " + ", ".join(slow))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=1.0, help="input size in millions of characters")
    parser.add_argument("--langs", default=",".join(cisfacts.LANGUAGES), help="comma-separated codes (default all)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--repeat", type=int, default=1, help="best of N runs at the full size (default 1)")
    parser.add_argument("--case-budget", type=float, default=20.0, help="seconds one case may take (default 20)")
    args = parser.parse_args(argv)
    langs = [code.strip() for code in args.langs.split(",") if code.strip()]
    unknown = [code for code in langs if code not in cisfacts.LANGUAGES]
    if unknown or not langs:
        parser.error(f"unknown languages {unknown}; supported: {', '.join(cisfacts.LANGUAGES)}")
    if args.size_mb <= 0 or args.repeat < 1 or args.case_budget <= 0:
        parser.error("--size-mb and --case-budget must be > 0 and --repeat >= 1")
    size = int(args.size_mb * 1_000_000)
    started = time.perf_counter()
    results = measure(langs, size, args.case_budget, args.repeat, progress=not args.json)
    if args.json:
        out = {
            "size": size,
            "target": TARGET,
            "python": platform.python_version(),
            "cisfacts": cisfacts.__version__,
            "seconds": time.perf_counter() - started,
            "languages": results,
            "worst_ratio": max(res["worst_ratio"] for res in results.values()),
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(table(results, size))
        print(f"({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
