"""extract_many(): input order, the same facts on a process pool, lazy input, argument checks."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import pytest

import cisfacts
from cisfacts.batch import extract_documents

TEXTS = [
    "Экспорт вырос на 8% в 2024 году.",
    "Бұл индустрияда 143 мың адам жұмыс істейді.",
    "",
    "Total assets reached $3.2 billion in 2024.",
    "Правителството одобри 110 млн. лева за проекта.",
] * 7


def test_results_come_in_input_order_and_match_extract() -> None:
    expected = [cisfacts.extract(text) for text in TEXTS]
    assert list(cisfacts.extract_many(TEXTS)) == expected
    assert list(cisfacts.extract_many(TEXTS, jobs=2, chunksize=3)) == expected


def test_lang_and_reference_date_are_passed_on() -> None:
    texts = ["в прошлом году", "в январе"]
    day = datetime.date(2025, 10, 10)
    expected = [cisfacts.extract(t, lang="ru", reference_date=day) for t in texts]
    assert [f[0].to_dict()["value"] for f in expected] == ["2024", "2025-01"]
    assert list(cisfacts.extract_many(texts, lang="ru", reference_date=day, jobs=2)) == expected


def test_input_is_read_lazily() -> None:
    seen: list[int] = []

    def endless() -> Iterator[str]:
        n = 0
        while True:
            seen.append(n)
            yield f"Рост {n}%."
            n += 1

    results = cisfacts.extract_many(endless(), lang="ru", chunksize=4)
    first = next(results)
    assert [f.text for f in first] == ["0%"]
    assert len(seen) == 4  # one chunk read, not the whole stream


def test_documents_carry_their_own_language() -> None:
    docs = [("Рост 5%.", "ru", None), ("Up 5%.", "en", None), ("Өсім 5%.", None, None)]
    assert [[f.lang for f in facts] for facts in extract_documents(docs)] == [["ru"], ["en"], ["kk"]]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"jobs": 0}, ValueError),
        ({"jobs": 1.5}, TypeError),
        ({"jobs": True}, TypeError),
        ({"chunksize": 0}, ValueError),
        ({"lang": "xx"}, ValueError),
        ({"reference_date": "2025-01-01"}, TypeError),
    ],
)
def test_bad_arguments_fail_before_any_text_is_read(kwargs: dict[str, object], error: type[Exception]) -> None:
    def never() -> Iterator[str]:
        raise AssertionError("read")
        yield ""

    with pytest.raises(error):
        cisfacts.extract_many(never(), **kwargs)  # type: ignore[arg-type]


def test_a_text_that_is_not_a_string_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="every text must be a str"):
        list(cisfacts.extract_many(["ok", b"bytes"]))  # type: ignore[list-item]
