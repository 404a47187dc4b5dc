"""Run the peer projects' own test cases (../shared/peer-suites) through cisfacts.

Used by ``tests/test_conformance.py`` and runnable on its own to print the
pass-rate table of ``docs/languages.md``::

    python tests/conformance.py            # the table
    python tests/conformance.py --fails    # every failing case, as JSON lines
    python tests/conformance.py --write    # refresh docs/languages.md and the baseline
    python tests/conformance.py --disagreements  # refresh tests/conformance_disagreements.tsv

Every date, period and duration case that cisfacts does not pass is listed in
``tests/conformance_disagreements.tsv`` with a one-line reason. The reason's
prefix is its category: ``unsupported:`` (outside what cisfacts reads, on
purpose), ``convention:`` (the peer encodes its own convention) or ``bug:``
(something news text contains that cisfacts should read). ``--disagreements``
keeps every hand-written reason, gives new failures a reason from the rules in
``classify()``, re-derives the reasons those rules gave before, drops the cases
that now pass and prints them.

A case passes when a fact of the expected kind, overlapping the expected span
(the whole text when the peer gives no span), has the expected value.
Durations are compared by meaning (``PT90M`` equals ``PT1.5H``). Money cases
whose peer unit has no ISO code (cents, "bucks") are left out: the contract
has no currency-less money.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex

import cisfacts
from cisfacts.units import UNITS

SUITES = Path(__file__).resolve().parents[2] / "shared" / "peer-suites"
ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "conformance_baseline.json"
DOC = ROOT / "docs" / "languages.md"
DOC_START = "| source | lang | kind | passed | cases | rate |"
DISAGREEMENTS = ROOT / "tests" / "conformance_disagreements.tsv"
#: The kinds whose failures must each be listed as a documented disagreement.
LISTED_KINDS = ("date", "period", "duration")
#: The share of a cell's cases the list should stay under (not met yet: see docs/languages.md).
TARGET_SHARE = 0.15
DOC_SHARE_START = "| source | lang | kind | listed | cases | share | under 15% |"
DOC_REASONS_START = "| category | reason | cases |"
CATEGORIES = ("bug", "convention", "unsupported")
SOURCES = ("duckling", "recognizers", "dateparser")
KINDS = ("number", "money", "percent", "quantity", "date", "period", "duration")
_DURATION = regex.compile(r"P(?:T)?(\d+(?:\.\d+)?)([YMWDHS])")
_DAYS = {"Y": Decimal(365), "M": Decimal(30), "W": Decimal(7), "D": Decimal(1)}


def cases() -> Iterator[dict[str, Any]]:
    """Every peer case of a kind and language cisfacts supports."""
    for source in SOURCES:
        path = SUITES / f"{source}.jsonl"
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            expected = case["expected"]
            if case["lang"] not in cisfacts.LANGUAGES or expected["kind"] not in KINDS:
                continue
            if expected["kind"] == "money" and not expected.get("currency"):
                continue
            if expected["kind"] == "quantity" and expected.get("unit") not in UNITS:
                # a unit cisfacts does not measure in (lb, °C, km/h, cups) or an ambiguous one
                continue
            yield case


def case_id(case: dict[str, Any]) -> str:
    """A stable identifier of a case: source, language, kind and text."""
    return f"{case['source']}|{case['lang']}|{case['expected']['kind']}|{case['text']}"


def _duration(value: str) -> tuple[Decimal, str] | None:
    m = _DURATION.fullmatch(value)
    if m is None:
        return None
    amount, unit = Decimal(m.group(1)), m.group(2)
    if value.startswith("PT"):
        return amount, unit.lower()
    return amount, unit


def _same_duration(a: str, b: str) -> bool:
    da, db = _duration(a), _duration(b)
    if da is None or db is None:
        return a == b
    if da[1] == db[1]:
        return da[0] == db[0]
    if da[1] in _DAYS and db[1] in _DAYS and "M" not in (da[1], db[1]) and "Y" not in (da[1], db[1]):
        return da[0] * _DAYS[da[1]] == db[0] * _DAYS[db[1]]
    return (da[1], db[1]) in {("Y", "M"), ("M", "Y")} and (
        da[0] * (12 if da[1] == "Y" else 1) == db[0] * (12 if db[1] == "Y" else 1)
    )


def passes(case: dict[str, Any]) -> tuple[bool, list[dict[str, Any]]]:
    """Whether cisfacts reads the case as the peer expects, and the facts it found."""
    expected = case["expected"]
    reference = case.get("reference")
    ref = datetime.date.fromisoformat(reference[:10]) if reference else None
    text = case["text"]
    found = [f.to_dict() for f in cisfacts.extract(text, lang=case["lang"], reference_date=ref)]
    if "match" in case:
        start, end = case["match"]["start"], case["match"]["end"]
    else:
        start, end = 0, len(text)
    for fact in found:
        if fact["kind"] != expected["kind"] or fact["end"] <= start or fact["start"] >= end:
            continue
        kind = expected["kind"]
        if kind == "money":
            if fact["currency"] == expected["currency"] and Decimal(fact["amount"]) == Decimal(expected["amount"]):
                return True, found
        elif kind in ("number", "percent"):
            if Decimal(fact["value"]) == Decimal(expected["value"]):
                return True, found
        elif kind == "quantity":
            if fact["unit"] == expected["unit"] and Decimal(fact["value"]) == Decimal(expected["value"]):
                return True, found
        elif kind == "duration":
            if _same_duration(fact["value"], expected["value"]):
                return True, found
        elif fact["value"] == expected["value"]:
            return True, found
    return False, found


Result = tuple[str, dict[str, Any], bool, list[dict[str, Any]]]
"""A case run through cisfacts: its id (``case_ids``), the case, whether it passes, the facts found."""


def cell_of(case: dict[str, Any]) -> tuple[str, str, str]:
    """The (source, lang, kind) cell of a case."""
    return case["source"], case["lang"], case["expected"]["kind"]


def case_ids(all_cases: Iterable[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Each case with a stable id: ``case_id()``, and where two cases share it, what tells them apart.

    First the span the peer expects (``@start-end``), then the reference day (``@ref=YYYY-MM-DD``),
    then the case's rank among the rest (``#2``). Cases that are the same in all of these (a peer
    repeating a string with the same value) share an id.
    """
    listed = list(all_cases)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for case in listed:
        groups[case_id(case)].append(case)
    names: dict[int, str] = {}
    for base, group in groups.items():
        if len(group) == 1:
            names[id(group[0])] = base
            continue
        spans = {_span_suffix(c) for c in group}
        refs = {_ref_suffix(c) for c in group}
        for c in group:
            names[id(c)] = base + (_span_suffix(c) if len(spans) > 1 else "") + (
                _ref_suffix(c) if len(refs) > 1 else "")
        ranked: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in group:
            ranked[names[id(c)]].append(c)
        for name, same in ranked.items():
            values = []
            for c in same:
                value = json.dumps(c["expected"], sort_keys=True)
                if value not in values:
                    values.append(value)
            if len(values) > 1:
                for c in same:
                    rank = values.index(json.dumps(c["expected"], sort_keys=True)) + 1
                    names[id(c)] = name + (f"#{rank}" if rank > 1 else "")
    return [(names[id(c)], c) for c in listed]


