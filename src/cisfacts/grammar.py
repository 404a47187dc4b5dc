"""One language's compiled grammar, built once from its data file and CLDR.

The grammar is a single pattern: an alternation of named expressions (in
order of priority at one position) that one scan of the text matches. The
handlers in :mod:`cisfacts.extract` turn each match into facts.

>>> g = get_grammar("ru")
>>> g.scale.lookup("млрд."), g.month.lookup("января"), g.currency.lookup("долларов США")
(1000000000, 1, 'USD')
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import regex

from cisfacts import cldr
from cisfacts.facts import CHANGES, QUALIFIERS, Change, DurationUnit, Qualifier
from cisfacts.langdata import LanguageData
from cisfacts.languages import LANGUAGES, language_data
from cisfacts.units import INTERNATIONAL, UNITS, symbol_variants
from cisfacts.words import HSPACE, WordTable, alternation, heads, normalise

H = HSPACE
S = H + "+"
SO = H + "*"
#: (a horizontal bar too, as some outlets type it: "23 ― 24-nji fewral")
DASH = r"[-‐‑‒–—−―]"
HYPHEN = r"[-‐‑]"
#: A word boundary on each side (letters, digits and underscore make words).
# An apostrophe between letters is inside a word (сім'я, so'm); before a digit it stands for a mark
# (Armenian web text types a backtick for "՝": "պետականում`5.2%").
_APOS = "['’ʼʻ‘`´]"
LB = rf"(?<![\p{{L}}\p{{N}}_]|\p{{L}}{_APOS}(?!\d))"
RB = rf"(?![\p{{L}}\p{{N}}_]|{_APOS}\p{{L}})"
#: The end of a word (letters may not go on, even across an apostrophe).
WEND = rf"(?!\p{{L}}|{_APOS}\p{{L}})"
#: The end of a word or a number.
WNEND = rf"(?![\p{{L}}\p{{N}}]|{_APOS}\p{{L}})"
#: Where a figure may start: not inside a word, a code (``COVID-19``) or a number.
NUM_START = r"(?<![\p{L}\p{N}_*#]|[\p{L}\p{N}][-‐/]|\d[.,:\u2024])"
#: Digits with optional space groups and dot/comma separators.
# Bounded groups: no figure has more than six digit groups or separators, and the
# bound keeps a run of "1,1,1,..." linear (an unbounded or possessive repetition
# is quadratic or runs the regex engine out of memory on megabytes of it).
DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,6}(?!\d)|\d++)(?:[.,\u2024]\d++){0,6}"
#: A minus sign written before a number, after a space or a bracket (never a range dash).
#: (an en or em dash glued to digits is a minus too, unless a number stands before it: "Ночью –2…+4", "—6°С")
SIGN = r"(?:(?:(?<![^\s(…])|(?<=\.\.))(?:[-−]|(?<!\d[^\S\n]*)[–—])(?=\d))?"
DAY_DIGITS = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])"
YEAR_DIGITS = r"(?<![\d.,])[12]\d{3}(?!\d)"
MONTH_NUM = r"(?:0?[1-9]|1[0-2])"


def _tail_for_stems(data: LanguageData) -> str:
    if data.suffix_slots:
        return "".join(alternation(slot) + "?" for slot in data.suffix_slots)
    if data.free_endings:
        return rf"\p{{L}}{{0,{data.free_endings}}}"
    return ""


def _cldr_forms(data: LanguageData, words: Iterable[str]) -> list[str]:
    """CLDR words as forms: exact, and for agglutinative languages also as stems."""
    out = []
    for word in words:
        out.append(word)
        if data.suffix_slots:
            head, _, last = word.rpartition(" ")
            stem = last.rstrip(data.stem_strip) or last
            out.append(f"{head} {stem}*".strip())
    return out


K = TypeVar("K")


def _after_phrase(phrase: str) -> tuple[str, str]:
    """``"-dan oshdi"`` -> (``"dan"``, ``"oshdi"``); ``"astam"`` -> (``""``, ``"astam"``)."""
    if phrase.startswith("-"):
        ending, _, words = phrase[1:].partition(" ")
        return normalise(ending), normalise(words)
    return "", normalise(phrase)


def _after_rules(mapping: Mapping[str, str]) -> dict[str, tuple[tuple[str, Qualifier], ...]]:
    rules: dict[str, list[tuple[str, Qualifier]]] = {}
    for phrase, qualifier in _qualifiers(mapping).items():
        ending, words = _after_phrase(phrase)
        rules.setdefault(words, []).append((ending, qualifier))
    # Rules that ask for an ending are tried before the plain one.
    return {words: tuple(sorted(r, key=lambda rule: -len(rule[0]))) for words, r in rules.items()}


def _direction_entries(mapping: Mapping[str, Iterable[str]]) -> list[tuple[str, Change]]:
    unknown = set(mapping) - set(CHANGES)
    if unknown:
        raise ValueError(f"change words must be 'increase' or 'decrease', not {sorted(unknown)}")
    return _entries(mapping)  # type: ignore[arg-type]


_ISO_DURATION = regex.compile(r"P(\d+(?:\.\d+)?)([YMWD])")
_DURATION_UNITS: dict[str, DurationUnit] = {"Y": "year", "M": "month", "W": "week", "D": "day"}


def _iso_duration(code: str) -> tuple[Decimal, DurationUnit]:
    """``P6M`` -> (6, "month"); a data file's duration of one unit."""
    found = _ISO_DURATION.fullmatch(code)
    if found is None:
        raise ValueError(f"not a duration of one unit: {code!r}")
    return Decimal(found.group(1)), _DURATION_UNITS[found.group(2)]


def _entries(mapping: Mapping[K, Iterable[str]]) -> list[tuple[str, K]]:
    return [(form, key) for key, forms in mapping.items() for form in forms]


def _words_before(forms: Iterable[str], space: str, tail: str | None = None) -> regex.Pattern[str] | None:
    """Words that end just before a figure, searched in the text before it (``\\Z``); ``None`` for none.

    Exact forms by default; with ``tail``, ``*`` stems taking it (and a whole word).
    """
    forms = list(forms)
    if not forms:
        return None
    words = alternation(forms) if tail is None else WordTable([(f, True) for f in forms], tail=tail).pattern + WEND
    return regex.compile(rf"{LB}{words}{space}\Z", regex.IGNORECASE)


def _temperature_words(forms: Iterable[str], tail: str) -> regex.Pattern[str] | None:
    """Words just after a temperature, past its degree sign or one degree word (``4 градуса мороза``,
    ``5° below zero``), matched at the figure's end; ``None`` for none."""
    forms = list(forms)
    if not forms:
        return None
    words = WordTable([(f, True) for f in forms], tail=tail).pattern
    return regex.compile(rf"(?:{SO}°\p{{L}}?)?(?:{S}\p{{L}}{{1,12}}\.?)?{S}{words}{WEND}", regex.IGNORECASE)


def _qualifiers(mapping: Mapping[str, str]) -> dict[str, Qualifier]:
    out: dict[str, Qualifier] = {}
    for phrase, qualifier in mapping.items():
        if qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {qualifier!r} for {phrase!r}")
        out[normalise(phrase)] = qualifier  # type: ignore[assignment]
    return out


def _quantity_table(
    data: LanguageData, tail: str, taken: Iterable[WordTable[Any]]
) -> tuple[WordTable[str], WordTable[str]]:
    """Unit forms: the data file's, CLDR's long names and abbreviations, the international symbols.

    A CLDR or international form that is already another word of the language
    (Russian ``г`` is a year, not a gram) is left out. The second table holds
    the forms read only after a space (``unit_spaced``).
    """
    scaled = {unit for unit, _ in data.scaled_unit_words.values()}
    unknown = (set(data.unit_words) | set(data.per_unit_words) | scaled) - set(UNITS)
    if unknown:
        raise ValueError(f"{data.code}: unknown units {sorted(unknown)}")
    entries = [(v, unit) for unit, forms in data.unit_words.items() for form in forms for v in symbol_variants(form)]
    entries += [(form, unit) for form, (unit, _) in data.scaled_unit_words.items()]
    borrowed: list[tuple[str, str]] = []
    locale = data.locale
    for unit, keys in UNITS.items():
        for key in keys if locale else ():
            borrowed += [(f, unit) for f in _cldr_forms(data, cldr.unit_words(locale, key))]  # type: ignore[arg-type]
            borrowed += [(v, unit) for f in cldr.unit_symbols(locale, key) for v in symbol_variants(f)]  # type: ignore[arg-type]
        borrowed += [(v, unit) for f in INTERNATIONAL.get(unit, ()) for v in symbol_variants(f)]
    tables = list(taken)
    excluded = {normalise(f) for f in data.unit_exclude}
    spaced_only = {normalise(f) for f in data.unit_spaced}
    spaced: list[tuple[str, str]] = []
    for form, unit in borrowed:
        key = normalise(form)
        if key in excluded or any(t.lookup(form.rstrip("*")) is not None for t in tables):
            continue
        (spaced if key in spaced_only else entries).append((form, unit))
    return WordTable(entries, tail=tail, cased_letters=True), WordTable(spaced, cased_letters=True)


