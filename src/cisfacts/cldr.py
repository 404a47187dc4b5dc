"""Everything cisfacts reads from CLDR: a snapshot taken through babel's public API.

The snapshot is checked in (``cisfacts/_cldr/<locale>.py``, one module of
plain data per locale) and read when a language's grammar is first built, so
extraction never loads babel's locale data (about 14 MB per locale in memory).
``python tools/cldr_snapshot.py`` takes it again from the installed babel;
``tests/test_cldr.py`` checks that it is current.
Month names come from the *format* context only: babel 2.18 can return
another locale's stand-alone names once a different locale's stand-alone
names were read (python-babel/babel#1234), and the format names are what
news writes inside dates anyway.

>>> separators("ru")
(',', '\\xa0')
>>> month_names("kk")[10]
('қазан', 'қаз.')
"""

from __future__ import annotations

import functools
import importlib
import pprint
from pathlib import Path
from typing import Any

import regex

#: Currencies whose CLDR names and symbols cisfacts recognises, and whose
#: ISO codes it reads when written next to an amount.
CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "RUB", "KZT", "BGN", "GBP", "CNY", "JPY", "CHF", "UAH", "BYN", "KGS",
    "UZS", "TJS", "TMT", "AZN", "AMD", "GEL", "MDL", "RON", "TRY", "INR", "CAD", "AUD", "PLN", "HUF",
)

#: ISO 4217 codes that are also common words ("TOP 10", "ALL 5"): not read as codes.
WORD_CODES = frozenset(
    "ALL BAD BAN BOB BOL CHE COP CUP DEM ESP LUL MAD MAF MCF MOP NIC PEN PES SIT SOS TOP ARM".split()
)


def _babel_iso_codes() -> tuple[str, ...]:
    """Every ISO 4217 code CLDR knows, but metals, test codes and :data:`WORD_CODES`."""
    from babel.numbers import list_currencies

    return tuple(sorted(c for c in list_currencies() if not c.startswith("X") and c not in WORD_CODES))


#: Symbols whose meaning does not depend on the locale (``$`` is USD everywhere).
FIXED_SYMBOLS: dict[str, str] = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₸": "KZT"}

_NUMBER_RE = regex.compile(r"[\d.,\s\u00a0\u202f]*\d[\d.,]*")
_SPACES = regex.compile(r"[\s\u00a0\u202f]+")


def _clean(text: str) -> str:
    """Drop the number and CLDR's quoting from a formatted unit, keep the words."""
    text = _NUMBER_RE.sub(" ", text.replace("'", ""))
    return _SPACES.sub(" ", text).strip()


def _babel_separators(locale: str) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(locale), get_group_symbol(locale)


def _babel_month_names(locale: str) -> dict[int, tuple[str, ...]]:
    from babel.dates import get_month_names

    wide = get_month_names("wide", context="format", locale=locale)
    abbr = get_month_names("abbreviated", context="format", locale=locale)
    out: dict[int, tuple[str, ...]] = {}
    for month in range(1, 13):
        names = [str(wide[month])]
        short = str(abbr[month])
        if short.lower() != names[0].lower() and len(short.rstrip(".")) >= 3:
            names.append(short)
        out[month] = tuple(names)
    return out


def _babel_currency_names(locale: str) -> dict[str, tuple[str, ...]]:
    from babel.core import Locale
    from babel.numbers import get_currency_name

    loc = Locale.parse(locale)
    out: dict[str, tuple[str, ...]] = {}
    for code in CURRENCIES:
        names: list[str] = []
        for count in (None, 1, 2, 5, 1.5):
            name = str(get_currency_name(code, count=count, locale=loc))
            if name != code and name not in names:
                names.append(name)
        out[code] = tuple(names)
    return out


def _babel_currency_symbols(locale: str) -> dict[str, str]:
    """Symbol -> ISO code in one locale (no bare one- or two-capital symbols)."""
    from babel.numbers import get_currency_symbol

    out: dict[str, str] = {}
    for code in CURRENCIES:
        symbol = str(get_currency_symbol(code, locale=locale))
        if symbol != code and not regex.fullmatch(r"\p{Lu}{1,2}", symbol):
            out.setdefault(symbol, code)
    return out


