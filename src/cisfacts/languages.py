"""The supported languages and their data files.

>>> LANGUAGES
('kk', 'ru', 'bg', 'en')
>>> language_data("xx")
Traceback (most recent call last):
...
ValueError: unknown language 'xx'; supported: kk, ru, bg, en
"""

from __future__ import annotations

import importlib

from cisfacts.langdata import LanguageData

#: Codes accepted by ``extract(lang=...)`` and the ``parse_*`` functions.
LANGUAGES: tuple[str, ...] = ("kk", "ru", "bg", "en")

_MODULES = {code: f"cisfacts.lang.{code}" for code in LANGUAGES}


def check_language(lang: object) -> str:
    """Return ``lang`` if it is a supported code, else raise a clear error."""
    if not isinstance(lang, str):
        raise TypeError(f"lang must be a str, not {type(lang).__name__}")
    if lang not in _MODULES:
        raise ValueError(f"unknown language {lang!r}; supported: {', '.join(LANGUAGES)}")
    return lang


def language_data(lang: str) -> LanguageData:
    """The data file of a supported language."""
    module = importlib.import_module(_MODULES[check_language(lang)])
    data: LanguageData = module.DATA
    return data
