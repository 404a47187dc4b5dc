"""Scale out on Dask: documents in, one flat table of facts out (``pip install cisfacts[dask]``).

Each row is one fact: the document's ``id`` and the columns of
:meth:`cisfacts.Fact.to_dict` (:data:`COLUMNS`; a column a kind does not have
is ``None``). The functions here import pandas and dask only when called, so
``import cisfacts`` never needs them.

* :func:`extract_bag` takes a ``dask.bag.Bag`` of documents;
* :func:`extract_frame` takes a Dask DataFrame with a text column (it is
  ``ddf.map_partitions(extract_partition, ...)``);
* :func:`extract_partition` is that per-partition function for pandas, usable
  on its own or with any other engine that maps pandas partitions.

>>> frame = facts_frame([("a1", "Экспорт вырос на 8% в 2024 году.")], lang="ru")
>>> frame[["id", "kind", "value", "text", "change"]].values.tolist()
[['a1', 'percent', '8', '8%', 'increase'], ['a1', 'date', '2024', '2024 году', None]]
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from cisfacts.extract import extract

#: The columns of a table of facts, in order.
COLUMNS: tuple[str, ...] = (
    "id", "kind", "value", "amount", "currency", "unit", "start", "end", "text", "lang", "qualifier",
    "range", "change",
)


def _pandas() -> Any:
    return importlib.import_module("pandas")


def _meta() -> Any:
    """An empty frame with the dtypes of a table of facts (``meta=`` for dask)."""
    pd = _pandas()
    frame = pd.DataFrame({name: pd.Series(dtype="object") for name in COLUMNS})
    return frame.astype({"start": "int64", "end": "int64"})


def _rows(
    doc_id: Any,
    text: str,
    lang: str | None,
    reference_date: datetime.date | None,
    region: str | None,
) -> list[dict[str, Any]]:
    rows = []
    for fact in extract(text, lang=lang, reference_date=reference_date, region=region):
        data = fact.to_dict()
        row = {name: data.get(name) for name in COLUMNS}
        row["id"] = doc_id
        rows.append(row)
    return rows


def _document(item: Any, index: int) -> tuple[Any, str, str | None, datetime.date | None]:
    """A bag item as (id, text, lang, date): a text, an ``(id, text)`` pair or a mapping."""
    if isinstance(item, str):
        return index, item, None, None
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], None, None
    if isinstance(item, Mapping):
        day = item.get("date")
        if isinstance(day, str):
            day = datetime.date.fromisoformat(day[:10])
        return item.get("id", index), item["text"], item.get("lang"), day
    raise TypeError(f"a document is a str, an (id, text) pair or a mapping with 'text', not {type(item).__name__}")


def facts_frame(
    docs: Iterable[Any],
    *,
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
) -> Any:
    """A pandas DataFrame of the facts of ``docs`` (texts, ``(id, text)`` pairs or mappings).

    A mapping may carry its own ``id``, ``lang`` and ``date`` (``YYYY-MM-DD``);
    a bare text's id is its position.
    """
    rows = _bag_partition(docs, lang, reference_date, region)
    if not rows:
        return _meta()
    frame = _pandas().DataFrame(rows, columns=list(COLUMNS), dtype=object)
    return frame.astype({"start": "int64", "end": "int64"})


def extract_partition(
    frame: Any,
    *,
    text: str = "text",
    id: str = "id",
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
) -> Any:
    """The facts of one pandas partition: column ``text`` holds the texts, ``id`` their ids.

    Without an ``id`` column the partition's index is the id.
    """
    ids = frame[id] if id in frame.columns else frame.index
    docs = list(zip(ids, frame[text], strict=True))
    return facts_frame(docs, lang=lang, reference_date=reference_date, region=region)


def extract_frame(
    ddf: Any,
    *,
    text: str = "text",
    id: str = "id",
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
) -> Any:
    """A Dask DataFrame of the facts of a Dask DataFrame's ``text`` column."""
    return ddf.map_partitions(
        extract_partition, text=text, id=id, lang=lang, reference_date=reference_date, region=region,
        meta=_meta(),
    )


def _bag_partition(
    items: Iterable[Any], lang: str | None, reference_date: datetime.date | None, region: str | None
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        doc_id, text, doc_lang, day = _document(item, index)
        rows += _rows(doc_id, text, doc_lang or lang, day or reference_date, region)
    return rows


def extract_bag(
    bag: Any,
    *,
    lang: str | None = None,
    reference_date: datetime.date | None = None,
    region: str | None = None,
) -> Any:
    """A Dask DataFrame of the facts of a ``dask.bag.Bag`` of documents.

    Items are mappings ``{"id", "text", "lang", "date"}`` (only ``text`` is
    required), ``(id, text)`` pairs or bare texts (whose id is their position
    in their partition: give ids where they matter).
    """
    rows = bag.map_partitions(_bag_partition, lang, reference_date, region)
    return rows.to_dataframe(meta=_meta())
