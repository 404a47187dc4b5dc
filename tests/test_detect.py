"""Language detection on every language's own test sentences, and on mixed documents."""

from __future__ import annotations

import importlib

import pytest

import cisfacts
from cisfacts.detect import detect_paragraphs


def _sentences(lang: str) -> list[str]:
    module = importlib.import_module("test_lang_" + lang.lower().replace("-", "_"))
    return [text for text, _ in module.CASES]


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


@pytest.mark.parametrize("lang", cisfacts.LANGUAGES)
def test_paragraphs_are_detected(lang: str) -> None:
    # A paragraph: three of the language's test sentences together.
    sentences = [s for s in _sentences(lang) if _letters(s) >= 12]
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences) - 2, 3)]
    assert paragraphs
    wrong = [(p[:60], cisfacts.detect_language(p)) for p in paragraphs if cisfacts.detect_language(p) != lang]
    assert not wrong, wrong


def test_sentence_accuracy() -> None:
    """Single sentences of 30 letters or more: at least 60% right in every language, 85% overall."""
    rates = {}
    right_all = total = 0
    for lang in cisfacts.LANGUAGES:
        sentences = [s for s in _sentences(lang) if _letters(s) >= 30]
        assert sentences, lang
        right = sum(cisfacts.detect_language(s) == lang for s in sentences)
        rates[lang] = right / len(sentences)
        right_all += right
        total += len(sentences)
    assert min(rates.values()) >= 0.6, rates
    assert right_all / total >= 0.85, rates


def test_mixed_document() -> None:
    kk = "Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады, бұл өте маңызды."
    ru = "Президент отметил, что товарооборот стран СНГ вырос на 8% и достиг 110 млрд долларов."
    en = "Exports grew by 8% this year, and the central bank kept its base rate at 16.5 percent."
    text = f"{kk}\n\n{ru}\n\n{en}"
    assert [lang for _, _, lang in detect_paragraphs(text)] == ["kk", "ru", "en"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Kyrgyz shares ө, ү and ң with Kazakh; a text with none of Kazakh's own ә, ғ, қ, ұ is not Kazakh.
        ("Быйыл өлкөдө 1,8 млн тоннадан ашык дан жыйналды.", "ky"),
        ("Кыргызстанда 2 млн 300 миң гектар айыл чарба жерлери бар.", "ky"),
        ("Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады.", "kk"),
    ],
)
def test_expected_letters(text: str, lang: str) -> None:
    assert cisfacts.detect_language(text) == lang