def _span_suffix(case: dict[str, Any]) -> str:
    match = case.get("match")
    return f"@{match['start']}-{match['end']}" if match else ""


def _ref_suffix(case: dict[str, Any]) -> str:
    reference = case.get("reference")
    return f"@ref={reference[:10]}" if reference else ""


def run() -> list[Result]:
    """Every case run through cisfacts."""
    return [(name, case, *passes(case)) for name, case in case_ids(cases())]


def table(results: list[Result] | None = None) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(source, lang, kind) -> (passed, total)."""
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for _, case, ok, _ in run() if results is None else results:
        counts[cell_of(case)][1] += 1
        counts[cell_of(case)][0] += ok
    return {key: (p, n) for key, (p, n) in sorted(counts.items())}


# --- documented disagreements (date, period, duration) --------------------------------------------

# Each reason is one line: a category (bug, convention, unsupported), a colon and what differs.
R_TIME = "unsupported: duration in hours, minutes or seconds; cisfacts durations are in years, months, weeks or days"
R_SECONDS = ("convention: peer writes the length in hours or seconds (сутки = PT24H, 3.5 months = PT9072000S); "
             "cisfacts gives days or months")
R_FRACTION_DAYS = "convention: peer turns a fractional month into days (3.5 месяца = P105D); cisfacts keeps P3.5M"
R_COMPOUND = ("convention: peer sums a compound duration into one (2 years and 3 months = P27M); "
              "cisfacts gives one duration per unit")
R_QUARTERS = ("unsupported: a number of quarters as a duration (3 квартала); cisfacts durations are in years, "
              "months, weeks or days")
R_HALF_AND = ("bug: 'and a half' after the unit (2 години и половина, one year and a quarter) is left out of the "
              "duration")
R_HALF = "bug: half a year or half a month (полгода, половин година, a month and a half) gives no duration"
R_HALF_WORDS = "unsupported: a fraction joined by 'and' before the unit (one and a quarter year)"
R_BARE_UNIT = "unsupported: a unit word without a number (месяц, a month, all week) is not read as a duration of one"
R_VAGUE = "convention: peer gives a vague amount (few, some, several) the value 3"
R_NIGHTS = "convention: peer reads nights as days (2 nights = P2D)"
R_COMPACT = "unsupported: a unit letter glued to the digits (10D, 3Y, 2W, 2y ago, 1d)"
R_HOLIDAY = "unsupported: holiday name (Christmas, Easter, Eid al-Fitr, Рождество); cisfacts has no holiday calendar"
R_SEASON = ("unsupported: season (this summer, зима); peers disagree on season bounds and cisfacts gives no season "
            "periods")
R_WEEKEND = "unsupported: weekend (this weekend, გასულ შაბათ-კვირას); cisfacts gives no weekday periods"
R_TWO_DATES = ("convention: peer gives each end of a range as a date; cisfacts gives one period for the range "
               "(contract: docs/facts.md, Period)")
R_WEEKDAY_YEAR = ("convention: peer picks the year in which the written weekday falls on that day (Fri, Jul 18); "
                  "cisfacts takes the reference year")
R_YEAR_APART = ("bug: a year written apart from its month or day (April of 1987, 2017 april, 28 june in 2020) is not "
                "joined to it")
R_COUNTED = ("unsupported: date counted from the reference or from another date (3 weeks ago, через 3 года, 2 weeks "
             "before May 13); cisfacts gives the duration, not the date it points to")
R_LAST_N = ("unsupported: period counted back or forward from the reference (last 2 months, следующие 3 года); "
            "cisfacts gives the duration")
R_DEICTIC = ("unsupported: relative day (today, tomorrow, вчера, завтра); cisfacts reads written calendar dates, not "
             "deictic days")
R_WEEKDAY_DAY = "unsupported: weekday with a day of the month but no month (Tuesday the 19th, Marti 19, Monday 21)"
R_WEEKDAY = ("unsupported: weekday (Monday, next Tuesday, в пятницу); cisfacts reads written calendar dates, not "
             "weekdays")
R_WEEK = "unsupported: week (this week, next week, week 31, first week of October); cisfacts gives no week periods"
R_REL_MONTH = ("unsupported: relative month or quarter in a form the data does not list (next March, 20th of next "
               "month, two upcoming quarters); cisfacts reads last, this and next month and quarter")
R_PART = ("convention: part of a month or year (early March, end of 2012, начало года) has the peer's own bounds "
          "(first ten days, last four months); cisfacts gives the month or year")
R_ABBREV = "unsupported: informal abbreviation (yr, qtr, EOM, BOY, cy18, tmrw)"
R_REL_YEAR = "bug: relative year not read (этот год, მომავალი წელი, this calendar year)"
R_DAY_RANGE = ("bug: day range within a month written with month names (12 to 16 september, ივლისი 13-15) gives no "
               "period")
R_NUM_RANGE = "unsupported: numeric day range (14. - 15.10.2018, 14./15.10.)"
R_DAY_MONTH_NUM = ("unsupported: numeric day and month without a year (15.02, 2/15, 10.12.); read as a number, too "
                   "ambiguous")
R_TWO_DIGIT_YEAR = "unsupported: date with a two-digit year (31.10.74, 3/3/15, April of 87, 2 Декабрь 95)"
R_YEAR_MONTH_NUM = "unsupported: numeric year and month (2014-10, 2/2013, 12-2015)"
R_NUM_OTHER = ("unsupported: numeric date in a form news do not use (2015-3-3, 10.31.1974, 20161016, 2016 10 16, "
               "superscript digits)")
R_MONTH_ABBR_DASH = ("unsupported: month name between dashes or slashes, or in a mixed order (31-Oct-1974, "
                     "2015-кві-12, Sep-23-2020, 2020/23/Sep)")
R_YEAR_WORDS = "unsupported: year written in words (two thousand and five, nineteen eighty six)"
R_DAY_ALONE = "unsupported: day of the month alone (the 15th, на петнадесети); month and year are left to context"
R_DAY_WORDS = ("unsupported: day of the month written in words or with an ordinal ending (первое марта, 3-его марта, "
               "fourth of July, მე-3 მარტი)")
R_NTH_DAY = ("unsupported: day given by its place in a month (first Tuesday of October, last day of October, "
             "third day of October)")
R_BARE_MONTH = ("convention: a month name alone in the nominative (May, March, март) is not a date; cisfacts "
                "needs a day, a year or a preposition")
R_MONTH_ABBR = ("bug: a month abbreviation that is not CLDR's or lacks its dot (25 ян 2016, 21 чер 2013, 15 Лют, "
                "3 стд 2015 г.) is not read as a month")
R_ODD_FORM = ("unsupported: month glued to a number or bracketed (Dec31, 14april, [Sept] 04), or English order in "
              "another language (април 14, 2015; Авг 26, 2015)")
R_RO_SPELLING = "unsupported: colloquial or misspelt Romanian (doișpe, saptamanile, saptămâni)"
R_SCRIPT = "unsupported: Azerbaijani in Cyrillic script (7 феврал 1788); cisfacts reads az in Latin script"
R_URL = "unsupported: date glued inside a URL, file name or code (archive-2018-09-23-page, report-20170302.html)"
R_CTIME = "unsupported: clock time between the day and the year (Wed Aug 05 12:00:00 2015)"
R_NTH_MONTH = "unsupported: month given by its number in the year (the third month of 2021, the 9th month of next year)"
R_THE_UNIT = "convention: peer reads 'the year', 'the month', 'the day' alone as the current one"
R_BARE_YEAR = ("convention: a bare four-digit number is a year only from 1900 to 2099, or with a year word "
               "or preposition (contract: docs/facts.md, Date)")
R_ERA = "unsupported: era marker (14 a.d.)"
R_GLUED_YEAR = "unsupported: year glued to its year word (год2000)"
R_UNKNOWN = "bug: not classified by a rule; check by hand and give a reason"

RULE_REASONS = frozenset(v for k, v in globals().items() if k.startswith("R_") and isinstance(v, str))


def _words(*alternatives: str) -> regex.Pattern[str]:
    return regex.compile(r"(?i)(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _stems(*alternatives: str) -> regex.Pattern[str]:
    return regex.compile(r"(?i)(?<!\w)(?:" + "|".join(alternatives) + ")")


_TIME_UNITS = _stems(
    "sec", "second", "min", "minute", "hour", "hr", "h(?!\\w)", "m(?!\\w)", "сек", "мин", "час", "ч(?!\\w)", "хв",
    "годин", "секунд", "минут", "хвилин", "წამ", "წუთ", "საათ", "secund", "ora", "oră", "ore", "'", '"', "сутк",
    "суток", "пол ?дня", "полдня", "пів ?дня", "half (?:a )?day", "1/2 ?day", "1/2 ?h", "day",
)
_HOLIDAY = _stems(
    "christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "new year", "black friday", "boss",
    "mlk", "martin luther", "civil rights", "vegan", "pentecost", "whit", "holy spirit", "palm sunday", "branch sunday",
    "trinity", "pancake", "mardi gras", "st patrick", "saint patrick", "st paddy", "saint paddy", "patrick", "lent",
    "orthodox", "clean monday", "lazarus", "great fast", "chinese", "yom ", "shemini", "simchat", "tisha", "lag b",
    "holocaust", "rosh hash", "chanukah", "hanuk", "hannuk", "passover", "ingathering", "succos", "shavuot", "mawlid",
    "eid ", "id ul", "sacrifice feast", "bakr id", "laylat", "night of", "islamic new", "amun jadid", "ashura",
    "tu bishvat", "jamat", "jumu", "isra ", "prophet", "night journey", "ascension", "ramadan", "dhan", "diwali",
    "deepavali", "lakshmi", "bhai dooj", "chhath", "dala puja", "surya", "maha ", "dussehra", "vijayadashami",
    "navaratri", "durga", "karva", "ratha", "rakhi", "mahav", "shivaratri", "saraswati", "pongal", "sankrant",
    "bogi", "maghi", "vaisakh", "baisakhi", "vasakhi", "vaishakhi", "onam", "thiru", "panchami", "holi", "kamudu",
    "janmashtami", "gokulashtami", "dhulandi", "phagwah", "parsi", "navroz", "gysd", "youth service", "vesak",
    "buddha", "purim", "guru", "koningsdag", "king's day", "jayanti", "pargat", "chaturthi", "navami", "ugadi",
    "yugadi", "samvatsaradi", "chaitra", "earth day", "independence", "juneteenth", "ides of", "maundy", "covenant",
    "mysteries", "white sunday", "kali chaudas", "choti", "chhoti", "holika", "рождеств", "різдв", "коледа",
    "новый год", "новий рік", "craciun", "crăciun", "შობა", "აღდგომ",
)
_SEASON = _stems("summer", "winter", "spring", "autumn", "fall(?!\\w)", "season", "лет[оа]", "зим", "весн", "осен",
                 "літ[оа]", "лято", "ზაფხულ", "ზამთარ", "გაზაფხულ", "შემოდგომ", "სეზონ", "vara", "iarna")
_WEEKEND = _stems("weekend", "уикенд", "выходны", "вихідн", "уქმე", "უქმე", "შაბათ-?კვირ")
_DEICTIC = _stems(
    "today", "tonight", "tomorrow", "tmrw", "yesterday", "till date", "otd(?!\\w)", "at this time", "the day before",
    "the day after", "the next day", "сегодня", "завтра", "вчера", "позавчера", "позапозавчера", "послезавтра",
    "послепослезавтра",
    "сьогодні", "вчора", "учора", "ўчора", "сёння", "пазаўчора", "позавчора", "післязавтра", "днес", "утре",
    "онзи ден", "azi(?!\\w)", "astazi", "astăzi", "ieri(?!\\w)", "maine", "mâine", "poimaine", "poimâine", "დღეს",
    "ხვალ", "გუშინ", "бүгін", "кеше", "ертең", "bugun", "bugün", "dünən", "кечээ", "эртең",
)
_WEEKDAY = _stems(
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:\\.|(?!\\w))", "mar3",
    "понедельник", "вторник", "сред[ауы]", "четверг", "пятниц", "суббот", "воскресен",
    "понеділ", "вівтор", "серед[аиу]", "четвер(?!т)", "п'ятниц", "субот", "неділ",
    "понеделник", "сряда", "четвъртък", "петък", "събота", "неделя", "пон\\.", "нед\\.",
    "luni", "lunea", "marti(?!e)", "marți(?!e)", "miercuri", "joi", "jo(?!\\w)", "vineri", "vi(?!\\w)", "sambata",
    "sâmbătă",
    "sam(?!\\w)", "duminic", "du(?!\\w)", "dum(?!\\w)", "s(?= \\d)", "вів(?!\\w)",
    "ორშაბათ", "სამშაბათ", "ოთხშაბათ", "ხუთშაბათ", "პარასკევ", "შაბათ", "კვირა(?:ს)?$", "კვირას",
)
_PART = _stems(
    "beginning", "begin", "end of", "the end", "early", "mid(?!\\w)", "mid-", "late(?!\\w)", "eom", "bom", "boy",
    "eoy", "rest of", "all week", "начал", "конец", "конц", "середин", "кінц", "почат", "დასაწყის",
    "ბოლო(?:ს|სთვის|სკენ)?$",
    "ბოლო(?:ს|სთვის|სკენ)?(?!\\w)", "შუა",
)
_REL = ("next", "last", "this", "previous", "coming", "upcoming", "following", "current", "past", "прошл", "следующ",
        "эт[аоиу]", "позапрошл", "след", "минул", "наступн", "ц[еяі]", "цього", "последн", "следващ", "тази", "този",
        "това", "წინა", "შემდეგ", "ამ", "გასულ", "მომავალ")
_REL_WORDS = "(?:" + "|".join(_REL) + r")\w*"
_WEEK_WORDS = r"(?:week|недел|тижд|тижн|седмиц|კვირ)"
_WEEK = regex.compile(rf"(?i)(?:{_REL_WORDS}\s+{_WEEK_WORDS}|{_WEEK_WORDS}\w*\s+\d|(?:\w+\s+)?week\s+(?:of|in)\b|"
                      rf"\bthe week\b|\b(?:first|second|third|last|\d+(?:st|nd|rd|th))\s+(?:last\s+)?week\b)")
_REL_MONTH = regex.compile(
    rf"(?i)(?:{_REL_WORDS}\s+(?:month|quarter|qtr|месяц|месец|квартал|місяц|თვე|კვარტალ|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|март|მარტ)|(?:month|quarter)\s+after next|"
    r"(?:of|in)\s+(?:the\s+)?(?:next|this|current|previous|last)\s+month|of the month|in the month|"
    r"(?:upcoming|\d+\s+upcoming|two\s+upcoming)\s+\w*\s*quarters?|\w+\s+after\s+next|"
    r"(?:next|this|last)\s+(?:\d+\w*\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december))")
_LAST_N = _stems("last", "past", "next", "upcoming", "последни", "следующи", "останні", "наступні", "გასულ", "გასული")
_COUNT_WORDS = _stems(
    "ago", "hence", "upcoming", "from", "from now", "from today", "from tomorrow", "from tmrw", "later", "before",
    "after", "since", "back",
    "in (?:a|an|one|two|three|\\d)", "назад", "через", "спустя", "тому", "преди", "след(?!\\w)", "წინ", "შემდეგ",
    "peste", "oldin", "олдин", "keyin", "кейин", "сўнг", "кейін", "кийин", "öncə", "ərzində", "sonra", "decade",
)
_NTH = _stems("first", "second", "third", "fourth", "fifth", "last", r"\d+(?:st|nd|rd|th)", "closest", "перш", "друг",
              "трет", "останн", "პირველ", "მეორე", "მესამე", "ბოლო", "1-ლი", "მე-\\d")
_ORDINAL_DAY = _stems(
    r"\w+(?:ое|ого|ому|ье|ьего|ьему|ее|его|ему)(?!\w)", r"\d+-(?:его|го|е|ое)", r"\w+(?:ше|ге|тє|те)(?!\w)",
    "first", "second", "third", "fourth", "fifth", "twenty", "thirty", "intai", "întâi", "первое", "перше", "първи",
    "პირველი", "1-ლი", "მე-\\d", "მეთხუთმეტე", "თხუთმეტი", "двадцат", "тридцат",
)
_DAY_ALONE = regex.compile(r"(?i)^(?:on\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|first|1st)$|^на петнадесети$")
_MONTH_NAMES = regex.compile(r"(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|"
                             r"december)$")
_YEAR_WORDS = _stems("thousand", "nineteen", "seventeen", "hundred")
_SCRIPT_DIGITS = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]")
_NUM_DAY_MONTH = regex.compile(r"^(?:\p{L}+\s+)*\d{1,2}\s*[./-]\s*\d{1,2}\.?$")
_NUM_TWO_DIGIT_YEAR = regex.compile(r"(?<!\d)\d{1,2}\s*\.?\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2}(?![\d./-])")
_NUM_YEAR_MONTH = regex.compile(r"(?<![\d./-])(?:\d{4}\s*[-/]\s*\d{1,2}|\d{1,2}\s*[-/]\s*\d{4})(?![\d./-])")
_NUM_RANGE = regex.compile(r"\d{1,2}\.?\s*(?:-|/|по)\s*\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}\.\s*(?:-|по)")
_NUMERIC = regex.compile(r"(?<!\w)\d[\d\s./:-]*\d(?!\w)")
_MONTH_ABBR_DASH = regex.compile(r"(?i)\p{L}{2,9}\.?[-/]\d|\d[-/]\p{L}{2,9}")
_ORDINAL_ENDING = regex.compile(r"მე-\d|\d-ლი|\d-(?:его|го|ое|е)(?!\w)|(?i:^(?!on |at )\p{L}+ the \d+(?:st|nd|rd|th)$)")
_DAY_RANGE = regex.compile(r"(?i)\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|thru|through)\s*(?:the\s+)?"
                           r"\d{1,2}(?:st|nd|rd|th)?|"
                           r"\p{L}+\s+\d{1,2}\s*-\s*\d{1,2}|\d{1,2}\s+\p{L}+\s*-\s*\d{1,2}\s+\p{L}+")
_HALF = _stems("пол", "half", "половин", "півмісяц", "пів ?рок")
_AND_HALF = _stems("и половина", "і половина", "and (?:a )?half", "and (?:a )?quarter", "and half")
_VAGUE = _stems("few", "some", "several", "несколько")
_QUARTER = _stems("quarter", "квартал", "тримесеч", "кварталი", "trimestr", "კვარტალ")
_THE_UNIT = _stems(r"(?:the|a)\s+(?:year|month|day|week)(?!\w)", "calendar year")
_ABBREV = _stems("yr", "qtr", r"\d+q\d", "eom", "bom", "boy", "eoy", r"cy\d", "tmrw", "\\d+d(?!\\w)", "\\d+y(?!\\w)")
_NEWS_DMY = regex.compile(r"\d{1,2}\s*\p{L}")


_NTH_DAY_WORDS = regex.compile(r"(?i)day|день|დღე|monday|tuesday|wednesday|thursday|friday|saturday|sunday|понеділ|"
                               r"вівтор|серед|неділ|ორშაბათ|სამშაბათ|ოთხშაბათ")


def _overlapping(case: dict[str, Any], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    start, end = (case["match"]["start"], case["match"]["end"]) if "match" in case else (0, len(case["text"]))
    return [f for f in found if f["end"] > start and f["start"] < end]


def _span(case: dict[str, Any]) -> str:
    if "match" in case:
        return str(case["text"][case["match"]["start"]:case["match"]["end"]])
    return str(case["text"])


def classify(case: dict[str, Any], found: list[dict[str, Any]]) -> str:
    """The rule-based reason why cisfacts does not read a date, period or duration case as the peer does."""
    kind, value = case["expected"]["kind"], str(case["expected"]["value"])
    span = _span(case).strip()
    got = _overlapping(case, found)
    if kind == "duration":
        return _classify_duration(case, span, value, got)
    return _classify_date(case, span, kind, value, got)


def _classify_duration(case: dict[str, Any], span: str, value: str, got: list[dict[str, Any]]) -> str:
    durations = [f for f in got if f["kind"] == "duration"]
    if len(durations) > 1:
        return R_COMPOUND
    if case["expected"].get("peer_grain") == "quarter" or (
            _QUARTER.search(span) and not _HALF.search(span) and not regex.search(r"(?i)\band\b|hour|час", span)):
        return R_QUARTERS
    if durations and _AND_HALF.search(span):
        return R_HALF_AND
    if durations and value.startswith("PT"):
        return R_SECONDS
    if regex.fullmatch(r"(?i)сутки", span):
        return R_BARE_UNIT
    if durations and value.endswith("D") and durations[0]["value"].endswith("M"):
        return R_FRACTION_DAYS
    if regex.search(r"(?i)\d+(?:[DYW]|years)\b", span) and not durations:
        return R_COMPACT
    if case["lang"] == "ro" and regex.search(r"(?i)sapt|doișpe", span):
        return R_RO_SPELLING
    if _VAGUE.search(span):
        return R_VAGUE
    if regex.search(r"(?i)nights?\b", span):
        return R_NIGHTS
    if (value.startswith("PT") and not regex.fullmatch(r"PT\d+(?:\.\d+)?H", value)) or _TIME_UNITS.search(span):
        if value.startswith("PT"):
            return R_TIME
    if _HALF.search(span) and not regex.search(r"\d", span):
        return R_HALF
    if regex.search(r"(?i)\band (?:a |an |one |three )?(?:half|quarters?)\b", span):
        return R_HALF_WORDS
    if value.startswith("PT"):
        return R_TIME
    if not regex.search(r"\d", span) and (
        regex.fullmatch(r"(?i)(?:ровно |exactly )?(?:месяц|месец|a month|year|an? \w+)", span)
        or _stems("all", "another", "the ").search(span)
    ):
        return R_BARE_UNIT
    return R_UNKNOWN


def _classify_date(case: dict[str, Any], span: str, kind: str, value: str, got: list[dict[str, Any]]) -> str:
    dates = [f for f in got if f["kind"] == "date"]
    periods = [f for f in got if f["kind"] == "period"]
    durations = [f for f in got if f["kind"] == "duration"]
    text = case["text"]
    lower = span.lower()
    if _HOLIDAY.search(span):
        return R_HOLIDAY
    if case["lang"] == "az" and regex.search(r"\p{Script=Cyrillic}", span):
        return R_SCRIPT
    if "www." in text or regex.search(r"[-_/]\d{8}|\d{8}[-_.]|-\d{4}-\d\d-\d\d-", text):
        return R_URL
    if regex.search(r"\d:\d\d:\d\d \d{4}", span):
        return R_CTIME
    if _ORDINAL_ENDING.search(span):
        if regex.search(r"(?i)^\p{L}+ the", span) and _WEEKDAY.search(span):
            return R_WEEKDAY
        return R_NTH_DAY if _NTH_DAY_WORDS.search(span) else R_DAY_WORDS
    if _MONTH_ABBR_DASH.search(span):
        return R_MONTH_ABBR_DASH
    if regex.search(r"(?i)\b(?:\d+(?:st|nd|rd|th)|first|second|third)\s+month\b", span):
        return R_NTH_MONTH
    if regex.fullmatch(r"\d{4}", span.strip("[]., ")):
        return R_BARE_YEAR
    if _SEASON.search(span):
        return R_SEASON
    if _WEEKEND.search(span):
        return R_WEEKEND
    if kind == "date" and any(value in f["value"].split("/") for f in periods):
        return R_TWO_DATES
    same_day = [f for f in dates
                if len(f["value"]) == len(value) and f["value"][4:] == value[4:] and f["value"] != value]
    if same_day and value[:4] not in text:
        if _WEEKDAY.search(span):
            return R_WEEKDAY_YEAR
    if kind == "period" and _NUM_RANGE.search(span):
        # (before a year apart: "14.10. по 15.10.2018" now gives the first day in the reference year)
        return R_NUM_RANGE
    if value[:4] in text and regex.search(r"\d{4}", span) and not durations and (
        same_day or any(f["value"][4:7] == value[4:7] and f["value"][:4] != value[:4] for f in dates)
        or (len(value) == 7 and [f["value"] for f in dates] == [value[:4]] and regex.search(r"\p{L}{3}", span))
    ):
        return R_YEAR_APART
    if kind == "period" and (durations or _VAGUE.search(span)) and _LAST_N.search(span):
        return R_LAST_N
    if kind == "period" and _stems(r"for \d+ days").search(span):
        return R_COUNTED
    if kind == "date" and (durations or case["expected"].get("peer_relative")) and (
        _COUNT_WORDS.search(span) or case["expected"].get("peer_relative")
    ) and (durations or not _DEICTIC.search(span)):
        if regex.search(r"(?i)\d+[dy]\b", span) and not durations:
            return R_COMPACT
        return R_COUNTED
    if kind == "date" and _COUNT_WORDS.search(span) and regex.search(
            r"(?i)(?<!\p{L})(?:weeks?|months?|years?|days?|decades?|fortnight|недел|седмиц|тижд)", span
    ) and not _DEICTIC.search(span):
        return R_COUNTED
    if _ABBREV.search(span):
        return R_ABBREV
    if _DEICTIC.search(span):
        return R_DEICTIC
    if _NTH.search(span) and not regex.search(r"(?i)week|тижн|тижд", span) and _NTH_DAY_WORDS.search(span) \
            and regex.search(r"(?i)(?:of|in|у|в|\p{Script=Georgian}+ის)\s", span):
        return R_NTH_DAY
    if kind == "period" and (case["expected"].get("peer_grain") == "week" or "W" in case["expected"].get(
            "peer_timex", "") or _WEEK.search(span)):
        return R_WEEK
    if _WEEKDAY.search(span) and regex.fullmatch(
            r"(?i)(?:on\s+)?\p{L}+\.?,?\s+(?:the\s+|pe\s+)?\d{1,2}(?:st|nd|rd|th)?!?", span):
        return R_WEEKDAY_DAY
    if _WEEKDAY.search(span) and not regex.search(r"\d", span):
        return R_WEEKDAY
    if _PART.search(span):
        return R_PART
    if _REL_MONTH.search(span):
        return R_REL_MONTH
    if kind == "date" and regex.search(r"(?i)(?:эт\w+ год|მომავალი წელი|calendar year)", span):
        return R_REL_YEAR
    if _THE_UNIT.search(span):
        return R_THE_UNIT
    two = value[2:4]
    if kind == "date" and regex.search(rf"(?<![\d.]){two}(?![\d.])", span) and value[:4] not in span and (
            regex.search(r"\p{L}{3}", span)):
        return R_TWO_DIGIT_YEAR
    if _SCRIPT_DIGITS.search(span):
        return R_NUM_OTHER
    if kind == "period" and _NUM_RANGE.search(span):
        return R_NUM_RANGE
    if kind == "period" and _DAY_RANGE.search(span):
        return R_DAY_RANGE
    if _YEAR_WORDS.search(span):
        return R_YEAR_WORDS
    if "a.d." in lower:
        return R_ERA
    if regex.search(r"\p{L}\d{4}", span):
        return R_GLUED_YEAR
    if _DAY_ALONE.search(span):
        return R_DAY_ALONE
    if _NUM_DAY_MONTH.search(span):
        return R_DAY_MONTH_NUM
    if _NUM_TWO_DIGIT_YEAR.search(span):
        return R_TWO_DIGIT_YEAR
    if kind == "date" and len(value) == 7 and _NUM_YEAR_MONTH.search(span):
        return R_YEAR_MONTH_NUM
    if _NUMERIC.fullmatch(span) or regex.search(r"\d{8}|\d{4}-\d{1,2}-\d{1,2}|\d{4} \d{2} \d{2}|\d+\.\d+\.\d{4}", span):
        return R_NUM_OTHER
    if (kind == "date" and len(value) == 10 and not regex.search(r"\d", span)) or (_ORDINAL_DAY.search(span) and (
            kind == "date" and len(value) == 10 and any(len(f["value"]) == 7 for f in dates))):
        return R_DAY_WORDS
    if kind == "date" and len(value) == 10 and _ORDINAL_DAY.search(span):
        return R_DAY_WORDS
    if _MONTH_NAMES.fullmatch(span) or (kind == "date" and len(value) == 7 and regex.fullmatch(r"\p{L}+", span)):
        return R_BARE_MONTH
    if kind == "date" and len(value) == 10 and any(f["value"] == value[:4] for f in dates):
        if regex.match(r"\d{1,2} \p{L}{2,4}\.? \d{4}", span):
            return R_MONTH_ABBR
        return R_ODD_FORM
    if kind == "date" and len(value) == 10 and regex.fullmatch(r"(?:\p{L}+,? )?\d{1,2} \p{L}{2,4}\.?", span):
        return R_MONTH_ABBR
    if kind == "date" and len(value) == 4 and regex.fullmatch(r"\d{4}", value) and regex.search(
            rf"(?<!\d){value}(?!\d)", span) and not dates:
        return R_BARE_YEAR
    if _WEEKDAY.search(span):
        return R_WEEKDAY
    return R_UNKNOWN


def markdown(rates: dict[tuple[str, str, str], tuple[int, int]]) -> str:
    """The pass-rate table as Markdown."""
    lines = ["| source | lang | kind | passed | cases | rate |", "|---|---|---|---|---|---|"]
    for (source, lang, kind), (p, n) in rates.items():
        lines.append(f"| {source} | {lang} | {kind} | {p} | {n} | {100 * p / n:.1f}% |")
    return "\n".join(lines)


def key(cell: tuple[str, str, str]) -> str:
    """A cell's name in the baseline file: ``source|lang|kind``."""
    return "|".join(cell)


