"""Small helpers shared by the table tests."""

from __future__ import annotations

import datetime

import cisfacts

REFERENCE = datetime.date(2025, 10, 10)


def brief(text: str, lang: str, reference_date: datetime.date | None = REFERENCE) -> list[tuple[str, ...]]:
    """Facts as (kind, value, text[, qualifier]) tuples; money values are 'amount CUR', quantities 'value unit'."""
    out: list[tuple[str, ...]] = []
    for fact in cisfacts.extract(text, lang=lang, reference_date=reference_date):
        d = fact.to_dict()
        assert text[fact.start:fact.end] == fact.text
        if d["kind"] == "money":
            value = f"{d['amount']} {d['currency']}"
        elif d["kind"] == "quantity":
            value = f"{d['value']} {d['unit']}"
        else:
            value = d["value"]
        row: tuple[str, ...] = (d["kind"], value, d["text"])
        if d["qualifier"]:
            row += (d["qualifier"],)
        out.append(row)
    return out


def changes(text: str, lang: str) -> list[tuple[str, str | None]]:
    """(text, change) of every figure in ``text``: change is ``increase``, ``decrease`` or ``None``."""
    out: list[tuple[str, str | None]] = []
    for fact in cisfacts.extract(text, lang=lang, reference_date=REFERENCE):
        if isinstance(fact, cisfacts.Figure) and not isinstance(fact, cisfacts.Duration):
            out.append((fact.text, fact.change))
    return out


def ranges(text: str, lang: str) -> list[tuple[str, str]]:
    """(text, text of the whole range) of every figure that is one end of a range."""
    return [
        (fact.text, text[fact.range[0]:fact.range[1]])
        for fact in cisfacts.extract(text, lang=lang, reference_date=REFERENCE)
        if isinstance(fact, cisfacts.Figure) and fact.range is not None
    ]
