"""Building dates, periods and durations from the parts a match captured.

>>> half_or_quarter(2026, 1, half=True)
(datetime.date(2026, 1, 1), datetime.date(2026, 6, 30))
>>> roman("III"), ordinal_digit("2-ші")
(3, 2)
"""

from __future__ import annotations

import datetime

import regex

from cisfacts.facts import last_day

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_LEADING_DIGIT = regex.compile(r"([1-4])(?:[-‐‑]|\Z)")


def roman(text: str) -> int | None:
    """The value of a Roman numeral from I to IV, else ``None``."""
    return _ROMAN.get(text.upper().replace("І", "I").replace("У", "V"))


def ordinal_digit(text: str) -> int | None:
    """The digit of a written ordinal such as ``1-ші``, ``3-й`` or a bare ``2``, else ``None``."""
    m = _LEADING_DIGIT.match(text)
    return int(m.group(1)) if m else None


def safe_date(year: int, month: int, day: int = 1) -> datetime.date | None:
    """A date, or ``None`` when the parts do not make one (31 February)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def half_or_quarter(year: int, n: int, *, half: bool) -> tuple[datetime.date, datetime.date] | None:
    """First and last day of the n-th half or quarter of a year."""
    months = 6 if half else 3
    if not 1 <= n <= 12 // months:
        return None
    first = datetime.date(year, (n - 1) * months + 1, 1)
    last = last_day(datetime.date(year, n * months, 1), "month")
    return first, last


def plausible_year(year: int) -> bool:
    """Years a news text writes as dates."""
    return 1000 <= year <= 2999
