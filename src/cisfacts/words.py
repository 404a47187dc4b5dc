"""Word tables: a language's word forms compiled to one pattern and a lookup.

A form is written in the notation of :mod:`cisfacts.langdata`: ``доллар`` is
exact, ``доллар*`` is a stem that takes the language's endings, and a space
matches any horizontal white space.

>>> table = WordTable([("доллар*", "USD"), ("евро", "EUR")], tail="(?:дан|ы)?")
>>> table.lookup("ДОЛЛАРДАН"), table.lookup("евроы"), table.lookup("долларлар")
('USD', None, None)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

import regex

V = TypeVar("V")

#: Horizontal white space inside a phrase or a number.
HSPACE = r"[ \t\u00a0\u202f\u2009\u2007]"
_SPACE_RUN = regex.compile(r"[\s\u00a0\u202f\u2009\u2007]+")


def normalise(text: str) -> str:
    """Lower-case a word or phrase and fold its white space to single spaces."""
    return _SPACE_RUN.sub(" ", text.strip()).lower()


def alternation(options: Iterable[str]) -> str:
    """A non-capturing alternation of literal strings, longest first."""
    unique = sorted(set(options), key=lambda s: (-len(s), s))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(regex.escape(o) for o in unique) + ")"


def form_pattern(form: str, tail: str) -> str:
    """The pattern of one form: escaped words, ``*`` stems followed by ``tail``."""
    parts = []
    for word in form.split():
        if word.endswith("*") and len(word) > 1:
            parts.append(regex.escape(word[:-1]) + tail)
        else:
            parts.append(regex.escape(word))
    return (HSPACE + "+").join(parts)


class WordTable(Generic[V]):
    """Forms with values: one pattern to match any of them, and a lookup."""

    def __init__(self, entries: Iterable[tuple[str, V]], tail: str = "") -> None:
        self._exact: dict[str, V] = {}
        self._stems: list[tuple[regex.Pattern[str], V]] = []
        patterns: list[tuple[int, str]] = []
        stems: list[tuple[int, str]] = []
        for form, value in entries:
            form = normalise(form)
            if not form:
                continue
            if "*" in form:
                self._stems.append((regex.compile(form_pattern(form, tail), regex.IGNORECASE), value))
                head = form[:-1]
                if form.endswith("*") and "*" not in head:
                    # Stems starred only at the end share one copy of the tail.
                    stems.append((len(head), form_pattern(head, "")))
                else:
                    patterns.append((len(form), form_pattern(form, tail)))
            else:
                self._exact.setdefault(form, value)
                patterns.append((len(form), form_pattern(form, "")))
        alternatives = [p for _, p in sorted(set(patterns), key=lambda p: (-p[0], p[1]))]
        if stems:
            stem_alt = "|".join(p for _, p in sorted(set(stems), key=lambda p: (-p[0], p[1])))
            alternatives.append(f"(?:{stem_alt}){tail}")
        #: One alternation of every form, exact forms first (no word boundaries).
        self.pattern = "(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)"

    def __bool__(self) -> bool:
        return bool(self._exact or self._stems)

    def lookup(self, text: str) -> V | None:
        """The value of ``text`` if it is one of the forms, else ``None``."""
        key = normalise(text)
        if key in self._exact:
            return self._exact[key]
        for pattern, value in self._stems:
            if pattern.fullmatch(key):
                return value
        return None
