"""extract() from many threads and processes at once gives what one thread gives.

Grammars and detection profiles are built on first use behind a lock. The
thread test runs in a fresh interpreter, so that eight threads released by one
barrier are the very first users (nothing built yet); the process test uses a
``spawn`` pool, whose workers build their own grammars and send the facts back
pickled.
"""

from __future__ import annotations

import concurrent.futures
import datetime
import json
import multiprocessing
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import cisfacts
from cisfacts.facts import FACT_CLASSES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "cisfacts" / "examples"
REFERENCE = datetime.date(2025, 10, 10)

_GEORGIAN = (
    "მთავრობამ 2025 წლის 10 ოქტომბერს 300 მილიონი ლარი გამოყო. "
    "საქართველოს ეკონომიკა 2024 წელს 9,4%-ით გაიზარდა, ექსპორტმა 5,2 მლრდ აშშ დოლარი შეადგინა."
)


def _jobs() -> list[tuple[str, str | None]]:
    """(text, lang) pairs: several languages and scripts, each with its language given and detected."""
    texts = {lang: (EXAMPLES / f"{lang}.txt").read_text(encoding="utf-8") for lang in ("kk", "ru", "en")}
    texts["ka"] = _GEORGIAN
    mixed = texts["en"] + "\n\n" + texts["ru"] + "\n\n" + texts["kk"]
    jobs: list[tuple[str, str | None]] = []
    for lang, text in texts.items():
        jobs += [(text, lang), (text, None)]
    jobs.append((mixed, None))
    return jobs


JOBS = _jobs()


def _dicts(facts: list[cisfacts.Fact]) -> list[dict[str, object]]:
    return [fact.to_dict() for fact in facts]


def sequential() -> list[list[cisfacts.Fact]]:
    return [cisfacts.extract(text, lang=lang, reference_date=REFERENCE) for text, lang in JOBS]


# The child: eight threads wait at a barrier, then all run every job (each from a
# different first job, so that different grammars are first built at the same time).
_CHILD = r"""
import datetime, json, sys, threading
from concurrent.futures import ThreadPoolExecutor

import cisfacts
from cisfacts import detect, grammar

jobs = json.load(sys.stdin)
assert not grammar._CACHE and not detect._CACHE, "something was built before the threads started"
reference = datetime.date(2025, 10, 10)
barrier = threading.Barrier(8)

def work(first):
    barrier.wait()
    out = [None] * len(jobs)
    for k in range(len(jobs)):
        i = (first + k) % len(jobs)
        text, lang = jobs[i]
        out[i] = [f.to_dict() for f in cisfacts.extract(text, lang=lang, reference_date=reference)]
    return out

with ThreadPoolExecutor(max_workers=8) as pool:
    results = list(pool.map(work, range(8)))
after = [[f.to_dict() for f in cisfacts.extract(t, lang=l, reference_date=reference)] for t, l in jobs]
assert all(r == after for r in results), "threads disagree with a sequential run in the same process"
json.dump(results, sys.stdout, ensure_ascii=False)
"""


def test_threads_first_use() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=json.dumps(JOBS, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    expected = [_dicts(facts) for facts in sequential()]
    assert len(results) == 8
    for result in results:
        assert result == expected


def test_process_pool() -> None:
    expected = sequential()
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = [
            pool.submit(cisfacts.extract, text, lang=lang, reference_date=REFERENCE) for text, lang in JOBS
        ]
        results = [future.result(timeout=300) for future in futures]
    assert results == expected
    assert [_dicts(facts) for facts in results] == [_dicts(facts) for facts in expected]


@pytest.mark.parametrize("index", range(len(JOBS)))
def test_facts_pickle_and_to_dict(index: int) -> None:
    text, lang = JOBS[index]
    facts = cisfacts.extract(text, lang=lang, reference_date=REFERENCE)
    assert facts, "every job text has facts"
    assert {type(fact) for fact in facts} <= set(FACT_CLASSES.values())
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(facts, protocol=protocol))
        assert back == facts
        assert [type(fact) for fact in back] == [type(fact) for fact in facts]
        assert _dicts(back) == _dicts(facts)
    dicts = _dicts(facts)
    assert json.loads(json.dumps(dicts, ensure_ascii=False)) == dicts
    for fact, d in zip(facts, dicts, strict=True):
        assert FACT_CLASSES[d["kind"]] is type(fact)
        assert (d["start"], d["end"], d["text"], d["lang"], d["qualifier"]) == (
            fact.start, fact.end, fact.text, fact.lang, fact.qualifier
        )
        assert text[d["start"]:d["end"]] == d["text"]
