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
