"""extract(): one scan of the text, small handlers per match, qualifiers.

>>> [f.to_dict()["value"] for f in extract("Бұл индустрияда 143 мың адам жұмыс істейді.", lang="kk")]
['143000']
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from typing import TypedDict

import attrs
import regex

from cisfacts.dates import half_or_quarter, ordinal_digit, plausible_year, roman, safe_date
from cisfacts.detect import detect_paragraphs
from cisfacts.facts import (
    Change,
    Date,
    Duration,
    Fact,
    Figure,
    Money,
    Number,
    Percent,
    Period,
    Precision,
    Qualifier,
    Quantity,
    last_day,
)
from cisfacts.grammar import DASH, Grammar, get_grammar
from cisfacts.languages import check_language
from cisfacts.numbers import Segment, clean_decimal, combine, read_digits
from cisfacts.words import WordTable, normalise

_HYPHEN_TAIL = regex.compile(r"[-‐‑]\p{L}+\Z")
_GROUP_HEAD = regex.compile(r"[-−]?[1-9]\d{0,2}")
_QUALIFIED = ("number", "money", "percent", "duration", "quantity")
#: How far before and after a figure its qualifier may stand (characters).
_WINDOW = 48


@attrs.frozen
class _Context:
    text: str
    grammar: Grammar
    lang: str
    reference: datetime.date | None
    bare_years: bool
    region: str | None


Handler = Callable[[_Context, "regex.Match[str]"], Iterator[Fact]]


class _Where(TypedDict):
    start: int
    end: int
    text: str
    lang: str


def _common(ctx: _Context, start: int, end: int) -> _Where:
    return {"start": start, "end": end, "text": ctx.text[start:end], "lang": ctx.lang}


# --- amounts --------------------------------------------------------------------


#: A dash or dots between two ends, for which a minus before the first stands for both.
_SIGN_FOR_BOTH = regex.compile(r"[-‐‑–−]|\.\.\.?|…")
_DOT_DECIMAL = regex.compile(r"[-−–—]?([1-9]\d{0,2}\.\d{3})")
_PLAIN_DOT_DECIMAL = regex.compile(r"(?:0|[1-9]\d{0,2})\.\d{3}")


_Token = tuple[str, Decimal | int, int, int, str]


def _is_scale(token: _Token) -> bool:
    """A scale word, or a number word the builder reads as one (``тысяча``, ``thousand``)."""
    return token[0] == "scale" or (token[0] == "word" and token[1] >= 1000)


def _segments(ctx: _Context, start: int, end: int) -> list[Segment] | None:
    """Read the numbers written in ``text[start:end]``; ``None`` if a part is malformed."""
    g = ctx.grammar
    tokens: list[_Token] = []
    halves = [m.span() for m in g.and_a_half.finditer(ctx.text, start, end)] if g.and_a_half else []
    for tok in g.token.finditer(ctx.text, start, end):
        while halves and halves[0][1] <= tok.start():
            halves.pop(0)
        if halves and halves[0][0] <= tok.start():
            # "три с половиной", "бір жарым": a half added to the whole number before it.
            scaled = bool(tokens) and _is_scale(tokens[-1]) and (
                tokens[-1][0] == "scale" or g.scale.lookup(tokens[-1][4]) is not None)
            if tok.start() == halves[0][0] and tokens and tokens[-1][0] in ("word", "digits") and not scaled:
                kind, whole, first, _, word = tokens[-1]
                if whole == int(whole) and whole < 100:
                    tokens[-1] = (kind, Decimal(whole) + Decimal("0.5"), first, halves[0][1], f"{word}+")
            elif tok.start() == halves[0][0] and scaled:
                # "un milion și jumătate", "two million and a half": half the scale more
                _, size, first, _, word = tokens[-1]
                before = tokens[-2] if len(tokens) >= 2 else None
                if before is not None and before[0] in ("word", "digits") and before[3] <= first:
                    kind, whole, at, to, written = before
                    if whole != int(whole) or whole >= 1000:
                        continue
                    tokens[-2] = (kind, Decimal(whole) + Decimal("0.5"), at, to, f"{written}+")
                else:
                    tokens.insert(len(tokens) - 1, ("digits", Decimal("1.5"), first, first, ""))
                tokens[-1] = ("scale", size, first, halves[0][1], word)
            continue
        digits = tok.group("digits")
        if digits is not None:
            negative = digits[0] in "-−–—"
            # (a sign after another link is a sign: "−5…−7", "от -5 до -7")
            signed = tokens and not ctx.text[tokens[-1][3]:tok.start()].isspace() and tokens[-1][3] < tok.start()
            if negative and not signed and (tok.start() != start or tokens):
                # Only the figure's own leading sign counts; a dash inside is a range.
                negative, digits = False, digits[1:]
                tok_start = tok.start() + 1
            else:
                tok_start = tok.start()
            # (the dash may be glued to the digits: "800 тыс.–3,5 млн")
            # (a smaller scale after a conjunction adds to the amount: "12 милиарда и 300 милиона";
            # the builder splits one that does not go down)
            if tokens and g.range_link.search(ctx.text, tokens[-1][3], tok_start):
                # "1.5 trillion and 2 trillion": the ends of a range are two numbers.
                # (a smaller scale after a conjunction adds to the amount, "12 милиарда и 300 милиона":
                # a soft break, dropped below when the next scale is smaller)
                soft = _is_scale(tokens[-1]) and normalise(ctx.text[tokens[-1][3]:tok_start]) in g.conjunctions
                tokens.append(("soft" if soft else "break", tokens[-1][1], tokens[-1][3], tokens[-1][3], ""))
            value = read_digits(digits.lstrip("-−–—").replace(", ", ","), g.decimal)
            if value is None:
                return None
            tokens.append(("digits", -value if negative else value, tok_start, tok.end(), ""))
            continue
        word = tok.group("word")
        for candidate in (word, word.rstrip(".")):
            number = g.number.lookup(candidate)
            if number is not None:
                # A fractional word (полтора) stands like written digits.
                kind = "word" if number == number.to_integral_value() else "digits"
                tokens.append((kind, number, tok.start(), tok.end(), normalise(candidate)))
                break
            scale = g.scale.lookup(candidate)
            if scale is not None:
                dot = (_DOT_DECIMAL.fullmatch(ctx.text, tokens[-1][2], tokens[-1][3])
                       if tokens and tokens[-1][0] == "digits" and g.decimal == "," else None)
                if dot is not None:
                    # "2.715 მლრდ": before a scale word one dot and three digits are a decimal point,
                    # where decimals take a comma (2 715 billion would be written 2,7 trillion)
                    _, was, at, to, written = tokens[-1]
                    tokens[-1] = ("digits", Decimal(dot[1]).copy_sign(Decimal(was)), at, to, written)
                tokens.append(("scale", scale, tok.start(), tok.end(), normalise(candidate)))
                break
    for i, token in enumerate(tokens):
        if token[0] == "soft":
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if after is None or tokens[i + 1][0] != "digits" or not _is_scale(after) or after[1] >= token[1]:
                tokens[i] = ("break", 0, token[2], token[3], "")
    return combine([t for t in tokens if t[0] != "soft"])


def _amounts(ctx: _Context, m: regex.Match[str]) -> list[tuple[Segment, bool]] | None:
    """The numbers of the ``rng`` group, with ranges sharing the scale of their end.

    Each item is (segment, carries_unit): in a range both ends carry the unit.
    """
    start, end = m.span("rng")
    rng = ctx.text[start:end]
    if rng.isascii() and rng.isdigit():
        # The common case, one number in plain digits: no tokens to read.
        return [(Segment(Decimal(rng), start, end, True, False, ()), True)]
    segments = _segments(ctx, start, end)
    if not segments:
        return None
    minus = ctx.grammar.minus
    signed = minus is not None and minus.match(ctx.text, start, end) is not None
    if signed:
        # "минус 5": the sign word belongs to the first number.
        first = segments[0]
        segments[0] = attrs.evolve(first, value=-first.value, start=start)
    last = segments[-1]
    if len(segments) >= 2 and ctx.grammar.range_link.search(ctx.text, segments[-2].end, last.start):
        first = segments[-2]
        if not first.scaled and last.scaled:
            value = clean_decimal(first.value * last.scale)
            first = attrs.evolve(first, value=value, scaled=True, scale=last.scale)
        if first.value < 0 < last.value and -first.value < last.value and (
                (signed and len(segments) == 2) or _SIGN_FOR_BOTH.fullmatch(ctx.text, first.end, last.start)):
            # "минус 5-10 градусов", "-8-12 degrees", "-9...14°С": the sign stands for both ends
            last = attrs.evolve(last, value=-last.value)
            return [(s, False) for s in segments[:-2]] + [(first, True), (last, True)]
        # "к 2030 до 10%" is a year and a percent, not a range: a range goes up.
        if first.value < last.value:
            return [(s, False) for s in segments[:-2]] + [(first, True), (last, True)]
    return [(s, False) for s in segments[:-1]] + [(last, True)]


def _is_weak(ctx: _Context, seg: Segment) -> bool:
    """A lone weak number word (``one``, ``бір``): no figure alone."""
    return (
        not seg.digits
        and not seg.scaled
        and len(seg.words) == 1
        and ctx.grammar.weak.lookup(seg.words[0]) is not None
    )


def _number_facts(ctx: _Context, seg: Segment) -> Iterator[Fact]:
    if _is_weak(ctx, seg):
        return
    yield Number(**_common(ctx, seg.start, seg.end), value=seg.value)


_BARE_YEAR = regex.compile(r"(?:19|20)\d\d(?:[-‐‑]\p{L}+)?")


_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\S\n]*\Z")
_LOWER_AFTER = regex.compile(r"[^\S\n]+\p{Ll}")


def _as_year(ctx: _Context, fact: Fact) -> Fact:
    """A bare four-digit year with no qualifier is a date, not a number.

    Where numbers are grouped with spaces, a year-like number before a
    lower-case word is a count (``2024 мешка``), and so is one before a
    count link (Romanian ``1987 de locuitori``), unless a preposition of
    time stands before it (``в 2024 ...``, ``în 2024 de``).
    """
    if isinstance(fact, Number) and fact.qualifier is None and _BARE_YEAR.fullmatch(fact.text):
        g = ctx.grammar
        if fact.text.isdigit() and (
            (g.group.isspace() and _LOWER_AFTER.match(ctx.text, fact.end, fact.end + 4))
            or (g.year_count_link is not None and g.year_count_link.match(ctx.text, fact.end, fact.end + 30))
        ):
            before = _WORD_BEFORE.search(ctx.text, max(0, fact.start - 24), fact.start)
            if before is None or normalise(before.group(1)) not in g.time_prepositions:
                return fact
        return _year_date(ctx, fact)
    return fact


def _year_date(ctx: _Context, fact: Fact) -> Date:
    """The year a bare year-like figure (``2024``, ``2024-м``) names, over the same span."""
    return Date(**_common(ctx, fact.start, fact.end), value=datetime.date(int(fact.text[:4]), 1, 1), precision="year")


_SCORE = regex.compile(r"\d{1,2}[-‐‑–—]\d{1,2}")


def _h_number(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    amounts = _amounts(ctx, m)
    if not amounts:
        return
    if len(amounts) == 2 and _SCORE.fullmatch(m["rng"]):
        # "2-1", "3-0": a score or a ratio, not two figures (a range goes up: "2-3", unless a word
        # before it makes it a score: "lost 2-3")
        before = ctx.grammar.score_before
        if not amounts[0][1] or (before is not None and before.search(ctx.text, max(0, m.start() - 30), m.start())):
            return
    short = _group(m, "short")
    if short:
        # "100K", "1.2M": a scale letter glued to the digits.
        factor = Decimal(ctx.grammar.money_scale.lookup(short) or 1)
        amounts = [(attrs.evolve(seg, value=clean_decimal(seg.value * factor)) if carries else seg, carries)
                   for seg, carries in amounts]
    below_zero = ctx.grammar.below_zero
    frost = below_zero.match(ctx.text, amounts[-1][0].end) if below_zero is not None else None
    if frost is not None:
        # "4 градуса мороза", "2-6 degrees below zero": the temperature is below zero, and the words
        # saying so are its own
        amounts = [(attrs.evolve(seg, value=-seg.value) if carries and seg.value > 0 else seg, carries)
                   for seg, carries in amounts]
        amounts[-1] = (attrs.evolve(amounts[-1][0], end=frost.end()), amounts[-1][1])
    elif ctx.grammar.above_zero is not None:
        warmth = ctx.grammar.above_zero.match(ctx.text, amounts[-1][0].end)
        if warmth is not None:
            # "4 градуса выше нуля": the words saying so are the temperature's own
            amounts[-1] = (attrs.evolve(amounts[-1][0], end=warmth.end()), amounts[-1][1])
    # The last number keeps the ending glued to it (``100-ге``) or its scale letter.
    *rest, (last, carries) = amounts
    amounts = [*rest, (attrs.evolve(last, end=max(last.end, m.end("short") if short else m.end("rng"))), carries)]
    facts = [fact for seg, _ in amounts for fact in _number_facts(ctx, seg)]
    if len(amounts) >= 2 and amounts[-2][1] and len(facts) >= 2:
        facts[-2:] = _as_range(ctx, facts[-2], facts[-1])
    yield from facts


def _range_start(ctx: _Context, start: int) -> int:
    """Where a range starts: at its lead word (``от``, ``between``) if one stands just before."""
    lead = ctx.grammar.range_lead
    if lead is not None:
        found = lead.search(ctx.text, max(0, start - 24), start)
        if found is not None:
            return found.start()
    return start


def _as_range(ctx: _Context, first: Fact, last: Fact) -> list[Fact]:
    """The two ends of a range, each linked to the span of the whole expression."""
    if not isinstance(first, Figure) or not isinstance(last, Figure):
        return [first, last]
    span = (_range_start(ctx, first.start), last.end)
    return [attrs.evolve(first, range=span), attrs.evolve(last, range=span)]


def _regrouped(ctx: _Context, seg: Segment) -> Segment:
    """``$10,000`` in a decimal-comma language: after a prefixed sign, three decimals are a group.

    A sum written the English way (sign first, no scale word) is grouped the
    English way too; ``92,415 рубля`` (an exchange rate) keeps its decimals.
    """
    if seg.scaled or not seg.digits:
        return seg
    written = ctx.text[seg.start : seg.end]
    head, sep, tail = written.partition(ctx.grammar.decimal)
    if sep and len(tail) == 3 and tail.isdigit() and _GROUP_HEAD.fullmatch(head):
        return attrs.evolve(seg, value=Decimal(head.replace("−", "-") + tail))
    return seg


def _group(m: regex.Match[str], name: str) -> str | None:
    """A named group's text, or ``None`` where the pattern has no such group (cheaper than ``groupdict``)."""
    return m.group(name) if name in m.re.groupindex else None