@attrs.frozen
class Grammar:
    """A language's word tables and its compiled scanning pattern."""

    data: LanguageData
    decimal: str
    group: str
    number: WordTable[Decimal]
    scale: WordTable[int]
    money_scale: WordTable[int]
    #: Words for a minus sign (``минус``).
    minus: regex.Pattern[str] | None
    below_zero: regex.Pattern[str] | None
    above_zero: regex.Pattern[str] | None
    #: Words after a number that add a half to it (``с половиной``), whole words.
    and_a_half: regex.Pattern[str] | None
    #: The same words right after a figure's unit: "2 години и половина".
    half_after: regex.Pattern[str] | None
    #: Words of an unknown count, at the end of a slice (``несколько``).
    vague_before: regex.Pattern[str] | None
    #: A word that makes a day and month a deadline (``к``, ``by``).
    deadline_before: regex.Pattern[str] | None
    #: A page counter's word after its count (``переглядів``), or before it (``Views 1,318``).
    counter_after: regex.Pattern[str] | None
    counter_before: regex.Pattern[str] | None
    #: "Up to" words right before a figure, at the end of a slice (``до``); right after one, at the
    #: start of a slice (``дейін``); endings of the figure itself (``gacha``).
    up_to_before: regex.Pattern[str] | None
    up_to_after: regex.Pattern[str] | None
    up_to_endings: tuple[str, ...]
    #: Region -> {currency code: regional code}, and the cues that place a text there.
    regional_currencies: Mapping[str, Mapping[str, str]]
    #: Words that cancel a relative year just after them ("every year").
    relative_blockers: regex.Pattern[str] | None
    region_cues: Mapping[str, regex.Pattern[str]]
    #: Prepositions of time (``в``, ``in``), lower-case.
    time_prepositions: frozenset[str]
    currency: WordTable[str]
    #: The forms of a currency's hundredth (``копеек``), also in ``currency``.
    subunit: WordTable[str]
    #: Right after an amount of money: a number of hundredths, with its word (``и 43 цента``, group
    #: ``word``); ``cents`` maps each word to its currency code, ``*`` for any currency (``cent``).
    cents_after: regex.Pattern[str] | None
    #: A fraction just before a bare scale word (``half a`` million), group ``f``; ``fraction``
    #: gives its value.
    fraction_before: regex.Pattern[str] | None
    fraction: WordTable[Decimal]
    cents: WordTable[str]
    symbols: Mapping[str, str]
    percent: WordTable[bool]
    month: WordTable[int]
    year_word: WordTable[bool]
    ordinal: WordTable[int]
    half: WordTable[bool]
    #: Half words that are a half of anything (``половин*``), and a year word right after a figure.
    generic_half: WordTable[bool]
    year_word_next: regex.Pattern[str] | None
    year_word_before: regex.Pattern[str] | None
    each_before: regex.Pattern[str] | None
    #: A word for the months of the year so far, searched just before a count of months.
    months_so_far: regex.Pattern[str] | None
    months_so_far_after: regex.Pattern[str] | None
    months_so_far_endings: tuple[str, ...]
    months_so_far_count_endings: tuple[str, ...]
    months_so_far_blocked: regex.Pattern[str] | None
    #: Words just before a score (``lost 2-3``).
    score_before: regex.Pattern[str] | None
    year_count_link: regex.Pattern[str] | None
    up_to_blockers: regex.Pattern[str] | None
    #: The letters of a half year in report codes (``H``, Romanian ``S``).
    half_letters: frozenset[str]
    quarter: WordTable[bool]
    duration: WordTable[DurationUnit]
    #: Words that are a duration with its count (``полгода``): (count, unit).
    whole_duration: WordTable[tuple[Decimal, DurationUnit]]
    relative: WordTable[int]
    same_year: WordTable[bool]
    #: Relative years that count from a year written earlier in their sentence.
    anaphoric: WordTable[bool]
    relative_month: WordTable[int]
    relative_quarter: WordTable[int]
    relative_half: WordTable[int]
    #: Words that compare a bare number with the figure before (``вместо``), between them.
    instead: regex.Pattern[str] | None
    #: Words that start a part of the figure before (``из них``), after its comma.
    of_which: regex.Pattern[str] | None
    name_like_months: WordTable[bool]
    never_alone_months: WordTable[bool]
    weak: WordTable[bool]
    conjunctions: frozenset[str]
    scanner: regex.Pattern[str]
    #: A currency word (or sign, or code) where it starts, after optional space: what a number
    #: takes after a bracketed aside (``120,5 მლნ (+35.2%) დოლარით``).
    currency_next: regex.Pattern[str]
    #: Where the scanner can start: a position no letter or digit comes before, and not a space
    #: (the scanner's own boundary, so only positions it can try).
    starts: regex.Pattern[str]
    #: Every alternative's first-characters lookahead in one pattern, for the start of a candidate.
    guard: regex.Pattern[str]
    #: What joins the two ends of a range of amounts (a dash, "до", "to").
    range_link: regex.Pattern[str]
    #: Words that join a path's ends only after a "from" word (bg ``от 20 000 на 15 000 лева``).
    path_link: regex.Pattern[str] | None
    #: What joins two items of a list (a comma, "и", "and"), whole; the conjunctions, normalised.
    list_link: regex.Pattern[str]
    list_words: frozenset[str]
    #: ``list_link``, or "or" between sums of one scale (``20 тисяч або 25 тисяч гривень``).
    share_link: regex.Pattern[str]
    #: Physical units: form -> unit symbol (``тонн`` -> ``t``).
    quantity: WordTable[str]
    #: Unit forms read only after a space (English ``m``).
    quantity_spaced: WordTable[str]
    #: The multiplier of each unit form with a scale built in (``bcm``), by its normalised form.
    unit_factors: Mapping[str, Decimal]
    #: Rate words before a figure: (base unit, compound unit, pattern at the end of a slice).
    per_unit: tuple[tuple[str, str, regex.Pattern[str]], ...]
    #: A speed word just before (searched in the text before a figure) or just after (matched at its end) a length.
    speed_before: regex.Pattern[str] | None
    speed_after: regex.Pattern[str] | None
    #: Words before the first end of a range (``от``, ``from``, ``between``), at the end of a text slice.
    range_lead: regex.Pattern[str] | None
    #: The ``between`` words among them, normalised: a range they open is never a path.
    between_words: frozenset[str]
    #: Case endings of the first and second end of a range ("1,5 трлн теңгеден 2 трлн теңгеге дейін"),
    #: and the word after the second end that closes it (``дейін``), at the start of a slice.
    range_from_endings: tuple[str, ...]
    range_to_endings: tuple[str, ...]
    range_from_ending_alone: bool
    range_until_re: regex.Pattern[str] | None
    #: What stands between a figure and its restatement (``, или на``, ``, or``), whole.
    restated: regex.Pattern[str] | None
    #: A conjunction that joins two ends only after a ``between`` word ("and", "и").
    range_conjunction: regex.Pattern[str] | None
    #: Words that report a change before and after a figure: form -> direction.
    change_before: WordTable[Change]
    change_after: WordTable[Change]
    #: Patterns finding those words in a slice of text (the last one before, the first one after).
    change_before_re: regex.Pattern[str] | None
    change_after_re: regex.Pattern[str] | None
    #: After-words that count only after a figure with one of these endings: word -> endings.
    change_after_endings: Mapping[str, tuple[str, ...]]
    #: A level word at the end of the text before a figure, or at the start of the text after it.
    level_before_re: regex.Pattern[str] | None
    level_after_re: regex.Pattern[str] | None
    #: A level word anywhere in a slice (inside a range: ``с 100 до 110``).
    level_inside_re: regex.Pattern[str] | None
    #: Endings of the figure itself that make it a level (Uzbek ``-gacha``).
    level_endings: tuple[str, ...]
    #: (marker group index, alternative name), in priority order.
    kinds: tuple[tuple[int, str], ...]
    #: The same, the most frequent first (one marker matches: the order only saves time).
    dispatch: tuple[tuple[int, str], ...]
    token: regex.Pattern[str]
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    qualifiers_before: Mapping[str, Qualifier]
    #: Phrase after a figure -> (ending the figure must have, or "", qualifier).
    qualifiers_after: Mapping[str, tuple[tuple[str, Qualifier], ...]]


