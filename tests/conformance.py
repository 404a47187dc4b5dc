"""Run the peer projects' own test cases (../shared/peer-suites) through cisfacts.

Used by ``tests/test_conformance.py`` and runnable on its own to print the
pass-rate table of ``docs/languages.md``::

    python tests/conformance.py            # the table
    python tests/conformance.py --fails    # every failing case, as JSON lines
    python tests/conformance.py --write    # refresh docs/languages.md and the baseline

A case passes when a fact of the expected kind, overlapping the expected span
(the whole text when the peer gives no span), has the expected value.
Durations are compared by meaning (``PT90M`` equals ``PT1.5H``). Money cases
whose peer unit has no ISO code (cents, "bucks") are left out: the contract
has no currency-less money.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex

import cisfacts
from cisfacts.units import UNITS

SUITES = Path(__file__).resolve().parents[2] / "shared" / "peer-suites"
ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "conformance_baseline.json"
DOC = ROOT / "docs" / "languages.md"
DOC_START = "| source | lang | kind | passed | cases | rate |"
SOURCES = ("duckling", "recognizers", "dateparser")
KINDS = ("number", "money", "percent", "quantity", "date", "period", "duration")
_DURATION = regex.compile(r"P(?:T)?(\d+(?:\.\d+)?)([YMWDHS])")
_DAYS = {"Y": Decimal(365), "M": Decimal(30), "W": Decimal(7), "D": Decimal(1)}


def cases() -> Iterator[dict[str, Any]]:
    """Every peer case of a kind and language cisfacts supports."""
    for source in SOURCES:
        path = SUITES / f"{source}.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            expected = case["expected"]
            if case["lang"] not in cisfacts.LANGUAGES or expected["kind"] not in KINDS:
                continue
            if expected["kind"] == "money" and not expected.get("currency"):
                continue
            if expected["kind"] == "quantity" and expected.get("unit") not in UNITS:
                # a unit cisfacts does not measure in (lb, °C, km/h, cups) or an ambiguous one
                continue
            yield case


def case_id(case: dict[str, Any]) -> str:
    """A stable identifier of a case: source, language, kind and text."""
    return f"{case['source']}|{case['lang']}|{case['expected']['kind']}|{case['text']}"


def _duration(value: str) -> tuple[Decimal, str] | None:
    m = _DURATION.fullmatch(value)
    if m is None:
        return None
    amount, unit = Decimal(m.group(1)), m.group(2)
    if value.startswith("PT"):
        return amount, unit.lower()
    return amount, unit


def _same_duration(a: str, b: str) -> bool:
    da, db = _duration(a), _duration(b)
    if da is None or db is None:
        return a == b
    if da[1] == db[1]:
        return da[0] == db[0]
    if da[1] in _DAYS and db[1] in _DAYS and "M" not in (da[1], db[1]) and "Y" not in (da[1], db[1]):
        return da[0] * _DAYS[da[1]] == db[0] * _DAYS[db[1]]
    return (da[1], db[1]) in {("Y", "M"), ("M", "Y")} and (
        da[0] * (12 if da[1] == "Y" else 1) == db[0] * (12 if db[1] == "Y" else 1)
    )


def passes(case: dict[str, Any]) -> tuple[bool, list[dict[str, Any]]]:
    """Whether cisfacts reads the case as the peer expects, and the facts it found."""
    expected = case["expected"]
    reference = case.get("reference")
    ref = datetime.date.fromisoformat(reference[:10]) if reference else None
    text = case["text"]
    found = [f.to_dict() for f in cisfacts.extract(text, lang=case["lang"], reference_date=ref)]
    if "match" in case:
        start, end = case["match"]["start"], case["match"]["end"]
    else:
        start, end = 0, len(text)
    for fact in found:
        if fact["kind"] != expected["kind"] or fact["end"] <= start or fact["start"] >= end:
            continue
        kind = expected["kind"]
        if kind == "money":
            if fact["currency"] == expected["currency"] and Decimal(fact["amount"]) == Decimal(expected["amount"]):
                return True, found
        elif kind in ("number", "percent"):
            if Decimal(fact["value"]) == Decimal(expected["value"]):
                return True, found
        elif kind == "quantity":
            if fact["unit"] == expected["unit"] and Decimal(fact["value"]) == Decimal(expected["value"]):
                return True, found
        elif kind == "duration":
            if _same_duration(fact["value"], expected["value"]):
                return True, found
        elif fact["value"] == expected["value"]:
            return True, found
    return False, found


def table() -> dict[tuple[str, str, str], tuple[int, int]]:
    """(source, lang, kind) -> (passed, total)."""
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for case in cases():
        key = (case["source"], case["lang"], case["expected"]["kind"])
        counts[key][1] += 1
        counts[key][0] += passes(case)[0]
    return {key: (p, n) for key, (p, n) in sorted(counts.items())}


def markdown(rates: dict[tuple[str, str, str], tuple[int, int]]) -> str:
    """The pass-rate table as Markdown."""
    lines = ["| source | lang | kind | passed | cases | rate |", "|---|---|---|---|---|---|"]
    for (source, lang, kind), (p, n) in rates.items():
        lines.append(f"| {source} | {lang} | {kind} | {p} | {n} | {100 * p / n:.1f}% |")
    return "\n".join(lines)


def key(cell: tuple[str, str, str]) -> str:
    """A cell's name in the baseline file: ``source|lang|kind``."""
    return "|".join(cell)


def doc_table(text: str) -> str:
    """The pass-rate table as written in docs/languages.md."""
    start = text.index(DOC_START)
    end = text.find("\n\n", start)
    return text[start:] if end < 0 else text[start:end]


def write(rates: dict[tuple[str, str, str], tuple[int, int]]) -> None:
    """Record the current pass counts as the baseline and in the docs table."""
    BASELINE.write_text(
        json.dumps({key(cell): p for cell, (p, _) in rates.items()}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(text.replace(doc_table(text).rstrip("\n"), markdown(rates)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fails", action="store_true", help="print every failing case as JSON lines")
    parser.add_argument("--write", action="store_true", help="refresh the baseline and the docs table")
    args = parser.parse_args(argv)
    if not SUITES.is_dir():
        print(f"no peer suites at {SUITES}", file=sys.stderr)
        return 1
    if args.fails:
        for case in cases():
            ok, found = passes(case)
            if not ok:
                print(json.dumps({"id": case_id(case), "expected": case["expected"],
                                  "got": [(f["kind"], f["text"], f.get("value", f.get("amount"))) for f in found]},
                                 ensure_ascii=False))
        return 0
    rates = table()
    if args.write:
        write(rates)
    print(markdown(rates))
    return 0


if __name__ == "__main__":
    sys.exit(main())