_SPACED_DASH = regex.compile(r"[^\S\n]+[-‐‑‒–—−―][^\S\n]+")


def _unit_facts(
    ctx: _Context,
    m: regex.Match[str],
    make: Callable[[_Where, Decimal], Fact],
    weak_alone: bool = False,
    regroup: bool = False,
    factor: Decimal | None = None,
) -> Iterator[Fact]:
    """Facts for a figure with a unit.

    The last number spans to the end of the match (its unit); the first end of
    a range keeps its own span, and the first unit-bearing number starts where
    the match does when nothing precedes it (a currency symbol).
    """
    amounts = _amounts(ctx, m)
    if not amounts:
        return
    short = _group(m, "short")
    if short:
        # "$5m": the glued scale multiplies every unscaled end.
        factor = Decimal(ctx.grammar.money_scale.lookup(short) or 1)
    if factor is not None:
        # ("9.6 bcm": so does a unit with its scale built in)
        amounts = [
            (attrs.evolve(seg, value=clean_decimal(seg.value * factor)) if not seg.scaled else seg, carries)
            for seg, carries in amounts
        ]
    elif regroup:
        amounts = [(_regrouped(ctx, seg) if carries else seg, carries) for seg, carries in amounts]
    carriers = [seg for seg, carries in amounts if carries]
    if weak_alone and len(carriers) == 1 and _is_weak(ctx, carriers[0]):
        # "Bir litr benzinin qiyməti": one litre, but a price per unit is no quantity.
        return
    begin = m.start()
    if len(carriers) == 2 and _is_weak(ctx, carriers[0]) and _SPACED_DASH.fullmatch(
            ctx.text, carriers[0].end, carriers[1].start):
        # "ещё один — 2 года условно": a dash between spaces after a lone "one" is punctuation
        amounts = [(seg, carries) for seg, carries in amounts if seg is not carriers[0]]
        carriers = carriers[1:]
        begin = carriers[0].start
    if (len(amounts) == 2 and amounts[1][1] and amounts[0][0].value == amounts[1][0].value
            and ctx.text[amounts[0][0].end:amounts[1][0].start] == "-"):
        # "3-3 თეთრით", "5-5 рублей": a number written twice is "that many each", one figure
        amounts = amounts[1:]
        carriers = [amounts[0][0]]
    facts: list[Fact] = []
    for index, (seg, carries) in enumerate(amounts):
        if not carries:
            facts += _number_facts(ctx, seg)
            continue
        start = begin if index == 0 else seg.start
        end = m.end() if seg is carriers[-1] else seg.end
        facts.append(make(_common(ctx, start, end), seg.value))
    if len(carriers) == 2:
        facts[-2:] = _as_range(ctx, facts[-2], facts[-1])
    yield from facts


def _currency(ctx: _Context, text: str) -> str | None:
    g = ctx.grammar
    text = _HYPHEN_TAIL.sub("", text.strip())
    code = g.symbols.get(normalise(text))
    if code is None and text.isupper() and len(text) == 3 and text.isascii():
        code = text
    if code is not None:
        # A code or sign says which currency: "RON 3,8874" stays RON in a Moldovan text.
        return code
    code = g.currency.lookup(text)
    if code is not None and ctx.region is not None:
        code = g.regional_currencies.get(ctx.region, {}).get(code, code)
    return code


_HUNDREDTH = Decimal("0.01")


