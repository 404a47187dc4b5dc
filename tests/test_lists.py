"""Lists of days sharing one month, and decades written with two digits, in every language that writes them."""

from __future__ import annotations

import pytest
from helpers import brief

import cisfacts

LIST_DAYS = [
    ("ru", "Выборы пройдут 5 и 6 ноября 2025 года.",
     [("date", "2025-11-05", "5"), ("date", "2025-11-06", "6 ноября 2025 года")]),
    ("ru", "Форум пройдёт 15, 16 и 17 октября.",
     [("date", "2025-10-15", "15"), ("date", "2025-10-16", "16"), ("date", "2025-10-17", "17 октября")]),
    ("be", "Кірмаш пройдзе 15, 16 і 17 кастрычніка.",
     [("date", "2025-10-15", "15"), ("date", "2025-10-16", "16"), ("date", "2025-10-17", "17 кастрычніка")]),
    ("uk", "Засідання відбудуться 3 та 4 березня 2026 року.",
     [("date", "2026-03-03", "3"), ("date", "2026-03-04", "4 березня 2026 року")]),
    ("kk", "Көрме 5 және 6 қарашада өтеді.", [("date", "2025-11-05", "5"), ("date", "2025-11-06", "6 қарашада")]),
    ("en", "The talks were held on 5 and 6 November.",
     [("date", "2025-11-05", "5"), ("date", "2025-11-06", "6 November")]),
    ("en", "The fair runs November 5, 6 and 7.",
     [("date", "2025-11-05", "November 5"), ("date", "2025-11-06", "6"), ("date", "2025-11-07", "7")]),
    ("uz", "Ko'rgazma 20 va 21 noyabrda o'tadi.",
     [("date", "2025-11-20", "20"), ("date", "2025-11-21", "21 noyabrda")]),
    # no list: commas alone, a number that is a change, days that do not go up, a day past the month's end
    ("ru", "Показатели за 15, 16, 17 октября.",
     [("number", "15", "15"), ("number", "16", "16"), ("date", "2025-10-17", "17 октября")]),
    ("ru", "Цены выросли на 5 и 16 октября снизились.", [("number", "5", "5"), ("date", "2025-10-16", "16 октября")]),
    ("ru", "Из 20 и 5 ноября.", [("number", "20", "20"), ("date", "2025-11-05", "5 ноября")]),
    ("en", "Deadlines: February 28 and 30.", [("date", "2025-02-28", "February 28"), ("number", "30", "30")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LIST_DAYS)
def test_days_listed_share_the_month(lang: str, text: str, expected: list[tuple[str, ...]]) -> None:
    assert brief(text, lang) == expected


DECADES = [
    ("ru", "Завод построили в 90-х годах прошлого века.", "1990/1999", "90-х годах"),
    ("uk", "Це було у 80-х роках.", "1980/1989", "80-х роках"),
    ("bg", "През 90-те години заводът спря.", "1990/1999", "90-те години"),
    ("kk", "Зауыт 90-жылдары жабылды.", "1990/1999", "90-жылдары"),
    ("uz", "Zavod 70-yillarda qurilgan.", "1970/1979", "70-yillarda"),
]


@pytest.mark.parametrize(("lang", "text", "value", "span"), DECADES)
def test_two_digit_decades_are_of_the_last_century(lang: str, text: str, value: str, span: str) -> None:
    assert brief(text, lang) == [("period", value, span)]


@pytest.mark.parametrize("text", ["в 20-х годах", "в 10-х годах"])
def test_two_digit_decades_of_either_century_are_no_period(text: str) -> None:
    assert not [f for f in cisfacts.extract(text, lang="ru") if f.kind == "period"]
