"""Property tests: figures written the way each locale writes them come back exactly.

The figures are made by babel (see ``strategies.py`` for which CLDR formats
are used and why some are left out), embedded in a short news-like sentence,
and ``cisfacts.extract`` must return exactly one fact, of the right kind,
with the exact value and the exact span. No assertion here is approximate.
"""

from __future__ import annotations

import datetime
import json
import os
import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import (
    COMPACT_STYLES,
    CORE_LANGS,
    KNOWN_GAPS,
    LANGS,
    PERCENT_ENDINGS,
    PREFIXES,
    QUANTITY_LANGS,
    SUFFIXES,
    Embedded,
    compact_numbers,
    embedded,
    formatted_dates,
    formatted_money,
    formatted_numbers,
    formatted_percents,
    formatted_quantities,
    formatted_ranges,
    kk_suffixed_percents,
    noise_texts,
    paragraphs,
    scaled_money,
    scaled_numbers,
    suffixed_percents,
)

import cisfacts
from cisfacts import Date, Fact, Figure, Money, Number, Percent, Quantity

#: Examples per property and language; raise it for a deeper search, e.g.
#: ``CISFACTS_PROPERTY_EXAMPLES=2000 pytest tests/test_properties.py``.
EXAMPLES = int(os.environ.get("CISFACTS_PROPERTY_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
#: The paragraph properties (invariants, determinism, embedding) are the
#: slow ones; for the languages beyond the first four they run a quarter of
#: the examples, which keeps the whole file near a minute and a half. The
#: read-back properties run ``EXAMPLES`` for every language.
PARAGRAPH_EXAMPLES = max(1, EXAMPLES // 4)
PARAGRAPH_SETTINGS = settings(SETTINGS, max_examples=PARAGRAPH_EXAMPLES)
OTHER_LANGS = tuple(lang for lang in LANGS if lang not in CORE_LANGS)
REFERENCE = datetime.date(2024, 6, 1)


def the_only_fact(case: Embedded, lang: str, kind: type[Fact]) -> Fact:
    """Extract from the sentence; there must be exactly one fact, of ``kind``, at the figure."""
    facts = cisfacts.extract(case.sentence, lang=lang, reference_date=REFERENCE)
    where = f"lang={lang!r} text={case.sentence!r} figure={case.figure.text!r} got={facts!r}"
    assert len(facts) == 1, where
    (fact,) = facts
    assert type(fact) is kind, where
    assert (fact.start, fact.end) == (case.start, case.end), where
    assert fact.text == case.figure.text, where
    assert fact.lang == lang, where
    assert fact.qualifier is None, where
    return fact


def test_languages() -> None:
    # The strategies cover every language of the library.
    assert LANGS == cisfacts.LANGUAGES


@pytest.mark.parametrize("lang", LANGS)
def test_neighbour_words_are_neutral(lang: str) -> None:
    # The prefixes and suffixes alone hold no figure: whatever is read in a
    # generated sentence comes from the figure.
    for prefix in PREFIXES[lang]:
        for suffix in SUFFIXES[lang]:
            text = f"{prefix} {suffix}"
            assert cisfacts.extract(text, lang=lang, reference_date=REFERENCE) == [], (lang, text)


# --------------------------------------------------------------------------
# (a) numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_number_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_numbers(lang), lang))
    fact = the_only_fact(case, lang, Number)
    assert isinstance(fact, Number)
    assert isinstance(fact.value, Decimal)
    assert fact.value == case.figure.value, case


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang in COMPACT_STYLES])
@SETTINGS
@given(data=st.data())
def test_compact_number_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(compact_numbers(lang), lang))
    fact = the_only_fact(case, lang, Number)
    assert isinstance(fact, Number)
    assert fact.value == case.figure.value, case


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_number_with_scale_word_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(scaled_numbers(lang), lang))
    fact = the_only_fact(case, lang, Number)
    assert isinstance(fact, Number)
    assert fact.value == case.figure.value, case


