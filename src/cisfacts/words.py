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
#: The ways an apostrophe is typed (so'm, soʻm, so’m, мʼясо): all read as one.
APOSTROPHES = "'’ʼʻ‘`´"
_APOSTROPHE_CLASS = "[" + regex.escape(APOSTROPHES) + "]"
#: Letters typed two ways: Romanian comma-below and cedilla (ș ş, ț ţ).
_TWINS = {"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"}
_FOLD_APOSTROPHES = str.maketrans({**{ch: "'" for ch in APOSTROPHES}, **_TWINS})
#: Letters whose lower case is two characters in Python ("İ" -> "i̇"): folded first.
_BEFORE_LOWER = str.maketrans({"İ": "i"})
_TWIN_CLASSES = {folded: f"[{folded}{twin}]" for twin, folded in _TWINS.items()}


def normalise(text: str) -> str:
    """Lower-case a word or phrase, fold its white space and its apostrophes.

    >>> normalise("  Soʻm   MILLIARD "), normalise("Chişinău")
    ("so'm milliard", 'chișinău')
    """
    return _SPACE_RUN.sub(" ", text.strip()).translate(_BEFORE_LOWER).lower().translate(_FOLD_APOSTROPHES)


def _fold(text: str) -> str:
    """Fold white space, apostrophes and twin letters, keeping the case."""
    return _SPACE_RUN.sub(" ", text.strip()).translate(_FOLD_APOSTROPHES)


def _char(ch: str) -> str:
    """The pattern of one character of a form."""
    if ch == " ":
        return HSPACE + "+"
    if ch == "'":
        return _APOSTROPHE_CLASS
    if ch in _TWIN_CLASSES:
        return _TWIN_CLASSES[ch]
    return regex.escape(ch)


def alternation(options: Iterable[str]) -> str:
    """A non-capturing alternation of literal strings, longest first.

    Apostrophes and twin letters match every way they are typed, and a space
    any horizontal white space.
    """
    unique = sorted({_fold(o) for o in options if o.strip()}, key=lambda s: (-len(s), s))
    if not unique:
        return "(?!)"
    body = "|".join("".join(_char(c) for c in o) for o in unique)
    if len(unique) < _LOOKAHEAD_FROM:
        return "(?:" + body + ")"
    return "(?:" + first_chars(unique) + "(?:" + body + "))"


#: Tables and alternations of at least this many forms get a lookahead for their first letters: it
#: saves the ``regex`` engine trying their branches one by one where none can start, and on small ones
#: it costs more pattern (compile time, memory) than it saves.
_LOOKAHEAD_FROM = 24


def first_chars(forms: Iterable[str]) -> str:
    """A lookahead for the characters folded ``forms`` can start with, every way they are typed.

    >>> first_chars(["доллар", "евро", "șase"])
    '(?=[şșде])'
    """
    chars: set[str] = set()
    for form in forms:
        head = form[:1]
        if not head or head in " *":
            return ""
        if head == "'":
            chars.update(APOSTROPHES)
        else:
            chars.add(head)
            chars.update(twin for twin, folded in _TWINS.items() if folded == head)
    if not chars:
        return ""
    return "(?=[" + "".join(regex.escape(c) for c in sorted(chars)) + "])"


