"""The supported languages: one data file each in ``cisfacts.lang``.

A language is supported when its data file exists: ``lang/uz_cyrl.py`` is the
code ``uz-Cyrl``. Adding a language means adding a data file and its tests.

>>> LANGUAGES[:4]
('kk', 'ru', 'bg', 'en')
>>> language_data("xx")
Traceback (most recent call last):
...
ValueError: unknown language 'xx'; supported: kk, ru, bg, en...
"""

from __future__ import annotations

import importlib
import pkgutil

from cisfacts import lang as _lang_package
from cisfacts.langdata import LanguageData

#: The core languages come first; the others follow in alphabetical order.
_FIRST = ("kk", "ru", "bg", "en")


def _code(module_name: str) -> str:
    """``uz_cyrl`` -> ``uz-Cyrl``: a BCP 47 tag from a module name."""
    base, _, script = module_name.partition("_")
    return f"{base}-{script.title()}" if script else base


_MODULES: dict[str, str] = {
    _code(info.name): f"cisfacts.lang.{info.name}"
    for info in pkgutil.iter_modules(_lang_package.__path__)
    if not info.name.startswith("_")
}

#: Codes accepted by ``extract(lang=...)`` and the ``parse_*`` functions.
LANGUAGES: tuple[str, ...] = tuple(
    sorted(_MODULES, key=lambda code: (_FIRST.index(code) if code in _FIRST else len(_FIRST), code))
)


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
    if data.code != lang:
        raise ValueError(f"{module.__name__} declares code {data.code!r}, expected {lang!r}")
    return data
