"""The fact classes: small, frozen, typed values that keep their exact span.

Every fact knows where it came from (``start``, ``end``, ``text``, ``lang``)
and what it means (a ``Decimal`` amount, a ``datetime.date`` and a precision,
an ISO 4217 code...). ``to_dict()`` gives the flat JSON shape of the public
contract.

>>> from decimal import Decimal
>>> m = Money(start=0, end=13, text="$37,3 млрд-ты", lang="kk",
...           amount=Decimal("37300000000"), currency="USD")
>>> m.to_dict()["amount"], m.to_dict()["currency"]
('37300000000', 'USD')
"""

from __future__ import annotations

import calendar
import datetime
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs

Qualifier = Literal["approx", "over", "under", "at_least", "at_most"]
Precision = Literal["day", "month", "year"]
DurationUnit = Literal["year", "month", "week", "day"]
Change = Literal["increase", "decrease"]

#: The qualifiers a fact may carry, besides ``None``.
QUALIFIERS: tuple[str, ...] = ("approx", "over", "under", "at_least", "at_most")
_PRECISIONS = ("day", "month", "year")
#: The changes a figure may report, besides ``None``.
CHANGES: tuple[str, ...] = ("increase", "decrease")
_DURATION_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D"}


def decimal_str(value: Decimal) -> str:
    """Write a Decimal with no exponent and no trailing zeros.

    >>> decimal_str(Decimal("37.300E9")), decimal_str(Decimal("4.50")), decimal_str(Decimal("-0.0"))
    ('37300000000', '4.5', '0')
    """
    if value.is_zero():
        return "0"
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def iso_at(day: datetime.date, precision: str) -> str:
    """Write a date in ISO 8601 at a precision: ``day``, ``month`` or ``year``.

    >>> iso_at(datetime.date(2021, 10, 18), "month")
    '2021-10'
    """
    if precision == "day":
        return day.isoformat()
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def last_day(day: datetime.date, precision: str) -> datetime.date:
    """The last calendar day of the month or year that holds ``day``.

    >>> last_day(datetime.date(2024, 2, 1), "month")
    datetime.date(2024, 2, 29)
    """
    if precision == "year":
        return datetime.date(day.year, 12, 31)
    if precision == "month":
        return datetime.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    return day