def doc_block(text: str, start_line: str) -> str:
    """The table of docs/languages.md that starts with ``start_line``, up to the next blank line."""
    start = text.index(start_line)
    end = text.find("\n\n", start)
    return text[start:] if end < 0 else text[start:end]


def doc_table(text: str) -> str:
    """The pass-rate table as written in docs/languages.md."""
    return doc_block(text, DOC_START)


def write_docs_disagreements(listed: dict[str, str]) -> None:
    """Refresh the two disagreement tables of docs/languages.md from the listed disagreements."""
    share, reasons = disagreement_markdown(listed)
    text = DOC.read_text(encoding="utf-8")
    text = text.replace(doc_block(text, DOC_SHARE_START).rstrip("\n"), share)
    text = text.replace(doc_block(text, DOC_REASONS_START).rstrip("\n"), reasons)
    DOC.write_text(text, encoding="utf-8")


def write(rates: dict[tuple[str, str, str], tuple[int, int]]) -> None:
    """Record the current pass counts as the baseline and in the docs tables."""
    BASELINE.write_text(
        json.dumps({key(cell): p for cell, (p, _) in rates.items()}, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(text.replace(doc_table(text).rstrip("\n"), markdown(rates)), encoding="utf-8")
    write_docs_disagreements(read_disagreements())


# --- the disagreements file ------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
_HEADER = (
    "# Documented disagreements with the peer suites (../shared/peer-suites): every date, period and duration\n"
    "# case cisfacts does not pass, one per line: case id (source|lang|kind|text, then @start-end, @ref=day or #n\n"
    "# where two cases share it; tab, newline and backslash escaped), a tab, and the reason. The reason's prefix\n"
    "# is its category: bug, convention or unsupported. Regenerate with: python tests/conformance.py --disagreements\n"
    "# (hand-written reasons are kept). Shares per cell: docs/languages.md.\n"
)


def _escape(text: str) -> str:
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


def _unescape(text: str) -> str:
    return regex.sub(r"\\(.)", lambda m: _UNESCAPES.get(m.group(1), m.group(1)), text)


def read_disagreements(path: Path = DISAGREEMENTS) -> dict[str, str]:
    """Case id -> reason, as listed in the disagreements file."""
    if not path.is_file():
        return {}
    listed: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, reason = line.rpartition("\t")
        listed[_unescape(name)] = reason
    return listed


def write_disagreements(listed: dict[str, str], path: Path = DISAGREEMENTS) -> None:
    """Write the disagreements file, sorted by case id."""
    lines = [f"{_escape(name)}\t{listed[name]}" for name in sorted(listed)]
    path.write_text(_HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def failing(results: list[Result]) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The date, period and duration cases cisfacts does not pass: id -> (case, facts found)."""
    return {name: (case, found) for name, case, ok, found in results
            if not ok and case["expected"]["kind"] in LISTED_KINDS}


def refresh_disagreements(results: list[Result], listed: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The new list: every failing case, with its hand-written reason if it had one; and the ids dropped.

    A listed reason that is one of the rules' reasons is derived again, so that a rule changed or a
    different failure shows; any other reason was written by hand and is kept.
    """
    fails = failing(results)
    fresh: dict[str, str] = {}
    for name, (case, found) in fails.items():
        old = listed.get(name)
        fresh[name] = old if old is not None and old not in RULE_REASONS else classify(case, found)
    return fresh, sorted(set(listed) - set(fresh))


def category(reason: str) -> str:
    """A reason's category: the word before its colon."""
    return reason.partition(":")[0]


def disagreement_counts(listed: dict[str, str]) -> dict[tuple[str, str, str], tuple[int, int]]:
    """(source, lang, kind) -> (listed cases, cases), for the date, period and duration cells."""
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for name, case in case_ids(cases()):
        if case["expected"]["kind"] in LISTED_KINDS:
            counts[cell_of(case)][1] += 1
            counts[cell_of(case)][0] += name in listed
    return {c: (n, total) for c, (n, total) in sorted(counts.items())}


def disagreement_markdown(listed: dict[str, str]) -> tuple[str, str]:
    """The share of listed disagreements per cell, and the count of listed cases per reason, as Markdown."""
    names = case_ids(cases())
    share = [DOC_SHARE_START, "|---|---|---|---|---|---|---|"]
    for (source, lang, kind), (n, total) in disagreement_counts(listed).items():
        under = "yes" if n < TARGET_SHARE * total else "no"
        share.append(f"| {source} | {lang} | {kind} | {n} | {total} | {100 * n / total:.1f}% | {under} |")
    per_reason = Counter(listed[name] for name, _ in names if name in listed)
    reasons = [DOC_REASONS_START, "|---|---|---|"]
    for cat in CATEGORIES:
        rows = sorted(((n, r) for r, n in per_reason.items() if category(r) == cat), key=lambda x: (-x[0], x[1]))
        total = sum(n for n, _ in rows)
        reasons.append(f"| **{cat}** | *all* | **{total}** |")
        reasons += [f"| {cat} | {r.partition(':')[2].strip().replace('|', '/')} | {n} |" for n, r in rows]
    others = sum(n for r, n in per_reason.items() if category(r) not in CATEGORIES)
    if others:
        reasons.append(f"| *other* | *reasons without a category* | {others} |")
    return "\n".join(share), "\n".join(reasons)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fails", action="store_true", help="print every failing case as JSON lines")
    parser.add_argument("--write", action="store_true", help="refresh the baseline and the docs tables")
    parser.add_argument("--disagreements", action="store_true",
                        help="rewrite tests/conformance_disagreements.tsv (keeping hand-written reasons)")
    args = parser.parse_args(argv)
    if not SUITES.is_dir():
        print(f"no peer suites at {SUITES}", file=sys.stderr)
        return 1
    if args.fails:
        for case in cases():
            ok, found = passes(case)
            if not ok:
                print(json.dumps({"id": case_id(case), "expected": case["expected"],
                                  "got": [(f["kind"], f["text"], f.get("value", f.get("amount"))) for f in found]},
                                 ensure_ascii=False))
        return 0
    results = run()
    rates = table(results)
    if args.disagreements:
        old = read_disagreements()
        listed, dropped = refresh_disagreements(results, old)
        write_disagreements(listed)
        write_docs_disagreements(listed)
        known = {name for name, _, _, _ in results}
        for name in dropped:
            print(("now passes, dropped: " if name in known else "unknown case, dropped: ") + name, file=sys.stderr)
        added = sorted(set(listed) - set(old))
        for name in added:
            print(f"new: {name}\t{listed[name]}", file=sys.stderr)
        per = Counter(category(r) for r in listed.values())
        print(f"{len(listed)} listed ({', '.join(f'{c} {n}' for c, n in sorted(per.items()))}); "
              f"{len(added)} new, {len(dropped)} dropped", file=sys.stderr)
    if args.write:
        write(rates)
    print(markdown(rates))
    return 0


if __name__ == "__main__":
    sys.exit(main())
