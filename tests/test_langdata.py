"""Invariants every language's data (hand-written and CLDR) must keep."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest

import cisfacts
from cisfacts import LANGUAGES, cldr
from cisfacts.facts import CHANGES, QUALIFIERS
from cisfacts.grammar import get_grammar
from cisfacts.languages import language_data
from cisfacts.units import UNITS
from cisfacts.words import normalise


def _module(lang: str) -> str:
    return "test_lang_" + lang.lower().replace("-", "_")


# Literal month tables (each language's test module holds its FIRST_MONTHS), checked
# after every language is loaded in one process: babel 2.18 can hand one locale's
# stand-alone names to another (python-babel/babel#1234).
FIRST_MONTHS = {lang: importlib.import_module(_module(lang)).FIRST_MONTHS for lang in LANGUAGES}


@pytest.fixture(scope="module", autouse=True)
def _load_all() -> None:
    for lang in LANGUAGES:
        get_grammar(lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_months_resolve_after_all_languages_loaded(lang: str) -> None:
    grammar = get_grammar(lang)
    locale = language_data(lang).locale
    names = cldr.month_names(locale) if locale else {}
    for month, form in enumerate(FIRST_MONTHS[lang], start=1):
        assert grammar.month.lookup(form) == month, form
    if names:
        assert tuple(names[m][0] for m in (1, 2, 3)) == FIRST_MONTHS[lang]
    for month, forms in names.items():
        for form in forms:
            assert grammar.month.lookup(form) == month, form
            assert grammar.month.lookup(form.upper()) == month, form
    for month, forms in language_data(lang).month_words.items():
        for form in forms:
            assert grammar.month.lookup(form.rstrip("*")) == month, form


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scale_words(lang: str) -> None:
    grammar = get_grammar(lang)
    data = language_data(lang)
    for value, forms in data.scale_words.items():
        assert value in (10**3, 10**6, 10**9, 10**12)
        for form in forms:
            assert grammar.scale.lookup(form.rstrip("*")) == value, form
    locale = language_data(lang).locale
    cldr_words = cldr.scale_words(locale) if locale else {}
    for value in (10**3, 10**6, 10**9):
        assert value in cldr_words.values() or value in data.scale_words, value
    for word, value in cldr_words.items():
        assert grammar.scale.lookup(word) == value, word


@pytest.mark.parametrize("lang", LANGUAGES)
def test_number_words_below_1000_round_trip(lang: str) -> None:
    grammar = get_grammar(lang)
    data = language_data(lang)
    assert set(range(1, 11)) <= set(data.number_words), "units and ten"
    for value, forms in data.number_words.items():
        for form in forms:
            assert grammar.number.lookup(form.rstrip("*")) == Decimal(value), form


@pytest.mark.parametrize("lang", LANGUAGES)
def test_currencies_resolve_to_iso_codes(lang: str) -> None:
    grammar = get_grammar(lang)
    for code, forms in language_data(lang).currency_words.items():
        assert len(code) == 3 and code.isupper()
        for form in forms:
            assert grammar.currency.lookup(form.replace("*", "")) == code, form
    locale = language_data(lang).locale
    for code, names in (cldr.currency_names(locale) if locale else {}).items():
        for name in names:
            assert grammar.currency.lookup(name) == code, name
    assert grammar.symbols["$"] == "USD"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_other_tables(lang: str) -> None:
    data = language_data(lang)
    grammar = get_grammar(lang)
    assert set(data.qualifiers_before.values()) | set(data.qualifiers_after.values()) <= set(QUALIFIERS)
    for value, forms in data.ordinal_numbers.items():
        assert 1 <= value <= 4
        for form in forms:
            assert grammar.ordinal.lookup(form.rstrip("*")) == value
    for unit, forms in data.duration_words.items():
        for form in forms:
            assert grammar.duration.lookup(form.rstrip("*")) == unit
    assert all(-5 <= offset <= 5 for offset in data.relative_years.values())
    # a relative month a day follows is one of the relative months
    for form in data.relative_months_before_day:
        assert grammar.relative_month.lookup(form) == data.relative_months[form]
    decimal, group = cldr.separators(data.locale) if data.locale else data.separators
    assert decimal in ",." and decimal != group


@pytest.mark.parametrize("lang", LANGUAGES)
def test_units_resolve_to_their_symbols(lang: str) -> None:
    data = language_data(lang)
    grammar = get_grammar(lang)
    assert set(data.unit_words) <= set(UNITS)
    for unit, forms in data.unit_words.items():
        for form in forms:
            assert grammar.quantity.lookup(form.replace("*", "")) == unit, form
    for unit, keys in UNITS.items():
        for key in keys if data.locale else ():
            for name in cldr.unit_words(data.locale, key):  # type: ignore[arg-type]
                # a CLDR name is left out only where it is another word of the language
                found = grammar.quantity.lookup(name)
                assert found in (unit, None), (name, found)
    # a unit word is never also a currency, a percent, a scale or a year word
    for forms in data.unit_words.values():
        for form in forms:
            word = form.replace("*", "")
            assert grammar.currency.lookup(word) is None, form
            assert grammar.percent.lookup(word) is None, form
            assert grammar.scale.lookup(word) is None, form
            assert grammar.year_word.lookup(word) is None, form


@pytest.mark.parametrize("lang", LANGUAGES)
def test_change_words_resolve_to_their_direction(lang: str) -> None:
    data = language_data(lang)
    grammar = get_grammar(lang)
    for table, words in ((grammar.change_before, data.change_before), (grammar.change_after, data.change_after)):
        assert set(words) <= set(CHANGES)
        for direction, forms in words.items():
            for form in forms:
                # "-ga ko'p": the word after the ending is what the table holds
                word = form.partition(" ")[2] if form.startswith("-") else form
                assert table.lookup(word.replace("*", "")) == direction, form
    # a word is not both a change and a level
    levels = {normalise(w).replace("*", "") for w in (*data.level_before, *data.level_after)}
    changes = {normalise(w).replace("*", "") for forms in (*data.change_before.values(), *data.change_after.values())
               for w in forms}
    assert not levels & changes


def test_a_thousand_tonnes_is_a_thousand() -> None:
    # the unit table's invariant: a scale word before a unit multiplies, the unit never does
    for lang in ("kk", "ru", "en"):
        text = {"kk": "1 мың тонна", "ru": "1 тыс. тонн", "en": "1 thousand tonnes"}[lang]
        (fact,) = cisfacts.extract(text, lang=lang)
        assert isinstance(fact, cisfacts.Quantity) and (fact.value, fact.unit) == (Decimal(1000), "t")
