"""The checked-in CLDR snapshot (``cisfacts/_cldr``) is what babel gives; extraction never loads babel."""

from __future__ import annotations

import subprocess
import sys

import babel
import pytest

from cisfacts import cldr


def test_snapshot_covers_every_language() -> None:
    from cisfacts import LANGUAGES
    from cisfacts.languages import language_data

    for lang in LANGUAGES:
        locale = language_data(lang).locale
        if locale:
            assert cldr.separators(locale), lang
            assert len(cldr.month_names(locale)) == 12, lang


#: Another babel may carry another CLDR release: the snapshot is compared with the babel it was
#: taken with (re-take it after an upgrade: ``python tools/cldr_snapshot.py``, and review the diff).
same_babel = pytest.mark.skipif(
    cldr._common()["babel"] != babel.__version__, reason="the snapshot was taken with another babel version"
)


@same_babel
@pytest.mark.parametrize("locale", cldr.snapshot_locales())
def test_snapshot_is_what_babel_gives(locale: str) -> None:
    assert cldr.read_babel(locale) == cldr._snapshot(locale)


@same_babel
def test_iso_codes_are_what_babel_gives() -> None:
    assert cldr.read_babel_common() == cldr._common()


def test_extraction_loads_no_babel_locale_data() -> None:
    code = (
        "import sys, cisfacts\n"
        "for lang in cisfacts.LANGUAGES:\n"
        "    cisfacts.extract('5 млн, 3%', lang=lang)\n"
        "cisfacts.extract('Сегодня 5 млн рублей.')\n"
        "print(sorted(m for m in sys.modules if m.startswith('babel')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
