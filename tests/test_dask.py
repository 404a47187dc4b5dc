"""The Dask recipes on a local cluster of two worker processes: the same facts as extract()."""

from __future__ import annotations

import pytest

import cisfacts

dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from cisfacts.dask import COLUMNS, extract_bag, extract_frame, facts_frame  # noqa: E402

SENTENCES = [
    "Экспорт вырос на 8% в 2024 году.",
    "Бұл индустрияда 143 мың адам жұмыс істейді, экспорт 9,4%-ға артып, $4,3 млрд-қа жетті.",
    "Total assets reached $3.2 billion; output rose 5–7%.",
    "Правителството одобри 110 млн. лева за проекта.",
    "Собрано 26,5 млн тонн зерна на 2,3 млн га.",
    "No figures here.",
]
DOCS = [{"id": f"doc{i}", "text": SENTENCES[i % len(SENTENCES)] + f" Страница {i}."} for i in range(300)]


def _expected() -> list[tuple[object, ...]]:
    rows = []
    for doc in DOCS:
        for fact in cisfacts.extract(doc["text"]):
            data = fact.to_dict()
            rows.append(tuple([doc["id"]] + [data.get(name) for name in COLUMNS[1:]]))
    return rows


def _rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    assert list(frame.columns) == list(COLUMNS)
    return [tuple(None if v is None or (isinstance(v, float) and v != v) else v for v in row)
            for row in frame.itertuples(index=False, name=None)]


@pytest.fixture(scope="module")
def client() -> distributed.Client:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def test_bag_gives_the_same_facts_as_extract(client: distributed.Client) -> None:
    bag = db.from_sequence(DOCS, npartitions=6)
    frame = extract_bag(bag).compute()
    assert _rows(frame) == _expected()
    assert frame["start"].dtype == "int64"


def test_dataframe_column_gives_the_same_facts_as_extract(client: distributed.Client) -> None:
    ddf = dd.from_pandas(pd.DataFrame(DOCS), npartitions=4)
    frame = extract_frame(ddf).compute()
    assert _rows(frame) == _expected()


def test_facts_frame_of_no_facts_has_the_columns() -> None:
    frame = facts_frame(["nothing"])
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 0
