"""Invariants every language's data (hand-written and CLDR) must keep."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest

from cisfacts import LANGUAGES, cldr
from cisfacts.facts import QUALIFIERS
from cisfacts.grammar import get_grammar
from cisfacts.languages import language_data


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
    decimal, group = cldr.separators(data.locale) if data.locale else data.separators
    assert decimal in ",." and decimal != group
