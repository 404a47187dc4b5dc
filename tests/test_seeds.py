"""The real articles in ../shared/seeds: the figures the project started from."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import cisfacts

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not here")


def _facts(name: str, lang: str) -> tuple[str, list[cisfacts.Fact]]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    reference = None
    if text.startswith(" date "):
        reference = datetime.date.fromisoformat(text[6:16])
    return text, cisfacts.extract(text, lang=lang, reference_date=reference)


def _find(facts: list[cisfacts.Fact], text: str) -> dict[str, object]:
    found = [f.to_dict() for f in facts if f.text == text]
    assert found, f"no fact with text {text!r}; got {[f.text for f in facts]}"
    return found[0]


def test_language_detection_on_seeds() -> None:
    langs = {p.name[:3]: cisfacts.detect_language(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    assert langs == {"000": "kk", "001": "bg", "002": "kk", "003": "kk", "004": "kk"}


def test_seed_000_kk() -> None:
    text, facts = _facts("000_96ceb7da38ee3fec.txt", "kk")
    money = _find(facts, "2 миллиард доллардан")
    assert (money["amount"], money["currency"], money["qualifier"]) == ("2000000000", "USD", "over")
    assert _find(facts, "143 мың")["value"] == "143000"
    assert _find(facts, "2023 жылы")["value"] == "2023"
    # "келесі жылы" (next year) against the article's date, 2025-10-10.
    assert _find(facts, "келесі жылы")["value"] == "2026"
    for fact in facts:
        assert text[fact.start:fact.end] == fact.text


def test_seed_001_bg() -> None:
    _, facts = _facts("001_a28f5b878743f957.txt", "bg")
    money = _find(facts, "2 милиарда долара")
    assert (money["amount"], money["currency"], money["qualifier"]) == ("2000000000", "USD", "over")
    assert _find(facts, "143 хиляди")["value"] == "143000"
    assert _find(facts, "8%")["value"] == "8"
    money = _find(facts, "110 млрд. долара")
    assert (money["kind"], money["amount"], money["currency"]) == ("money", "110000000000", "USD")
    assert _find(facts, "миналата година")["value"] == "2024"
    assert _find(facts, "настоящата година")["value"] == "2025"
    assert not [f for f in facts if "80" in f.text], "80-годишнината is an anniversary, not a figure"


def test_seed_002_kk() -> None:
    text, facts = _facts("002_9911a48260c142b1.txt", "kk")
    date = _find(facts, "18 Қазан, 2021")
    assert (date["kind"], date["value"]) == ("date", "2021-10-18")
    number = _find(facts, "100-ге")
    assert (number["kind"], number["value"], number["qualifier"]) == ("number", "100", "approx")
    three = _find(facts, "үш")
    assert (three["kind"], three["value"]) == ("number", "3")
    duration = _find(facts, "30 жыл")
    assert (duration["kind"], duration["value"]) == ("duration", "P30Y")
    assert _find(facts, "2025 жылға")["value"] == "2025"
    # No fact from "бір-біріне", "СOVID-19" (a Cyrillic С) or "30 жылдығына" (30th anniversary).
    for word in ("бір-біріне", "СOVID-19", "30 жылдығына"):
        at = text.index(word)
        assert not [f for f in facts if f.start < at + len(word) and f.end > at], word


def test_seed_004_kk() -> None:
    _, facts = _facts("004_9c5f9f07f4709273.txt", "kk")
    assert [(f.kind, f.to_dict().get("value", f.to_dict().get("amount")), f.text) for f in facts] == [
        ("percent", "4.5", "4,5%-ға"),
        ("duration", "P5Y", "Бес жыл"),
        ("percent", "40", "40%-ға"),
        ("money", "37300000000", "$37,3 млрд-ты"),
        ("percent", "9.4", "9,4%-ға"),
        ("money", "4300000000", "$4,3 млрд-қа"),
        ("duration", "P3Y", "үш жылдың"),
        ("period", "2026/2035", "2026-2035 жылдарға"),
        ("date", "2035", "2035 жылға"),
        ("period", "2026-01/2026-06", "2026 жылдың бірінші жартысында"),
    ]
    assert {f.currency for f in facts if isinstance(f, cisfacts.Money)} == {"USD"}