def build_grammar(data: LanguageData) -> Grammar:
    """Compile one language's grammar (slow: call :func:`get_grammar`)."""
    tail = _tail_for_stems(data)
    num_tail = alternation(data.number_endings) + "?" if data.number_endings else ""
    locale = data.locale
    decimal, group = cldr.separators(locale) if locale else data.separators

    number: WordTable[Decimal] = WordTable(
        [(form, Decimal(value)) for form, value in _entries(data.number_words)], tail=num_tail
    )
    cldr_scales = cldr.scale_words(locale) if locale else {}
    scale_entries = [
        *_entries(data.scale_words), *((f, v) for w, v in cldr_scales.items() for f in _cldr_forms(data, [w]))
    ]
    scale: WordTable[int] = WordTable(scale_entries, tail=tail)
    currency_entries = _entries(data.currency_words)
    for code, names in (cldr.currency_names(locale) if locale else {}).items():
        currency_entries += [(f, code) for f in _cldr_forms(data, names)]
    subunit_entries = _entries(data.subunit_words)
    currency: WordTable[str] = WordTable(currency_entries + subunit_entries, tail=tail)
    # The language's own signs (letters too: "сом", "Br"), English ones, and every
    # locale's letter-free signs (₴ ₼ ֏ ₾), which work in any language.
    symbols = cldr.currency_symbols(((locale,) if locale else ()) + ("en",))
    every_locale = tuple(d.locale for d in map(language_data, LANGUAGES) if d.locale)
    for sign, code in cldr.letter_free_signs(every_locale):
        symbols.setdefault(sign, code)
    percent: WordTable[bool] = WordTable(
        [(f, True) for f in (*data.percent_words,
                             *_cldr_forms(data, cldr.unit_words(locale, "concentr-percent") if locale else ()))],
        tail=tail,
    )
    month_tail = tail if data.months_inflect else ""
    month_entries = _entries(data.month_words)
    full_months = list(month_entries)
    for m, names in (cldr.month_names(locale) if locale else {}).items():
        # The wide name takes endings; an abbreviation ("yan", "sen") only stands alone.
        wide, *abbreviations = names
        full_months.append((wide + ("*" if data.months_inflect else ""), m))
        month_entries += [full_months[-1], *((name, m) for name in abbreviations)]
    month: WordTable[int] = WordTable(month_entries, tail=month_tail)
    # A month with no day or year must be written in full (not "sen", "yan").
    lone_month: WordTable[int] = WordTable(full_months, tail=month_tail)
    # Month-year order ("январе 2025", "January 2025") takes no agglutinative ending.
    bare_month: WordTable[int] = WordTable([(f.rstrip("*"), v) for f, v in month_entries])
    year_word: WordTable[bool] = WordTable([(f, True) for f in data.year_words], tail=tail)
    year_range: WordTable[bool] = WordTable([(f, True) for f in data.year_range_words], tail=tail)
    ordinal: WordTable[int] = WordTable(_entries(data.ordinal_numbers), tail=tail)
    half: WordTable[bool] = WordTable([(f, True) for f in data.half_words], tail=tail)
    quarter: WordTable[bool] = WordTable([(f, True) for f in data.quarter_words], tail=tail)
    units: tuple[DurationUnit, ...] = ("year", "month", "week", "day")
    duration_entries: list[tuple[str, DurationUnit]] = []
    for unit in units:
        cldr_forms = _cldr_forms(data, cldr.unit_words(locale, f"duration-{unit}") if locale else ())
        forms = (*data.duration_words.get(unit, ()), *cldr_forms)
        duration_entries += [(f, unit) for f in forms]
    unknown = set(data.duration_words) - set(units)
    if unknown:
        raise ValueError(f"{data.code}: unknown duration units {sorted(unknown)}")
    duration: WordTable[DurationUnit] = WordTable(duration_entries, tail=tail)
    whole_duration: WordTable[tuple[Decimal, DurationUnit]] = WordTable(
        [(form, _iso_duration(code)) for code, forms in data.whole_durations.items() for form in forms], tail=tail
    )
    relative: WordTable[int] = WordTable([*data.relative_years.items(), *((w, 0) for w in data.same_year_words)],
                                         tail=tail)
    relative_month: WordTable[int] = WordTable(list(data.relative_months.items()), tail=tail)
    relative_quarter: WordTable[int] = WordTable(list(data.relative_quarters.items()), tail=tail)
    relative_half: WordTable[int] = WordTable(list(data.relative_halves.items()), tail=tail)
    money_scale: WordTable[int] = WordTable(_entries(data.money_scale_words))
    time_words: WordTable[bool] = WordTable([(f, True) for f in data.time_words], tail=tail)
    ordinal_after: WordTable[bool] = WordTable([(f, True) for f in data.ordinal_words], tail=tail)
    conj = alternation(data.number_conjunctions)
    hyph = alternation(data.hyphen_endings)
    quantity, quantity_spaced = _quantity_table(
        data, tail, (year_word, scale, duration, percent, currency, number, month, time_words)
    )

    def words(table: WordTable[Any]) -> str:
        return LB + table.pattern + WEND

    def unit_words(table: WordTable[Any]) -> str:
        """Words that may be glued to the digits before them (``10лв``, ``5млн``)."""
        return r"(?<!\p{L})" + table.pattern + WEND

    # --- building blocks ---------------------------------------------------------
    glue = rf"|(?<=\d){hyph}" if data.endings_glued_to_digits else ""
    hyph_tail = rf"(?:(?:{HYPHEN}{hyph}{glue})(?!\p{{L}}))?" if data.hyphen_endings else ""
    # (where an outlet writes a space after the decimal comma, "1, 1 млрд", "110, 6%": only before a
    # scale word or a percent sign)
    spaced_decimal = (rf"\d{{1,3}}, \d{{1,2}}(?= ?%| {heads([f for f, _ in scale_entries])})|"
                      if data.decimal_comma_space else "")
    digits = rf"(?:{spaced_decimal}{DIGITS})"
    num = SIGN + NUM_START + digits
    nw = LB + number.pattern + WNEND
    # At most 30 number words in a row (every figure below a trillion fits); the
    # bound keeps a run of "миллион миллион ..." linear.
    nwseq = nw + rf"(?:(?:{S}(?:{conj}{S})?|{HYPHEN}){nw}){{0,30}}"
    # (an abbreviation with its dot may have the next word glued on: "2,5 млн.лв.", "300тыс.руб.")
    sc = rf"{scale.pattern}(?:(?<=\.)|{WNEND})"
    minus = WordTable([(w, True) for w in data.minus_words], tail="")

    sym = alternation(symbols)
    # ISO codes may be glued to the amount ("USD3.14", "42MYR"), never to letters.
    iso = r"(?-i:" + alternation(cldr.iso_codes()) + r")(?!\p{L})"
    # (a code that an amount follows is that amount's: "11,72   EUR 14 027,90")
    # (a code before another number is that number's, "USD 539.12 EUR 627.40", unless that number starts a
    # quote of its own: "1 USD = 9,32 TJS  1 EUR = 10,84 TJS")
    quote = rf"\d[\d.,]*{SO}{iso}{SO}="
    iso_after = rf"(?<!\p{{L}}){iso}(?!{SO}(?!(?:19|20)\d\d(?![\d.,])|{quote})[-−]?\d)"
    # (a call of the table costs more than a look at how its forms start: only where one may)
    curw = rf"(?={currency.head})(?&CURW)"
    qtyw_call = rf"(?={quantity.head})(?&QTYW)" if quantity else ""
    cur_after = rf"(?:{sym}(?!\p{{L}})|{iso_after}|{curw}){hyph_tail}"
    # After a scale word, a bare number joins the amount when a currency follows ("37 тыс. 500 рублей",
    # "105 тыс. 200 тенге"), or when it has three digits at most and no scale, percent or month follows
    # ("5 ming 200 ta korxona", "5 тыс. 200 человек").
    rest = rf"(?:{num}(?={SO}{cur_after})|\d{{1,3}}(?![\d.,]?\d)(?!{SO}(?:{sc}|%|{month.head})))"

    # A scale word with a "from" ending ends its number: "550 мыңнан 600 мың теңгеге дейін".
    goes_on = rf"(?<!{alternation(data.range_from_endings)})" if data.range_from_endings else ""

    half_words = rf"{LB}{WordTable([(w, True) for w in data.and_a_half]).pattern}{WEND}"
    and_a_half = rf"(?:{S}{half_words})?" if data.and_a_half else ""

    # A smaller scale joined by a conjunction adds to the amount: "12 милиарда и 300 милиона евро"
    # (after a whole number only: "1,2 млрд и 300 млн" lists two; and never the same scale twice)
    smaller_sums = []
    if data.number_conjunctions:
        for size in sorted({v for _, v in scale_entries}):
            below = [(f, v) for f, v in scale_entries if v < size]
            if below:
                at = WordTable([(f, v) for f, v in scale_entries if v == size], tail=tail).pattern
                less = WordTable(below, tail=tail).pattern
                smaller_sums.append(rf"(?<=(?<![\d.,])\d{{1,3}}{SO}{LB}{at}(?:(?<=\.)|{WNEND})){S}{conj}{S}"
                                    rf"\d{{1,3}}(?![\d.,]?\d){SO}{less}(?:(?<=\.)|{WNEND})")
    sums = "".join(f"|{p}" for p in smaller_sums)
    # After number words that end in a scale word, digits with a smaller scale go on: "один миллиард 200 миллионов"
    after_words = rf"|(?<=\p{{L}})(?<={sc})(?:{S}{num}{SO}{sc})+"

    def amount(first: str, signed: bool = False) -> str:
        atom = f"(?:{first}|{nwseq}){and_a_half}"
        if signed and minus:
            atom = f"(?:{words(minus)}{S})?{atom}"
        # ("un milion și jumătate", "2 million and a half": half the scale more)
        return (rf"{atom}(?:{SO}{sc}{and_a_half}(?:{goes_on}{S}(?:{num}{SO}{sc}|{nwseq}(?:{SO}{sc})?|{rest}){sums})*"
                rf"{after_words})?{hyph_tail}")

    # A range of amounts: a dash or a range word ("до", "to"), never a conjunction of
    # number words ("two hundred and fifty"). The end of a range starts right after
    # its dash, where NUM_START would refuse it.
    to_words = [w for w in data.range_to if normalise(w) not in {normalise(c) for c in data.number_conjunctions}]
    range_sep = rf"{SO}{DASH}{SO}|{S}{alternation(to_words)}{S}" if to_words else rf"{SO}{DASH}{SO}"
    link_words = list(to_words)
    if data.range_between and data.number_conjunctions:
        # "between 10 and 12 percent": a conjunction joins two ends only after "between".
        lead_between = rf"{LB}{alternation(data.range_between)}{S}\S{{1,24}}(?:{S}\S{{1,24}})?{S}"
        range_sep += rf"|{S}(?<={lead_between}){conj}{S}"
        link_words += data.number_conjunctions
    if data.range_from and data.range_to_after_from:
        # "от 20 000 на 15 000 лева": a path's second end after a word that only ends one after "from"
        lead_from = rf"{LB}{alternation(data.range_from)}{S}\S{{1,24}}(?:{S}\S{{1,24}})?{S}"
        # (digits only after it: "от 7 на сто" is seven percent)
        range_sep += rf"|{S}(?<={lead_from}){alternation(data.range_to_after_from)}{S}(?=\d)"
    # (no day of a month ends a range: "by 2030 — 29 September 2025")
    # (nor a date in digits: "о хищении 120 млн — 06.10.2025", a link's date after its title)
    # (nor a news agency's end mark: "5,3 млн рублей.-0-")
    not_day = (rf"(?!{DAY_DIGITS}\.?(?:{SO}|{HYPHEN}){LB}{month.pattern}{WEND}"
               rf"|{DAY_DIGITS}(?:\.\d{{1,2}}\.|/\d{{1,2}}/)(?:\d{{4}}|\d{{2}})(?!\d)|0-(?![\p{{L}}\p{{N}}]))")
    rng = rf"{amount(num, signed=True)}(?:(?:{range_sep}){not_day}{amount(DIGITS)})?"
    # After a currency prefix the number may follow letters ("USD3.14").
    # (a change in percent after a price is no end of it: "Brent $62,84 −1,1%")
    rng_pre = rf"{amount(SIGN + DIGITS)}(?:(?:{range_sep}){not_day}(?!{DIGITS}{SO}%){amount(DIGITS)})?"
    range_link = regex.compile(
        rf"{DASH}|{LB}{alternation(link_words)}{RB}" if link_words else DASH, regex.IGNORECASE
    )
    glued = rf"(?:{HYPHEN}?{hyph}(?!\p{{L}}))?" if data.hyphen_endings else ""
    pct = rf"(?:%{glued}|{unit_words(percent)})"
    # A short month name may carry an abbreviation dot ("Oct. 10", "окт. 2025").
    # (only before a figure or a comma: a dot before a capital ends the sentence).
    mon = words(month) + r"(?:(?<!\p{L}{5})\.(?=[ \t\u00a0]*[\d,(]))?"
    if data.month_blockers_after:
        mon += rf"(?!{S}{alternation(data.month_blockers_after)}{WEND})"
    # Year words may be glued to the year (2021г., 2000год).
    yw = unit_words(year_word)
    ywr = unit_words(year_range)
    day_end = rf"(?:{HYPHEN}?{alternation(data.day_endings)})?" if data.day_endings else ""
    year_end = rf"(?:{HYPHEN}{alternation(data.day_endings)}(?!\p{{L}}))?" if data.day_endings else ""
    year = rf"{YEAR_DIGITS}{year_end}(?:(?!\p{{L}})|(?={year_word.pattern}|{year_range.pattern}))"
    # (not the whole of a decimal: "օգոստոսի 3,2%-ի" is no 3 August)
    day = rf"{DAY_DIGITS}{day_end}(?![\d\p{{L}}]|[.,]\d)"
    # (an en dash glued to the year may stand for its hyphen: "2024– yilning")
    ylink = rf"(?:{SO}{HYPHEN}{SO}|–{SO}|{SO})"
    # Roman numerals may be written with Cyrillic І and У.
    roman = rf"{LB}(?-i:[IІ][VУ]|[IІ]{{1,3}})(?![\p{{L}}\p{{N}}])"
    ords = rf"(?:{words(ordinal)}|{roman}|{LB}[1-4](?:{HYPHEN}\p{{L}}{{1,5}})?{RB})"
    hq = rf"(?:(?P<half>{words(half)})|{words(quarter)})"
    link = rf"(?:{alternation(data.period_links)}{S})?" if data.period_links else ""
    # A year word may stand before the year (Tajik "январи соли 2024").
    ywb = WordTable([(f, True) for f in data.year_words_before], tail=tail)
    ywb_lead = rf"(?:{words(ywb)}{S})?" if ywb else ""
    # (a link word may stand between a month and its year: "April of 1987")
    my_link = rf"(?:{alternation(data.month_year_links)}{S})?" if data.month_year_links else ""
    year_tail = rf"(?:{SO},?{SO}{my_link}{ywb_lead}(?P<y>{year})(?:{ylink}{yw})?)"
    rel = words(relative)
    # A range of days or months may take its year from a relative year ("15–20 октября прошлого года").
    range_year = rf"(?:{year_tail}|{S}(?P<rel2>{rel}))"
    # A day and its month: "15 января", "15-январында", "1-iyulgacha".
    # (a space may follow the hyphen: "1- iyul")
    dm = rf"(?:{SO}|{HYPHEN}{SO})"
    mprep = alternation(data.month_prepositions)

    # A document, article or phone number after its marker: digits, codes, spaced groups.
    # (not a day and its month after it: "№ 192 (31 245) 10 қазан 2025 жыл")
    reference = rf"\d[\p{{L}}\p{{N}}\-/.]*(?:[ \-()]+(?!\d{{1,2}}{S}{month.head})\d[\p{{L}}\p{{N}}\-/.]*)*"
    alternatives: list[tuple[str, str, str]] = []

    def add(item: tuple[str, str], first: str) -> None:
        """Add an alternative; ``first`` is a pattern for how it can start (for a lookahead)."""
        alternatives.append((item[0], item[1], first))

    digit = r"\d"
    sign = r"[\d\-−–—]"
    num_first = f"{sign}|{number.head}|{minus.head}" if minus else f"{sign}|{number.head}"
    month_first = month.head
    ord_first = rf"{ordinal.head}|[IІ1-4]"
    # Things that look like figures but are not facts: consumed, nothing emitted.
    # A short abbreviation right after a one-letter one is its second half ("в т.ч.", "т. ч."), no marker.
    not_abbreviated = rf"(?!(?<=(?<!\p{{L}})\p{{L}}\.{SO})\p{{L}}{{1,3}}\.)"
    if data.reference_markers:
        markers = alternation(data.reference_markers)
        # (not the end of an abbreviation: "в т.ч. 88 млн т" is no "ч." marker)
        # (a list joined by a conjunction goes with its marker: "defendants aged 45 and 52")
        ref_list = (rf"(?:{S}{alternation(data.list_conjunctions)}{S}\d{{1,3}}(?![\d.,]?\d|{SO}%))*"
                    if data.list_conjunctions else "")
        if to_words:
            # (and the end of a range of ages: "віком від 3 до 6 років", not a day: "№ 5 до 10 марта")
            ref_list += (rf"(?:(?:{SO}{DASH}{SO}|{S}{alternation(to_words)}{S})\d{{1,2}}(?![\d.,]?\d|{SO}%)"
                         rf"(?!{SO}{HYPHEN}?{words(month)}))?")
        # (not a year with its year word: "Yangi uy 2026-yilda topshiriladi"; nor a figure with its
        # currency, percent or unit: "no 450 kWh ceiling" is no number 450)
        # (a scale word may follow a counter's figure: "👁 12,4 тыс.")
        unit_after = rf"{SO}(?:{cur_after}|{pct}" + (rf"|{qtyw_call}" if quantity else "") + ")"
        add(("reject_ref", rf"{LB}{not_abbreviated}{markers}:?{SO}(?!{year}{ylink}{yw}|{DIGITS}{unit_after})"
                           rf"{reference}{ref_list}"),
            rf"{markers}:?{SO}\d")
    add(("reject_ref2", rf"№{SO}{reference}"), "№")
    # (not a date with dashes: "09-10-2025 16:48")
    add(("reject_phone",
         r"(?!\d{1,2}-\d{1,2}-(?:19|20)\d\d(?!\d))(?:\+\d[\d \-()]{7,}\d"
         r"|(?<![\d.,])(?:\d{1,3}[ \-]?)?\(\d{2,5}\)[ \-]?\d{1,3}(?:[ \-]?\d{2}){2,3}(?!\d)"
         r"|(?<![\d.,])\d{3}-\d{2}-\d{2}(?!\d)"
         r"|(?<![\d.,])0(?:\d{1,4}| \d{3})(?:/ ?|[ \-])\d{1,4}(?:[ \-]\d{1,4})+(?!\d)"
         r"|(?<![\d.,])[78][ \-]?\(?\d{3}\)?[ \-]?\d{3}[ \-]?\d{2}[ \-]?\d{2}(?![\d.,]?\d)"
         r"|(?<![\d.,])\d{3}[ \-]\d{2}[ \-]\d{2}[ \-]\d{2}(?![\d.,]?\d)"
         # (a trunk prefix before a city code: "8 0152 79-42-10")
         r"|(?<![\d.,])8[ \-]0\d{3,4}[ \-]\d{1,3}(?:[ \-]\d{2}){2}(?![\d.,]?\d))"
         # (and a short number listed after it is another: "8 (862) 264-02-22, 112")
         r"(?:[ \t]*[,;][ \t]*\d{2,4}(?![\d.,]?\d|[ \t\-]*\d|[ \t]*[\p{L}%]))*"), r"[\d+(]")
    # Copyright lines: "© 2000–2025 Портал", "© Звязда, 2025".
    # (no other figure before the year but a site's name: "© През периода от 1 май до 30 август 2024 г."
    # is a photo credit before a sentence)
    add(("reject_copyright", r"(?:©|\(c\)|(?i:copyright))(?:[^\n\d]|\d(?=[\d.]*\p{L})){0,40}?(?<!\d)(?:19|20)\d\d(?!\d)"
                             rf"(?:{SO}{DASH}{SO}(?:19|20)\d\d(?!\d))?"), r"[©(cC]")
    # Site names: "24.kg", "7.kz".
    # (a logo writes it in capitals: "24.KZ | Басты")
    add(("reject_site", r"(?<![\d.,])\d{1,3}\.(?-i:[a-z]{2,3}|[A-Z]{2,3})(?![\p{L}\p{N}])"), digit)
    # Age ratings, added time and match minutes: "18+", "90+2", "(67')", "45+2'".
    add(("reject_plus", r"(?<![\d.,])\d{1,3}(?:\+(?:\d{1,2}(?!\d))?['′]?|['′])(?![\p{L}\p{N}])"), digit)
    # List numbering: "1. …" or "1) …" at the start of a line or after a colon or semicolon; "24/7".
    add(("reject_item", r"(?<=(?:\A|\n|[:;])[^\S\n]*)\d{1,2}[.)](?=[^\S\n]+[\p{L}«“\x22„\d])"
                        r"|(?<![\d.,/])24/7(?![\d/])"), digit)
    # Fractions and stages: "1/4 финала", "3/4 of the land" (not a date: "10/12/2025").
    add(("reject_fraction", r"(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/]|[.,]\d)"), digit)
    # Codes of capitals and a number: flights, standards, tournaments ("SU 1402", "ISO 9001", "WTA 1000"),
    # but not a year ("FY 2025", "Q3 2025") nor a percentage.
    code = r"(?-i:[A-Z][A-Z\d]{1,3})[^\S\n]"
    # (nor an index's value in spaced groups: "KASE 6 712,3", "RTS 1 050,3"; nor a day before its month:
    # "AYNA 15 noyabrdan")
    # (nor a figure with its unit after a name in capitals: "AB 10 milyon avro", "BMT 3 yil davomida")
    unit_next = rf"|{SO}(?:{sc}|{cur_after}|{pct})|{S}{words(duration)}"
    if quantity:
        unit_next += rf"|{SO}{qtyw_call}"
    figure_next = unit_next[1:].replace(rf"|{S}{words(duration)}", "")
    add(("reject_code", rf"(?!{iso}){code}(?!(?:19|20)\d\d(?!\d))\d{{1,4}}"
                        rf"(?![\d.,]?\d|[^\S\n]*%|[ \u00a0\u202f]\d{{3}}(?!\d)|{S}{month.head}{unit_next}"
                        # (nor a day with its ending before its month: "AJ 1-noyabrdan", "AGPJ 1-nji noýabrdan")
                        rf"|(?:{HYPHEN}\p{{L}}{{1,4}})?(?:{S}|{HYPHEN}){month.head})"),
        rf"{code}\d")
    # A small number that ends a quoted name: «Беларусь 5», "Формула 1".
    add(("reject_name", r"(?<=[«“„\x22][^»”“\x22\n]{1,40}[ \-])\d{1,3}(?=[»”“\x22])"), digit)
    # Time zones: "2:14 PM GMT+3", "(UTC+04:00)".
    add(("reject_tz", r"(?-i:GMT|UTC)[^\S\n]?[+−–-][^\S\n]?\d{1,2}(?::?\d{2})?(?!\d)"), "(?-i:[GU])")
    # Identifiers: ten digits and more in one run (phones, tax and account numbers).
    add(("reject_id", r"(?<![\d.,])\d{10,}(?![\d.,]?\d)"), digit)
    # Five or more bare numbers in a row ("1 2 3 4 5": pages, a flattened table of digits), unless
    # they are one number in spaced groups ("1 000 000 000 000").
    add(("reject_run", r"(?<![\d.,])(?!\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\d| \d))"
                       r"\d{1,3}(?: \d{1,3}){4,}(?![\d.,]?\d)"), digit)
    # Three or more scale words in a row ("миллион миллион миллион"): no figure in them.
    add(("reject_scales", rf"(?:{LB}{sc}{S}){{2,}}{LB}{sc}"), scale.head)
    # Times written with a dot: "14.00", "10.30-да" (a decimal is rarely .00 or suffixed so).
    # Six-digit postcodes before a city: "220013, г. Мінск", "050000, Алматы".
    add(("reject_postcode", r"(?<![\d.,])\d{6}(?=,[^\S\n]*(?:(?-i:\p{Lu})\p{L}|\p{L}{1,2}\.[^\S\n]*(?-i:\p{Lu}))"
                            r"|[^\S\n]+\p{L}{1,2}\.[^\S\n]*(?-i:\p{Lu}))"), digit)
    # Opening hours: "8.30–17.30" (not a range of amounts: "8.30–9.50%", "1.25–2.40 млн").
    hhmm = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
    add(("reject_dot_time", rf"(?<![\d.,]){hhmm}{SO}{DASH}{SO}{hhmm}(?![\d.,]?\d|{SO}(?:%|\p{{Sc}}|{LB}{sc}))"),
        digit)
    # (not an amount: "1.00 dollar", "2.00 USD", "3.00%")
    add(("reject_dot_time", rf"(?<![\d.,])(?:[01]?\d|2[0-3])\.(?:00|[0-5]\d(?={HYPHEN}\p{{L}}))(?![\d.,]?\d)"
                            rf"(?!{SO}(?:%|\p{{Sc}}|{cur_after}|{LB}{sc}))(?:{HYPHEN}\p{{L}}+)?"), digit)
    if data.address_words:
        name = r"[\p{L}\p{N}„“”\"«»'’.\-]+"
        street = alternation(data.address_words)
        # (with the postcode after it: "бул. „Цариградско шосе“ 49, 1124 София")
        # (the name's last word is no lower-case word: "На праспекце Пераможцаў з'явяцца 2 новыя прыпынкі")
        # (nor digits: "на улице Бабича площадью 14,5 тыс. кв. м")
        # (Georgian letters are all lower case: its names have no capitals)
        last = rf"(?!\d|(?!\p{{Georgian}})(?-i:\p{{Ll}})[\p{{L}}'’]*(?![\p{{L}}\p{{N}}„“”\"«»'’.\-])){name}"
        add(("reject_address", rf"{LB}{street}(?:(?:{S}{name}){{0,2}}?{S}{last})?,?{SO}\d[\p{{L}}\p{{N}}/\-–]*"
                               rf"(?:,{SO}\d{{4,6}}(?![\d.,]?\d)(?={S}(?-i:\p{{Lu}}))"
                               # (or after it: "ул. „Ивайло“ 4, София 1000")
                               rf"|,{SO}(?-i:\p{{Lu}})\p{{L}}+{S}(?!(?:19|20)\d\d(?!\d))\d{{4,6}}(?![\d.,]?\d))?"),
            street)
        # A postcode next to its city before a street: "София 1024, бул. …", "БНР, 1040 София, бул. …".
        add(("reject_postcode", rf"(?:(?<=(?-i:\p{{Lu}})\p{{L}}+{S})\d{{4}}(?=,{SO}{street})"
                                rf"|(?<![\d.,])\d{{4}}(?={S}(?-i:\p{{Lu}})\p{{L}}+,{SO}{street}))"), digit)
    if data.address_words_after:
        # (not a year: "in 2024 Abay Avenue was rebuilt")
        after = alternation(data.address_words_after)
        add(("reject_address", rf"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d{{1,4}}(?:[/\-]?[A-Za-z](?!\p{{L}})|/\d{{1,3}})?"
                               rf"(?:{S}(?:(?-i:\p{{Lu}})[\p{{L}}'’\-]*|\d{{1,3}}(?-i:\p{{Ll}}){{1,3}}(?=\s))){{1,3}}{S}{after}{WEND}"),
            digit)
        # ... and a house number after the street word that follows a name ("Kenesary St. 36, Room 512").
        # (not a length: "The road, 38 km long")
        add(("reject_address", rf"(?<=(?-i:\p{{Lu}})[\p{{L}}'’\-]*{S}){after}{WEND},?{SO}\d{{1,4}}"
                               rf"(?:[/\-]?[A-Za-z](?!\p{{L}})|/\d{{1,3}})?(?![\d.,]?\d{unit_next})"),
            after)
    # A time of day, a score or a ratio ("10:30", "2:1"); in a byline after its date, a time with a
    # counter glued on ("18.12.2025 | 16:356351": 16:35 and 6,351 views).
    add(("reject_time", r"(?<![\d.,:])\d{1,2}:\d{1,2}(?::\d{2})?(?!\d|:\d)"
                        r"|(?<=\d[./]\d{2,4}[^\S\n]*[|,]?[^\S\n]*)(?:[01]?\d|2[0-3]):[0-5]\d\d+"
                        # (and a bare count closing a dateline, or alone on the line under it: "14.03.2023 731",
                        # "14.03.2023, 09:10 | 412", "10:45 / 14.03.2024\n3 518")
                        # (a bullet may open it and dashes join the date: "◈ 3-02-2017, 10:05\n1845")
                        r"|(?<=(?:^|\n)[^\S\n]*(?:[^\s\p{L}\p{N}][^\S\n]*)?(?:\d{1,2}:\d{2}[^\S\n]*[|/·•,]?[^\S\n]*)?"
                        r"\d{1,2}[./-]\d{1,2}[./-]\d{4}"
                        r"(?:,?[^\S\n]+\d{1,2}:\d{2})?(?:[^\S\n]*[|·•]?[^\S\n]*|[^\S\n]*\n[^\S\n]*))"
                        r"(?:\d{1,3}(?:[ \u00a0]\d{3}){1,2}|\d{1,7})(?=[^\S\n]*(?:\r?\n|\Z))"
                        # (and a template's variable: "GLOBALS:0")
                        r"|(?<=(?<![\p{L}\p{N}])(?-i:[A-Z][A-Z_]{3,}):)\d{1,6}(?![\d.,]?\d|[^\S\n]*%)"
                        # (and an image's width before a caption's date: "Sputnik Кыргызстан, 1920, 05.03.2024")
                        r"|(?<=,[^\S\n]*)\d{3,4}(?=,[^\S\n]*\d{1,2}\.\d{1,2}\.\d{4}(?!\d))"), digit)
    if decimal == "," and to_words:
        # Opening hours with dots where decimals take a comma: "з 7.30 до 20.00", "9.00–18.30".
        hour, minutes = r"(?:[01]?\d|2[0-4])\.", r"[0-5]\d"
        sep = rf"(?:{SO}{DASH}{SO}|{S}{alternation(to_words)}{S})"
        add(("reject_time", rf"(?<![\d.,]){hour}(?:(?:00|30){sep}{hour}{minutes}|{minutes}{sep}{hour}(?:00|30))"
                            r"(?![\d.,]?\d)"), digit)
    # (a day and its month after a time word is a date: "до утра 11 октября")
    if data.time_words:
        # (a count of hours or minutes too, however long: "200 hours of community work")
        count = r"(?:\d{1,4}(?:[.,:]\d{1,2})?|\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+)"
        # (and a range of them: "3-4 часа")
        add(("reject_clock", rf"(?<![\d.,]){count}(?:{SO}{DASH}{SO}{count})?{SO}{unit_words(time_words)}"), digit)
        # (in words too: "на полтора часа позже", "two hours later")
        add(("reject_clock", rf"{nwseq}{S}{unit_words(time_words)}"), number.head)
        add(("reject_clock", rf"{not_abbreviated}{words(time_words)}{S}\d{{1,2}}(?:[.:]\d{{2}})?"
                             rf"(?:{HYPHEN}\p{{L}}+)?"
                             rf"(?!\d|[ \u00a0\u202f]\d{{3}}(?!\d)|{SO}{sc}{unit_next}|\.?{dm}{mon})"),
            time_words.head)
    # Postal codes and identifiers written with a leading zero ("050010"); decimals ("0,5") are figures.
    if data.fraction_of_endings and data.fraction_part_endings:
        # A fraction in words: "үштен бірі" (a third) is no 3.
        add(("reject_fraction", rf"{LB}{number.pattern}(?<={alternation(data.fraction_of_endings)}){WNEND}{S}"
                                rf"{LB}{number.pattern}\p{{L}}{{0,4}}(?<={alternation(data.fraction_part_endings)}){WNEND}"),
            number.head)
    if data.fraction_denominators:
        # ... and a number word before a part of a whole: "две трети бюджета" (two thirds) is no 2.
        # (never before a scale word, whose fraction is read: "three quarters of a million")
        parts = WordTable([(w, True) for w in data.fraction_denominators], tail=tail)
        add(("reject_fraction", rf"{nwseq}(?:{S}|{HYPHEN}){words(parts)}(?!{S}(?:\p{{L}}{{1,2}}{S}){{0,2}}{sc})"),
            number.head)
    # A round-the-clock channel's name: "телеканал Россия 24.", "КУБАНЬ 24 | Новости".
    add(("reject_label", r"(?<=(?-i:\p{Lu})\p{L}+[ \u00a0])24(?![\d.,]?\d)(?=[^\S\n]*(?:[|»\"”)]|[.,;:](?!\d)))"),
        "2")
    # A scale word alone in a table's unit label: "Шумораи аҳолӣ (ҳазор нафар)", "(min nəfər)".
    add(("reject_label", rf"(?<=\({SO}){LB}{scale.pattern}{WNEND}(?={S}\p{{L}}[^()\n\d]{{0,30}}\))"), scale.head)
    # (and a news agency's end mark: "… 5,3 млн рублей.-0-")
    add(("reject_zero", r"(?<![\d.,])0\d{3,}(?![\d.,]?\d)|(?<=(?<![\p{L}\p{N}])-)0-(?![\p{L}\p{N}])"), "0")
    # Periods spelled out: "с 1 по 15 марта", "from 2020 to 2025", "1 наурыздан 15 сәуірге дейін".
    first_year = rf"(?:{SO},?{SO}{ywb_lead}(?P<y1>{year})(?:{ylink}{yw})?)"
    # A year with its word before a range ("2025 жылы 1 қыркүйектен …"), or a relative year ("Биыл …").
    year_lead = rf"(?:(?P<y1>{year}){ylink}{yw}{S})?"
    year_or_rel_lead = rf"(?:(?P<y1>{year}){ylink}{yw}{S}|(?P<rel>{rel}){S})?"
    # Two months of two years joined by a dash: "ноябрь 2025 – март 2026 г.", "November 2025 - March 2026".
    add(("per_span", rf"{LB}(?P<m1>{mon}){first_year}{SO}{DASH}{SO}(?P<m>{mon}){year_tail}"), month_first)
    if data.range_from and data.range_to:
        rfrom = rf"{LB}{alternation(data.range_from)}{S}"
        # A conjunction ends a range only after a "between" word: "între 1 și 15 iulie", but "din iulie
        # și august" is two months.
        conj_words = {normalise(w) for w in (*data.number_conjunctions, *data.list_conjunctions)}
        plain_to = [w for w in data.range_to if normalise(w) not in conj_words]
        conj_to = [w for w in data.range_to if normalise(w) in conj_words]
        rto = rf"{S}{alternation(plain_to)}{S}" if plain_to else "(?!)"
        if conj_to and data.range_between:
            between_before = rf"{LB}{alternation(data.range_between)}{S}[^\n]{{1,40}}?{S}"
            rto = rf"(?:{rto}|{S}(?<={between_before}){alternation(conj_to)}{S})"
        from_first = rfrom
        add(("per_span", rf"{rfrom}(?P<d1>{day})(?:{S}(?P<m1>{mon}))?{first_year}?{rto}(?P<d2>{day}){S}(?P<m>{mon})"
                         rf"{range_year}?"), from_first)
        if data.month_before_day:
            add(("per_span", rf"{rfrom}(?P<m1>{mon}){S}(?P<d1>{day}){first_year}?{rto}(?:(?P<m>{mon}){S})?"
                             rf"(?P<d2>{day}){range_year}?"), from_first)
        add(("per_span", rf"{rfrom}(?P<m1>{mon}){first_year}?{rto}(?P<m>{mon}){range_year}?"), from_first)
        # (not amounts: "a fine from 1000 to 2000 dollars")
        not_amount = rf"(?!{SO}(?:{cur_after}|{pct}|{LB}{sc}))"
        add(("per_span", rf"{rfrom}(?=(?:1[89]|20)\d\d)(?P<y1>{year})(?:{ylink}{yw})?{rto}(?P<y>{year})"
                         rf"(?:{ylink}(?:{ywr}|{yw}))?{not_amount}"), from_first)
    # Where a "from" case ending marks the first end of a range (a lookbehind after it), and a first day
    # written alone with it ("11-დან 14 ოქტომბრამდე", "5-тен 10 қазанға дейін").
    from_end = rf"(?<={alternation(data.range_from_endings)})" if data.range_from_endings else ""
    lone_first_day = rf"(?P<d1>{DAY_DIGITS}){HYPHEN}?\p{{L}}{{1,5}}{from_end}"
    if data.range_from_endings and data.range_to:
        # "2020-ից մինչև 2025 թվականը": an ending on the first end, a word before the second.
        word_to = rf"{S}{alternation(data.range_to)}{S}"
        add(("per_span", rf"(?P<y1>{year})(?:{ylink}{yw})?{from_end}{word_to}(?P<y>{year})(?:{ylink}(?:{ywr}|{yw}))?"),
            digit)
    if data.range_from_endings and data.range_to_endings:
        to_end = rf"(?<={alternation(data.range_to_endings)})"
        add(("per_span", rf"(?P<y1>{year}){ylink}{yw}{from_end}{S}(?P<y>{year}){ylink}{yw}{to_end}"), digit)
        first_end = rf"(?P<d1>{day}){dm}(?P<m1>{mon}){from_end}"
        # (a relative year may stand before it: "Жорий йил 1 сентябрдан 8 октябргача")
        add(("per_span", rf"{year_or_rel_lead}{first_end}{S}(?P<d2>{day}){dm}(?P<m>{mon}){to_end}"),
            f"{digit}|{relative.head}")
        add(("per_days", rf"{lone_first_day}{S}(?P<d2>{day}){dm}(?P<m>{mon}){to_end}"), digit)
        add(("per_span", rf"{year_lead}(?P<m1>{mon}){from_end}{S}(?P<m>{mon}){to_end}"), f"{digit}|{month_first}")
        # Each end with its own year: "2021 жылдың наурызынан 2023 жылдың маусымына дейін",
        # "2023 jyldyñ 1 qañtarynan bastap 2025 jyldyñ 31 jeltoqsanyna deiın".
        since = rf"(?:{S}{alternation(data.range_from)})?" if data.range_from else ""
        add(("per_span", rf"(?P<y1>{year}){ylink}{yw}{S}(?:(?P<d1>{day}){dm})?(?P<m1>{mon}){from_end}{since}{S}"
                         rf"(?P<y>{year}){ylink}{yw}{S}(?:(?P<d2>{day}){dm})?(?P<m>{mon}){to_end}"), digit)
    if data.range_until:
        until = rf"{S}{alternation(data.range_until)}(?!\p{{L}})"
        # (a relative year may stand before it: "Биыл 1 қыркүйектен 8 қазанға дейін")
        add(("per_span", rf"{year_or_rel_lead}(?P<d1>{day}){dm}(?P<m1>{mon}){S}(?P<d2>{day}){dm}(?P<m>{mon})"
                         rf"{until}"), f"{digit}|{relative.head}")
        add(("per_span", rf"{year_lead}(?P<m1>{mon}){S}(?P<m>{mon}){until}"), f"{digit}|{month_first}")
        add(("per_span", rf"(?P<y1>{year}){ylink}{yw}{S}(?P<y>{year}){ylink}{yw}{until}"), digit)
        if from_end:
            add(("per_days", rf"{lone_first_day}{S}(?P<d2>{day}){dm}(?P<m>{mon}){until}"), digit)
        # Each end with its own year: "2021 жылдың наурызынан (бастап) 2023 жылдың маусымына дейін".
        add(("per_span", rf"(?P<y1>{year}){ylink}{yw}{S}(?:(?P<d1>{day}){dm})?(?P<m1>{mon}){from_end}"
                         rf"(?:{S}\p{{L}}{{1,8}})?{S}(?P<y>{year}){ylink}{yw}{S}(?:(?P<d2>{day}){dm})?(?P<m>{mon}){until}"),
            digit)
    # The first n months of a year: "за 9 месяцев 2025 года", "2025 жылдың 9 айында".
    # (months only: "2024 жылы 5 жылға" is a year and a duration)
    month_units: WordTable[DurationUnit] = WordTable([e for e in duration_entries if e[1] == "month"], tail=tail)
    months_n = rf"(?:(?P<first>{words(ordinal)}){S})?(?P<n>\d{{1,2}}(?!\d)|{nwseq}){S}(?P<unit>{words(month_units)})"
    add(("per_months_n", rf"{months_n}{S}{link}(?P<y>{year})(?:{ylink}{yw})?"), f"{num_first}|{ordinal.head}")
    add(("per_months_n", rf"(?P<y>{year}){ylink}{yw}{S}{months_n}"), digit)
    add(("per_months_n", rf"(?P<rel>{rel}){S}{months_n}"), relative.head)
    if data.this_year_words:
        this_year = WordTable([(f, True) for f in data.this_year_words], tail=tail)
        add(("per_months_n", rf"{words(this_year)}{S}{months_n}"), this_year.head)
    add(("per_months_n", rf"{months_n}{S}{link}(?P<rel2>{rel})"), f"{num_first}|{ordinal.head}")
    this_year_after = WordTable([(f, True) for f in data.this_year_after], tail=tail)
    if this_year_after:
        add(("per_months_n", rf"{months_n}{S}{words(this_year_after)}"), f"{num_first}|{ordinal.head}")
    # Periods.
    decade_end = rf"{HYPHEN}\p{{L}}{{1,4}}" if data.decade_needs_ending else rf"(?:{HYPHEN}\p{{L}}{{1,4}})?"
    add(("per_decade", rf"(?P<y>{YEAR_DIGITS})(?<=0)(?:{decade_end}{ylink}{ywr}|'?s(?!\p{{L}}))"), digit)
    # A decade of the last century by its two digits, with a hyphen and a year word: "в 90-х годах",
    # "90-жылдары" ("20-х" could be either century: no decade).
    add(("per_decade", rf"(?<![\d.,])(?P<y>[3-9]0){HYPHEN}(?:\p{{L}}{{1,4}}{S})?{ywr}"), "[3-9]")
    if data.decade_endings:
        add(("per_decade", rf"(?P<y>{YEAR_DIGITS}(?<=0)|(?<![\d.,])[3-9]0){HYPHEN}{alternation(data.decade_endings)}"
                           r"(?!\p{L})"), digit)
    # (a two-digit second year only right after the dash: "2023-24", but "в 2023 — 48,6 млн т")
    add(("per_years", rf"(?P<y1>{year})(?:{SO}(?:{DASH}|/){SO}(?P<y2>{year})"
                      rf"|(?:{DASH}|/)(?P<y2>\d{{2}}(?![\d\p{{L}}]|[-./,]\d)))"
                      rf"(?:{ylink}(?:{ywr}|{yw}))?"), digit)
    # A half or quarter may take its year from a relative year after it ("семоҳаи дуюми соли гузашта").
    hq_year = rf"(?:{S}{link}{ywb_lead}(?P<y>{year})(?:{ylink}{yw})?|{S}{link}(?P<rel2>{rel}))"
    # (a range of them: "I-III кварталы", "2024 წლის I-III კვარტალში")
    ord_from = rf"(?:(?P<ord0>{roman}|{LB}[1-4]){SO}{DASH}{SO})?"
    add(("per_ydq", rf"(?P<y>{year})(?:{ylink}{yw})?{S}{ord_from}(?P<ord>{ords})(?:{S}|{HYPHEN}){hq}"), digit)
    # (no unit after it: "1 кв. м" is a square metre, not a quarter)
    not_unit = rf"(?!{SO}{quantity.pattern}{WEND})" if quantity else ""
    # (nor a half of a month or a day: "в первой половине октября", "во второй половине дня")
    not_part = rf"(?!{S}{link}(?:{mon}|(?!{yw}){words(duration)}))"
    # ("the first half of the year": of this year)
    this_year_tail = rf"|{S}{words(this_year_after)}" if this_year_after else ""
    add(("per_dq", rf"{ord_from}(?P<ord>{ords})(?:{S}|{HYPHEN}){hq}(?:{hq_year}{this_year_tail}|{not_unit}{not_part})"),
        ord_first)
    # A count of quarters with its year: "за три квартала 2025 года" (the first nine months).
    add(("per_quarters_n", rf"(?P<n>[2-4](?!\d)|{nwseq}){S}{words(quarter)}{hq_year}"), num_first)
    # The half or quarter word first: "семоҳаи аввали соли 2025", "trimestrul III 2025".
    # (ordinal words and Roman numerals only: "квартал 3" is an address)
    add(("per_dq", rf"{hq}{S}(?P<ord>{words(ordinal)}|{roman}){hq_year}?"),
        f"{half.head}|{quarter.head}")
    # Report codes: "Q2 2025", "H1 2025", "2Q 2025", "1H 2025", and the first months of a year: "9M 2025".
    bad = [c for c in (*data.quarter_letters, *data.half_letters) if len(c) != 1 or not c.isupper()]
    if bad:
        raise ValueError(f"{data.code}: report-code letters must be single capitals: {bad}")
    letters = regex.escape("QH" + "".join(data.quarter_letters) + "".join(data.half_letters))
    quarter_code = rf"(?-i:(?P<hq>[{letters}])(?P<n>[1-4])|(?P<n2>[1-4])(?P<hq2>[{letters}])|(?P<mn>[2-9]|1[01])M)"
    # A range of quarters: "Q1-Q3 2025", "Q2–Q4".
    add(("per_qq", rf"{LB}(?-i:Q(?P<n>[1-4]){SO}{DASH}{SO}Q?(?P<n3>[1-4]))(?![\p{{L}}\p{{N}}])"
                   rf"(?:{SO}(?P<y>{year}))?"), "(?-i:Q)")
    add(("per_q", rf"{LB}{quarter_code}{SO}(?:{HYPHEN}|/)?{SO}(?P<y>{year})"), f"[{letters}1-9]")
    # ... with two digits of the year glued on: "3Q25", "1H25", "9M25"; or with no year, Q or H first, in
    # the reference year: "in Q3", "în Q3" (not "H1N1", "Q3-class"; nor a language's own letters alone:
    # "Terminalul T1").
    add(("per_q", rf"{LB}(?-i:(?P<n2>[1-4])(?P<hq2>[{letters}])|(?P<mn>[2-9]|1[01])M)(?P<yy>\d\d)(?![\p{{L}}\p{{N}}])"),
        "[1-9]")
    # (a relative year may follow: "Q2 this year", "Q3 прошлого года")
    add(("per_q", rf"{LB}(?-i:(?P<hq>[QH])(?P<n>[1-4]))(?![\p{{L}}\p{{N}}]|{HYPHEN}[\p{{L}}\p{{N}}])"
                  rf"(?:{S}(?P<rel>{rel}))?"), "[QH]")
    # A relative year with a month or a month range: "Биылғы тамызда", "в январе прошлого года",
    # "январь-сентябрь текущего года".
    months_rel = rf"(?P<m1>{mon}){SO}{DASH}{SO}(?P<m2>{mon})"
    rel_first = f"{month_first}|{relative.head}"
    rel_after = data.relative_year_after_month
    add(("per_months_rel", rf"(?P<rel>{rel}){S}{months_rel}"
                           + (rf"|{months_rel}{S}(?P<rel2>{rel})" if rel_after else "")), rel_first)
    # Month forms written before their day ("oktyabrın 10-da", "դեկտեմբերի 31-ին").
    genitive = words(WordTable(_entries(data.months_before_day), tail=tail)) if data.months_before_day else ""
    if genitive and data.range_from_endings and data.range_to_endings:
        # A relative year before two genitive months with their days: "Cari ilin sentyabrın 1-dən oktyabrın 8-dək".
        rel_until = rf"(?:{S}{alternation(data.range_to)})?" if data.range_to else ""
        add(("per_span", rf"(?P<rel>{rel}){S}(?P<m1>{genitive}){S}(?P<d1>{day})"
                         rf"(?<={alternation(data.range_from_endings)}){rel_until}{S}(?P<m>{genitive}){S}(?P<d2>{day})"
                         rf"(?<={alternation(data.range_to_endings)})"), relative.head)
    if genitive:
        # A relative year, a genitive month and its day: "հաջորդ տարվա հունվարի 1-ից" (from 1 January next year).
        add(("date_dm_rel", rf"(?P<rel>{rel}){S}(?P<m>{genitive}){S}(?P<d>{day})"), relative.head)
    # (a month preposition may stand between: "Миналата година през октомври", "В прошлом году в октябре")
    add(("date_mon_rel", rf"(?P<rel>{rel}){S}(?:{mprep}{S})?(?P<m>{mon})"
                         + (rf"|(?P<m2>{mon}){S}(?P<rel2>{rel})" if rel_after else "")), rel_first)
    # A relative year with a half or a quarter: "şu ýylyň birinji ýarymynda".
    add(("per_dq", rf"(?P<rel>{rel}){S}(?P<ord>{ords})(?:{S}|{HYPHEN}){hq}"), relative.head)
    # (a range word may join the months: "January through September 2025")
    months_to = rf"{SO}{DASH}{SO}|{S}{alternation(to_words)}{S}" if to_words else rf"{SO}{DASH}{SO}"
    # (after a month preposition, which the span leaves out: "in January to March")
    # (not a month before its day: "Since January – Oct 3, 2025" is a title and a date)
    # (a year with its case ending glued on may lead too: "2023-ի հունվար-մարտին")
    months_lead = (rf"(?:(?P<y1>{year}){ylink}{yw}{S}|(?<![\d.,])(?P<y1>(?:19|20)\d\d){HYPHEN}"
                   rf"{alternation(data.day_endings)}{S})?") if data.day_endings else year_lead
    # (a quarter may be spelled out month by month: "апрель-май-июнь айларына")
    add(("per_months", rf"{months_lead}(?:(?P<mp>{mprep}){S})?(?P<m1>{mon})(?:{SO}{DASH}{SO}{mon}(?={SO}{DASH}))?"
                       rf"(?:{months_to})(?P<m2>{mon})"
                       rf"(?!\.?{S}\d{{1,2}}(?:,(?!\d)|\.(?!\d)|[^\S\n]*(?:\n|\Z|[|–—])))(?:{range_year})?"),
        f"{month_first}|{digit}|{mprep}{S}{month_first}")
    # (a range word may join the days too: "12 to 16 September", "July 13 through 15")
    days_to = rf"{SO}{DASH}{SO}|{S}{alternation(to_words)}{S}" if to_words else rf"{SO}{DASH}{SO}"
    add(("per_days", rf"{year_lead}(?P<d1>{day})(?:{days_to})(?P<d2>{day}){dm}(?P<m>{mon}){range_year}?"), digit)
    # Two days of two months: "29 июля – 27 сентября 2025 года".
    add(("per_span", rf"(?P<d1>{day})\.?{dm}(?P<m1>{mon}){first_year}?{SO}{DASH}{SO}(?P<d2>{day})\.?{dm}(?P<m>{mon})"
                     rf"{range_year}?"), digit)
    if data.range_between and data.number_conjunctions:
        # ... or by a conjunction after "between": "между 15 юли и 20 август"
        add(("per_span", rf"{LB}{alternation(data.range_between)}{S}(?P<d1>{day})\.?{dm}(?P<m1>{mon}){first_year}?{S}"
                         rf"{conj}{S}(?P<d2>{day})\.?{dm}(?P<m>{mon}){range_year}?"),
            rf"{alternation(data.range_between)}{S}")
    if data.month_before_day:
        # "July 29 – September 27, 2025".
        add(("per_span", rf"(?P<m1>{mon}){S}(?P<d1>{day})(?:{SO},{SO}(?P<y1>{year}))?{SO}{DASH}{SO}(?P<m>{mon}){S}"
                         rf"(?P<d2>{day})(?:{SO},?{SO}(?P<y>{year}))?"), month_first)
    # Dates.
    end = r"(?![\d\p{L}])"
    # (and with dots or slashes, as some sites print a publication date: "2024.03.15 10:20")
    add(("date_iso", r"(?<![\d.,/])(?P<y>[12]\d{3})(?P<sep>[-./])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])"
                     + end + r"(?![.,/]\d)"), digit)
    # (the year word may be glued on: "10.10.2025г.", "10.10.2025թ.")
    # (and with dashes, "09-10-2025"; a two-digit year only with two-digit days and months, "10/10/25")
    # (a dot after letters may stand before it: "ТВТ.19.09.2022")
    add(("date_num", r"(?<![\d,]|(?<!\p{L})\.)(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>[12]\d{3})"
         + rf"(?:{SO}{yw}|{end})|(?P<a>\d\d)(?P<sep>[./])(?P<b>\d\d)(?P=sep)(?P<y>\d\d)(?![\d\p{{L}}]|[.,/-]\d))"),
        digit)
    if decimal == ",":
        # A day and a two-digit month with a dot and no year, where decimals take a comma: "Сб, 11.10: +14…+17",
        # "Цены на 10.10:", "курс на 13.10 — 41,32 грн" (not a figure with its unit, nor a rate after its
        # code: "USD 95.12", nor an end of a range of them: "10.10–12.10")
        add(("date_dm_num", rf"(?<![\d.,:/]|[A-Z]{{3}}[^\S\n]?|\p{{Sc}}[^\S\n]?)(?P<d>0?[1-9]|[12]\d|3[01])\."
                            rf"(?P<m>0[1-9]|1[0-2])(?![\d\p{{L}}]|[.,/\-]\d|{SO}{DASH}{SO}\d{{1,2}}\.\d|(?:{figure_next}))"),
            digit)
    if genitive:
        # A day after the genitive month: "oktyabrın 10-da", "դեկտեմբերի 31-ին".
        add(("date_ymd", rf"(?P<y>{year}){ylink}{yw}{S}(?P<m>{genitive}){S}(?P<d>{day})"), digit)
        add(("per_days", rf"(?P<m>{genitive}){S}(?P<d1>{day}){SO}{DASH}{SO}(?P<d2>{day}){year_tail}?"), month_first)
        if data.range_from_endings and data.range_to_endings:
            # Two genitive months with their days: "Sentyabrın 1-dən oktyabrın 1-dək", "Նոյեմբերի 1-ից մինչև
            # դեկտեմբերի 31-ը".
            until_word = rf"(?:{S}{alternation(data.range_to)})?" if data.range_to else ""
            add(("per_span", rf"(?:(?P<y1>{year}){ylink}{yw}{S})?(?P<m1>{genitive}){S}(?P<d1>{day})"
                             rf"(?<={alternation(data.range_from_endings)}){until_word}{S}(?P<m>{genitive}){S}(?P<d2>{day})"
                             rf"(?<={alternation(data.range_to_endings)})"), f"{month_first}|{digit}")
            add(("per_days", rf"(?:(?P<y1>{year}){ylink}{yw}{S})?(?P<m>{genitive}){S}(?P<d1>{day})"
                             rf"(?<={alternation(data.range_from_endings)}){S}(?P<d2>{day})"
                             rf"(?<={alternation(data.range_to_endings)})"), f"{month_first}|{digit}")
        add(("date_mdy", rf"(?P<m>{genitive}){S}(?P<d>{day})(?:{SO},{SO}(?P<y>{year}))?"), month_first)
    # (no year after the month: in "2000год, 13 авг. 2005г." the day belongs to 2005)
    add(("date_ydm", rf"(?P<y>{year}){ylink}{yw},?{S}(?P<d>{day}){dm}(?P<m>{mon})(?!\.?{year_tail})"), digit)
    # A relative year before a day and month: "მიმდინარე წლის 1 იანვრიდან".
    add(("date_dm_rel", rf"(?P<rel>{rel}){S}(?P<d>{day})\.?{dm}(?P<m>{mon})"), relative.head)
    # A day and month with a relative year: "15 января прошлого года".
    add(("date_dm_rel", rf"(?P<d>{day})\.?{dm}(?P<m>{mon}){S}(?P<rel>{rel})"), digit)
    # A form that alone is another word ("maýa goýum", investment) is no month after a year either.
    # (exact forms only: a stem like "май*" marks a month ambiguous alone, not after a year)
    never_alone = WordTable([(f, True) for f in data.never_alone_months if not f.endswith("*")], tail=tail)
    not_other = rf"(?!{never_alone.pattern}{WEND})" if never_alone else ""
    add(("date_ym", rf"(?P<y>{year}){ylink}{yw}{S}{not_other}(?P<m>{mon})"), digit)
    if data.day_endings:
        # A year with its case ending glued on, then the month: "2025-ի սեպտեմբերից" (from September 2025).
        add(("date_ym", rf"(?<![\d.,])(?P<y>(?:19|20)\d\d{HYPHEN}{alternation(data.day_endings)}){S}{not_other}"
                        rf"(?P<m>{words(lone_month)})"), digit)
    # A date widget: the day, the month and the year each alone on a line ("30\nдекабря\n2025"), or
    # each after a comma ("Tuesday, 25, June, 2024").
    add(("date_dmy", rf"(?<=(?:^|\n)[ \t]*)(?P<d>{day})[ \t]*\n[ \t]*(?P<m>{mon})(?:[ \t]*\n[ \t]*|{S}|,{SO})"
                     rf"(?P<y>{year})(?=[ \t]*(?:\r?\n|\Z))|(?<=,{SO})(?P<d>{day}),{SO}(?P<m>{mon}),{SO}(?P<y>{year})"),
        digit)
    add(("date_dmy", rf"(?P<d>{day})\.?{dm}(?:of{S})?(?P<m>{mon}){year_tail}?"), digit)
    if data.month_before_day:
        # A month and a range of its days: "October 12–13", "Oct. 12-13, 2025".
        add(("per_days", rf"(?P<m>{mon}){S}(?P<d1>{day})(?:{days_to})(?P<d2>{day})(?!{SO}%)"
                         rf"(?:{SO},?{SO}(?P<y>{year}))?"), month_first)
        add(("date_mdy", rf"(?P<m>{mon}){S}(?P<d>{day})(?:{SO},{SO}(?P<y>{year})|{S}(?P<y2>{year}))?"), month_first)
    else:
        # An outlet's dateline written month first, with a comma and the year: "Апрел 3, 2024" (khovar.tj).
        add(("date_mdy", rf"(?P<m>{mon}){S}(?P<d>{day}),{SO}(?P<y>{year})(?![\d.,]?\d)"), month_first)
    # (a widget may write the month and the year each alone on a line: "Март\n2024")
    add(("date_my", rf"(?<=(?:^|\n)[ \t]*)(?P<m>{words(bare_month)})[ \t]*\n[ \t]*(?P<y>{year})(?=[ \t]*(?:\r?\n|\Z))"),
        month_first)
    # (an abbreviation may take its dot: "in Oct. 2025")
    add(("date_my", rf"(?P<m>{words(bare_month)}(?:(?<!\p{{L}}{{5}})\.)?){SO},?{SO}{my_link}{ywb_lead}(?P<y>{year})"
                    rf"(?:{ylink}{yw})?"), month_first)
    add(("date_yw", rf"(?P<y>{year}){ylink}{yw}"), digit)
    if data.day_endings:
        # A year with an ordinal ending and no year word: "в 2023-м", "до 2030-го", "2024-ին".
        add(("date_yw", rf"(?<![\d.,])(?P<y>(?:19|20)\d\d){HYPHEN}{alternation(data.day_endings)}(?![\p{{L}}\p{{N}}])"),
            digit)
    if data.year_words_before:
        add(("per_years", rf"{words(ywb)}{S}(?P<y1>{year}){SO}(?:{DASH}|/){SO}(?P<y2>{year})"), ywb.head)
        add(("date_yw", rf"{words(ywb)}{S}(?P<y>{year})"), ywb.head)
    if data.relative_months_before_day:
        # A day of a relative month: "gələn ayın 15-dək", "келесі айдың 15-іне дейін".
        month_before_day = WordTable([(f, True) for f in data.relative_months_before_day], tail=tail)
        # (not a figure with its unit: "Gələn ayın 15 milyon manatlıq layihəsi")
        add(("date_rmd", rf"(?P<rmo>{words(month_before_day)}){S}(?P<d>{day})(?!{figure_next})"),
            month_before_day.head)
    if relative_month and data.day_words_before_relative_month:
        # "до 15-го числа следующего месяца".
        add(("date_rmd", rf"(?P<d>{day}){S}{alternation(data.day_words_before_relative_month)}{S}"
                         rf"(?P<rmo>{words(relative_month)})"), digit)
    add(("date_rel", words(relative)), relative.head)
    if relative_month:
        add(("date_rel_month", words(relative_month)), relative_month.head)
    if relative_quarter:
        blocked = (rf"(?!{S}{WordTable([(w, True) for w in data.relative_quarter_blockers_after], tail=tail).pattern}"
                   rf"{WEND})" if data.relative_quarter_blockers_after else "")
        add(("per_rel_quarter", words(relative_quarter) + blocked), relative_quarter.head)
    if relative_half:
        add(("per_rel_half", words(relative_half)), relative_half.head)
    if whole_duration:
        add(("dur_word", words(whole_duration)), whole_duration.head)
    # A year joined to a noun by a hyphen: "Бюджет-2026", "Євро-2024", "Стратегия-2050".
    add(("date_yw", rf"(?<=\p{{L}}{HYPHEN})(?P<y>(?:19|20)\d\d)(?![\d.,]?\d|{HYPHEN}?\p{{L}})"), digit)
    # (a month before a dash is the first of a range only when a month follows: "в сентябре — 8%" is a date)
    dash_month = rf"{SO}{DASH}{SO}(?:{mprep}{S})?{LB}{lone_month.pattern}"
    if data.month_prepositions:
        # (not the month of a date written month first: "from January 1, 2026")
        day_next = rf"|{SO}\.?{S}{DAY_DIGITS}(?![\d.,]?\d)" if data.month_before_day else ""
        not_after = rf"(?!\.?{year_tail}|{dash_month}|{S}{rel}{day_next})"
        # (more months may follow in a list: "в июле и августе", "in July, August and September")
        list_sep = rf"{SO},{SO}" + (rf"|{SO},?{S}{alternation(data.list_conjunctions)}{S}"
                                    if data.list_conjunctions else "")
        more = rf"(?P<more>(?:(?:{list_sep})(?:{mprep}{S})?{words(lone_month)})*)"
        add(("date_mon", rf"{LB}{mprep}{S}(?P<m>{words(lone_month)}){more}{not_after}"),
            rf"{mprep}{S}{lone_month.head}")
    if data.months_inflect:
        blocked = rf"(?<!{LB}{alternation(data.month_blockers_before)}{S})" if data.month_blockers_before else ""
        add(("date_monsuf", rf"{blocked}(?P<m>{LB}{lone_month.pattern}{WEND})(?!{year_tail}|{dash_month}|{S}{rel})"),
            lone_month.head)
    # Amounts.
    short = rf"(?P<short>{money_scale.pattern})?" if money_scale else ""
    # (a code after the amount that an amount follows is that amount's: "USD 539.12   EUR 627.40")
    cur2 = rf"(?:{SO}(?P<cur2>{cur_after})(?!{SO}[-−]?\d|/\p{{L}}))?"
    # (not a currency's name before a percent, "so'm 6,5 foizga qadrsizlandi", the so'm fell 6.5%, nor before
    # a length of time: "So'm 3 kunda 1 foizga qimmatlashdi", the so'm rose 1% in 3 days)
    not_money = rf"(?![.,]?\d|{SO}{pct}|{S}{words(duration)})"
    add(("money_pre", rf"(?P<cur>{sym}|{LB}{iso}){SO}(?P<rng>{rng_pre}){short}{not_money}{cur2}{RB}"), f"{sym}|{iso}")
    if ordinal_after:
        # (a year with a day ending is a year: Armenian "2024-ին", in 2024)
        # (but a four-digit hotline is no year: "1424 байланыс орталығы")
        # (both ends of a range of them: "16-29 жастағы жастар", young people aged 16 to 29)
        add(("reject_ordinal", rf"(?!{year}{SO}{HYPHEN})(?:{num}{SO}{DASH}{SO}{DIGITS}|{num}){SO}{HYPHEN}?{SO}"
                               rf"{words(ordinal_after)}"), sign)
    # One alternative for every figure that starts with a number: the unit decides the kind.
    # (never the head of a compound unit: "МВт" in "МВт·саат")
    # "a 100-MW plant", "a five-year programme": the unit of a compound adjective, after a hyphen.
    gap = rf"(?:{SO}|{HYPHEN})" if data.units_after_hyphen else SO
    # (not an age: "a 20-year-old man")
    hyphen_duration = rf"|{HYPHEN}(?P<unit>{words(duration)})(?!{HYPHEN}\p{{L}})" if data.units_after_hyphen else ""
    qty = rf"|{gap}(?P<qty>{unit_words(quantity)}(?![·⋅∙/]\p{{L}})){hyph_tail}" if quantity else ""
    if quantity_spaced:
        # "5,200 m" is metres, "5m" a million: these forms need the space.
        qty += rf"|{S}(?P<qty>{quantity_spaced.pattern}){WNEND}(?![·⋅∙/]\p{{L}})"
    glued = ""
    if money_scale:
        # "10k$", "100K", "1.2M": a scale letter glued to digits. Alone it must be a thousand or a
        # capital ("10m" may be metres), after two digits or a decimal ("3M", "4K" are names).
        capitals = [f for value, forms in data.money_scale_words.items() for f in forms
                    if value == 1000 or f.isupper()]
        glued = (rf"|(?<=\d)(?P<short>{money_scale.pattern}){SO}(?P<cur>{cur_after})"
                 rf"|(?<=\d[.,]?\d)(?P<short>(?-i:{alternation(capitals)}))(?![\p{{L}}\p{{N}}]|[.,]\d)"
                 # ("31.6M tonnes": a unit after the scale letter)
                 + (rf"(?:{S}(?P<qty>{unit_words(quantity)})(?![·⋅∙/]\p{{L}}){hyph_tail})?" if quantity else ""))
    # ("a 500-manat fine", "20 000-ლარიანი გირაო": a currency after a hyphen where units may stand there)
    if data.list_conjunctions and data.hyphen_endings:
        # Numbers listed before one with a hyphenated word that is no unit or ending: "Голдар 78 және
        # 85-минуттарда соғылды" (minutes of a match), not "5 және 10-қазанда" (a month).
        unit_forms = [sc, pct, words(duration), mon, words(year_word), curw]
        if quantity:
            unit_forms.append(qtyw_call)
        not_unit_word = rf"(?!(?:{hyph})(?!\p{{L}})|{'|'.join(unit_forms)})"
        add(("reject_hyphen", rf"(?<![\d.,])\d{{1,3}}(?:{SO},{SO}\d{{1,3}})*{S}{alternation(data.list_conjunctions)}"
                              rf"{S}\d{{1,3}}{HYPHEN}{not_unit_word}\p{{L}}+"), digit)
    if data.list_conjunctions:
        # A number whose hyphen hangs for the ending of the next one: "61- va 78-daqiqalarda", "1- и 2-комнатные".
        add(("reject_hyphen", rf"(?<![\d.,])\d{{1,3}}{HYPHEN}(?={S}{alternation(data.list_conjunctions)}{S}\d{{1,3}}"
                              rf"{HYPHEN}\p{{L}})"), digit)
    add(("amount", rf"(?P<rng>{rng})(?:{gap}(?P<cur>{cur_after}){glued}|{gap}(?P<pct>{pct}){qty}"
                   rf"|{S}(?P<unit>{words(duration)}){hyphen_duration}"
                   # (nor the first end of a range of ordinals: "1–4-сынып", grades one to four)
                   # (nor the head of a spaced number cut off: "20 000-местный" is no 20)
                   rf"|(?!{HYPHEN}?[\p{{L}}\p{{N}}]|[.,]\d|{DASH}\d{{1,3}}{HYPHEN}\p{{L}}"
                   rf"|(?<=(?<![\d.,])\d{{1,3}})[ \u00a0\u202f]\d{{3}}(?:[ \u00a0\u202f]\d{{3}})*{HYPHEN}\p{{L}}))"),
    num_first)
    add(("reject_hyphen", rf"{num}{HYPHEN}\p{{L}}+"), sign)
    if ordinal:
        # An ordinal with a number word in it is no count: ro "A doua zi" (the next day) is no two days.
        # (last, so that a half or a quarter it names wins where it starts: "a doua jumătate")
        add(("reject_ordinal_words", words(ordinal)), ordinal.head)

    # Each alternative ends in an empty marker group that names it; duplicate
    # group names inside alternatives make ``Match.lastgroup`` unreliable.
    # A lookahead in front of each alternative for how it starts lets the scan skip it at a glance
    # where it cannot start; together they pick the positions the scan tries at all (``guard``):
    # the tighter each is (a month preposition with its month, not any word that starts with "в"),
    # the fewer positions are tried.
    # The currency and unit tables are written once and called where only a lookahead needs them.
    qtyw = rf"(?P<QTYW>{unit_words(quantity)})" if quantity else ""
    scanner = rf"(?(DEFINE)(?P<CURW>{unit_words(currency)}){qtyw})" + LB + "(?:" + "|".join(
        f"(?=(?:{first}))(?:{pattern})(?P<k{i}_{name}>)" for i, (name, pattern, first) in enumerate(alternatives)
    ) + ")"
    guard_union = "|".join(sorted({f"(?:{first})" for _, _, first in alternatives}))
    # (the scanner has checked what follows a spaced decimal: a token may end the text it reads)
    token_digits = rf"(?:\d{{1,3}}, \d{{1,2}}(?!\d)|{DIGITS})" if data.decimal_comma_space else DIGITS
    token = rf"(?P<digits>[-−–—]?{token_digits})|(?P<word>\p{{L}}+(?:{_APOS}\p{{L}}+)*\.?)"

    lead_words = [*data.range_from, *data.range_between]
    # Verbs take more endings than nouns: a stem here takes any letters.
    verb_tail = r"\p{L}{0,8}"
    change_before: WordTable[Change] = WordTable(_direction_entries(data.change_before), tail=verb_tail)
    # "-ga ko'p": a word that reports a change only after a figure with that ending ("by 5% more"),
    # not after another ("-dan ko'p", more than).
    after_entries: list[tuple[str, Change]] = []
    change_endings: dict[str, tuple[str, ...]] = {}
    for form, direction in _direction_entries(data.change_after):
        if form.startswith("-"):
            ending, form = _after_phrase(form)
            change_endings[form] = (*change_endings.get(form, ()), ending)
        after_entries.append((form, direction))
    change_after: WordTable[Change] = WordTable(after_entries, tail=verb_tail)
    level_before: WordTable[bool] = WordTable([(f, True) for f in data.level_before], tail=verb_tail)
    level_after: WordTable[bool] = WordTable(
        [(f, True) for f in data.level_after if not f.startswith("-")], tail=verb_tail
    )

    counters: WordTable[bool] = WordTable([(w, True) for w in data.counter_words_after], tail=tail)

    def qualifier_pattern(phrases: Iterable[str], before: bool) -> regex.Pattern[str] | None:
        phrases = list(phrases)
        if not phrases:
            return None
        alt = alternation(phrases)
        if before:
            return regex.compile(rf"{LB}{alt}{SO}\Z", regex.IGNORECASE)
        return regex.compile(rf"{SO}{alt}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)

    # What joins two items of a list; "or" joins only sums that share a unit.
    list_link = rf"{SO},{SO}" + (rf"|{SO},?{S}{alternation(data.list_conjunctions)}{S}"
                                 if data.list_conjunctions else "")
    return Grammar(
        data=data,
        decimal=decimal,
        group=group,
        number=number,
        scale=scale,
        money_scale=money_scale,
        minus=regex.compile(rf"{LB}{minus.pattern}{WEND}", regex.IGNORECASE) if minus else None,
        below_zero=_temperature_words(data.below_zero_after, tail),
        above_zero=_temperature_words(data.above_zero_after, tail),
        and_a_half=regex.compile(half_words, regex.IGNORECASE) if data.and_a_half else None,
        half_after=regex.compile(rf"{SO},?{S}{half_words}", regex.IGNORECASE) if data.and_a_half else None,
        up_to_after=(
            regex.compile(rf"{S}{alternation(words_after)}{WEND}", regex.IGNORECASE) if (
                words_after := [w for w in data.up_to_after if not w.startswith("-")]) else None
        ),
        up_to_endings=tuple(normalise(w[1:]) for w in data.up_to_after if w.startswith("-")),
        up_to_before=_words_before(data.up_to_before, S),
        vague_before=_words_before(data.vague_words, SO, tail=tail),
        deadline_before=_words_before(data.deadline_words_before, S),
        counter_before=_words_before(data.counter_words_after, f":?{SO}", tail=tail),
        counter_after=regex.compile(rf"{SO}{counters.pattern}{WEND}", regex.IGNORECASE) if counters else None,
        time_prepositions=frozenset(normalise(w) for w in data.month_prepositions),
        regional_currencies=data.regional_currencies,
        relative_blockers=_words_before(data.relative_blockers, SO),
        region_cues={
            region: regex.compile(rf"{LB}{WordTable([(c, True) for c in cues], tail=tail).pattern}(?!\p{{L}})",
                                  regex.IGNORECASE)
            for region, cues in data.region_cues.items()
        },
        currency=currency,
        subunit=WordTable(subunit_entries, tail=tail),
        fraction=(fraction := WordTable([(f, Decimal(v)) for f, v in _entries(data.fraction_words)])),
        fraction_before=regex.compile(rf"{LB}(?P<f>{fraction.pattern}){S}\Z", regex.IGNORECASE) if fraction else None,
        cents=(cents := WordTable(subunit_entries + [(w, "*") for w in data.cent_words], tail=tail)),
        cents_after=regex.compile(
            rf"{SO},?{SO}(?:{alternation(data.number_conjunctions)}{S})?(?P<n>[1-9]?\d)(?!\d|[.,]\d){SO}"
            rf"(?P<word>{cents.pattern}){WEND}",
            regex.IGNORECASE,
        ) if cents else None,
        symbols={normalise(k): v for k, v in symbols.items()},
        percent=percent,
        month=month,
        year_word=year_word,
        ordinal=ordinal,
        half=half,
        generic_half=WordTable([(f, True) for f in data.generic_halves], tail=tail),
        year_word_next=regex.compile(rf"{S}{words(year_word)}", regex.IGNORECASE) if year_word else None,
        # (or "the year's": hy "Տարվա առաջին կեսին")
        year_word_before=_words_before((*data.year_words, *data.this_year_words), S, tail=tail),
        half_letters=frozenset(("H", *data.half_letters)),
        months_so_far=_words_before(data.months_so_far_before, S),
        each_before=_words_before(data.each_words, S),
        months_so_far_after=regex.compile(
            rf"{S}{WordTable([(w, True) for w in data.months_so_far_after], tail=tail).pattern}{WEND}", regex.IGNORECASE
        ) if data.months_so_far_after else None,
        months_so_far_endings=tuple(normalise(e) for e in data.months_so_far_endings),
        months_so_far_count_endings=tuple(normalise(e) for e in data.months_so_far_count_endings),
        months_so_far_blocked=_words_before(data.months_so_far_blockers, S),
        score_before=_words_before(data.score_words_before, S),
        year_count_link=regex.compile(
            rf"{S}{alternation(data.year_count_links)}{S}(?!{alternation(data.year_count_blockers)}{WEND})"
            r"(?-i:\p{Ll})", regex.IGNORECASE,
        ) if data.year_count_links else None,
        up_to_blockers=regex.compile(
            rf"{LB}{WordTable([(w, True) for w in data.up_to_blockers], tail=verb_tail).pattern}{WEND}",
            regex.IGNORECASE,
        ) if data.up_to_blockers else None,
        quarter=quarter,
        duration=duration,
        whole_duration=whole_duration,
        relative=relative,
        anaphoric=WordTable([(f, True) for f in data.anaphoric_relative_years], tail=tail),
        same_year=WordTable([(f, True) for f in data.same_year_words], tail=tail),
        relative_month=relative_month,
        relative_quarter=relative_quarter,
        relative_half=relative_half,
        name_like_months=WordTable([(f, True) for f in data.name_like_months], tail=tail),
        never_alone_months=WordTable([(f, True) for f in data.never_alone_months], tail=tail),
        weak=WordTable([(w, True) for w in data.weak_number_words], tail=num_tail),
        conjunctions=frozenset(normalise(w) for w in data.number_conjunctions),
        scanner=(compiled := regex.compile(scanner, regex.IGNORECASE)),
        currency_next=regex.compile(rf"{SO}(?P<cur>{cur_after})(?(DEFINE)(?P<CURW>{unit_words(currency)}))",
                                    regex.IGNORECASE),
        starts=_starts(guard := regex.compile(guard_union, regex.IGNORECASE)),
        guard=guard,
        kinds=(kinds := tuple(
            (index, name.partition("_")[2])
            for name, index in sorted(compiled.groupindex.items(), key=lambda kv: kv[1])
            if regex.fullmatch(r"k\d+_.*", name)
        )),
        dispatch=tuple(sorted(kinds, key=lambda kind: _FREQUENT.get(kind[1], len(_FREQUENT)))),
        token=regex.compile(token),
        range_link=range_link,
        path_link=(regex.compile(alternation(data.range_to_after_from), regex.IGNORECASE)
                   if data.range_to_after_from else None),
        list_words=frozenset(normalise(w) for w in (*data.list_conjunctions, *data.alternative_conjunctions)),
        share_link=regex.compile(
            list_link + (rf"|{SO},?{S}{alternation(data.alternative_conjunctions)}{S}"
                         if data.alternative_conjunctions else ""), regex.IGNORECASE),
        instead=regex.compile(rf"{SO},?{S}{alternation(data.instead_words)}{S}", regex.IGNORECASE)
        if data.instead_words else None,
        of_which=regex.compile(rf"{SO}{alternation(data.of_which)}{WEND}", regex.IGNORECASE) if data.of_which else None,
        list_link=regex.compile(list_link, regex.IGNORECASE),
        quantity=quantity,
        quantity_spaced=quantity_spaced,
        unit_factors={normalise(form): Decimal(factor) for form, (_, factor) in data.scaled_unit_words.items()},
        per_unit=tuple(
            (compound.partition("/")[0], compound,
             regex.compile(rf"{LB}{WordTable([(w, True) for w in words], tail=tail).pattern}{WEND}"
                           rf"(?:{S}\p{{L}}+(?:{_APOS}\p{{L}}+)?)?{SO}\Z", regex.IGNORECASE))
            for compound, words in data.per_unit_words.items()
        ),
        speed_before=_words_before(data.speed_words_before, SO, tail=tail),
        speed_after=(
            regex.compile(rf"{SO}{WordTable([(w, True) for w in data.speed_words_after], tail=tail).pattern}{WEND}",
                          regex.IGNORECASE) if data.speed_words_after else None
        ),
        range_lead=_words_before(lead_words, SO),
        between_words=frozenset(normalise(w) for w in data.range_between),
        range_from_endings=tuple(normalise(e) for e in data.range_from_endings),
        range_to_endings=tuple(normalise(e) for e in data.range_to_endings),
        range_from_ending_alone=data.range_from_ending_alone,
        range_until_re=(
            regex.compile(rf"{SO}{alternation(data.range_until)}{WEND}", regex.IGNORECASE) if data.range_until else None
        ),
        restated=(
            regex.compile(
                rf"[\s,(—–-]*{alternation(data.restating_words)}(?:\s+(?P<by>\p{{L}}{{1,3}}))?\s*",
                regex.IGNORECASE,
            )
            if data.restating_words else None
        ),
        range_conjunction=(
            regex.compile(conj, regex.IGNORECASE) if data.range_between and data.number_conjunctions else None
        ),
        change_before=change_before,
        change_after=change_after,
        change_before_re=(
            regex.compile(rf"{LB}{change_before.pattern}{WEND}", regex.IGNORECASE) if change_before else None
        ),
        change_after_endings=change_endings,
        change_after_re=(
            regex.compile(rf"{LB}{change_after.pattern}{WEND}", regex.IGNORECASE) if change_after else None
        ),
        level_before_re=(
            regex.compile(rf"{LB}{level_before.pattern}{WEND}{SO}\Z", regex.IGNORECASE) if level_before else None
        ),
        level_inside_re=(
            regex.compile(rf"{LB}{level_before.pattern}{WEND}", regex.IGNORECASE) if level_before else None
        ),
        level_after_re=(
            regex.compile(rf"{SO}{level_after.pattern}{WEND}", regex.IGNORECASE) if level_after else None
        ),
        level_endings=tuple(normalise(f[1:]) for f in data.level_after if f.startswith("-")),
        before=qualifier_pattern(data.qualifiers_before, before=True),
        after=qualifier_pattern({_after_phrase(p)[1] for p in data.qualifiers_after}, before=False),
        qualifiers_before=_qualifiers(data.qualifiers_before),
        qualifiers_after=_after_rules(data.qualifiers_after),
    )


#: Alternatives in the order a scan's matches most often are, for dispatch.
_FREQUENT = {name: rank for rank, name in enumerate(("amount", "date_yw", "money_pre", "date_dmy", "per_years"))}
_CACHE: dict[str, Grammar] = {}
_LOCK = threading.Lock()


#: The scanner's boundary before a figure (``LB``) at a character that is not a space.
_STARTS = regex.compile(LB + r"(?=\S)")
_ANY_START = regex.compile(LB)


@functools.cache
def _spaces() -> tuple[str, ...]:
    """Every white-space character (the last one is U+3000), found once."""
    return tuple(chr(c) for c in range(0x3000 + 1) if regex.match(r"\s", chr(c)))


def _starts(guard: regex.Pattern[str]) -> regex.Pattern[str]:
    """Where candidates are looked for: every boundary before a non-space, or every boundary at all
    if some alternative could start with a space (none does today; the check keeps the scan exact)."""
    if any(guard.match(c, partial=True) for c in _spaces()):
        return _ANY_START
    return _STARTS


def get_grammar(code: str) -> Grammar:
    """The compiled grammar of a language, built on first use and shared after."""
    grammar = _CACHE.get(code)
    if grammar is None:
        with _LOCK:
            grammar = _CACHE.get(code)
            if grammar is None:
                grammar = build_grammar(language_data(code))
                _CACHE[code] = grammar
    return grammar