# --------------------------------------------------------------------------
# (b) money
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_money_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_money(lang), lang))
    fact = the_only_fact(case, lang, Money)
    assert isinstance(fact, Money)
    assert isinstance(fact.amount, Decimal)
    assert (fact.amount, fact.currency) == (case.figure.value, case.figure.currency), case


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_money_with_scale_word_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(scaled_money(lang), lang))
    fact = the_only_fact(case, lang, Money)
    assert isinstance(fact, Money)
    assert (fact.amount, fact.currency) == (case.figure.value, case.figure.currency), case


# --------------------------------------------------------------------------
# (b2) quantities and ranges
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", QUANTITY_LANGS)
@SETTINGS
@given(data=st.data())
def test_quantity_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_quantities(lang), lang))
    fact = the_only_fact(case, lang, Quantity)
    assert isinstance(fact, Quantity)
    assert (fact.value, fact.unit) == (case.figure.value, case.figure.unit), case


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_range_gives_both_ends_with_the_shared_unit(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_ranges(lang), lang))
    facts = cisfacts.extract(case.sentence, lang=lang, reference_date=REFERENCE)
    where = f"lang={lang!r} text={case.sentence!r} got={facts!r}"
    assert len(facts) == 2, where
    low, high = facts
    assert isinstance(low, Figure) and isinstance(high, Figure), where
    assert low.kind == high.kind == case.figure.unit, where
    assert low.range == high.range == (case.start, case.end), where
    assert (low.start, high.end) == (case.start, case.end), where
    values = [f.amount if isinstance(f, Money) else f.value for f in facts]  # type: ignore[attr-defined]
    assert values == [case.figure.low, case.figure.value], where
    if case.figure.currency is not None:
        assert {f.currency for f in facts if isinstance(f, Money)} == {case.figure.currency}, where


# --------------------------------------------------------------------------
# (c) percents
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_percent_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_percents(lang), lang))
    fact = the_only_fact(case, lang, Percent)
    assert isinstance(fact, Percent)
    assert isinstance(fact.value, Decimal)
    assert fact.value == case.figure.value, case


@SETTINGS
@given(data=st.data())
def test_kazakh_percent_keeps_its_case_ending(data: st.DataObject) -> None:
    case = data.draw(embedded(kk_suffixed_percents(), "kk"))
    fact = the_only_fact(case, "kk", Percent)
    assert isinstance(fact, Percent)
    assert fact.value == case.figure.value, case


@pytest.mark.parametrize("lang", sorted(PERCENT_ENDINGS))
@SETTINGS
@given(data=st.data())
def test_percent_keeps_its_case_ending(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(suffixed_percents(lang), lang))
    fact = the_only_fact(case, lang, Percent)
    assert isinstance(fact, Percent)
    assert fact.value == case.figure.value, case


# --------------------------------------------------------------------------
# (d) dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@SETTINGS
@given(data=st.data())
def test_date_is_read_back(lang: str, data: st.DataObject) -> None:
    case = data.draw(embedded(formatted_dates(lang), lang))
    fact = the_only_fact(case, lang, Date)
    assert isinstance(fact, Date)
    assert (fact.value, fact.precision) == (case.figure.value, "day"), case


if KNOWN_GAPS:  # defined only while some news-style CLDR format is not read yet

    @pytest.mark.parametrize(
        ("lang", "fmt"),
        [
            pytest.param(lang, fmt, marks=pytest.mark.xfail(strict=True, reason=reason))
            for lang, fmt, reason in KNOWN_GAPS
        ],
    )
    @SETTINGS
    @given(data=st.data())
    def test_known_gap_date_is_read_back(lang: str, fmt: str, data: st.DataObject) -> None:
        case = data.draw(embedded(formatted_dates(lang, fmt), lang))
        fact = the_only_fact(case, lang, Date)
        assert isinstance(fact, Date)
        assert (fact.value, fact.precision) == (case.figure.value, "day"), case


# --------------------------------------------------------------------------
# (e) any text: no exception, and the span invariants
# --------------------------------------------------------------------------


def check_invariants(text: str, facts: list[Fact]) -> None:
    assert isinstance(facts, list)
    previous_end = 0
    previous_start = -1
    for fact in facts:
        assert isinstance(fact, Fact), fact
        assert 0 <= fact.start < fact.end <= len(text), (text, fact)
        assert text[fact.start : fact.end] == fact.text, (text, fact)
        assert fact.start >= previous_start, (text, facts)  # sorted by start
        assert fact.start >= previous_end, (text, facts)  # no overlap
        assert fact.lang in cisfacts.LANGUAGES, fact
        json.dumps(fact.to_dict())
        previous_start, previous_end = fact.start, fact.end


