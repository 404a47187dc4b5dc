"""The candidate-driven scan finds exactly what the scanner finds when run over every position.

``extract`` tries the scanner only where one of its alternatives' first-characters lookaheads
passes (:func:`cisfacts.extract._matches`); these tests hold it to ``scanner.finditer``, match for
match, on text made of each language's own words, digits and punctuation, and on the seed articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import cisfacts
from cisfacts.extract import _matches
from cisfacts.grammar import get_grammar
from cisfacts.languages import language_data
from cisfacts.words import WordTable, alternation, heads

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
PIECES = ["12", "7", "2024", "1,5", "3.400", "10 000", "0", "%", "$", "€", "-", "–", "—", ":", ".", ",", "(", ")",
          "«", "»", "/", "№", "+", "USD", "Q3", "IV", "\n", "\n\n", "'", "°C"]


def _strings(value: object) -> Iterator[str]:
    """Every string inside a data field (tuples, mappings, nested), stems without their ``*``."""
    if isinstance(value, str):
        yield value.replace("*", "")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _strings(item)


def _words(code: str) -> list[str]:
    data = language_data(code)
    found = {w for field in attrs.fields(type(data)) for w in _strings(getattr(data, field.name))}
    return sorted(w for w in found if w.strip() and len(w) < 40)


def _same(code: str, text: str, start: int = 0, end: int | None = None) -> None:
    grammar = get_grammar(code)
    stop = len(text) if end is None else end
    everywhere = [(m.span(), m.lastgroup) for m in grammar.scanner.finditer(text, start, stop)]
    candidates = [(m.span(), m.lastgroup) for m in _matches(grammar, text, start, stop)]
    assert candidates == everywhere


@pytest.mark.parametrize("code", cisfacts.LANGUAGES)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_candidates_find_what_the_scanner_finds(code: str, data: st.DataObject) -> None:
    words = _words(code)
    piece = st.one_of(st.sampled_from(words), st.sampled_from(PIECES), st.integers(0, 3000).map(str))
    parts = data.draw(st.lists(st.tuples(piece, st.sampled_from(["", " ", " ", "\n", "-", ", "])), max_size=40))
    text = "".join(p + sep for p, sep in parts)
    _same(code, text)
    if text:
        cut = data.draw(st.integers(0, len(text)))
        _same(code, text, cut // 2, cut)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")
@pytest.mark.parametrize("code", cisfacts.LANGUAGES)
def test_candidates_on_the_seed_articles(code: str) -> None:
    for path in sorted(SEEDS.iterdir()):
        _same(code, path.read_text(encoding="utf-8"))


def test_first_character_lookaheads_keep_patterns_optional() -> None:
    # The lookahead in front of a table belongs to it: a table made optional may still match nothing.
    many = [f"{letter}ar" for letter in "abcdefghijklmnopqrstuvwxyzəüö"]
    tables = [(alternation(["lar", "lər"]), "lər"), (alternation(many), "öar"), (heads(["январь", "июнь"]), "июн"),
              (WordTable([("dollar*", "USD")]).pattern, "dollar"), (WordTable([(w, 1) for w in many]).pattern, "zar")]
    assert "(?=" in tables[1][0] and "(?=" in tables[4][0]
    for pattern, sample in tables:
        assert regex.fullmatch(pattern + "?", "") is not None
        assert regex.fullmatch(pattern, sample) is not None
    assert regex.fullmatch(alternation(["ş"]), "ș") is not None
    assert regex.fullmatch(alternation(["ș"]), "ş") is not None
