"""Parsers for a string that is exactly one figure.

>>> parse_money("$37,3 млрд-ты", "kk").amount
Decimal('37300000000')
>>> parse_number("двести пятьдесят", "ru").value
Decimal('250')
>>> parse_percent("4,5%-ға", "kk").value
Decimal('4.5')
>>> parse_date("18 Қазан, 2021", "kk").iso
'2021-10-18'
>>> parse_number("бір-біріне", "kk")
Traceback (most recent call last):
...
cisfacts.errors.ParseError: not a number in 'kk': 'бір-біріне'
"""

from __future__ import annotations

import datetime
from typing import TypeVar

from cisfacts.errors import ParseError
from cisfacts.extract import scan
from cisfacts.facts import Date, Fact, Money, Number, Percent
from cisfacts.languages import check_language

F = TypeVar("F", bound=Fact)


def _one(s: str, lang: str, cls: type[F], what: str, reference_date: datetime.date | None = None) -> F:
    if not isinstance(s, str):
        raise TypeError(f"expected a str, not {type(s).__name__}")
    check_language(lang)
    stripped = s.strip()
    offset = len(s) - len(s.lstrip())
    facts = scan(s, lang, reference_date, bare_years=cls is not Number)
    if (
        len(facts) == 1
        and isinstance(facts[0], cls)
        and facts[0].start == offset
        and facts[0].end == offset + len(stripped)
    ):
        return facts[0]
    raise ParseError(f"not {what} in {lang!r}: {s!r}")


def parse_number(s: str, lang: str) -> Number:
    """Parse a string that is exactly one number (digits or words).

    A four-digit year is read as a number here (``parse_number("2024", "en")`` is 2024).
    """
    return _one(s, lang, Number, "a number")


def parse_money(s: str, lang: str) -> Money:
    """Parse a string that is exactly one amount of money."""
    return _one(s, lang, Money, "an amount of money")


def parse_percent(s: str, lang: str) -> Percent:
    """Parse a string that is exactly one percentage."""
    return _one(s, lang, Percent, "a percentage")


def parse_date(s: str, lang: str, reference_date: datetime.date | None = None) -> Date:
    """Parse a string that is exactly one date (a day, a month or a year).

    A date written without its year, or a relative one, needs ``reference_date``.
    """
    return _one(s, lang, Date, "a date", reference_date)