LANG_OR_NONE = st.sampled_from((None, *cisfacts.LANGUAGES))


@settings(max_examples=2 * EXAMPLES, deadline=None)
@given(text=st.text(), lang=LANG_OR_NONE)
def test_any_text_never_raises(text: str, lang: str | None) -> None:
    check_invariants(text, cisfacts.extract(text, lang=lang))


@settings(max_examples=2 * EXAMPLES, deadline=None)
@given(text=noise_texts(), lang=LANG_OR_NONE)
def test_figure_like_noise_never_raises(text: str, lang: str | None) -> None:
    check_invariants(text, cisfacts.extract(text, lang=lang, reference_date=REFERENCE))


def check_paragraph(lang: str, data: st.DataObject) -> None:
    text = data.draw(paragraphs(lang))
    check_invariants(text, cisfacts.extract(text, lang=lang, reference_date=REFERENCE))


@pytest.mark.parametrize("lang", CORE_LANGS)
@SETTINGS
@given(data=st.data())
def test_paragraph_invariants(lang: str, data: st.DataObject) -> None:
    check_paragraph(lang, data)


@pytest.mark.parametrize("lang", OTHER_LANGS)
@PARAGRAPH_SETTINGS
@given(data=st.data())
def test_paragraph_invariants_other_languages(lang: str, data: st.DataObject) -> None:
    check_paragraph(lang, data)


# --------------------------------------------------------------------------
# (f) determinism and pickling
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", CORE_LANGS)
@SETTINGS
@given(data=st.data())
def test_deterministic_and_picklable(lang: str, data: st.DataObject) -> None:
    check_deterministic_and_picklable(lang, data)


@pytest.mark.parametrize("lang", OTHER_LANGS)
@PARAGRAPH_SETTINGS
@given(data=st.data())
def test_deterministic_and_picklable_other_languages(lang: str, data: st.DataObject) -> None:
    check_deterministic_and_picklable(lang, data)


def check_deterministic_and_picklable(lang: str, data: st.DataObject) -> None:
    text = data.draw(st.one_of(paragraphs(lang), noise_texts()))
    first = cisfacts.extract(text, lang=lang, reference_date=REFERENCE)
    second = cisfacts.extract(text, lang=lang, reference_date=REFERENCE)
    assert first == second, text
    for fact in first:
        copy = pickle.loads(pickle.dumps(fact))
        assert copy == fact
        assert type(copy) is type(fact)
        assert copy.to_dict() == fact.to_dict()


# --------------------------------------------------------------------------
# (g) a paragraph reads the same wherever it stands
# --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", CORE_LANGS)
@SETTINGS
@given(data=st.data())
def test_embedding_shifts_facts_by_offset(lang: str, data: st.DataObject) -> None:
    check_embedding_shifts_facts_by_offset(lang, data)


@pytest.mark.parametrize("lang", OTHER_LANGS)
@PARAGRAPH_SETTINGS
@given(data=st.data())
def test_embedding_shifts_facts_by_offset_other_languages(lang: str, data: st.DataObject) -> None:
    check_embedding_shifts_facts_by_offset(lang, data)


def check_embedding_shifts_facts_by_offset(lang: str, data: st.DataObject) -> None:
    before = data.draw(paragraphs(lang, max_sentences=3), label="before")
    middle = data.draw(paragraphs(lang), label="middle")
    after = data.draw(paragraphs(lang, max_sentences=3), label="after")
    text = before + "\n\n" + middle + "\n\n" + after
    offset = len(before) + 2
    alone = cisfacts.extract(middle, lang=lang, reference_date=REFERENCE)
    inside = cisfacts.extract(text, lang=lang, reference_date=REFERENCE)
    shifted = [attrs.evolve(f, start=f.start + offset, end=f.end + offset) for f in alone]
    in_middle = [f for f in inside if offset <= f.start and f.end <= offset + len(middle)]
    assert in_middle == shifted, (text, alone, inside)
    for fact in inside:  # nothing spans a paragraph break
        assert "\n\n" not in fact.text, fact