def currency_symbols(locales: tuple[str, ...]) -> dict[str, str]:
    """Symbol -> ISO code, gathered over several locales in order; fixed symbols win.

    >>> currency_symbols(("ru",))["$"], currency_symbols(("hy", "en"))["֏"]
    ('USD', 'AMD')
    """
    out: dict[str, str] = {}
    for locale in locales:
        for symbol, code in _snapshot(locale)["currency_symbols"].items():
            out.setdefault(symbol, code)
    out.update(FIXED_SYMBOLS)
    return out


@functools.cache
def letter_free_signs(locales: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(sign, ISO code) for the signs with no letter (₴ ₼ ֏ ₾), over ``locales`` in order.

    They mean one currency in any language, so every grammar shares them;
    computed once per process.
    """
    return tuple(
        (sign, code) for sign, code in currency_symbols(locales).items() if not regex.search(r"\p{L}", sign)
    )


def _babel_scale_words(locale: str) -> dict[str, int]:
    from babel.numbers import format_compact_decimal

    out: dict[str, int] = {}
    for exponent in range(3, 15):
        for count in (1, 2, 5):
            number = count * 10**exponent
            for style in ("short", "long"):
                text = str(format_compact_decimal(number, format_type=style, locale=locale))
                word = _clean(text)
                digits = regex.sub(r"\D", "", text)
                if len(regex.sub(r"\P{L}", "", word)) < 2 or not digits:
                    continue
                value = number // int(digits)
                if value in (10**3, 10**6, 10**9, 10**12):
                    out.setdefault(word.lower(), value)
    return out


def _babel_unit_words(locale: str, unit: str) -> tuple[str, ...]:
    """The long words CLDR writes after a count of ``unit``."""
    return _unit_forms(locale, unit, ("long",), 2)


def _babel_unit_symbols(locale: str, unit: str) -> tuple[str, ...]:
    """The short and narrow forms CLDR writes after a count of ``unit``."""
    return _unit_forms(locale, unit, ("short", "narrow"), 1)


def _unit_forms(locale: str, unit: str, lengths: tuple[str, ...], shortest: int) -> tuple[str, ...]:
    from babel.units import format_unit

    words: list[str] = []
    for length in lengths:
        for count in (1, 2, 5, 21, 1.5):
            try:
                text = str(format_unit(count, unit, length=length, locale=locale))  # type: ignore[arg-type]
            except Exception:
                continue
            word = _clean(text)
            # babel writes the unit's key where the locale has no pattern for it.
            if len(word) >= shortest and word != unit and word not in words:
                words.append(word)
    return tuple(words)


# --- the snapshot -------------------------------------------------------------

#: CLDR unit keys whose words and symbols a grammar reads, beyond :data:`cisfacts.units.UNITS`.
EXTRA_UNIT_KEYS: tuple[str, ...] = (
    "concentr-percent", "duration-year", "duration-month", "duration-week", "duration-day",
)


def unit_keys() -> tuple[str, ...]:
    """Every CLDR unit key in the snapshot."""
    from cisfacts.units import UNITS

    return tuple(sorted({key for keys in UNITS.values() for key in keys} | set(EXTRA_UNIT_KEYS)))


def read_babel(locale: str) -> dict[str, Any]:
    """Everything cisfacts takes from CLDR for one locale, read through the installed babel (slow)."""
    keys = unit_keys()
    return {
        "separators": _babel_separators(locale),
        "month_names": _babel_month_names(locale),
        "currency_names": _babel_currency_names(locale),
        "currency_symbols": _babel_currency_symbols(locale),
        "scale_words": _babel_scale_words(locale),
        "unit_words": {key: words for key in keys if (words := _babel_unit_words(locale, key))},
        "unit_symbols": {key: words for key in keys if (words := _babel_unit_symbols(locale, key))},
    }


def read_babel_common() -> dict[str, Any]:
    """What does not depend on a locale: the babel version and the ISO codes."""
    import babel

    return {"babel": babel.__version__, "iso_codes": _babel_iso_codes()}


def module_name(locale: str) -> str:
    """The snapshot module of a locale: ``uz_Cyrl`` -> ``uz_cyrl``."""
    return locale.lower().replace("-", "_")


@functools.cache
def _snapshot(locale: str) -> dict[str, Any]:
    try:
        module = importlib.import_module(f"cisfacts._cldr.{module_name(locale)}")
    except ModuleNotFoundError:
        raise ValueError(f"no CLDR snapshot for locale {locale!r} (python tools/cldr_snapshot.py)") from None
    data: dict[str, Any] = module.DATA
    return data


def _common() -> dict[str, Any]:
    from cisfacts._cldr import COMMON

    return COMMON


def iso_codes() -> tuple[str, ...]:
    """Every ISO 4217 code CLDR knows, but metals, test codes and :data:`WORD_CODES`.

    >>> "KWD" in iso_codes(), "TOP" in iso_codes(), "XAU" in iso_codes()
    (True, False, False)
    """
    codes: tuple[str, ...] = _common()["iso_codes"]
    return codes


def separators(locale: str) -> tuple[str, str]:
    """The locale's decimal and group symbols."""
    decimal, group = _snapshot(locale)["separators"]
    return decimal, group


def month_names(locale: str) -> dict[int, tuple[str, ...]]:
    """Month number -> the wide and abbreviated format-context names."""
    return dict(_snapshot(locale)["month_names"])


def currency_names(locale: str) -> dict[str, tuple[str, ...]]:
    """ISO code -> display name and plural forms, for :data:`CURRENCIES`."""
    return dict(_snapshot(locale)["currency_names"])


def scale_words(locale: str) -> dict[str, int]:
    """Compact-decimal scale words (``млрд``, ``хиляди``, ``thousand``) -> value."""
    return dict(_snapshot(locale)["scale_words"])


def unit_words(locale: str, unit: str) -> tuple[str, ...]:
    """The long words CLDR writes after a count of ``unit`` (``лет``, ``years``)."""
    words: tuple[str, ...] = _snapshot(locale)["unit_words"].get(unit, ())
    return words


def unit_symbols(locale: str, unit: str) -> tuple[str, ...]:
    """The short and narrow forms CLDR writes after a count of ``unit`` (``т``, ``кВт⋅ч``).

    >>> unit_symbols("ru", "area-hectare")
    ('га',)
    """
    words: tuple[str, ...] = _snapshot(locale)["unit_symbols"].get(unit, ())
    return words


def snapshot_locales() -> tuple[str, ...]:
    """The locales of the snapshot: every language's, and English (for its currency signs)."""
    from cisfacts.languages import LANGUAGES, language_data

    return tuple(sorted({d.locale for d in map(language_data, LANGUAGES) if d.locale} | {"en"}))


def _module_text(doc: str, name: str, value: dict[str, Any]) -> str:
    body = pprint.pformat(value, width=110, sort_dicts=True)
    return f'"""{doc}"""\n\nfrom typing import Any\n\n{name}: dict[str, Any] = (\n{body}\n)\n'


def write_snapshot(folder: Path) -> list[Path]:
    """Write the snapshot modules into ``folder`` (``src/cisfacts/_cldr``) from the installed babel."""
    common = read_babel_common()
    written = []
    folder.mkdir(parents=True, exist_ok=True)
    head = f"CLDR data for cisfacts, taken through babel {common['babel']}"
    init = folder / "__init__.py"
    init.write_text(_module_text(f"{head}: generated by ``python tools/cldr_snapshot.py``; do not edit.",
                                 "COMMON", common), encoding="utf-8")
    written.append(init)
    for locale in snapshot_locales():
        path = folder / f"{module_name(locale)}.py"
        path.write_text(_module_text(f"{head} for {locale}: generated; do not edit.", "DATA", read_babel(locale)),
                        encoding="utf-8")
        written.append(path)
    return written