def trie_pattern(forms: Iterable[str]) -> str:
    """One pattern for many literal forms, factored by shared prefixes.

    A space in a form matches any horizontal white space. Longer forms are
    tried first at each branch, so the longest form wins unless what follows
    forces a shorter one.

    >>> trie_pattern(["два", "две", "двести"])
    '(?:дв(?:а|е(?:сти)?))'
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        branches = []
        for ch in sorted(k for k in node if k):
            branches.append(_char(ch) + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(root) + ")"


def heads(forms: Iterable[str], size: int = 3) -> str:
    """A pattern matching the first ``size`` characters of any of ``forms``.

    >>> heads(["январь", "января", "июнь", "в"])
    '(?:(?=[вия])(?:в|июн|янв))'
    """
    prefixes = {normalise(f).replace("*", "").split(" ")[0][:size] for f in forms}
    prefixes.discard("")
    if not prefixes:
        return "(?!)"
    # A prefix that another one starts with adds nothing to a lookahead.
    kept = sorted(p for p in prefixes if not any(p != q and p.startswith(q) for q in prefixes))
    return "(?:" + first_chars(kept) + "(?:" + "|".join("".join(_char(c) for c in p) for p in kept) + "))"


def form_pattern(form: str, tail: str) -> str:
    """The pattern of one form: escaped words, ``*`` stems followed by ``tail``."""
    parts = []
    for word in form.split():
        if word.endswith("*") and len(word) > 1:
            parts.append("".join(_char(c) for c in word[:-1]) + tail)
        else:
            parts.append("".join(_char(c) for c in word))
    return (HSPACE + "+").join(parts)


def _first_group(found: regex.Match[str]) -> int:
    """The index (from 0) of the numbered group that matched."""
    return next(i for i, span in enumerate(found.regs[1:]) if span[0] >= 0)


class WordTable(Generic[V]):
    """Forms with values: one pattern to match any of them, and a lookup."""

    def __init__(self, entries: Iterable[tuple[str, V]], tail: str = "", cased_letters: bool = False) -> None:
        """``cased_letters``: a one-letter form written in lower case (``м``) does not match its capital."""
        self._exact: dict[str, V] = {}
        #: Stems: one pattern of numbered groups (the first that matches the whole key wins)
        #: and the value of each group.
        self._stem_values: list[V] = []
        stem_parts: list[str] = []
        self._forms: list[str] = []
        exact: list[str] = []
        heads: list[str] = []
        patterns: list[str] = []
        cased: list[str] = []
        for form, value in entries:
            written = _fold(form)
            form = normalise(form)
            if not form:
                continue
            self._forms.append(form)
            if "*" in form:
                stem_parts.append(form_pattern(form, tail))
                self._stem_values.append(value)
                head = form[:-1]
                if form.endswith("*") and "*" not in head and " " not in head:
                    # One-word stems share one copy of the tail; phrases ("faiz bənd*")
                    # stand apart, tried before shorter exact forms ("faiz").
                    heads.append(head)
                else:
                    patterns.append(form_pattern(form, tail))
            else:
                self._exact.setdefault(form, value)
                if cased_letters and len(form) == 1 and written.islower():
                    cased.append(written)
                else:
                    exact.append(form)
        # One compile for every stem: a compile per stem costs more than the lookups.
        self._stem_pattern = (
            regex.compile("|".join(f"({part})" for part in stem_parts), regex.IGNORECASE) if stem_parts else None
        )
        alternatives = sorted(set(patterns), key=lambda p: (-len(p), p))
        if exact:
            alternatives.append(trie_pattern(exact))
        if heads:
            alternatives.append(trie_pattern(heads) + tail)
        if cased:
            alternatives.append(f"(?-i:{alternation(cased)})")
        #: One pattern for every form (no word boundaries), behind a lookahead for the forms' first
        #: characters: the ``regex`` engine tries a long alternation branch by branch, and most
        #: places it is tried at start with a character no form starts with.
        ahead = first_chars(self._forms) if len(self._forms) >= _LOOKAHEAD_FROM else ""
        self.pattern = f"(?:{ahead}(?:{'|'.join(alternatives)}))" if alternatives else "(?!)"

    @property
    def head(self) -> str:
        """A pattern for how a form can start (its first three letters), for a lookahead."""
        return heads(self._forms)

    def __bool__(self) -> bool:
        return bool(self._exact or self._stem_values)

    def lookup(self, text: str) -> V | None:
        """The value of ``text`` if it is one of the forms, else ``None``."""
        key = normalise(text)
        if key in self._exact:
            return self._exact[key]
        if self._stem_pattern is None:
            return None
        found = self._stem_pattern.fullmatch(key)
        if found is None:
            return None
        return self._stem_values[_first_group(found)]
