"""extract_many(): many texts, results in input order, optionally on a process pool.

>>> [[f.text for f in facts] for facts in extract_many(["Рост 5%.", "Оборот $3 млрд за год."], lang="ru")]
[['5%'], ['$3 млрд']]
"""

from __future__ import annotations

import datetime
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from cisfacts.extract import check_arguments, extract
from cisfacts.facts import Fact
from cisfacts.grammar import get_grammar


def _check_positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, not {value}")
    return value


#: One document: its text, language (``None``: detect) and reference date.
Document = tuple[str, "str | None", "datetime.date | None"]


def _warm(lang: str | None) -> None:
    """Build the grammar a worker will need before its first text arrives."""
    if lang is not None:
        get_grammar(lang)


def _extract_chunk(docs: list[Document], region: str | None) -> list[list[Fact]]:
    return [extract(text, lang=lang, reference_date=day, region=region) for text, lang, day in docs]


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while chunk := list(itertools.islice(iterator, size)):
        for text, _, _ in chunk:
            if not isinstance(text, str):
                raise TypeError(f"every text must be a str, not {type(text).__name__}")
        yield chunk


def extract_many(
    texts: Iterable[str],
    *,
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
    jobs: int = 1,
    chunksize: int = 16,
) -> Iterator[list[Fact]]:
    """The facts of each text, as :func:`cisfacts.extract` gives them, in input order.

    ``texts`` may be any iterable, read lazily. With ``jobs=1`` the texts are
    read in this process; with ``jobs > 1`` a pool of that many worker
    processes reads them, ``chunksize`` texts at a time, with at most two
    chunks per worker in flight (memory stays bounded on an endless stream).
    Each worker builds the grammar of ``lang`` before its first chunk. The
    arguments are checked before any text is read.

    >>> results = extract_many(["Экспорт вырос на 8%.", "В 2024 году."], lang="ru", jobs=2)
    >>> [[f.kind for f in facts] for facts in results]
    [['percent'], ['date']]
    """
    # Checked the way extract() checks them, before any text is read (no grammar is built here).
    reference_date, region = check_arguments(lang, reference_date, region)
    docs = ((text, lang, reference_date) for text in texts)
    return extract_documents(docs, region=region, jobs=jobs, chunksize=chunksize, warm=lang)


def extract_documents(
    docs: Iterable[Document],
    *,
    region: str | None = None,
    jobs: int = 1,
    chunksize: int = 16,
    warm: str | None = None,
) -> Iterator[list[Fact]]:
    """Like :func:`extract_many`, for documents that each carry their language and date.

    >>> [len(facts) for facts in extract_documents([("Рост 5%.", "ru", None), ("Up 5%.", "en", None)])]
    [1, 1]
    """
    _check_positive("jobs", jobs)
    _check_positive("chunksize", chunksize)
    return _run(docs, region, jobs, chunksize, warm)


def _run(
    docs: Iterable[Document], region: str | None, jobs: int, chunksize: int, warm: str | None
) -> Iterator[list[Fact]]:
    if jobs == 1:
        for chunk in _chunks(docs, chunksize):
            yield from _extract_chunk(chunk, region)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_warm, initargs=(warm,))
    pending: deque[Future[list[list[Fact]]]] = deque()
    try:
        for chunk in _chunks(docs, chunksize):
            pending.append(pool.submit(_extract_chunk, chunk, region))
            if len(pending) >= 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