def _check_qualifier(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None and value not in QUALIFIERS:
        raise ValueError(f"qualifier must be None or one of {QUALIFIERS}, not {value!r}")


def _check_change(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None and value not in CHANGES:
        raise ValueError(f"change must be None or one of {CHANGES}, not {value!r}")


def _check_range(inst: Fact, _attr: object, value: tuple[int, int] | None) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not value[0] <= inst.start <= inst.end <= value[1]
    ):
        raise ValueError(f"range must be None or (start, end) around the fact's own span, not {value!r}")


def _check_precision(_inst: object, _attr: object, value: str) -> None:
    if value not in _PRECISIONS:
        raise ValueError(f"precision must be one of {_PRECISIONS}, not {value!r}")


@attrs.frozen(kw_only=True)
class Fact:
    """Base of every fact: where it stands in the text and its qualifier.

    ``text`` is always ``source[start:end]``.
    """

    kind: ClassVar[str] = "fact"

    start: int
    end: int
    text: str
    lang: str
    qualifier: Qualifier | None = attrs.field(default=None, validator=_check_qualifier)

    def _value_fields(self) -> dict[str, Any]:
        return {}

    def to_dict(self) -> dict[str, Any]:
        """The flat, JSON-able form of the fact (the public contract)."""
        out: dict[str, Any] = {"kind": self.kind}
        out.update(self._value_fields())
        out.update(
            start=self.start, end=self.end, text=self.text, lang=self.lang, qualifier=self.qualifier
        )
        return out


@attrs.frozen(kw_only=True)
class Figure(Fact):
    """Base of the facts that are amounts: they may be one end of a range, or a change.

    ``range`` holds the start and end offsets of the whole range expression
    when the figure is one of its ends (``5–7%`` gives two percents, both with
    ``range=(0, 4)``). ``change`` is ``"increase"`` or ``"decrease"`` when the
    sentence reports the figure as a change (``вырос на 4,8%``), not the level
    reached. ``to_dict()`` writes each only when it is set.
    """

    range: tuple[int, int] | None = attrs.field(default=None, validator=_check_range)
    change: Change | None = attrs.field(default=None, validator=_check_change)

    def to_dict(self) -> dict[str, Any]:
        """The flat, JSON-able form of the fact (the public contract).

        ``range`` (as a list of two offsets) and ``change`` appear only when set.
        """
        out = super().to_dict()
        if self.range is not None:
            out["range"] = list(self.range)
        if self.change is not None:
            out["change"] = self.change
        return out


@attrs.frozen(kw_only=True)
class Number(Figure):
    """A plain number: ``143 мың`` is ``Number(value=Decimal('143000'))``.

    ``unit`` may hold the lemma of the counted noun; it is ``None`` when not
    known, and ``to_dict()`` writes it only when set.
    """

    kind: ClassVar[str] = "number"
    value: Decimal
    unit: str | None = None

    def _value_fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": decimal_str(self.value)}
        if self.unit is not None:
            out["unit"] = self.unit
        return out


@attrs.frozen(kw_only=True)
class Percent(Figure):
    """A percentage; ``value`` leaves out the ``%``: ``9,4%-ға`` is 9.4."""

    kind: ClassVar[str] = "percent"
    value: Decimal

    def _value_fields(self) -> dict[str, Any]:
        return {"value": decimal_str(self.value)}


@attrs.frozen(kw_only=True)
class Money(Figure):
    """An amount of money with its ISO 4217 currency code."""

    kind: ClassVar[str] = "money"
    amount: Decimal
    currency: str

    def _value_fields(self) -> dict[str, Any]:
        return {"amount": decimal_str(self.amount), "currency": self.currency}


@attrs.frozen(kw_only=True)
class Quantity(Figure):
    """A physical measure: ``26,5 млн тоннаны`` is 26500000 ``t``.

    ``unit`` is a short symbol from :data:`cisfacts.units.UNITS` (``t``,
    ``ha``, ``m2``, ``kWh``, ``bbl``...).
    """

    kind: ClassVar[str] = "quantity"
    value: Decimal
    unit: str

    def _value_fields(self) -> dict[str, Any]:
        return {"value": decimal_str(self.value), "unit": self.unit}


@attrs.frozen(kw_only=True)
class Date(Fact):
    """A calendar date at a precision: a day, a month or a year.

    ``value`` is the first day of what was written (``2021`` is 2021-01-01
    at ``year`` precision); ``iso`` writes it at its precision.
    """

    kind: ClassVar[str] = "date"
    value: datetime.date
    precision: Precision = attrs.field(default="day", validator=_check_precision)

    @property
    def iso(self) -> str:
        """ISO 8601 at the fact's precision: ``2021-10-18``, ``2021-10`` or ``2021``."""
        return iso_at(self.value, self.precision)

    def _value_fields(self) -> dict[str, Any]:
        return {"value": self.iso}


@attrs.frozen(kw_only=True)
class Period(Fact):
    """A span of time with inclusive ends at one precision.

    ``first`` is the first day, ``last`` the last day it covers: the first
    half of 2026 is 2026-01-01 to 2026-06-30 at ``month`` precision, written
    ``2026-01/2026-06``.
    """

    kind: ClassVar[str] = "period"
    first: datetime.date
    last: datetime.date
    precision: Precision = attrs.field(default="day", validator=_check_precision)

    @property
    def iso(self) -> str:
        """ISO 8601 interval at the fact's precision: ``2026/2035``, ``2026-01/2026-06``."""
        return f"{iso_at(self.first, self.precision)}/{iso_at(self.last, self.precision)}"

    def _value_fields(self) -> dict[str, Any]:
        return {"value": self.iso}


@attrs.frozen(kw_only=True)
class Duration(Figure):
    """A length of time: ``30 жыл`` is ``Duration(value=Decimal(30), unit='year')``, ``P30Y``."""

    kind: ClassVar[str] = "duration"
    value: Decimal
    unit: DurationUnit

    @property
    def iso(self) -> str:
        """ISO 8601 duration: ``P30Y``, ``P6M``, ``P2W``, ``P10D``."""
        return f"P{decimal_str(self.value)}{_DURATION_LETTER[self.unit]}"

    def _value_fields(self) -> dict[str, Any]:
        return {"value": self.iso}


#: Every fact class, by ``kind``.
FACT_CLASSES: dict[str, type[Fact]] = {
    cls.kind: cls for cls in (Number, Percent, Money, Quantity, Date, Period, Duration)
}
