"""The peer projects' own test cases: cisfacts may not pass fewer of them than it did.

The pass counts per (source, language, kind) are recorded in
``tests/conformance_baseline.json`` and shown in ``docs/languages.md``; after an
improvement, ``python tests/conformance.py --write`` records the new counts.
"""

from __future__ import annotations

import json

import pytest
from conformance import BASELINE, DOC, SUITES, doc_table, key, markdown, table

pytestmark = pytest.mark.skipif(not SUITES.is_dir(), reason="../shared/peer-suites is not here")


@pytest.fixture(scope="module")
def rates() -> dict[tuple[str, str, str], tuple[int, int]]:
    return table()


def test_no_cell_passes_fewer_cases_than_recorded(rates: dict[tuple[str, str, str], tuple[int, int]]) -> None:
    baseline: dict[str, int] = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = {key(cell): (passed, baseline[key(cell)]) for cell, (passed, _) in rates.items()
             if passed < baseline.get(key(cell), 0)}
    assert not worse, f"(passed now, recorded) per cell: {worse}"
    assert set(baseline) <= {key(cell) for cell in rates}, "a recorded cell disappeared"


def test_docs_table_is_current(rates: dict[tuple[str, str, str], tuple[int, int]]) -> None:
    assert doc_table(DOC.read_text(encoding="utf-8")).strip() == markdown(rates).strip(), (
        "run: python tests/conformance.py --write"
    )
