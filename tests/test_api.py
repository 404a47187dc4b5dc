"""The public contract: argument errors, to_dict shape, parse_* functions, pickling."""

from __future__ import annotations

import datetime
import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest

import cisfacts
from cisfacts import ParseError


def test_public_names() -> None:
    for name in cisfacts.__all__:
        assert getattr(cisfacts, name).__doc__ or name in ("LANGUAGES", "__version__"), name
    assert cisfacts.LANGUAGES[:4] == ("kk", "ru", "bg", "en")
    tests = Path(__file__).parent
    for lang in cisfacts.LANGUAGES:
        assert (tests / f"test_lang_{lang.lower().replace('-', '_')}.py").is_file(), lang


def test_text_must_be_str() -> None:
    with pytest.raises(TypeError):
        cisfacts.extract(b"8%", lang="ru")  # type: ignore[arg-type]


def test_unknown_language_lists_codes() -> None:
    with pytest.raises(ValueError, match="kk, ru, bg, en"):
        cisfacts.extract("8%", lang="xx")


def test_reference_date_type() -> None:
    with pytest.raises(TypeError):
        cisfacts.extract("в прошлом году", lang="ru", reference_date="2025-01-01")  # type: ignore[arg-type]
    when = datetime.datetime(2025, 3, 4, 12, 0)
    (fact,) = cisfacts.extract("в прошлом году", lang="ru", reference_date=when)
    assert fact.to_dict()["value"] == "2024"


def test_to_dict_shapes() -> None:
    text = "Оборот превысил 110 млрд долларов, рост 4,5% в 2024 году; 2026–2035 годы; через три года."
    dicts = [f.to_dict() for f in cisfacts.extract(text, lang="ru")]
    assert dicts == [
        {"kind": "money", "amount": "110000000000", "currency": "USD", "start": 16, "end": 33,
         "text": "110 млрд долларов", "lang": "ru", "qualifier": "over"},
        {"kind": "percent", "value": "4.5", "start": 40, "end": 44, "text": "4,5%", "lang": "ru", "qualifier": None,
             "change": "increase"},
        {"kind": "date", "value": "2024", "start": 47, "end": 56, "text": "2024 году", "lang": "ru", "qualifier": None},
        {"kind": "period", "value": "2026/2035", "start": 58, "end": 72, "text": "2026–2035 годы", "lang": "ru",
         "qualifier": None},
        {"kind": "duration", "value": "P3Y", "start": 80, "end": 88, "text": "три года", "lang": "ru",
         "qualifier": None},
    ]
    json.dumps(dicts)


def test_values_are_decimal_and_dates() -> None:
    money, percent = cisfacts.extract("$3.2 billion, 9.4%", lang="en")
    assert isinstance(money, cisfacts.Money) and money.amount == Decimal("3200000000")
    assert str(money.amount) == "3200000000"
    assert isinstance(percent, cisfacts.Percent) and percent.value == Decimal("9.4")
    (date,) = cisfacts.extract("18 Қазан, 2021", lang="kk")
    assert isinstance(date, cisfacts.Date) and date.value == datetime.date(2021, 10, 18)


def test_facts_pickle_and_are_frozen() -> None:
    facts = cisfacts.extract("Рост 4,5% в 2024 году, 2 млрд долларов, III квартал 2025 года.", lang="ru")
    assert len(facts) == 4
    assert pickle.loads(pickle.dumps(facts)) == facts
    with pytest.raises(AttributeError):
        facts[0].start = 3  # type: ignore[misc]


def test_detects_language_when_not_given() -> None:
    facts = cisfacts.extract("Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады.")
    assert [(f.kind, f.lang) for f in facts] == [("money", "kk")]


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: cisfacts.parse_number("143 мың", "kk").value, Decimal("143000")),
        (lambda: cisfacts.parse_number("двухсот девяти", "ru").value, Decimal("209")),
        (lambda: cisfacts.parse_number("2024", "en").value, Decimal("2024")),
        (lambda: cisfacts.parse_money("$37,3 млрд-ты", "kk").amount, Decimal("37300000000")),
        (lambda: cisfacts.parse_money("110 млрд. долара", "bg").currency, "USD"),
        (lambda: cisfacts.parse_percent(" 9,4%-ға ", "kk").value, Decimal("9.4")),
        (lambda: cisfacts.parse_date("18 Қазан, 2021", "kk").iso, "2021-10-18"),
        (lambda: cisfacts.parse_date("в январе 2025 года".split(" ", 1)[1], "ru").iso, "2025-01"),
        (lambda: cisfacts.parse_date("прошлом году", "ru", datetime.date(2025, 1, 1)).iso, "2024"),
    ],
)
def test_parsers(call: object, expected: object) -> None:
    assert call() == expected  # type: ignore[operator]


@pytest.mark.parametrize(
    ("func", "text", "lang"),
    [
        (cisfacts.parse_number, "бір-біріне", "kk"),
        (cisfacts.parse_number, "8% и 9%", "ru"),
        (cisfacts.parse_number, "8%", "ru"),
        (cisfacts.parse_money, "8%", "ru"),
        (cisfacts.parse_percent, "около 8", "ru"),
        (cisfacts.parse_date, "прошлом году", "ru"),
        (cisfacts.parse_date, "", "en"),
    ],
)
def test_parse_errors_quote_the_input(func: object, text: str, lang: str) -> None:
    with pytest.raises(ParseError) as info:
        func(text, lang)  # type: ignore[operator]
    assert repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_parse_argument_errors() -> None:
    with pytest.raises(TypeError):
        cisfacts.parse_number(5, "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="supported"):
        cisfacts.parse_number("5", "zz")


@pytest.mark.parametrize(
    "text",
    ["", " ", "%%%%", "-----", "1,1,1,1", "1.1.1.1", "$", "€€€", "млрд млрд", "2025-2025-2025", "\x00\ufffd",
     "9" * 5000, "1 " * 3000, "..." * 100, "31.02.2025", "2025-13-45", "0,0,0", "₸-ге"],
)
def test_extract_never_raises_on_odd_text(text: str) -> None:
    for lang in cisfacts.LANGUAGES:
        for fact in cisfacts.extract(text, lang=lang):
            assert text[fact.start:fact.end] == fact.text


def test_mixed_document_is_read_paragraph_by_paragraph() -> None:
    text = (
        "Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады, "
        "бұл индустрияда 143 мың адам жұмыс істейді.\n\n"
        "Президент отметил, что товарооборот стран СНГ вырос на 8% и достиг 110 млрд долларов в 2024 году."
    )
    facts = cisfacts.extract(text)
    assert [(f.kind, f.lang, f.text) for f in facts] == [
        ("money", "kk", "2 миллиард доллардан"),
        ("number", "kk", "143 мың"),
        ("percent", "ru", "8%"),
        ("money", "ru", "110 млрд долларов"),
        ("date", "ru", "2024 году"),
    ]
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text


def test_region_hint_is_checked() -> None:
    with pytest.raises(TypeError):
        cisfacts.extract("5%", lang="en", region=5)  # type: ignore[arg-type]
