"""Reading numbers: digits with a locale's separators, and number-word compounds.

Generic over a language's data: the separators come from CLDR, the words
from the grammar's tables.

>>> read_digits("143 000", ","), read_digits("37,3", ","), read_digits("1.200.000", ",")
(Decimal('143000'), Decimal('37.3'), Decimal('1200000'))
>>> read_digits("143,000", "."), read_digits("480.63", ","), read_digits("1.2.3", ",") is None
(Decimal('143000'), Decimal('480.63'), True)
"""

from __future__ import annotations

from decimal import Decimal

import attrs

_SPACES = str.maketrans("", "", " \u00a0\u202f")


def _grouped(head: str, groups: list[str]) -> bool:
    return 1 <= len(head) <= 3 and head != "0" and all(len(g) == 3 for g in groups)


def read_digits(text: str, decimal_sep: str) -> Decimal | None:
    """Read digits written with space, dot or comma separators; ``None`` if malformed.

    One separator followed by exactly three digits is a group separator
    unless it is the locale's decimal separator; repeated separators are
    groups; with both a dot and a comma, the last is the decimal point.
    """
    # (Armenian writes the decimal point as a one-dot leader: "4․8")
    text = text.replace("\u2024", ".")
    if " " in text or "\u00a0" in text or "\u202f" in text:
        parts = text.replace("\u00a0", " ").replace("\u202f", " ").split(" ")
        last = parts[-1]
        int_last = last.replace(",", ".").split(".")[0]
        if not _grouped(parts[0], [*parts[1:-1], int_last]) or len(parts[0]) > 3:
            return None
        text = text.translate(_SPACES)
        rest = last[len(int_last):]
        if rest.count(".") + rest.count(",") > 1:
            return None
        return Decimal(text.replace(",", "."))
    dots, commas = text.count("."), text.count(",")
    if not dots and not commas:
        return Decimal(text)
    if dots and commas:
        dec = "." if text.rfind(".") > text.rfind(",") else ","
        grp = "," if dec == "." else "."
        if text.count(dec) != 1:
            return None
        whole, frac = text.split(dec)
        parts = whole.split(grp)
        if not _grouped(parts[0], parts[1:]):
            return None
        return Decimal("".join(parts) + "." + frac)
    sep = "." if dots else ","
    parts = text.split(sep)
    if len(parts) > 2:
        if _grouped(parts[0], parts[1:]):
            return Decimal("".join(parts))
        if _grouped(parts[0], parts[1:-1]):
            return Decimal("".join(parts[:-1]) + "." + parts[-1])
        return None
    head, tail = parts
    if sep != decimal_sep and len(tail) == 3 and _grouped(head, [tail]):
        return Decimal(head + tail)
    return Decimal(head + "." + tail)


@attrs.frozen
class Segment:
    """One number read from a run of tokens: its value and where it stands."""

    value: Decimal
    start: int
    end: int
    #: True when it was written with digits (not only words).
    digits: bool
    #: True when a scale word multiplied it.
    scaled: bool
    #: The words it was made of, lower-cased (for weak-word checks).
    words: tuple[str, ...]
    #: The last scale word's value (1 when none): ``3`` in ``2-3 млрд`` shares it.
    scale: int = 1


def clean_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros without going to an exponent: ``3200000000.0`` -> ``3200000000``.

    >>> clean_decimal(Decimal("3200000000.0")), clean_decimal(Decimal("4.50"))
    (Decimal('3200000000'), Decimal('4.5'))
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _lowest_place(n: Decimal) -> Decimal:
    place = Decimal(1)
    n = abs(n)
    if n != n.to_integral_value():
        return Decimal(0)
    while n and n % (place * 10) == 0:
        place *= 10
    return place


class _Builder:
    def __init__(self) -> None:
        self.segments: list[Segment] = []
        self._reset()

    def _reset(self) -> None:
        self.total = Decimal(0)
        self.current: Decimal | None = None
        self.last_scale: int | None = None
        self.start = -1
        self.end = -1
        self.digits = False
        self.scaled = False
        self.words: list[str] = []

    def close(self) -> None:
        if self.current is not None or self.total:
            value = clean_decimal(self.total + (self.current or 0))
            self.segments.append(
                Segment(
                    value, self.start, self.end, self.digits, self.scaled, tuple(self.words),
                    self.last_scale or 1,
                )
            )
        self._reset()

    def _open(self, start: int) -> None:
        if self.start < 0:
            self.start = start

    def add_digits(self, value: Decimal, start: int, end: int) -> None:
        if self.current is not None or (self.total and self.last_scale is None):
            self.close()
        self._open(start)
        self.current = value
        self.digits = True
        self.end = end

    def add_word(self, value: Decimal, word: str, start: int, end: int) -> None:
        v = value
        if value >= 1000:
            self.add_scale(int(value), word, start, end)
            return
        cur = self.current
        if cur is None:
            pass
        elif value == 100 and 0 < cur < 10:
            self.current = cur * 100
            self.words.append(word)
            self.end = end
            return
        elif not self.digits and v < _lowest_place(cur):
            self.current = cur + v
            self.words.append(word)
            self.end = end
            return
        else:
            self.close()
        self._open(start)
        self.current = v
        self.words.append(word)
        self.end = end

    def add_scale(self, value: int, word: str, start: int, end: int) -> None:
        if self.last_scale is not None and value >= self.last_scale:
            self.close()
        # A bare smaller scale word after a larger one counts once: "bir milyon min" is 1001000.
        smaller = self.last_scale is not None and value < self.last_scale and not self.digits
        if self.current is None and (self.total or self.start >= 0) and not smaller:
            self.close()
        self._open(start)
        self.total += (self.current if self.current is not None else Decimal(1)) * value
        self.current = None
        self.last_scale = value
        self.scaled = True
        self.words.append(word)
        self.end = end


def combine(tokens: list[tuple[str, Decimal | int, int, int, str]]) -> list[Segment]:
    """Combine tokens into numbers; kinds are ``digits``, ``word``, ``scale`` and ``break`` (ends a number).

    >>> [s.value for s in combine([("word", 2, 0, 3, "екі"), ("word", 100, 4, 7, "жүз"),
    ...                            ("word", 50, 8, 11, "елу")])]
    [Decimal('250')]
    >>> [s.value for s in combine([("digits", Decimal(20), 0, 2, ""), ("scale", 10**6, 3, 6, "млн"),
    ...                            ("digits", Decimal(100), 7, 10, ""), ("scale", 1000, 11, 15, "тыс.")])]
    [Decimal('20100000')]
    """
    builder = _Builder()
    for kind, value, start, end, word in tokens:
        if kind == "break":
            builder.close()
        elif kind == "digits":
            builder.add_digits(Decimal(value), start, end)
        elif kind == "scale":
            builder.add_scale(int(value), word, start, end)
        else:
            builder.add_word(Decimal(value), word, start, end)
    builder.close()
    return builder.segments