def _h_money(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    code = _currency(ctx, m.group("cur"))
    if code is None:
        return
    second = _group(m, "cur2")
    if second:
        # "USD 387.45 AMD": the price of a dollar, in drams.
        code = _currency(ctx, second) or code
    prefixed = m.start("cur") < m.start("rng")
    # "50 копеек": a hundredth of the currency.
    factor = _HUNDREDTH if ctx.grammar.subunit and ctx.grammar.subunit.lookup(m.group("cur")) else None
    if factor is not None and ctx.grammar.decimal == "," and _PLAIN_DOT_DECIMAL.fullmatch(m.group("rng")):
        # "46.153 თეთრი": before the hundredths one dot and three digits are a decimal point where
        # decimals take a comma (a tariff in tetri to three places; 46,153 tetri would be written in lari)
        where = _common(ctx, m.start(), m.end())
        yield Money(**where, amount=clean_decimal(Decimal(m.group("rng")) * factor), currency=code)
        return
    yield from _unit_facts(ctx, m, lambda c, v: Money(**c, amount=v, currency=code), regroup=prefixed,
                           factor=factor)


def _h_percent(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    yield from _unit_facts(ctx, m, lambda c, v: Percent(**c, value=v))


def _h_amount(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    if m["cur"] is not None:
        return _h_money(ctx, m)
    if m["pct"] is not None:
        return _h_percent(ctx, m)
    if m["unit"] is not None:
        return _h_duration(ctx, m)
    if m["qty"] is not None:
        return _h_quantity(ctx, m)
    return _h_number(ctx, m)


def _h_quantity(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    text = m.group("qty")
    unit = ctx.grammar.quantity.lookup(text) or ctx.grammar.quantity_spaced.lookup(text)
    if unit is None:
        unit = ctx.grammar.quantity.lookup(_HYPHEN_TAIL.sub("", text))
    if unit is None:
        return
    if unit in _LENGTHS and _is_speed(ctx, m):
        # "секундына 15 метр", "15 метров в секунду": a speed, a number as "15 м/с" is.
        yield from _h_number(ctx, m)
        return
    for base, compound, before in ctx.grammar.per_unit:
        # "гектарына 14,6 центнер": a rate, written with its "per" word first.
        if unit == base and before.search(ctx.text, max(0, m.start() - 40), m.start()):
            unit = compound
    factor = ctx.grammar.unit_factors.get(normalise(text)) if ctx.grammar.unit_factors else None
    yield from _unit_facts(ctx, m, lambda c, v: Quantity(**c, value=v, unit=unit), weak_alone=True, factor=factor)


_LENGTHS = frozenset({"m", "km"})


def _is_speed(ctx: _Context, m: regex.Match[str]) -> bool:
    """Whether a speed word stands just before or just after a figure with a length."""
    grammar = ctx.grammar
    start = _range_start(ctx, m.start())
    if grammar.speed_before is not None and grammar.speed_before.search(ctx.text, max(0, start - 30), start):
        return True
    return grammar.speed_after is not None and grammar.speed_after.match(ctx.text, m.end()) is not None


def _h_duration(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    unit = ctx.grammar.duration.lookup(m.group("unit"))
    if unit is None:
        return
    if unit == "month":
        # (None where the language's data names no way to write the year so far)
        so_far = _months_so_far(ctx, m)
        if so_far is not None:
            yield so_far
            return
    each = ctx.grammar.each_before
    if each is not None and each.search(ctx.text, max(0, m.start() - 24), m.start()):
        segments = _segments(ctx, *m.span("rng"))
        if segments is not None and len(segments) == 1 and segments[0].value == 1:
            # "har bir yili uchun" (for each year), "дар як моҳ" (a month): one of each, no length
            return
    for fact in _unit_facts(ctx, m, lambda c, v: Duration(**c, value=v, unit=unit)):
        if isinstance(fact, Duration) and fact.value >= _NO_DURATION:
            # "2,1 млрд. година по-рано" (2.1 billion a year earlier): a scaled number, not a duration
            yield Number(**_common(ctx, fact.start, min(fact.end, m.end("rng"))), value=fact.value)
            continue
        yield _half_after_unit(ctx, fact)


#: Durations this long are scaled numbers before a unit word read otherwise.
_NO_DURATION = Decimal(100000)


def _h_dur_word(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    found = ctx.grammar.whole_duration.lookup(m.group())
    if found is not None:
        yield Duration(**_common(ctx, *m.span()), value=found[0], unit=found[1])


def _half_after_unit(ctx: _Context, fact: Fact) -> Fact:
    """``2 години и половина``, ``два года с половиной``, ``two years and a half``: a half after the unit."""
    after = ctx.grammar.half_after
    if (not isinstance(fact, Duration) or after is None or fact.range is not None
            or fact.value != fact.value.to_integral_value()):
        return fact
    found = after.match(ctx.text, fact.end)
    if found is None:
        return fact
    return attrs.evolve(fact, **_common(ctx, fact.start, found.end()), value=fact.value + Decimal("0.5"))


def _months_so_far(ctx: _Context, m: regex.Match[str]) -> Fact | None:
    """``за 9 месяцев``: January to the ninth month of the latest year in which it has ended."""
    reference = ctx.reference
    pattern = ctx.grammar.months_so_far
    endings = ctx.grammar.months_so_far_endings
    if reference is None:
        return None
    before = pattern is not None and pattern.search(ctx.text, max(0, m.start() - 30), m.start()) is not None
    count_endings = ctx.grammar.months_so_far_count_endings
    count = normalise(m.group("rng"))
    articled = bool(count_endings) and count[-1:].isalpha() and count.endswith(count_endings)
    after = ctx.grammar.months_so_far_after
    followed = after is not None and after.match(ctx.text, m.end()) is not None
    if not (before or articled or followed or (endings and normalise(m.group("unit")).endswith(endings))):
        return None
    blocked = ctx.grammar.months_so_far_blocked
    if not before and blocked is not None and blocked.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "ბოლო 6 თვეში": the last six months
        return None
    segments = _segments(ctx, *m.span("rng"))
    if not segments or len(segments) != 1 or segments[0].value != segments[0].value.to_integral_value():
        return None
    n = int(segments[0].value)
    if not 2 <= n <= 11:
        return None
    lag = (reference.month - 1 - n) % 12
    if lag > (3 if before else 2) and (not before or n < reference.month):
        # "9 айда" and "за 9 месяцев" read in October are this year's nine months; "иштер 6 айда бүттү"
        # (finished in six months), "3 თვეში" and "в июле–августе: за два месяца" are durations: a count
        # of months names the year so far only when those months ended lately (figures come out up to a
        # quarter later); after "за", the last year's too ("за 11 месяцев" in October)
        return None
    first, last = _first_months(reference.year if n < reference.month else reference.year - 1, n)
    return Period(**_common(ctx, *m.span()), first=first, last=last, precision="month")


def _first_months(year: int, n: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of a year's first ``n`` months."""
    return datetime.date(year, 1, 1), last_day(datetime.date(year, n, 1), "month")


# --- dates ----------------------------------------------------------------------


def _y(text: str) -> int:
    """The year of a year group (``2024``, ``2024-м``)."""
    return int(text[:4])


def _year(ctx: _Context, m: regex.Match[str], *names: str) -> int | None:
    """The year a match names (the first of ``names`` written), else its relative year, else the reference's."""
    for name in names:
        if m.group(name):
            return _y(m.group(name))
    if m["rel"] or m["rel2"]:
        return _relative_year(ctx, m)
    return ctx.reference.year if ctx.reference is not None else None


def _sentence_year(ctx: _Context, at: int) -> int | None:
    """The last year written earlier in the sentence around ``at`` ("In 2023, sales fell 4% in the first
    quarter": a quarter with no year of its own is 2023's)."""
    years = list(_WRITTEN_YEAR.finditer(ctx.text, _sentence_start(ctx.text, at, 300), at))
    return int(years[-1].group()) if years else None


def _month(ctx: _Context, text: str) -> int | None:
    month = ctx.grammar.month.lookup(text)
    if month is None and text.endswith("."):
        month = ctx.grammar.month.lookup(text[:-1])
    return month


_DIGITS = regex.compile(r"\d+")


def _day(text: str) -> int:
    return int(_DIGITS.match(text).group())  # type: ignore[union-attr]


def _date(ctx: _Context, m: regex.Match[str], day: datetime.date | None, precision: Precision) -> Iterator[Fact]:
    if day is not None and plausible_year(day.year):
        yield Date(**_common(ctx, *m.span()), value=day, precision=precision)


def _period(
    ctx: _Context, m: regex.Match[str], first: datetime.date | None, last: datetime.date | None, precision: Precision
) -> Iterator[Fact]:
    if first is not None and last is not None and first <= last and plausible_year(first.year):
        # (a month preposition that starts the match stays out of the span: "in January to March")
        start = m.start("m1") if _group(m, "mp") and m.start("mp") == m.start() else m.start()
        yield Period(**_common(ctx, start, m.end()), first=first, last=last, precision=precision)


def _h_date_iso(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    yield from _date(ctx, m, safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "day")


def _h_date_num(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        # "10/10/25": this century's up to 50, the last one's after ("31.10.74")
        y += 2000 if y <= 50 else 1900
    if m["sep"] == "/" and ctx.lang == "en" and a <= 12:
        a, b = b, a
    yield from _date(ctx, m, safe_date(y, b, a), "day")


def _h_date_dm_num(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``Сб, 11.10:``: a day and month in digits, of the reference date's year."""
    if ctx.reference is not None:
        yield from _date(ctx, m, safe_date(ctx.reference.year, int(m["m"]), int(m["d"])), "day")


def _h_date_dmy(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    month, year = _month(ctx, m["m"]), _year(ctx, m, "y", "y2")
    if month is not None and year is not None:
        yield from _date(ctx, m, safe_date(year, month, _day(m["d"])), "day")


def _h_date_ym(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    month = _month(ctx, m["m"])
    if month is not None:
        yield from _date(ctx, m, safe_date(_y(m["y"]), month), "month")


def _h_date_yw(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    yield from _date(ctx, m, safe_date(_y(m["y"]), 1), "year")


def _relative_blocked(ctx: _Context, m: regex.Match[str]) -> bool:
    """Whether a word just before a relative date makes it none ("every year")."""
    blockers = ctx.grammar.relative_blockers
    return blockers is not None and blockers.search(ctx.text, max(0, m.start() - _WINDOW), m.start()) is not None


def _h_date_rel(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    if _relative_blocked(ctx, m):
        return
    year = _years_from(ctx, m.group(), m.start())
    if year is not None:
        yield from _date(ctx, m, safe_date(year, 1), "year")


def _h_date_rel_month(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``в прошлом месяце``, ``last month``: the month before the reference date's."""
    if _relative_blocked(ctx, m):
        return
    month = _relative_month(ctx, m.group())
    if month is not None:
        yield from _date(ctx, m, safe_date(*month), "month")


def _h_per_rel_quarter(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``в прошлом квартале``, ``last quarter``: the quarter before the reference date's."""
    yield from _relative_part(ctx, m, ctx.grammar.relative_quarter, half=False)


def _h_per_rel_half(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``в прошлом полугодии``: the half year before the reference date's."""
    yield from _relative_part(ctx, m, ctx.grammar.relative_half, half=True)


def _relative_part(ctx: _Context, m: regex.Match[str], table: WordTable[int], half: bool) -> Iterator[Fact]:
    """The period of the quarter or half year a relative phrase names, counted from the reference date's."""
    offset = table.lookup(m.group())
    if offset is None or ctx.reference is None or _relative_blocked(ctx, m):
        return
    parts = 2 if half else 4
    index = ctx.reference.year * parts + (ctx.reference.month - 1) // (12 // parts) + offset
    span = half_or_quarter(index // parts, index % parts + 1, half=half)
    if span is not None:
        yield from _period(ctx, m, span[0], span[1], "month")


def _h_date_rmd(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``gələn ayın 15-dək``, ``15 числа следующего месяца``: a day of the month before or after
    the reference date's."""
    month = _relative_month(ctx, m["rmo"])
    if month is not None:
        yield from _date(ctx, m, safe_date(*month, _day(m["d"])), "day")


def _relative_month(ctx: _Context, words: str) -> tuple[int, int] | None:
    """The year and month a relative month (``прошлом месяце``) names, from the reference date's."""
    offset = ctx.grammar.relative_month.lookup(words)
    if offset is None or ctx.reference is None:
        return None
    index = ctx.reference.year * 12 + ctx.reference.month - 1 + offset
    return index // 12, index % 12 + 1


def _h_date_mon(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    month = _month(ctx, m["m"])
    if month is None or ctx.reference is None or ctx.grammar.never_alone_months.lookup(m["m"]) is not None:
        return
    if m["m"][:1].isupper() and ctx.grammar.name_like_months.lookup(m["m"]) is not None:
        # (a town after its preposition: bg "кмет на Септември")
        return
    s, e = m.span("m")
    yield Date(**_common(ctx, s, e), value=datetime.date(ctx.reference.year, month, 1), precision="month")
    if _group(m, "more"):
        # "в июле и августе": the months listed after it.
        # (written in the case of the first: "in July and may change" lists no May)
        capital = m["m"][0].isupper()
        for word in _FIRST_WORD.finditer(ctx.text, *m.span("more")):
            month = _month(ctx, word.group())
            if month is not None and word.group()[0].isupper() != capital:
                break
            if month is not None and ctx.grammar.never_alone_months.lookup(word.group()) is None:
                yield Date(**_common(ctx, *word.span()), value=datetime.date(ctx.reference.year, month, 1),
                           precision="month")


def _h_date_monsuf(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    # A lone inflected month; some, capitalised, are more often a name (Қазанда, in Kazan).
    word = m["m"]
    if word[:1].islower() or ctx.grammar.name_like_months.lookup(word) is None:
        yield from _h_date_mon(ctx, m)


def _relative_year(ctx: _Context, m: regex.Match[str]) -> int | None:
    return _years_from(ctx, m["rel"] or m["rel2"], m.start("rel") if m["rel"] else m.start("rel2"))


def _years_from(ctx: _Context, rel: str, at: int) -> int | None:
    """The year a relative year ``rel`` written at ``at`` names."""
    offset = ctx.grammar.relative.lookup(rel)
    if offset is None:
        return None
    if ctx.grammar.same_year and ctx.grammar.same_year.lookup(rel) is not None:
        # "работы начались в 2021 году и завершились в ноябре того же года": 2021
        years = list(_WRITTEN_YEAR.finditer(ctx.text, max(0, at - _SAME_YEAR_WINDOW), at))
        return int(years[-1].group()) if years else None
    if ctx.grammar.anaphoric and ctx.grammar.anaphoric.lookup(rel) is not None:
        # "In 2024, spending fell 17% from the previous year": the year before 2024
        written = _sentence_year(ctx, at)
        if written is not None:
            return written + offset
    if ctx.reference is None:
        return None
    return ctx.reference.year + offset


#: How far back "that same year" looks for the year it repeats.
_SAME_YEAR_WINDOW = 400
_WRITTEN_YEAR = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)")


def _h_date_dm_rel(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    year, month = _relative_year(ctx, m), _month(ctx, m["m"] or m["m2"])
    if year is not None and month is not None:
        yield from _date(ctx, m, safe_date(year, month, _day(m["d"])), "day")


def _h_date_mon_rel(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    year, month = _relative_year(ctx, m), _month(ctx, m["m"] or m["m2"])
    if year is not None and month is not None:
        yield from _date(ctx, m, safe_date(year, month), "month")


def _h_per_months_rel(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    year, m1, m2 = _relative_year(ctx, m), _month(ctx, m["m1"]), _month(ctx, m["m2"])
    if year is not None and m1 is not None and m2 is not None and m1 < m2:
        last = last_day(datetime.date(year, m2, 1), "month")
        yield from _period(ctx, m, datetime.date(year, m1, 1), last, "month")


def _h_per_years(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    y1, y2 = _y(m["y1"]), int(m["y2"][:4])
    if y2 < 100:
        # "2023-24", "2025/26": the century of the first year.
        y2 += y1 - y1 % 100
    if y1 < y2 <= y1 + 100:
        yield from _period(ctx, m, datetime.date(y1, 1, 1), datetime.date(y2, 12, 31), "year")


def _ordinal(ctx: _Context, text: str) -> int | None:
    return roman(text) or ordinal_digit(text) or ctx.grammar.ordinal.lookup(text)


def _h_per_decade(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    first = _y(m["y"])
    first += 1900 if first < 100 else 0
    yield from _period(ctx, m, datetime.date(first, 1, 1), datetime.date(first + 9, 12, 31), "year")


def _h_per_dq(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    n = _ordinal(ctx, m["ord"])
    year = _year(ctx, m, "y")
    if not m["y"] and not m["rel"] and not m["rel2"]:
        year = _sentence_year(ctx, m.start()) or year
    if n is None or year is None:
        return
    g = ctx.grammar
    if (m["half"] is not None and m.end("half") == m.end() and g.generic_half.lookup(m["half"]) is not None
            and ctx.text[m.end("ord"):m.start("half")].isspace()):
        # "в первой половине матча": a half of anything, a half year only before a year word
        # or after one ("წლის პირველ ნახევარში", the year's first half)
        # (written as one word it qualifies a report: "first-half profit")
        after = g.year_word_next is not None and g.year_word_next.match(ctx.text, m.end()) is not None
        before = m["y"] or _group(m, "rel") or (
            g.year_word_before is not None
            and g.year_word_before.search(ctx.text, max(0, m.start() - 30), m.start()) is not None)
        if not after and not before:
            return
    if (m["half"] is not None and m.start("half") == m.start() and not m["y"] and not m["rel2"]
            and g.generic_half.lookup(m["half"]) is not None):
        # "нимаи аввали бозӣ" (the first half of the match): the half word first, a half year only with its year
        return
    if not m["y"] and not m["rel"] and (word := _WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())):
        # "Қазанның екінші жартысында": a half of that month, not of the year
        if _month(ctx, word.group(1)) is not None:
            return
    span = half_or_quarter(year, n, half=m["half"] is not None)
    if span is not None and _group(m, "ord0"):
        # "I-III кварталы 2024 года": from the first quarter named to the last
        first = _ordinal(ctx, m["ord0"])
        start = half_or_quarter(year, first, half=m["half"] is not None) if first is not None and first < n else None
        span = (start[0], span[1]) if start is not None else None
    if span is not None:
        yield from _period(ctx, m, span[0], span[1], "month")


_WORD_BEFORE = regex.compile(r"(\p{L}+)[^\S\n]+\Z")


def _h_per_q(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    if m["y"]:
        year = _y(m["y"])
    elif _group(m, "rel"):
        found = _relative_year(ctx, m)
        if found is None:
            return
        year = found
    elif _group(m, "yy"):
        year = 2000 + int(m["yy"])
    elif (written := _sentence_year(ctx, m.start())) is not None:
        year = written
    elif ctx.reference is not None:
        year = ctx.reference.year
    else:
        return
    if m["mn"]:
        yield from _period(ctx, m, *_first_months(year, int(m["mn"])), "month")
        return
    n = int(m["n"] or m["n2"])
    span = half_or_quarter(year, n, half=(m["hq"] or m["hq2"]) in ctx.grammar.half_letters)
    if span is not None:
        yield from _period(ctx, m, span[0], span[1], "month")


def _h_per_qq(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``Q1-Q3 2025``: from the first quarter's first month to the last one's last."""
    year = _y(m["y"]) if m["y"] else (ctx.reference.year if ctx.reference is not None else None)
    first, last = int(m["n"]), int(m["n3"])
    if year is None or first >= last:
        return
    start, end = half_or_quarter(year, first, half=False), half_or_quarter(year, last, half=False)
    if start is not None and end is not None:
        yield from _period(ctx, m, start[0], end[1], "month")


def _h_per_months(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    m1, m2, year = _month(ctx, m["m1"]), _month(ctx, m["m2"]), _year(ctx, m, "y", "y1")
    if m1 is None or m2 is None or year is None or m1 == m2:
        return
    if m1 > m2:
        # "в декабре–марте", "în lunile decembrie-martie": across a new year, with no year written the
        # winter the reference date is in or comes before
        reference = ctx.reference
        if reference is None or m["y"] or m["y1"] or m["rel"] or m["rel2"]:
            return
        first_year = reference.year - 1 if reference.month <= m2 else reference.year
        last = last_day(datetime.date(first_year + 1, m2, 1), "month")
        yield from _period(ctx, m, datetime.date(first_year, m1, 1), last, "month")
        return
    first = datetime.date(year, m1, 1)
    yield from _period(ctx, m, first, last_day(datetime.date(year, m2, 1), "month"), "month")


def _h_per_days(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    month, year = _month(ctx, m["m"]), _year(ctx, m, "y", "y1")
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    if month is None or year is None or d1 >= d2:
        return
    yield from _period(ctx, m, safe_date(year, month, d1), safe_date(year, month, d2), "day")


def _h_per_span(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """A range written with words: days, months or years, each end's missing parts from the other."""
    year = _year(ctx, m, "y", "y1")
    first_year = _y(m["y1"]) if m["y1"] else year
    if year is None or first_year is None:
        return
    if m["m"] is None and m["m1"] is not None and m["d2"] is not None:
        # "from October 13 to 16": the second day in the first one's month
        month = _month(ctx, m["m1"])
        first = safe_date(first_year, month, _day(m["d1"])) if month is not None else None
        last = safe_date(year, month, _day(m["d2"])) if month is not None else None
        if first is not None and last is not None and first < last:
            yield from _period(ctx, m, first, last, "day")
        return
    if m["m"] is None:
        if first_year < year <= first_year + 100:
            yield from _period(ctx, m, datetime.date(first_year, 1, 1), datetime.date(year, 12, 31), "year")
        return
    month = _month(ctx, m["m"])
    first_month = _month(ctx, m["m1"]) if m["m1"] else month
    if month is None or first_month is None:
        return
    if m["d2"] is None:
        first = safe_date(first_year, first_month)
        last = safe_date(year, month)
        if first is not None and last is not None and first >= last:
            first, last = _across_new_year(ctx, m, first, last)
        if first is not None and last is not None and first < last:
            yield from _period(ctx, m, first, last_day(last, "month"), "month")
        return
    first = safe_date(first_year, first_month, _day(m["d1"]))
    last = safe_date(year, month, _day(m["d2"]))
    if first is not None and last is not None and first >= last:
        written = first, last
        first, last = _across_new_year(ctx, m, first, last)
        if (first is not None and last is not None and (last - first).days > 183 and m["m1"] and m["d1"]
                and not (m["y1"] or m["rel"] or m["rel2"])
                and _DASH_GAP.fullmatch(ctx.text, max(m.end("m1"), m.end("d1")), min(m.start("d2"), m.start("m")))):
            # "сыграет с Ираном 14 ноября — 9 октября": a headline's date, a dash and the stamp's date (no
            # range runs back most of a year)
            yield Date(**_common(ctx, m.start(), max(m.end("m1"), m.end("d1"))), value=written[0], precision="day")
            yield Date(**_common(ctx, min(m.start("d2"), m.start("m")), m.end()), value=written[1], precision="day")
            return
    if first is not None and last is not None and first < last:
        yield from _period(ctx, m, first, last, "day")


def _across_new_year(
    ctx: _Context, m: regex.Match[str], first: datetime.date, last: datetime.date
) -> tuple[datetime.date | None, datetime.date | None]:
    """A range whose first end falls later in the year than its last crosses New Year.

    With a year written after the last end, the first end is in the year before
    ("с 15 октября по 15 апреля 2026 года"); with one after the first end only,
    the last end is in the year after ("from November 2025 to March"); with no year written, the pair of
    years nearest the reference date ("с 28 декабря по 5 января" read on 10
    January is the holiday just over).
    """
    if (first.month, first.day) <= (last.month, last.day) or (m["y1"] and m["y"]):
        return first, last
    year = last.year
    if m["y1"]:
        return first, safe_date(first.year + 1, last.month, last.day)
    if m["y"] or m["rel"] or m["rel2"] or ctx.reference is None:
        return safe_date(year - 1, first.month, first.day), last
    reference = ctx.reference
    candidates = []
    for first_year in (year - 1, year):
        a = safe_date(first_year, first.month, first.day)
        b = safe_date(first_year + 1, last.month, last.day)
        if a is not None and b is not None:
            distance = 0 if a <= reference <= b else min(abs((a - reference).days), abs((b - reference).days))
            candidates.append((distance, a, b))
    if not candidates:
        return None, None
    _, a, b = min(candidates, key=lambda c: c[0])
    return a, b


def _h_per_months_n(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    if ctx.grammar.duration.lookup(m["unit"]) != "month":
        return
    if m["first"] is not None and ctx.grammar.ordinal.lookup(m["first"]) != 1:
        return
    segments = _segments(ctx, *m.span("n"))
    if not segments or len(segments) != 1:
        return
    n = segments[0].value
    # (a "this year" word names no year: the reference's)
    year_or_none = _year(ctx, m, "y")
    if year_or_none is not None and n == n.to_integral_value() and 2 <= n <= 12:
        yield from _period(ctx, m, *_first_months(year_or_none, int(n)), "month")


def _h_per_quarters_n(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    """``за три квартала 2025 года``: the first quarters of a year, as months."""
    segments = _segments(ctx, *m.span("n"))
    year = _year(ctx, m, "y")
    if not segments or len(segments) != 1 or year is None:
        return
    n = segments[0].value
    if n == n.to_integral_value() and 2 <= n <= 4:
        yield from _period(ctx, m, *_first_months(year, int(n) * 3), "month")


def _h_reject(ctx: _Context, m: regex.Match[str]) -> Iterator[Fact]:
    return iter(())


_HANDLERS: dict[str, Handler] = {
    "per_qq": _h_per_qq,
    "date_rel_month": _h_date_rel_month,
    "per_rel_quarter": _h_per_rel_quarter,
    "per_rel_half": _h_per_rel_half,
    "dur_word": _h_dur_word,
    "amount": _h_amount,
    "money_pre": _h_money,
    "date_iso": _h_date_iso,
    "date_num": _h_date_num,
    "date_dm_num": _h_date_dm_num,
    "date_ydm": _h_date_dmy,
    "date_dmy": _h_date_dmy,
    "date_mdy": _h_date_dmy,
    "date_ym": _h_date_ym,
    "date_my": _h_date_ym,
    "date_yw": _h_date_yw,
    "date_rel": _h_date_rel,
    "date_mon": _h_date_mon,
    "date_monsuf": _h_date_monsuf,
    "per_years": _h_per_years,
    "per_ydq": _h_per_dq,
    "per_dq": _h_per_dq,
    "per_q": _h_per_q,
    "per_months": _h_per_months,
    "per_days": _h_per_days,
    "per_span": _h_per_span,
    "per_decade": _h_per_decade,
    "date_mon_rel": _h_date_mon_rel,
    "date_dm_rel": _h_date_dm_rel,
    "date_rmd": _h_date_rmd,
    "date_ymd": _h_date_dmy,
    "per_months_rel": _h_per_months_rel,
    "per_months_n": _h_per_months_n,
    "per_quarters_n": _h_per_quarters_n,
}


# --- qualifiers -----------------------------------------------------------------


def _by_ending(fact: Fact, rules: tuple[tuple[str, Qualifier], ...]) -> Qualifier | None:
    """The qualifier of the first rule whose ending the figure's text ends with."""
    figure = normalise(fact.text)
    return next((rule for ending, rule in rules if figure.endswith(ending)), None)


def _qualify(ctx: _Context, fact: Fact) -> Fact:
    g = ctx.grammar
    if fact.kind not in _QUALIFIED:
        return fact
    if g.after is not None:
        # Bounded: regex's match() looks through the whole rest of the text otherwise.
        after = g.after.match(ctx.text, fact.end, fact.end + _WINDOW)
        if after is not None:
            qualifier = _by_ending(fact, g.qualifiers_after.get(normalise(after.group()), ()))
            if qualifier is not None:
                return attrs.evolve(fact, qualifier=qualifier)
    glued = g.qualifiers_after.get("")
    if glued:
        # An ending alone makes the qualifier: Kazakh "500-дей" (about 500).
        qualifier = _by_ending(fact, tuple(rule for rule in glued if rule[0]))
        if qualifier is not None:
            return attrs.evolve(fact, qualifier=qualifier)
    if g.before is not None:
        before = g.before.search(ctx.text, max(0, fact.start - _WINDOW), fact.start)
        if before is not None:
            qualifier = g.qualifiers_before.get(normalise(before.group()))
            if qualifier:
                return attrs.evolve(fact, qualifier=qualifier)
    return fact


# --- ranges and changes ------------------------------------------------------------

_NUMERIC = (Number, Percent, Money, Quantity)
_RANGED = (*_NUMERIC, Duration)
_LETTER = regex.compile(r"\p{L}")
#: What may stand between a figure and the word that reports its change: no
#: sentence end, no comma or semicolon clause break.
_CLAUSE_BREAK = regex.compile(r"[;:!?\n։؛]|[.,](?=\s)|\s[-–—]\s")
#: How far a change word may stand from its figure (characters).
_CHANGE_WINDOW = 64


def _same_unit(a: Fact, b: Fact) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return a.unit == b.unit
    if isinstance(a, Duration) and isinstance(b, Duration):
        return a.unit == b.unit
    return True


def _value(fact: Fact) -> Decimal:
    if isinstance(fact, Money):
        return fact.amount
    value: Decimal = getattr(fact, "value")  # noqa: B009 (Number, Percent, Quantity)
    return value


def _link_ranges(ctx: _Context, facts: list[Fact]) -> None:
    """Link two figures with their own units written as a range: ``5%–7%``, ``от $2 до $3 млрд``."""
    g, link = ctx.grammar, ctx.grammar.range_link
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        gap = ctx.text[a.end:b.start].strip()
        # A number before a figure with a unit: the unit written once for both ends.
        if (type(a) is Number and isinstance(b, (Money, Quantity, Percent, Duration))
                and a.range is None and b.range is None):
            if a.value < _value(b) and _ends_by_endings(ctx, a, b, gap):
                # "550 мыңнан 600 мың теңгеге дейін": the first end takes the unit of the second (and its
                # scale: "20-дан 30 мың тоннаға дейін"); "490-დან 525 ლარამდე გაიზრდება" is a path.
                first = _with_unit_of(ctx, _with_scale_of(ctx, a, b), b)
                if _change_after(ctx, b):
                    facts[i] = first
                else:
                    facts[i], facts[i + 1] = _as_range(ctx, first, b)
                continue
            close = b.start - a.end <= 8
            path_gap = g.path_link is not None and g.path_link.fullmatch(gap) is not None
            if (a.value > _value(b) or (a.value < _value(b) and path_gap and close)) and (
                # "կնվազի 10 000-ից 7 500 դրամ": down from one level to another, marked by endings
                (not _scales(ctx, b) and _ends_by_endings(ctx, a, b, gap))
                # "с 60 млн до 10 млн рублей", "с 1,2 млн до 950 тыс. сумов", "с 30 до 15 дней": marked by
                # words (a path, not a range; not "с 30 до 15 млн"); up too with a word that only ends a path
                # ("crește de la 2.778 la 2.950 de lei")
                or (close
                    and (link.fullmatch(gap) or path_gap)
                    and g.range_lead is not None
                    and g.range_lead.search(ctx.text, max(0, a.start - 16), a.start)
                    and (bool(_scales(ctx, a)) or not _scales(ctx, b)))
            ):
                facts[i] = _with_unit_of(ctx, a, b)
                continue
        # "60 сомдон 45ке чейин түштү": the unit written on the first end only, marked by endings, is the
        # second's too (a path here; a range where the second is the greater and no change word follows)
        if (type(b) is Number and isinstance(a, (Money, Quantity, Percent, Duration)) and a.range is None
                and b.range is None and _scales(ctx, a) == _scales(ctx, b) and _ends_by_endings(ctx, a, b, gap)):
            second = _with_unit_of(ctx, b, a)
            if _value(a) < b.value and not _change_after(ctx, b):
                facts[i], facts[i + 1] = _as_range(ctx, a, second)
            else:
                facts[i + 1] = second
            continue
        if (
            isinstance(a, _RANGED)
            and isinstance(b, _RANGED)
            and a.range is None
            and b.range is None
            and _same_unit(a, b)
            and _value(a) < _value(b)
            and b.start - a.end <= 8
            and (link.fullmatch(gap) or _ranged_by_endings(ctx, a, b, gap))
            and (g.range_conjunction is None
                 or not g.range_conjunction.fullmatch(gap)
                 or _between(ctx, _range_start(ctx, a.start), a.start))
            and not _is_path(ctx, a.start, gap)
        ):
            facts[i], facts[i + 1] = _as_range(ctx, a, b)


_DASH_GAP = regex.compile(rf"\s*{DASH}\s*")


def _share_range_qualifiers(ctx: _Context, facts: list[Fact]) -> None:
    """``около 3,5–4 млн тонн``, ``3,5–4 mln tonna atrofida``: a qualifier before or after a dash
    range belongs to both its ends (``от 3 до 5`` words are no qualifier of the whole)."""
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        if not isinstance(a, Figure) or not isinstance(b, Figure) or a.range is None or a.range != b.range:
            continue
        if (a.qualifier is None) == (b.qualifier is None) or not _DASH_GAP.fullmatch(ctx.text, a.end, b.start):
            continue
        if a.qualifier is None:
            facts[i] = attrs.evolve(a, qualifier=b.qualifier)
        else:
            facts[i + 1] = attrs.evolve(b, qualifier=a.qualifier)


_A_WORD = regex.compile(r"\p{L}+")
_SENTENCE_END = regex.compile(r"[.!?;։。]\s|\n")


#: A sentence's end before a capital (an abbreviation's dot is none: "През 2024 г. разходите са …").
#: (an Armenian sentence may end in an ASCII colon typed for "։": "աճել են 2%-ով: Նախորդ տարվա")
_SENTENCE_BREAK = regex.compile(r"[!?;։。]\s|\n|\.\s+(?=[\p{Lu}«\x22“(])|:\s+(?=\p{Lu}(?<=\p{Armenian}))")


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where the sentence around ``at`` starts, looking back at most ``reach`` characters."""
    # (up to the character at ``at``, so that the capital a sentence opens with is seen)
    ends = list(_SENTENCE_BREAK.finditer(text, max(0, at - reach), min(len(text), at + 1)))
    return ends[-1].end() if ends else max(0, at - reach)


def _scales(ctx: _Context, fact: Fact) -> list[int]:
    """The values of the scale words written in a figure (``24,4 млрд`` -> ``[10**9]``)."""
    out = []
    for tok in ctx.grammar.token.finditer(fact.text):
        word = tok.group("word")
        if word is not None and (value := _scale_of(ctx, word)) is not None:
            out.append(value)
    return out


def _scale_of(ctx: _Context, word: str) -> int | None:
    """The value of a scale word, written with or without its abbreviation's dot."""
    return ctx.grammar.scale.lookup(word) or ctx.grammar.scale.lookup(word.rstrip("."))


#: One lower-case word right after a figure, before a comma (its counted noun).
#: (not in Georgian, whose every letter is lower case: it would take verbs too)
_NOUN_AFTER = regex.compile(r"[^\S\n]+(?!\p{Georgian})(?-i:\p{Ll})\p{L}*(?=[^\S\n]*,)")


def _unlisted_words(ctx: _Context, start: int, end: int) -> int:
    """How many words stand in ``text[start:end]``, list conjunctions (``и``, ``ва``) aside."""
    return sum(normalise(w) not in ctx.grammar.list_words for w in _A_WORD.findall(ctx.text, start, end))


def _parallel_label(ctx: _Context, a: Fact, b: Fact) -> bool:
    """Whether the words between ``a`` and ``b`` repeat a word of the label before ``a``:
    ``в Ахалском велаяте 155 тыс., в Марыйском велаяте 204 тыс. тонн``."""
    def stems(start: int, end: int) -> set[str]:
        return {normalise(w)[:5] for w in _A_WORD.findall(ctx.text, start, end) if len(w) >= 4}

    between = stems(a.end, b.start)
    if not between:
        return False
    return not between.isdisjoint(stems(_sentence_start(ctx.text, a.start, 48), a.start))


#: A short bracketed aside with a figure in it, after a figure: a change or a share
#: (``(+35.2%)``, ``(-3 %)``, ``(12% of the total)``).
_ASIDE = regex.compile(r"[^\S\n]*\((?=[^()\n]{0,30}\d)[^()\n]{1,30}\)")


def _after_aside(ctx: _Context, at: int) -> int:
    """Where the text goes on after a bracketed aside at ``at`` (``at`` itself if there is none)."""
    aside = _ASIDE.match(ctx.text, at)
    return at if aside is None else aside.end()


def _currency_after_aside(ctx: _Context, facts: list[Fact]) -> None:
    """``120,5 მლნ (+35.2%) დოლარით``, ``2,3 млрд (+12 %) АҚШ доллари``: a number whose currency
    follows a bracketed change or share is money; so is one whose currency follows a word that
    qualifies it (``1 миллиардқа жуық теңге``, ``40 миллионго жакын сом``: about a billion tenge)."""
    qualifier = ctx.grammar.after
    for i, fact in enumerate(facts):
        if type(fact) is not Number or fact.unit is not None:
            continue
        after = _after_aside(ctx, fact.end)
        if after == fact.end and fact.qualifier is not None and qualifier is not None:
            word = qualifier.match(ctx.text, fact.end)
            after = fact.end if word is None else word.end()
        if after == fact.end:
            continue
        found = ctx.grammar.currency_next.match(ctx.text, after)
        code = None if found is None else _currency(ctx, found.group("cur"))
        if code is None:
            continue
        facts[i] = Money(**_common(ctx, fact.start, fact.end), qualifier=fact.qualifier, range=fact.range,
                         amount=fact.value, currency=code)


def _share_list_units(ctx: _Context, facts: list[Fact]) -> None:
    """``в 2023 году — 24,4 млрд, в 2024 году — 26,9 млрд долларов``, ``экспорт 1,4 млрд, импорт
    1,7 млрд долларов``: in a list of figures (by date, or a number that a comma or conjunction
    ends), a scaled number takes the unit of the next figure with the same scale word."""
    # (from the last: in "1,6 mlrd, 1,1 mlrd we 0,9 mlrd kWt·sagat" each takes it from the next)
    for i in range(len(facts) - 1, -1, -1):
        a = facts[i]
        if type(a) is not Number or a.range is not None:
            continue
        dated = False
        # (a bracketed change may stand between: "2,3 млрд (+12 %), 3,4 млрд (+8 %) долларов")
        aside_end = _after_aside(ctx, a.end)
        listed = ctx.grammar.share_link.match(ctx.text, aside_end) is not None
        for j in range(i + 1, len(facts)):
            b = facts[j]
            if b.start < aside_end:
                continue
            if b.start - a.end > 48 or _SENTENCE_END.search(ctx.text, a.end, b.start):
                break
            if isinstance(b, (Date, Period)):
                dated = True
                continue
            # (one word between, besides a conjunction: "экспорт 1,4 млрд, импорт 1,7 млрд долларов",
            # but not "24,4 млн, а бюджет 26,9 млн долларов")
            # (or up to three when they repeat the label before it: "в Ахалском велаяте 155 тыс.,
            # в Марыйском велаяте 204 тыс. тонн")
            words = _unlisted_words(ctx, a.end, b.start) if listed else 0
            close = listed and (words <= 1 or (words <= 3 and _parallel_label(ctx, a, b)))
            if (dated or close) and isinstance(b, (Money, Quantity, Percent)):
                scales = _scales(ctx, a)
                if scales and scales[-1] in _scales(ctx, b):
                    facts[i] = _with_unit_of(ctx, a, b)
            break
    # The unit written on the first of two: "экспорт 22,3 млрд долларов, импорт — 24,8 млрд",
    # "7,4 млрд рублей, из них 2,1 млрд".
    for i in range(1, len(facts)):
        a, b = facts[i - 1], facts[i]
        if type(b) is not Number or b.range is not None or not isinstance(a, (Money, Quantity, Percent)):
            continue
        if b.start - a.end > 48 or _SENTENCE_END.search(ctx.text, a.end, b.start):
            continue
        link_at = a.end
        link = ctx.grammar.list_link.match(ctx.text, a.end)
        if link is None:
            # (the counted noun may stand between: "9,7 млрд рублей господдержки, из них 1,3 млрд")
            noun = _NOUN_AFTER.match(ctx.text, a.end)
            link = None if noun is None else ctx.grammar.list_link.match(ctx.text, noun.end())
            if link is None:
                continue
            link_at = link.start()
        # (a noun may follow "of which": "56 млн тонн, из них пшеницы — около 22 млн")
        part = None if ctx.grammar.of_which is None else ctx.grammar.of_which.match(ctx.text, link.end())
        if part is not None:
            link_at = part.end()
        scales = _scales(ctx, b)
        # (its qualifier counts as no word: "из которых около 9,5 млрд")
        word_end = b.start
        if b.qualifier is not None and ctx.grammar.before is not None:
            qualifier = ctx.grammar.before.search(ctx.text, max(link_at, b.start - 40), b.start)
            if qualifier is not None:
                word_end = qualifier.start()
        if _unlisted_words(ctx, link_at, word_end) <= 2 and scales and scales[-1:] == _scales(ctx, a)[-1:]:
            facts[i] = _with_unit_of(ctx, b, a)
    # A bare number compared with the figure before it takes its unit: "44 рубля вместо 38",
    # "2,5 млрд лв. срещу 2,1 млрд".
    if ctx.grammar.instead is not None:
        for i in range(1, len(facts)):
            a, b = facts[i - 1], facts[i]
            if (type(b) is Number and b.range is None and isinstance(a, (Money, Quantity, Percent))
                    and ctx.grammar.instead.fullmatch(ctx.text, a.end, b.start) is not None
                    and _scales(ctx, b)[-1:] == _scales(ctx, a)[-1:]):
                facts[i] = _with_unit_of(ctx, b, a)
    # Plain numbers listed right before a figure share its unit: "to 7 and 8 years", "5, 6 и 7%".
    for i in range(len(facts) - 2, -1, -1):
        a, b = facts[i], facts[i + 1]
        if type(a) is not Number or a.range is not None or not isinstance(b, (Money, Quantity, Percent, Duration)):
            continue
        if not _AMOUNT_DIGITS.fullmatch(a.text) or _scales(ctx, b):
            continue
        if not ctx.grammar.list_link.fullmatch(ctx.text, a.end, b.start):
            continue
        facts[i] = _with_unit_of(ctx, a, b)


_DAY_FIRST = regex.compile(r"\d{1,2}(?!\d)")
#: (with its case ending after a hyphen: "dekabrın 3-də")
_DAY_LAST = regex.compile(r"(?<!\d)(\d{1,2})(?:[-‐‑]\p{L}{1,5})?\Z")
#: A day listed after a date with its own case ending: "4-də" in "dekabrın 3-də və 4-də".
_LISTED_DAY = regex.compile(r"(\d{1,2})(?:[-‐‑]\p{L}{1,5})?")


def _list_day(ctx: _Context, fact: Fact, date: Date, before: bool) -> tuple[Date, bool] | None:
    """Bare number ``fact`` as a day of ``date``'s month, if it is one in a list of days joined to it,
    and whether a conjunction (not only a comma) joins them."""
    if type(fact) is not Number or fact.range is not None or fact.qualifier is not None or fact.change:
        return None
    listed = _LISTED_DAY.fullmatch(fact.text)
    # (an ending only after a date with one: "dekabrın 3-də və 4-də")
    if listed is None or (not fact.text.isdigit() and (before or date.text[-1:].isdigit())):
        return None
    gap = ctx.text[fact.end:date.start] if before else ctx.text[date.end:fact.start]
    if not ctx.grammar.list_link.fullmatch(gap):
        return None
    day = int(listed.group(1))
    # Days in a list go up: "15, 16 и 17 октября", "November 5 and 6".
    if (day >= date.value.day) if before else (day <= date.value.day):
        return None
    try:
        value = date.value.replace(day=day)
    except ValueError:
        return None
    return Date(**_common(ctx, fact.start, fact.end), value=value, precision="day"), gap.strip(" ,\t") != ""


#: A day with its ending or a hanging hyphen, and what joins it to the next: "11-nji we ", "11- va ".
_SUFFIXED_DAY = regex.compile(r"(?<![\d.,\p{L}-])(\d{1,2})(?:[-‐‑](\p{L}{0,4}))?(?=\D*\Z)")
_DAY_WITH_ENDING = regex.compile(r"\d{1,2}[-‐‑]")
_DAY_ENDING = regex.compile(r"\d{1,2}[-‐‑](\p{L}+)")


def _list_suffixed_days(ctx: _Context, facts: list[Fact]) -> None:
    """``11-nji we 12-nji oktýabrda``, ``11- va 12-oktabrda``: a day with an ending (or a hyphen hanging
    for the next one's), joined to a day of a month written with its ending, is a day of that month."""
    added: list[Fact] = []
    taken = [(f.start, f.end) for f in facts]
    for date in facts:
        if type(date) is not Date or date.precision != "day" or not _DAY_WITH_ENDING.match(date.text):
            continue
        # (the listed day's ending starts as this day's does: "10-njy, 11-nji we 12-nji"; a hyphen hangs
        # where this day's is the month's: "11- va 12-oktabrda"; not "5-sinf va 12-oktabrda")
        own = _DAY_ENDING.match(date.text)
        ending = own.group(1) if own is not None and ctx.grammar.month.lookup(own.group(1)) is None else ""
        at, last = date.start, date.value.day
        while (found := _SUFFIXED_DAY.search(ctx.text, max(0, at - 24), at)) is not None:
            if found.group(2) is None or not ctx.grammar.list_link.fullmatch(ctx.text, found.end(), at):
                break
            if found.group(2)[:1] != ending[:1]:
                break
            start = found.start()
            # (a hanging hyphen stays out of the span: "11- va 12-oktabrda")
            end = found.end() if found.group(2) else found.end(1)
            day = int(found.group(1))
            if day >= last or any(a < found.end() and start < b for a, b in taken):
                break
            added.append(Date(**_common(ctx, start, end), value=date.value.replace(day=day), precision="day"))
            at, last = start, day
    if added:
        facts[:] = sorted([*facts, *added], key=lambda f: (f.start, f.end))


def _list_days(ctx: _Context, facts: list[Fact]) -> None:
    """``5 и 6 ноября``, ``15, 16 і 17 кастрычніка``, ``November 5 and 6``: bare numbers listed with a
    date of a day, joined by commas and a conjunction, are days of its month."""
    for i, date in enumerate(facts):
        if type(date) is not Date or date.precision != "day":
            continue
        first = _DAY_FIRST.match(date.text)
        before = first is not None and int(first.group()) == date.value.day
        last = None if before else _DAY_LAST.search(date.text)
        if not before and (last is None or int(last.group(1)) != date.value.day):
            continue
        step = -1 if before else 1
        days: list[tuple[int, Date]] = []
        joined = False
        j, end = i + step, date
        while 0 <= j < len(facts) and (found := _list_day(ctx, facts[j], end, before)) is not None:
            end, conjunction = found
            days.append((j, end))
            joined = joined or conjunction
            j += step
        if joined:
            for j, day in days:
                facts[j] = day


def _up_to_at(ctx: _Context, fact: Fact) -> int | None:
    """Where the "up to" mark of ``fact`` starts: its word before (``до``), else the figure itself when a
    word after it (``дейін``) or its ending (``-gacha``) marks it; ``None`` when nothing does."""
    g, text = ctx.grammar, ctx.text
    word = g.up_to_before.search(text, max(0, fact.start - 24), fact.start) if g.up_to_before else None
    if word is not None:
        return word.start()
    if (g.up_to_after is not None and g.up_to_after.match(text, fact.end, fact.end + 24)) or (
            g.up_to_endings and normalise(fact.text).endswith(g.up_to_endings)):
        return fact.start
    return None


def _up_to(ctx: _Context, facts: list[Fact]) -> None:
    """``штраф до 500 тысяч рублей``: a figure right after an "up to" word is at most that, unless a
    change word before it in the clause makes it a level (``выросла до 5%``) or a figure just before
    makes it the end of a path (``с 60 до 10 рублей``)."""
    g, text = ctx.grammar, ctx.text
    if g.up_to_before is None and g.up_to_after is None and not g.up_to_endings:
        return
    for i, fact in enumerate(facts):
        if not isinstance(fact, Figure) or fact.qualifier is not None or fact.range is not None:
            continue
        at = _up_to_at(ctx, fact)
        if at is None:
            continue
        floor = facts[i - 1].end if i else 0
        # (a figure of another kind is no path's start: "3 yilga 50 mln soʻmgacha", "22 foizda 50 mln soʻmgacha")
        if (i and isinstance(facts[i - 1], Figure) and type(facts[i - 1]) in (type(fact), Number)
                and not _LETTER.search(text, floor, at)):
            continue
        # (the whole sentence: "вырастет от 2 до 3 млн тонн, к 2030 до 10%" is a level)
        begin = _sentence_start(text, at, 400)
        if g.change_before_re is not None and g.change_before_re.search(text, begin, at):
            continue
        if g.up_to_blockers is not None and g.up_to_blockers.search(text, max(begin, at - 32), at):
            # "засудили до 5 років": a sentence, not a bound
            continue
        stop = _clause_after(ctx, fact.end, facts[i + 1].start if i + 1 < len(facts) else len(text))
        if g.change_after_re is not None and g.change_after_re.search(text, fact.end, stop):
            continue
        facts[i] = attrs.evolve(fact, qualifier="at_most")


_FOUR_DIGITS = regex.compile(r"\d{4}")


_SHORT_WORD_END = regex.compile(r"\p{L}{1,3}\s*\Z")


def _no_year_written(ctx: _Context, date: Date) -> bool:
    """Whether a date took its year from the reference date: no year, nor a relative one, written."""
    if ctx.reference is None or date.value.year != ctx.reference.year or _FOUR_DIGITS.search(date.text):
        return False
    return not any(ctx.grammar.relative.lookup(tok.group()) is not None for tok in _FIRST_WORD.finditer(date.text))


def _list_years(ctx: _Context, facts: list[Fact]) -> None:
    """``с 1 января и с 1 июня 2026 года``: a date with no year listed before one with a year takes it;
    ``2024 және 2025 жылдары``: a year-like count listed before a year is a year."""
    for i in range(len(facts) - 1, 0, -1):
        a, b = facts[i - 1], facts[i]
        if (type(a) is Number and type(b) is Date and b.precision == "year" and a.qualifier is None
                and a.range is None and _BARE_YEAR.fullmatch(a.text) and a.text.isdigit()
                and ctx.grammar.list_link.fullmatch(ctx.text, a.end, b.start)):
            facts[i - 1] = _year_date(ctx, a)
    # "2022 and 2023 years", "2022 и 2023 години": a span of some two thousand years listed after a year
    # is a year
    for i in range(1, len(facts)):
        a, b = facts[i - 1], facts[i]
        if (type(a) is Date and a.precision == "year" and type(b) is Duration and b.unit == "year"
                and b.qualifier is None and b.range is None and _BARE_YEAR.fullmatch(b.text[:4])
                and not b.text[4:5].isdigit() and ctx.grammar.list_link.fullmatch(ctx.text, a.end, b.start)):
            facts[i] = _year_date(ctx, b)
    # "солҳои 2019 ва 2022", "the years 2019 and 2022": a year word written before a year covers a
    # year-like number listed after it
    for i in range(1, len(facts)):
        a, b = facts[i - 1], facts[i]
        if (type(a) is Date and a.precision == "year" and type(b) is Number and len(a.text) > 4
                and a.text[-4:].isdigit() and not a.text[-5].isdigit() and b.qualifier is None and b.range is None
                and _BARE_YEAR.fullmatch(b.text) and b.text.isdigit()
                and ctx.grammar.list_link.fullmatch(ctx.text, a.end, b.start)):
            facts[i] = _year_date(ctx, b)
    carried: set[int] = set()
    for i in range(len(facts) - 1, 0, -1):
        a, b = facts[i - 1], facts[i]
        if type(a) is not Date or type(b) is not Date or a.precision not in ("day", "month"):
            continue
        if not (i in carried or _FOUR_DIGITS.search(b.text)) or not _no_year_written(ctx, a):
            continue
        gap = ctx.text[a.end:b.start]
        # (maybe with a preposition of the second date: "и с 1 июня")
        short = _SHORT_WORD_END.search(gap)
        link = ctx.grammar.list_link
        stripped = gap[:short.start()] if short is not None and short.start() > 0 else None
        if not (link.fullmatch(gap) or (stripped is not None and link.fullmatch(stripped))):
            continue
        value = safe_date(b.value.year, a.value.month, a.value.day)
        if value is not None and value <= b.value:
            facts[i - 1] = attrs.evolve(a, value=value)
            carried.add(i - 1)


def _deadlines_ahead(ctx: _Context, facts: list[Fact]) -> None:
    """``до 15 января`` written in October: a deadline with no year written is the next one, not
    the one already past."""
    g, reference = ctx.grammar, ctx.reference
    if reference is None or (g.up_to_before is None and g.up_to_after is None and not g.up_to_endings
                             and g.deadline_before is None):
        return
    for i, fact in enumerate(facts):
        if not isinstance(fact, Date) or fact.precision not in ("day", "month") or fact.value.year != reference.year:
            continue
        # (passed more than four months ago: "1 қыркүйекке дейін … тапсырылды" in October is this year's)
        if fact.precision == "day":
            passed = (reference - fact.value).days > 122
        else:
            passed = fact.value.month < reference.month - 4
        if not passed or not _no_year_written(ctx, fact):
            continue
        # (a deadline word only before a day: "к августу" also compares with August)
        deadline = fact.precision == "day" and g.deadline_before is not None and g.deadline_before.search(
            ctx.text, max(0, fact.start - 12), fact.start) is not None
        if not deadline and _up_to_at(ctx, fact) is None:
            continue
        ahead = safe_date(reference.year + 1, fact.value.month, fact.value.day)
        if ahead is not None:
            facts[i] = attrs.evolve(fact, value=ahead)


_FIRST_WORD = regex.compile(r"\p{L}+\.?")


#: A rate as a box writes it: a code or sign, then digits only ("USD 539.12", "€ 627,40").
_RATE = regex.compile(r"[^\d\s-−]+\s*[-−]?\d(?:[\d.,\s\u00a0\u202f]*\d)?")
#: What stands between the items of a rate box: spaces, bars, bullets, arrows, other rates' digits.
_RATE_GAP = regex.compile(r"[^\p{L},;]*")
_AMOUNT_DIGITS = regex.compile(r"[-−]?\d(?:[\d.,\s\u00a0\u202f]*\d)?")


_EQUALS = regex.compile(r"[^\S\n]*=")
_CODE_FIRST = regex.compile(r"[A-Z]{3}\s*\d")
_BOX_BEFORE = regex.compile(r"(?:\A|[\n|•▲▼])[^\S\n]*\Z")
_BOX_AFTER = regex.compile(r"[^\S\n]*(?:\Z|[\n|•▲▼])")


def _boxed(ctx: _Context, money: Money) -> bool:
    """``|  USD 538,12  |  Астана +9°C``: one rate, a code and digits alone between the bars of a page's widget."""
    if _CODE_FIRST.match(money.text) is None:
        return False
    before = _BOX_BEFORE.search(ctx.text, max(0, money.start - 8), money.start)
    after = _BOX_AFTER.match(ctx.text, money.end)
    # (a bar on one side at least: "EUR 20" alone on a line is an amount)
    return before is not None and after is not None and bool(set(before.group() + after.group()) & set("|•▲▼"))


def _rate_boxes(ctx: _Context, facts: list[Fact]) -> None:
    """``USD 539.12   EUR 627.40   RUB 6.65``: a rate box lists prices of currencies in the local
    one, not amounts of them; each rate is a number (its digits)."""
    i = 0
    while i < len(facts):
        j = i
        while j + 1 < len(facts) and _RATE_GAP.fullmatch(ctx.text, facts[j].end, facts[j + 1].start):
            j += 1
        # (not the left side of a quote: "$1 = 2.7 ₾ | €1 = 3.1 ₾")
        run = [(k, f) for k, f in enumerate(facts[i:j + 1], i)
               if isinstance(f, Money) and _RATE.fullmatch(f.text) and not _EQUALS.match(ctx.text, f.end)]
        if len({money.currency for _, money in run}) >= 2 or (len(run) == 1 and _boxed(ctx, run[0][1])):
            for k, money in run:
                digits = _AMOUNT_DIGITS.search(money.text)
                if digits is not None:
                    where = _common(ctx, money.start + digits.start(), money.start + digits.end())
                    facts[k] = Number(**where, value=money.amount)
        i = j + 1


def _join_cents(ctx: _Context, facts: list[Fact]) -> None:
    """``20 долларов 43 цента``, ``5 рублей 50 копеек``, ``15 лв и 50 ст``: an amount of money and the
    hundredths just after it are one amount."""
    g = ctx.grammar
    if g.cents_after is None:
        return
    i = 0
    while i < len(facts):
        money = facts[i]
        i += 1
        if (not isinstance(money, Money) or money.amount <= 0 or money.amount != money.amount.to_integral_value()
                or (money.range is not None and money.range[1] != money.end)):
            continue
        found = g.cents_after.match(ctx.text, money.end, min(len(ctx.text), money.end + 40))
        if found is None:
            continue
        cents = g.cents.lookup(found.group("word"))
        # (the hundredths of a currency the region reads as another: Moldovan "7 lei și 45 de bani")
        if cents is not None and ctx.region is not None:
            cents = g.regional_currencies.get(ctx.region, {}).get(cents, cents)
        if cents not in ("*", money.currency):
            continue
        if any(scale >= 1_000_000 for scale in _scales(ctx, money)):
            # ("2 млрд теңге, 50 тиын": hundredths go with an exact amount, not a rounded one)
            continue
        end = found.end()
        amount = money.amount + Decimal(found.group("n")) * _HUNDREDTH
        if money.range is not None:
            # ("от 5 до 7 рублей 50 копеек": the range ends with the hundredths)
            _respan_range(facts, money.range, (money.range[0], end))
        facts[i - 1] = attrs.evolve(money, end=end, text=ctx.text[money.start:end], amount=amount,
                                    range=None if money.range is None else (money.range[0], end))
        # the hundredths were read on their own (a number, or money in the currency's hundredth)
        orphaned: set[tuple[int, int]] = set()
        while i < len(facts) and facts[i].start < end:
            gone = facts[i]
            if isinstance(gone, Figure) and gone.range is not None:
                orphaned.add(gone.range)
            del facts[i]
        # ("с 212 руб. 40 коп. до 237 руб.": the hundredths had been read as a range's first end)
        for span in orphaned:
            _respan_range(facts, span, None)


def _respan_range(facts: list[Fact], span: tuple[int, int], new: tuple[int, int] | None) -> None:
    """Give every fact of the range ``span`` the range ``new`` (``None``: no range)."""
    for k, fact in enumerate(facts):
        if isinstance(fact, Figure) and fact.range == span:
            facts[k] = attrs.evolve(fact, range=new)


def _scale_fractions(ctx: _Context, facts: list[Fact]) -> None:
    """``half a million``, ``a quarter of a billion dollars``: a fraction before a bare scale word
    scales the figure."""
    before = ctx.grammar.fraction_before
    if before is None:
        return
    index = -1
    while (index := index + 1) < len(facts):
        fact = facts[index]
        if not isinstance(fact, (Number, Money, Quantity)) or (first := _FIRST_WORD.match(fact.text)) is None:
            continue
        if _scale_of(ctx, first.group()) is None:
            continue
        found = before.search(ctx.text, max(0, fact.start - 30), fact.start)
        if found is None:
            continue
        share = ctx.grammar.fraction.lookup(found.group("f"))
        if share is None:
            continue
        where = _common(ctx, found.start(), fact.end)
        if isinstance(fact, Money):
            scaled: Fact = attrs.evolve(fact, **where, amount=clean_decimal(fact.amount * share))
        else:
            scaled = attrs.evolve(fact, **where, value=clean_decimal(fact.value * share))
        facts[index] = scaled if scaled.qualifier is not None else _qualify(ctx, scaled)
        # ("three quarters billion": "three" was read on its own)
        gone = [k for k in range(index) if facts[k].end > found.start()]
        for k in reversed(gone):
            del facts[k]
        index -= len(gone)


_TABLE_CELL_END = regex.compile(r"[^\S\n]*\|")


#: A time of day or a date in digits: what marks a byline.
_BYLINE_MARK = regex.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?!\d)")


#: What may stand on a counter's line around it: a bullet before, nothing after.
_BULLETS = regex.compile(r"[^\S\n]*(?:[•·|][^\S\n]*)?")
_LINE_END = regex.compile(r"[^\S\n]*(?:\r?\n|\Z)")


def _line_end(text: str, at: int) -> int:
    """Where the line that ``at`` is on ends (before its newline, or at the end of the text)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _drop_counters(ctx: _Context, facts: list[Fact]) -> None:
    """``10.10.2025, 09:40 | 1,8 тис. переглядів``: a count before a counter's word, on a line with a
    time of day (a byline), is page chrome."""
    after, before = ctx.grammar.counter_after, ctx.grammar.counter_before
    if after is None or before is None:
        return
    kept = []
    for fact in facts:
        if type(fact) is Number and fact.range is None:
            line_start = ctx.text.rfind("\n", 0, fact.start) + 1
            # (or the counter's word before it: "17:42 | Views 1,318")
            word = after.match(ctx.text, fact.end)
            counted = word is not None or before.search(
                ctx.text, max(line_start, fact.start - 30), fact.start) is not None
            # (the time may come after the count, or a date stand for it: "5 пікір 12:00", "12.03.2024 // 250
            # gezek okaldy")
            if counted and _BYLINE_MARK.search(ctx.text, line_start, _line_end(ctx.text, fact.end)) is not None:
                continue
            # (or a count and its counter's word alone on a line: "Главное\n7 комментариев\nПолитика")
            if word is not None and _BULLETS.fullmatch(ctx.text, line_start, fact.start) and _LINE_END.match(
                    ctx.text, word.end()):
                continue
        kept.append(fact)
    facts[:] = kept


#: "Երևան, Սարյան 22 |": a city, a name and a house number alone in a cell of a page's footer.
#: (a capital, or a letter of a script with no case: "თბილისი, კოსტავას 68 |"; a postcode may follow the
#: city: "Երևան 0002, Իսահակյան 28")
_FOOTER_ADDRESS = regex.compile(
    r"(?:\A|[|•·\n])[^\S\n]*(?:\p{Lu}|\p{Script=Georgian})[\p{L}\-]+(?:[^\S\n]+\d{4,6})?,[^\S\n]*"
    r"(?:(?:\p{Lu}|\p{Script=Georgian})[\p{L}.\-]*[^\S\n]+){1,3}\Z"
)
#: (or a phone's label after a comma: "Սայաթ-Նովա 37, հեռ. (010) 56-39-55")
_CELL_END = regex.compile(r"[^\S\n]*(?:[|•·\n]|\Z|,[^\S\n]*[\p{L}.]{1,8}[^\S\n]*[(+\d])")
_FOOTER_LINE = regex.compile(r"\+\d|©|@")


def _drop_footer_addresses(ctx: _Context, facts: list[Fact]) -> None:
    """``Banks.am | Երևան, Սարյան 22 | Հեռ.՝ +374 10 54 11 22``: a house number after a city and a
    street's name, alone in a cell of a line with a phone number, © or an e-mail address, is no figure."""
    kept = []
    for fact in facts:
        if type(fact) is Number and fact.range is None and _AMOUNT_DIGITS.fullmatch(fact.text) and len(fact.text) <= 4:
            line_start = ctx.text.rfind("\n", 0, fact.start) + 1
            line_end = _line_end(ctx.text, fact.end)
            if (_CELL_END.match(ctx.text, fact.end) is not None
                    and _FOOTER_ADDRESS.search(ctx.text, max(line_start - 1, 0), fact.start) is not None
                    and _FOOTER_LINE.search(ctx.text, line_start, line_end) is not None):
                continue
        kept.append(fact)
    facts[:] = kept


def _drop_vague(ctx: _Context, facts: list[Fact]) -> None:
    """``несколько миллионов рублей``, ``ондаған мың адам``: a bare scale word after a word of an
    unknown count is no figure; nor is one alone in brackets, a table's unit (``(млн тонн)``)."""
    vague = ctx.grammar.vague_before
    kept = []
    for fact in facts:
        if isinstance(fact, (Number, Money, Quantity)) and (first := _FIRST_WORD.match(fact.text)) is not None:
            word = first.group()
            scale = _scale_of(ctx, word) or ctx.grammar.number.lookup(word) in (10, 100)
            header = (ctx.text[fact.start - 1:fact.start] == "(" and ctx.text[fact.end:fact.end + 1] == ")") or (
                # a table's column header: "Area threshed, thousand ha | Gross harvest, thousand tonnes |"
                _TABLE_CELL_END.match(ctx.text, fact.end) is not None
            )
            vague_before = vague is not None and vague.search(ctx.text, max(0, fact.start - 40), fact.start)
            if scale and (header or vague_before):
                continue
        kept.append(fact)
    facts[:] = kept


_SLASHED = regex.compile(r"[^\s/]*/\S*")
_LINK = regex.compile(r"(?i:https?://|www\.)|[\p{L}\d-]\.\p{L}{2,6}/")


def _drop_in_links(ctx: _Context, facts: list[Fact]) -> None:
    """No fact inside a web address (``pravo.by/document/?guid=12551``)."""
    if "/" not in ctx.text:
        return
    links = [(m.start(), m.end()) for m in _SLASHED.finditer(ctx.text) if _LINK.search(m.group())]
    if not links:
        return
    kept = []
    k = 0
    for fact in facts:
        # (both sorted: one pass)
        while k < len(links) and links[k][1] <= fact.start:
            k += 1
        if k < len(links) and links[k][0] <= fact.start:
            continue
        kept.append(fact)
    facts[:] = kept


#: The last word of a figure's text (its unit word).
_LAST_WORD = regex.compile(r"\p{L}+\.?\Z")


def _with_unit_of(ctx: _Context, a: Number, b: Fact) -> Fact:
    """Number ``a`` as a figure of ``b``'s kind and unit."""
    where = _common(ctx, a.start, a.end)
    if isinstance(b, Money):
        # (in hundredths when ``b`` is: "8-დან 30 თეთრამდე" is 0.08 to 0.30 lari)
        word = _LAST_WORD.search(b.text)
        hundredths = word is not None and ctx.grammar.subunit and ctx.grammar.subunit.lookup(word.group()) is not None
        amount = clean_decimal(a.value * _HUNDREDTH) if hundredths else a.value
        return Money(**where, qualifier=a.qualifier, amount=amount, currency=b.currency)
    if isinstance(b, Quantity):
        return Quantity(**where, qualifier=a.qualifier, value=a.value, unit=b.unit)
    if isinstance(b, Percent):
        return Percent(**where, qualifier=a.qualifier, value=a.value)
    if isinstance(b, Duration):
        return Duration(**where, qualifier=a.qualifier, value=a.value, unit=b.unit)
    return a


def _ranged_by_endings(ctx: _Context, a: Fact, b: Fact, gap: str) -> bool:
    """``1,5 трлн теңгеден 2 трлн теңгеге дейін``, ``5 foizdan 7 foizgacha``: the ends of a range
    marked by case endings (and a closing word), with nothing between them."""
    return _ends_by_endings(ctx, a, b, gap) and not _change_after(ctx, b)


def _change_after(ctx: _Context, b: Fact) -> bool:
    """Whether a change word follows ``b`` in its clause: "610 мың тоннадан 750 мың тоннаға дейін өсті"
    grew from one level to another (a path, not a range)."""
    g = ctx.grammar
    stop = _clause_after(ctx, b.end, len(ctx.text))
    return g.change_after_re is not None and g.change_after_re.search(ctx.text, b.end, stop) is not None


def _ends_by_endings(ctx: _Context, a: Fact, b: Fact, gap: str) -> bool:
    """Whether case endings (and a closing word) mark ``a`` and ``b`` as from and to."""
    g = ctx.grammar
    if gap or not g.range_from_endings or not normalise(a.text).endswith(g.range_from_endings):
        return False
    second = normalise(b.text)
    closed = (g.range_to_endings and second.endswith(g.range_to_endings)) or (
        # ("7-ից 12 տարի": a bare number with a "from" ending, then the figure with the unit)
        g.range_from_ending_alone and type(a) is Number and type(b) is not Number
    )
    return closed or not (g.range_until_re is None or g.range_until_re.match(ctx.text, b.end, b.end + 24) is None)


def _with_scale_of(ctx: _Context, a: Number, b: Fact) -> Number:
    """``20-დან 30 ათას ტონამდე``: a first end written without a scale word takes the second's."""
    scales = _scales(ctx, b)
    if not scales or _scales(ctx, a) or a.value * scales[-1] >= _value(b):
        # (a range goes up: "900-ден 1,2 млн" keeps 900)
        return a
    return attrs.evolve(a, value=clean_decimal(a.value * scales[-1]))


def _is_path(ctx: _Context, start: int, gap: str) -> bool:
    """``from 12% to 16%``, ``с 12% до 16%``: two figures with their own units after a level
    word ("from") are where something went from and to, not a range (a dash always is one)."""
    g = ctx.grammar
    if not _LETTER.search(gap) or g.level_before_re is None:
        return False
    lead = _range_start(ctx, start)
    if lead == start or _between(ctx, lead, start):
        return False
    return g.level_before_re.search(ctx.text, lead, start) is not None


def _between(ctx: _Context, lead: int, start: int) -> bool:
    """Whether the lead word of a range (``text[lead:start]``) is a ``between`` word ("between 3% and 7%")."""
    return normalise(ctx.text[lead:start]) in ctx.grammar.between_words


def _clause_before(ctx: _Context, start: int, floor: int) -> int:
    """Where the clause holding ``start`` begins, looking back no further than ``floor``."""
    begin = max(floor, start - _CHANGE_WINDOW)
    last = begin
    for found in _CLAUSE_BREAK.finditer(ctx.text, begin, start):
        last = found.end()
    return last


def _clause_after(ctx: _Context, end: int, ceiling: int) -> int:
    stop = min(ceiling, end + _CHANGE_WINDOW)
    found = _CLAUSE_BREAK.search(ctx.text, end, stop)
    return found.start() if found is not None else stop


def _change(
    ctx: _Context,
    start: int,
    end: int,
    floor: int,
    ceiling: int,
    inner: tuple[int, int] | None = None,
    qualified: bool = False,
) -> Change | None:
    """The change the words around ``text[start:end]`` report, or ``None`` for a level."""
    g, text = ctx.grammar, ctx.text
    figure = normalise(text[start:end])
    if any(figure.endswith(ending) for ending in g.level_endings):
        return None
    begin = _clause_before(ctx, start, floor)
    words = list(g.change_before_re.finditer(text, begin, start)) if g.change_before_re is not None else []
    before = words[-1] if words else None
    if before is not None and not text[before.end():start].strip():
        # A change noun just before the figure ("ზრდამ 11,5% შეადგინა", growth amounted to) wins.
        return g.change_before.lookup(before.group())
    if g.level_before_re is not None and g.level_before_re.search(text, begin, start):
        return None
    if inner is not None and g.level_inside_re is not None and g.level_inside_re.search(text, *inner):
        # "с 100 до 110 млрд": a range between two levels is where it went from and to.
        return None
    stop = _clause_after(ctx, end, ceiling)
    if g.level_after_re is not None and g.level_after_re.match(text, end, stop):
        return None
    if before is not None:
        return g.change_before.lookup(before.group())
    if g.change_after_re is not None:
        # A comparative that made the figure's qualifier ("10 faizdən çoxdur", more than) is
        # no change word; a verb after it still is ("3 faizdən çox artıb").
        begin_after = end
        if qualified and g.after is not None:
            phrase = g.after.match(text, end, stop)
            if phrase is not None:
                begin_after = phrase.end()
        after = g.change_after_re.search(text, begin_after, stop)
        if after is not None:
            endings = g.change_after_endings.get(normalise(after.group()))
            if endings is None or any(figure.endswith(ending) for ending in endings):
                return g.change_after.lookup(after.group())
    return None


def _unlink_paths(ctx: _Context, facts: list[Fact]) -> None:
    """``вырос с 100 до 110 млрд``, ``rose by 5% to 7%``: after a change word, two ends joined by a
    word are where the figure went from and to (or by how much and where), not a range."""
    g = ctx.grammar
    if g.change_before_re is None:
        return
    floor = 0
    i = 0
    while i < len(facts) - 1:
        a, b = facts[i], facts[i + 1]
        if isinstance(a, Figure) and isinstance(b, Figure) and a.range is not None and a.range == b.range:
            start = a.range[0]
            linked_by_word = _LETTER.search(ctx.text, a.end, b.start) is not None
            if linked_by_word and not _between(ctx, start, a.start):
                begin = _clause_before(ctx, start, floor)
                if g.change_before_re.search(ctx.text, begin, start):
                    facts[i], facts[i + 1] = attrs.evolve(a, range=None), attrs.evolve(b, range=None)
            i += 2
            floor = b.end
            continue
        if isinstance(a, _NUMERIC):
            floor = a.end
        i += 1


def _mark_changes(ctx: _Context, facts: list[Fact]) -> None:
    """Set ``change`` on the figures a verb or preposition around them reports as a change."""
    g = ctx.grammar
    if g.change_before_re is None and g.change_after_re is None:
        return
    numeric = [i for i, f in enumerate(facts) if isinstance(f, _NUMERIC)]
    for n, i in enumerate(numeric):
        fact = facts[i]
        assert isinstance(fact, Figure)
        start, end = fact.range if fact.range is not None else (fact.start, fact.end)
        # A change word does not reach past another figure.
        floor = facts[numeric[n - 1]].end if n else 0
        ceiling = facts[numeric[n + 1]].start if n + 1 < len(numeric) else len(ctx.text)
        if fact.range is not None:
            floor = max((facts[j].end for j in numeric[:n] if facts[j].end <= start), default=0)
            ceiling = min((facts[j].start for j in numeric[n + 1:] if facts[j].start >= end), default=len(ctx.text))
        inner = (start, end) if fact.range is not None else None
        change = _change(ctx, start, end, floor, ceiling, inner, qualified=fact.qualifier is not None)
        if change is not None:
            facts[i] = attrs.evolve(fact, change=change)
    _share_restated(ctx, facts, numeric)


def _share_restated(ctx: _Context, facts: list[Fact], numeric: list[int]) -> None:
    """``снизился на 18 тыс. т, или на 6,5%``: a figure restated in other terms shares its change."""
    restated = ctx.grammar.restated
    if restated is None:
        return
    for a, b in itertools.pairwise(numeric):
        first, second = facts[a], facts[b]
        assert isinstance(first, Figure) and isinstance(second, Figure)
        if (first.change is None) == (second.change is None):
            continue
        if first.range is not None and first.range == second.range:
            continue
        found = restated.fullmatch(ctx.text, first.end, second.start)
        if found is None:
            continue
        if first.change is not None:
            facts[b] = attrs.evolve(second, change=first.change)
        elif found.group("by") is None:
            # "18 мың тоннаға, яғни 6,5%-ға азайды"; but in "2,5 млн тон, або на 4% менш" the
            # second figure has its own "by": it alone is the change.
            facts[a] = attrs.evolve(first, change=second.change)


# --- entry point ------------------------------------------------------------------


def _region(grammar: Grammar, text: str) -> str | None:
    """The region a text's own words place it in (``Chișinău`` -> ``MD``), if any: the first of the data
    file's regions named, unless a later one is named at least twice more often."""
    found, most = None, 0
    for region, cues in grammar.region_cues.items():
        count = sum(1 for _ in cues.finditer(text))
        if count and (found is None or count >= most + 2):
            found, most = region, count
    return found


_DOTS = regex.compile(r"[^\S\n]*(?:\.\.\.?|…)[^\S\n]*")


def _sign_for_both(ctx: _Context, facts: list[Fact]) -> None:
    """``-9...14°С``, ``від 7° до 12° морозу``: a range of temperatures whose sign is written once.

    A minus before the first of two ends joined by dots stands for both; so does a frost word after
    the last end of a range.
    """
    frost = ctx.grammar.below_zero
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        if type(a) is not Number or type(b) is not Number:
            continue
        if (a.range is None and b.range is None and a.value < 0 < b.value and -a.value < b.value
                and a.text[:1] in "-−–—" and _DOTS.fullmatch(ctx.text, a.end, b.start)):
            facts[i], facts[i + 1] = _as_range(ctx, a, attrs.evolve(b, value=-b.value))
        elif b.value < 0 < a.value and frost is not None and frost.search(b.text):
            if a.range is not None and a.range == b.range:
                facts[i] = attrs.evolve(a, value=-a.value)
            elif (a.range is None and b.range is None and a.value < -b.value
                  and ctx.grammar.range_link.fullmatch(ctx.text[a.end:b.start].strip(" °\u00a0"))):
                facts[i], facts[i + 1] = _as_range(ctx, attrs.evolve(a, value=-a.value), b)


def _drop_inside(facts: list[Fact]) -> None:
    """A fact inside the span of the one before it is part of it ("5 градусов ниже нуля": no zero)."""
    kept: list[Fact] = []
    for fact in facts:
        if kept and kept[-1].start <= fact.start and fact.end <= kept[-1].end:
            continue
        kept.append(fact)
    facts[:] = kept


def _matches(grammar: Grammar, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``grammar.scanner.finditer(text, start, end)`` finds, found faster.

    Every alternative of the scanner starts with its boundary and a lookahead for its first
    characters, so the scanner is tried only where the boundary holds and one of those lookaheads
    passes (one word in ten or so); trying it at every position costs far more in the ``regex``
    engine than the matches themselves.
    """
    guard = grammar.guard.match
    match = grammar.scanner.match
    resume = start
    for at in grammar.starts.finditer(text, start, end):
        p = at.start()
        if p < resume or guard(text, p, end) is None:
            continue
        m = match(text, p, end)
        if m is not None:
            yield m
            resume = m.end() if m.end() > p else p + 1


def scan(
    text: str,
    lang: str,
    reference_date: datetime.date | None = None,
    *,
    bare_years: bool = True,
    region: str | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[Fact]:
    """Every fact in ``text[start:end]`` for a known language (no argument checks)."""
    grammar = get_grammar(lang)
    if region is None and grammar.region_cues:
        region = _region(grammar, text)
    ctx = _Context(text, grammar, lang, reference_date, bare_years, region)
    facts: list[Fact] = []
    kinds = ctx.grammar.dispatch
    for m in _matches(grammar, text, start, len(text) if end is None else end):
        name = next(name for index, name in kinds if m.start(index) >= 0)
        handler = _HANDLERS.get(name, _h_reject)
        try:
            for fact in handler(ctx, m):
                fact = _qualify(ctx, fact)
                facts.append(_as_year(ctx, fact) if ctx.bare_years else fact)
        except (ArithmeticError, InvalidOperation, ValueError):
            continue
    facts.sort(key=lambda f: (f.start, f.end))
    _link_ranges(ctx, facts)
    _sign_for_both(ctx, facts)
    _share_range_qualifiers(ctx, facts)
    _currency_after_aside(ctx, facts)
    _share_list_units(ctx, facts)
    _join_cents(ctx, facts)
    _scale_fractions(ctx, facts)
    _unlink_paths(ctx, facts)
    _mark_changes(ctx, facts)
    _up_to(ctx, facts)
    _list_years(ctx, facts)
    _deadlines_ahead(ctx, facts)
    _list_days(ctx, facts)
    _list_suffixed_days(ctx, facts)
    _drop_in_links(ctx, facts)
    _drop_inside(facts)
    _drop_vague(ctx, facts)
    _drop_counters(ctx, facts)
    _drop_footer_addresses(ctx, facts)
    _rate_boxes(ctx, facts)
    return facts


def check_arguments(
    lang: str | None, reference_date: datetime.date | None, region: str | None
) -> tuple[datetime.date | None, str | None]:
    """Check :func:`extract`'s arguments; the reference date as a ``date`` and the region upper-cased.

    >>> check_arguments("ru", datetime.datetime(2025, 1, 2, 10, 30), "md")
    (datetime.date(2025, 1, 2), 'MD')
    """
    if lang is not None:
        check_language(lang)
    if reference_date is not None:
        if not isinstance(reference_date, datetime.date):
            raise TypeError(f"reference_date must be a datetime.date, not {type(reference_date).__name__}")
        if isinstance(reference_date, datetime.datetime):
            reference_date = reference_date.date()
    if region is not None and not isinstance(region, str):
        raise TypeError(f"region must be a str, not {type(region).__name__}")
    return reference_date, (region.upper() if region else None)


def extract(
    text: str,
    *,
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
) -> list[Fact]:
    """Every number, money amount, percentage, date, period and duration in ``text``.

    ``lang`` is a code from :data:`cisfacts.LANGUAGES`; with ``None`` the
    language is detected paragraph by paragraph (a Kazakh article quoting a
    Russian paragraph is read in both). Relative dates (``в прошлом году``)
    and dates written without a year are resolved against ``reference_date``
    and left out when it is not given. ``region`` (an ISO 3166 code such as
    ``"MD"``) settles currencies whose meaning depends on the country:
    Romanian ``lei`` are RON, but MDL in Moldova; without it the text's own
    words decide. Facts come sorted by ``start``.

    >>> [(f.kind, f.text) for f in extract("Оборот превысил 110 млрд долларов в 2024 году.", lang="ru")]
    [('money', '110 млрд долларов'), ('date', '2024 году')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    reference_date, region = check_arguments(lang, reference_date, region)
    if lang is not None:
        return scan(text, lang, reference_date, region=region)
    facts: list[Fact] = []
    for start, end, paragraph_lang in detect_paragraphs(text):
        facts += scan(text, paragraph_lang, reference_date, region=region, start=start, end=end)
    return facts
