"""Hypothesis strategies for the property tests, kept in one place.

Every strategy that produces a *figure* yields a small record holding the
exact string written into the text and the value the library must read back
from it. The strings are made by babel (CLDR), so they are the way each
locale writes the figure, not the way this project's grammar happens to
expect it. Where CLDR writes something that news text does not (a weekday in
front of a date, a two-digit year, an ISO code glued to the amount...), the
format is left out here, with the reason, rather than loosening an assertion.

What babel 2.18 prints, for reference (``·`` is U+00A0, ``⋅`` is U+202F)::

    number   kk/ru/bg  1·234·567,891          en  1,234,567.891
    percent  kk/bg     9,45%    ru  9,45·%    en  9.45%
    money    kk        1·234,50·$  1·234,50·€  1·234,50·₸  1·234,50·₽  1·234,50·BGN
             ru        1·234,50·$  1·234,50·€  1·234,50·KZT  1·234,50·₽  1·234,50·BGN
             bg        1·234,50·щ.д.  1·234,50·€  1·234,50·KZT  1·234,50·RUB  1·234,50·лв.
             en        $1,234.50  €1,234.50  KZT1,234.50  RUB1,234.50  BGN1,234.50
    date     kk  long 2021⋅ж. 18 қазан   medium 2021⋅ж. 18 қаз.   short 18.10.21
             ru  long 18 октября 2021⋅г.  medium 18 окт. 2021⋅г.  short 18.10.2021
             bg  long 18 октомври 2021⋅г. medium 18.10.2021⋅г.   short 18.10.21⋅г.
             en  long October 18, 2021    medium Oct 18, 2021     short 10/18/21
             (full = long with the weekday: "понедельник, 18 октября 2021 г.")
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import strategies as st

LANGS: tuple[str, ...] = ("kk", "ru", "bg", "en")

NBSP = "\u00a0"
NNBSP = "\u202f"

#: Group separators news text uses between digit groups in kk/ru/bg. CLDR
#: gives U+00A0; typeset text has U+202F; hand-typed text has a plain space.
#: ``""`` is a number written with no grouping at all ("1234567,5"), which
#: is common in Russian and Kazakh agency copy.
GROUP_VARIANTS: tuple[str, ...] = (NBSP, " ", NNBSP, "")

#: A run of ten or more digits with no grouping is read as an identifier (a
#: phone number "87015551234", an IIN), never as a figure: that is the
#: library's precision rule, so ungrouped variants stay below ten digits.
MAX_UNGROUPED_DIGITS = 9


def group_variant(draw: st.DrawFn, text: str) -> str:
    """``text`` with its digit groups joined by one of :data:`GROUP_VARIANTS`."""
    variants = GROUP_VARIANTS
    if sum(ch.isdigit() for ch in text.split(",")[0]) > MAX_UNGROUPED_DIGITS:
        variants = tuple(v for v in GROUP_VARIANTS if v)
    return regroup(text, draw(st.sampled_from(variants)))

#: Where a separator between a number and its unit (currency sign, "%",
#: "г.") may be any of these.
UNIT_SPACE_VARIANTS: tuple[str, ...] = (NBSP, " ", NNBSP)

_GROUP_RE = re.compile(r"(?<=\d)[\u00a0\u202f ](?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Figure:
    """A figure as written (``text``) and what it means (``value`` etc.)."""

    text: str
    value: Any
    currency: str | None = None
    lang: str = ""


@dataclass(frozen=True)
class Embedded:
    """A sentence with one figure in it, and where the figure stands."""

    sentence: str
    start: int
    end: int
    figure: Figure


# --------------------------------------------------------------------------
# Decimals
# --------------------------------------------------------------------------


@st.composite
def decimals(
    draw: st.DrawFn,
    *,
    min_value: Decimal = Decimal(0),
    max_value: Decimal = Decimal(10) ** 13,
    max_places: int = 3,
) -> Decimal:
    """A Decimal in ``[min_value, max_value]`` with 0 to ``max_places`` decimals.

    The count of digits is drawn first so that 3-digit and 13-digit numbers
    are equally likely (plain ``st.integers`` stays near zero).
    """
    places = draw(st.integers(0, max_places))
    lowest = int(min_value.scaleb(places).to_integral_value(rounding=ROUND_CEILING))
    highest = int(max_value.scaleb(places).to_integral_value(rounding=ROUND_FLOOR))
    digits = draw(st.integers(1, len(str(highest))))
    low = max(lowest, 0 if digits == 1 else 10 ** (digits - 1))
    high = min(highest, 10**digits - 1)
    if low > high:
        low, high = lowest, highest
    return Decimal(draw(st.integers(low, high))).scaleb(-places)


def is_year_like(value: Decimal) -> bool:
    """A whole number from 1000 to 9999 may be read as a year: tests avoid it."""
    return value == value.to_integral_value() and 1000 <= value <= 9999


def non_year_decimals(**kwargs: Any) -> st.SearchStrategy[Decimal]:
    """Decimals that cannot be read as a year (``< 1000``, ``>= 10000`` or fractional)."""
    return decimals(**kwargs).filter(lambda d: not is_year_like(d))


# --------------------------------------------------------------------------
# Numbers, percents, money as each locale writes them
# --------------------------------------------------------------------------


def regroup(text: str, group: str) -> str:
    """Replace the separator *between digit groups* (and only there) by ``group``."""
    return _GROUP_RE.sub(group, text)


@st.composite
def formatted_numbers(draw: st.DrawFn, lang: str) -> Figure:
    """A number formatted by ``babel.numbers.format_decimal`` (never a year)."""
    value = draw(non_year_decimals())
    text = format_decimal(value, locale=lang, group_separator=True)
    if lang != "en":
        text = group_variant(draw, text)
    return Figure(text=text, value=value, lang=lang)


@st.composite
def formatted_percents(draw: st.DrawFn, lang: str) -> Figure:
    """A percentage from 0 to 1000 with up to two decimals, by ``format_percent``.

    babel multiplies by 100, so it is given ``value / 100`` as an exact
    Decimal (``scaleb(-2)``) and ``decimal_quantization=False`` so that no
    digit is rounded away: the expected value is exact. The locale's own
    pattern is kept (ru puts U+00A0 before ``%``); the space before ``%`` is
    also varied for ru (news writes "9,4%" and "9,4 %").
    """
    value = draw(decimals(max_value=Decimal(1000), max_places=2))
    text = format_percent(value.scaleb(-2), locale=lang, decimal_quantization=False)
    if lang != "en":
        text = group_variant(draw, text)
    if lang == "ru":
        text = text.replace(NBSP + "%", draw(st.sampled_from((*UNIT_SPACE_VARIANTS, ""))) + "%")
    return Figure(text=text, value=value, lang=lang)


#: Kazakh case and derivational endings written after "%" with a hyphen:
#: "4,5%-ға" (to), "%-дан" (from), "%-ды" (accusative), "%-ы" (possessive),
#: "%-да" (in), "%-дық" ("4,5%-дық өсім"). They follow "пайыз", the word
#: read for "%", so vowel harmony does not depend on the number.
KK_PERCENT_ENDINGS: tuple[str, ...] = ("-ға", "-дан", "-ды", "-ы", "-да", "-дық")


@st.composite
def kk_suffixed_percents(draw: st.DrawFn) -> Figure:
    """A kk percentage with its case ending, which is part of the span: ``9,45%-ға``."""
    figure = draw(formatted_percents("kk"))
    ending = draw(st.sampled_from(KK_PERCENT_ENDINGS))
    return Figure(text=figure.text + ending, value=figure.value, lang="kk")


#: The currencies babel writes in a form news text uses, per locale.
#:
#: Left out: en ``KZT1,234.50`` / ``RUB1,234.50`` / ``BGN1,234.50`` (CLDR
#: glues the ISO code to the digits when the locale has no symbol; English
#: news writes "1,234.50 tenge" or "KZT 1,234.50", never that).
#: Kept: bg ``щ.д.`` ("щатски долара", the usual Bulgarian abbreviation in
#: economic news), bg ``RUB``/``KZT`` and ru ``KZT``/``BGN`` (ISO code after
#: the amount, as agency copy writes it), kk ``$`` for USD.
MONEY_CURRENCIES: dict[str, tuple[str, ...]] = {
    "kk": ("USD", "EUR", "KZT", "RUB", "BGN"),
    "ru": ("USD", "EUR", "KZT", "RUB", "BGN"),
    "bg": ("USD", "EUR", "KZT", "RUB", "BGN"),
    "en": ("USD", "EUR"),
}


@st.composite
def formatted_money(draw: st.DrawFn, lang: str) -> Figure:
    """An amount by ``babel.numbers.format_currency`` (0.01 to 10^13, two decimals)."""
    code = draw(st.sampled_from(MONEY_CURRENCIES[lang]))
    amount = draw(decimals(min_value=Decimal("0.01"), max_places=2))
    text = format_currency(amount, code, locale=lang, group_separator=True)
    if lang != "en":
        text = group_variant(draw, text)
        # the separator between the amount and the sign: "1 234,50 ₸"
        unit_space = draw(st.sampled_from(UNIT_SPACE_VARIANTS))
        text = re.sub(r"(?<=\d)\u00a0(?=\D)", unit_space, text)
    return Figure(text=text, value=amount, currency=code, lang=lang)


#: Scale words news writes after a number, with their factor.
SCALE_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "kk": (("мың", 3), ("млн", 6), ("млрд", 9), ("трлн", 12)),
    "ru": (("тыс.", 3), ("млн", 6), ("млрд", 9), ("трлн", 12)),
    "bg": (("хиляди", 3), ("млн.", 6), ("млн", 6), ("млрд.", 9), ("млрд", 9), ("трлн.", 12)),
    "en": (("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12)),
}


@st.composite
def scaled_numbers(draw: st.DrawFn, lang: str) -> Figure:
    """``1,5 млрд``, ``143 мың``, ``2.75 billion``: a number and a scale word."""
    value = draw(decimals(min_value=Decimal(1), max_value=Decimal(999), max_places=2))
    word, power = draw(st.sampled_from(SCALE_WORDS[lang]))
    if word == "хиляди" and value == 1:
        word = "хиляда"  # "1 хиляда", "2 хиляди"
    number = format_decimal(value, locale=lang)
    space = " " if lang == "en" else draw(st.sampled_from((" ", NBSP)))
    return Figure(text=f"{number}{space}{word}", value=value.scaleb(power), lang=lang)


#: Currency names written after "<number> <scale word>", per language.
#: The case is the one that follows a scale word (ru genitive plural
#: "долларов", bg "долара"/"лева" count form).
SCALED_CURRENCY_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "kk": (("теңге", "KZT"), ("доллар", "USD"), ("еуро", "EUR"), ("рубль", "RUB")),
    "ru": (("тенге", "KZT"), ("долларов", "USD"), ("евро", "EUR"), ("рублей", "RUB")),
    "bg": (("лева", "BGN"), ("долара", "USD"), ("евро", "EUR"), ("рубли", "RUB")),
    "en": (("tenge", "KZT"), ("dollars", "USD"), ("euros", "EUR"), ("roubles", "RUB"), ("rubles", "RUB")),
}

#: Currency signs written in front of "<number> <scale word>": "$37,3 млрд".
PREFIX_SIGNS: tuple[tuple[str, str], ...] = (("$", "USD"), ("€", "EUR"))


@st.composite
def scaled_money(draw: st.DrawFn, lang: str) -> Figure:
    """``37,3 млрд теңге``, ``1,5 млрд долларов``, ``$2.5 billion``."""
    scaled = draw(scaled_numbers(lang))
    if draw(st.booleans()):
        sign, code = draw(st.sampled_from(PREFIX_SIGNS))
        text = sign + scaled.text
    else:
        word, code = draw(st.sampled_from(SCALED_CURRENCY_WORDS[lang]))
        text = f"{scaled.text} {word}"
    return Figure(text=text, value=scaled.value, currency=code, lang=lang)


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

#: Date formats, per locale, that news text writes and the library must read
#: at day precision. CLDR names (``long``, ``medium``, ``short``) or babel
#: patterns for forms CLDR does not have but news uses all the time.
#:
#: Left out, on purpose:
#:   * ``full`` everywhere: the weekday in front ("понедельник, 18 октября
#:     2021 г.") makes the expected span a matter of taste;
#:   * two-digit years: kk/en/bg ``short`` ("18.10.21", "10/18/21",
#:     "18.10.21 г."), ambiguous by nature;
#:   * kk ``medium`` ("2021 ж. 01 қаз.") and ru ``medium`` ("1 сент. 2021 г."):
#:     abbreviated month names are a table style, not running news text.
DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "kk": ("long", "d MMMM y 'жыл'", "y 'жылғы' d MMMM", "dd.MM.y"),
    "ru": ("long", "short", "d MMMM y 'года'"),
    "bg": ("long", "medium", "d MMMM y 'година'"),
    "en": ("long", "medium", "d MMMM y"),
}


@st.composite
def date_values(draw: st.DrawFn) -> datetime.date:
    """A calendar day from 1950-01-01 to 2049-12-31."""
    return draw(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2049, 12, 31)))


@st.composite
def formatted_dates(draw: st.DrawFn, lang: str) -> Figure:
    """A day formatted by ``babel.dates.format_date`` in a format of ``DATE_FORMATS``.

    CLDR puts U+202F between the year and "г."/"ж."; typed text has a plain
    space or U+00A0, so all three are drawn.
    """
    day = draw(date_values())
    fmt = draw(st.sampled_from(DATE_FORMATS[lang]))
    text = format_date(day, format=fmt, locale=lang)
    text = text.replace(NNBSP, draw(st.sampled_from(UNIT_SPACE_VARIANTS)))
    return Figure(text=text, value=day, lang=lang)


# --------------------------------------------------------------------------
# Neighbouring words
# --------------------------------------------------------------------------

#: Words written before a figure. None of them is a qualifier ("около",
#: "более", "over"...), a range word ("с", "от", "до", "from"...), a unit,
#: a month, a relative date ("биыл", "в этом году", "this year") or a
#: figure, so the figure is read alone.
PREFIXES: dict[str, tuple[str, ...]] = {
    "kk": (
        "Көрсеткіш",
        "Ведомство мәліметінше, көлем",
        "Есепте тіркелген сома",
        "Министрлік хабарлағандай, нәтиже",
        "Банк есебінде",
        "Құжатқа",
    ),
    "ru": (
        "Объём составил",
        "По данным ведомства, показатель достиг",
        "Итоговая сумма —",
        "Министерство сообщило, что результат равен",
        "В отчёте банка указано",
        "Документ подписан",
    ),
    "bg": (
        "Обемът възлиза на",
        "По данни на ведомството показателят достигна",
        "Общата сума е",
        "Министерството съобщи, че резултатът е",
        "В отчета на банката е посочено",
        "Документът е подписан на",
    ),
    "en": (
        "The total was",
        "According to the ministry, the figure reached",
        "The bank reported",
        "Officials said the result came to",
        "The filing shows",
        "The agreement was signed on",
    ),
}

#: Words written after a figure (same restrictions as ``PREFIXES``).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "kk": (
        "болды.",
        "деп хабарлады министрлік.",
        "деңгейінде қалды.",
        "құрады, деді сарапшылар.",
        ".",
    ),
    "ru": (
        "по итогам отчётного периода.",
        ", сообщает пресс-служба.",
        "— говорится в сообщении.",
        "и остался без изменений.",
        ".",
    ),
    "bg": (
        "според отчета.",
        ", съобщиха от пресцентъра.",
        "и остава без промяна.",
        "— се казва в съобщението.",
        ".",
    ),
    "en": (
        "according to the report.",
        ", the press office said.",
        "and stayed unchanged.",
        "— the statement said.",
        ".",
    ),
}


#: Scale words that are also written with an abbreviation dot ("млн." in
#: bg, and in older ru copy).
ABBREVIATIONS_WITHOUT_DOT: tuple[str, ...] = ("млн", "млрд", "трлн")


@st.composite
def embedded(draw: st.DrawFn, figures: st.SearchStrategy[Figure], lang: str) -> Embedded:
    """A sentence ``<prefix> <figure> <suffix>`` and where the figure stands."""
    figure = draw(figures)
    prefix = draw(st.sampled_from(PREFIXES[lang]))
    suffix = draw(st.sampled_from(SUFFIXES[lang]))
    head = prefix + " "
    if suffix == "." and figure.text.endswith(ABBREVIATIONS_WITHOUT_DOT):
        # "1,5 млн." may be "млн." or "млн" and a full stop: both readings
        # are fair, so that sentence is not written.
        suffix = draw(st.sampled_from([s for s in SUFFIXES[lang] if s != "."]))
    if suffix[0] in ".,":
        # "18 октября 2021 г." ends a sentence without a second full stop
        glue = ""
        if suffix == "." and figure.text.endswith("."):
            suffix = ""
    else:
        glue = " "
    sentence = head + figure.text + glue + suffix
    return Embedded(sentence=sentence, start=len(head), end=len(head) + len(figure.text), figure=figure)


# --------------------------------------------------------------------------
# Paragraphs and noise
# --------------------------------------------------------------------------


def any_figure(lang: str) -> st.SearchStrategy[Figure]:
    """Any of the figure strategies above for ``lang``."""
    return st.one_of(
        formatted_numbers(lang),
        formatted_percents(lang),
        formatted_money(lang),
        formatted_dates(lang),
        scaled_numbers(lang),
        scaled_money(lang),
    )


@st.composite
def paragraphs(draw: st.DrawFn, lang: str, max_sentences: int = 5) -> str:
    """A paragraph of 1 to ``max_sentences`` sentences with a figure in each."""
    count = draw(st.integers(1, max_sentences))
    return " ".join(draw(embedded(any_figure(lang), lang)).sentence for _ in range(count))


#: Tokens that provoke the grammar: digits, separators, scale and unit words,
#: months, suffixes, signs, stray punctuation.
# fmt: off
NOISE_TOKENS: tuple[str, ...] = (
    "0", "1", "12", "2024", "31", "9,4", "1.5", "1 234", "1\u00a0234", "1\u202f234", "10,000", ",", ".",
    "-", "–", "—", "%", "%-ға", "$", "€", "₸", "₽", "млрд", "млн", "мың", "тыс.", "хиляди", "billion",
    "жыл", "жылы", "году", "г.", "ж.", "қазан", "октября", "октомври", "October", "Jan", "теңге",
    "долларов", "лв.", "евро", "с", "по", "до", "от", "from", "to", "between", "около", "более", "over",
    "I", "II", "IV", "квартал", "тоқсан", "half", " ", "\n", "\t", "\u00a0", "-ға", "-ты", "(", ")",
    "«", "»", '"', "/", "+", "e", "E", "٣", "１", "²",
)
# fmt: on


@st.composite
def noise_texts(draw: st.DrawFn) -> str:
    """Text built from ``NOISE_TOKENS`` with or without spaces between them."""
    tokens = draw(st.lists(st.sampled_from(NOISE_TOKENS), max_size=40))
    joiner = draw(st.sampled_from(("", " ")))
    return joiner.join(tokens)
