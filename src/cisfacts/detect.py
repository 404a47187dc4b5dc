"""Language detection from script, marker letters and frequent short words.

Generic over the languages' data: each data file names its script, the
letters that mark it among languages of that script, and its frequent short
words. The script picks the candidates; each candidate scores its marker
letters (a letter shared by several candidates counts less) and its words.

>>> detect_language("Бүгінде креативті секторымыздағы қосылған құн 2 миллиард доллардан асады.")
'kk'
>>> detect_language("Добавената стойност на нашия творчески сектор надхвърли 2 милиарда долара.")
'bg'
>>> detect_language("Оборот вырос на 8% в этом году."), detect_language("Exports rose 8%.")
('ru', 'en')
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter

import attrs
import regex

from cisfacts.languages import LANGUAGES, language_data
from cisfacts.words import normalise

#: How much of a text detection reads: enough to be sure, bounded for speed.
_SAMPLE = 3000
#: A paragraph with fewer letters than this takes the language of its document...
_MIN_LETTERS = 60
#: ...unless its own evidence leads by this much.
_CLEAR_LEAD = 2.0
#: A text without any of a language's expected letters loses a point per this many letters...
_EXPECTED_EVERY = 10
#: ...up to this many.
_EXPECTED_MAX = 8.0
_WORD = regex.compile(r"\p{L}+(?:['’ʼʻ]\p{L}+)*")
#: Roman numerals (ІІІ тримесечие) say nothing of the language: left out.
_ROMAN = regex.compile(r"(?<!\p{L})[IІVУXХ]{1,4}(?!\p{L})")
_PARAGRAPH = regex.compile(r"\n[ \t\u00a0]*\n|\r\n[ \t]*\r\n")
_SCRIPTS = {
    "Cyrl": regex.compile(r"\p{Cyrillic}"),
    "Latn": regex.compile(r"\p{Latin}"),
    "Armn": regex.compile(r"\p{Armenian}"),
    "Geor": regex.compile(r"\p{Georgian}"),
}


@attrs.frozen
class _Profile:
    code: str
    script: str
    letters: dict[str, float]
    words: frozenset[str]
    alphabet: frozenset[str]
    prior: float
    expected: frozenset[str]


@attrs.frozen
class _Profiles:
    by_script: dict[str, tuple[_Profile, ...]]


_CACHE: list[_Profiles] = []
_LOCK = threading.Lock()


def _profiles() -> _Profiles:
    """Every language's detection profile, built once."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            datas = [language_data(code) for code in LANGUAGES]
            by_script: dict[str, list[_Profile]] = {}
            for script in {d.script for d in datas}:
                group = [d for d in datas if d.script == script]
                marks = {d.code: {*d.detect_letters.lower(), *(m.lower() for m in d.detect_markers)} for d in group}
                shared = Counter(m for d in group for m in marks[d.code])
                by_script[script] = [
                    _Profile(
                        d.code,
                        script,
                        {m: 1 / shared[m] for m in marks[d.code]},
                        frozenset(normalise(w) for w in d.detect_words),
                        frozenset(d.alphabet),
                        d.detect_prior,
                        frozenset(d.detect_expected.lower()),
                    )
                    for d in group
                ]
            _CACHE.append(_Profiles({k: tuple(v) for k, v in by_script.items()}))
    return _CACHE[0]


def _script(sample: str) -> str:
    counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS.items()}
    return max(counts, key=lambda name: counts[name])


def _score(profile: _Profile, lower: str, letters: Counter[str], words: Counter[str]) -> float:
    marks = sum(lower.count(mark) * weight for mark, weight in profile.letters.items())
    hits = sum(count for word, count in words.items() if word in profile.words)
    foreign = sum(n for ch, n in letters.items() if ch not in profile.alphabet) if profile.alphabet else 0
    missing = 0.0
    if profile.expected and not any(letters[ch] for ch in profile.expected):
        # None of the letters nearly every sentence of the language has: the longer the text, the less likely.
        missing = min(letters.total() / _EXPECTED_EVERY, _EXPECTED_MAX)
    return 2 * marks + hits - 3 * foreign - missing + profile.prior


def _detect(text: str) -> tuple[str, float]:
    """The best language for ``text`` and its lead over the runner-up."""
    sample = _ROMAN.sub(" ", text[:_SAMPLE])
    profiles = _profiles().by_script.get(_script(sample), ())
    if not profiles:
        return ("en" if "en" in LANGUAGES else LANGUAGES[0]), 0.0
    if len(profiles) == 1:
        return profiles[0].code, float("inf")
    lower = sample.lower()
    script = _SCRIPTS[profiles[0].script]
    letters = Counter(ch for ch in lower if ch.isalpha() and script.match(ch))
    words = Counter(normalise(w) for w in _WORD.findall(lower))
    scores = sorted(
        ((_score(p, lower, letters, words), -LANGUAGES.index(p.code), p.code) for p in profiles), reverse=True
    )
    return scores[0][2], scores[0][0] - scores[1][0]


def detect_language(text: str) -> str:
    """The most likely supported language of ``text`` (``"en"`` when nothing says otherwise)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return _detect(text)[0]


def detect_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """Split ``text`` at blank lines and detect each paragraph's language.

    Consecutive paragraphs of one language are merged; a short paragraph takes
    the language of the whole text unless its own letters and words clearly
    say otherwise (or it is written in another script).

    >>> detect_paragraphs("Exports grew by 8% this year.\\n\\nЭкспорт вырос на 8% в этом году.")
    [(0, 31, 'en'), (31, 63, 'ru')]
    """
    document = detect_language(text)
    document_script = _script(text[:_SAMPLE])
    cuts = [0, *(m.end() for m in _PARAGRAPH.finditer(text)), len(text)]
    parts: list[tuple[int, int, str]] = []
    for start, end in itertools.pairwise(cuts):
        if start == end:
            continue
        chunk = text[start:end]
        letters = sum(1 for ch in chunk[:_SAMPLE] if ch.isalpha())
        lang, lead = _detect(chunk)
        if letters < _MIN_LETTERS and lead < _CLEAR_LEAD and _script(chunk[:_SAMPLE]) == document_script:
            lang = document
        if parts and parts[-1][2] == lang:
            parts[-1] = (parts[-1][0], end, lang)
        else:
            parts.append((start, end, lang))
    return parts or [(0, len(text), document)]
