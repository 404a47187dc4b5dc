"""Language detection: a fast script-and-letter heuristic.

>>> detect_language("Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады.")
'kk'
>>> detect_language("Добавената стойност на нашия творчески сектор надхвърли 2 милиарда долара.")
'bg'
>>> detect_language("Оборот вырос на 8% в этом году."), detect_language("Exports rose 8%.")
('ru', 'en')
"""

from __future__ import annotations

import regex

_KAZAKH = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_RUSSIAN = frozenset("ыэёЫЭЁ")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN = regex.compile(r"\p{Latin}")
_BG_WORDS = regex.compile(r"(?i)(?<!\p{L})(?:на|се|са|от|за|да|че|ще|като|със|във|бе|беше|които|това)(?!\p{L})")
_RU_WORDS = regex.compile(r"(?i)(?<!\p{L})(?:не|что|это|как|был|была|его|для|году|года|по|из|он|она)(?!\p{L})")

#: How much text detection looks at: enough to be sure, bounded for speed.
_SAMPLE = 4000


def detect_language(text: str) -> str:
    """The most likely supported language of ``text`` (``"en"`` when no letters say otherwise)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic <= latin:
        return "en"
    kazakh = sum(1 for ch in sample if ch in _KAZAKH)
    if kazakh >= max(2, cyrillic // 200):
        return "kk"
    russian_letters = sum(1 for ch in sample if ch in _RUSSIAN)
    bg_score = len(_BG_WORDS.findall(sample)) + sample.count("ъ") // 2
    ru_score = len(_RU_WORDS.findall(sample)) + russian_letters
    return "bg" if bg_score > ru_score else "ru"
