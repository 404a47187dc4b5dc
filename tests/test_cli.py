"""Tests for the ``cisfacts`` command line (``cisfacts.cli.main``)."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path

import pytest

import cisfacts
from cisfacts.cli import example_names, main

RU_TEXT = "Экспорт вырос на 8% в 2024 году."
KK_TEXT = "Бұл индустрияда 143 мың адам жұмыс істейді."


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _assert_one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("cisfacts: error: "), err
    assert "Traceback" not in err


def test_extract_jsonl_matches_to_dict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "ru.txt", RU_TEXT)
    assert main(["extract", str(path), "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    rows = _jsonl(out)
    expected = [fact.to_dict() for fact in cisfacts.extract(RU_TEXT, lang="ru")]
    assert rows == expected
    assert {"kind": "percent", "value": "8", "text": "8%"}.items() <= rows[0].items()
    assert rows[0]["start"] == RU_TEXT.index("8%")
    assert any(row["kind"] == "date" and row["value"] == "2024" for row in rows)


def test_extract_jsonl_lines_are_exact_json_dumps(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "kk.txt", KK_TEXT)
    assert main(["extract", "--lang", "kk", str(path)]) == 0
    out = capsys.readouterr().out
    expected = "".join(
        json.dumps(fact.to_dict(), ensure_ascii=False) + "\n" for fact in cisfacts.extract(KK_TEXT, lang="kk")
    )
    assert out == expected
    assert "143 мың" in out  # not \u-escaped
    assert _jsonl(out)[0]["value"] == "143000"


def test_extract_several_files_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path, "a.txt", RU_TEXT)
    second = _write(tmp_path, "b.txt", "Оборот превысил 110 млрд долларов.")
    assert main(["extract", "--lang", "ru", str(first), str(second)]) == 0
    rows = _jsonl(capsys.readouterr().out)
    assert [row["kind"] for row in rows][-1] == "money"
    money = rows[-1]
    assert money["amount"] == "110000000000"
    assert money["currency"] == "USD"
    assert money["qualifier"] == "over"
    assert rows[0]["text"] == "8%"


def test_extract_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "ru.txt", RU_TEXT)
    assert main(["extract", str(path), "--lang", "ru", "--format", "table"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    header = lines[0].split()
    assert header == ["kind", "value", "qualifier", "text", "span"]
    percent_line = next(line for line in lines if line.startswith("percent"))
    assert "8%" in percent_line
    start = RU_TEXT.index("8%")
    assert f"{start}:{start + 2}" in percent_line
    assert any(line.startswith("date") and "2024 году" in line for line in lines)
    # columns are aligned: every data row puts the text column at the same offset
    text_column = lines[0].index("text")
    assert lines[2 + 0][text_column:].startswith("8%")


def test_extract_table_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "empty.txt", "Ничего интересного.")
    assert main(["extract", str(path), "--lang", "ru", "--format", "table"]) == 0
    assert "no facts" in capsys.readouterr().out


def test_extract_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(RU_TEXT))
    assert main(["extract", "--lang", "ru"]) == 0
    rows = _jsonl(capsys.readouterr().out)
    assert rows == [fact.to_dict() for fact in cisfacts.extract(RU_TEXT, lang="ru")]
    assert rows[0]["kind"] == "percent"
    assert rows[0]["value"] == "8"


def test_extract_stdin_detects_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(KK_TEXT))
    assert main(["extract"]) == 0
    rows = _jsonl(capsys.readouterr().out)
    assert rows == [fact.to_dict() for fact in cisfacts.extract(KK_TEXT)]
    assert rows and rows[0]["lang"] == "kk"


def test_extract_reference_date_is_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[object] = []
    real_extract = cisfacts.extract

    def spy(text: str, **kwargs: object) -> list[cisfacts.Fact]:
        seen.append(kwargs.get("reference_date"))
        return real_extract(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cisfacts.batch, "extract", spy)
    path = _write(tmp_path, "ru.txt", RU_TEXT)
    assert main(["extract", str(path), "--lang", "ru", "--reference-date", "2025-06-30"]) == 0
    assert seen == [datetime.date(2025, 6, 30)]
    assert _jsonl(capsys.readouterr().out)[0]["text"] == "8%"


def test_demo_prints_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    names = example_names()
    assert sorted(names) == ["bg.txt", "en.txt", "kk.txt", "ru.txt"]
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    for name in names:
        lang = name.split(".")[0]
        assert f"== {name} (lang: {lang}) ==" in out
    assert out.count("kind") >= len(names)
    assert "money" in out and "percent" in out and "date" in out


def test_demo_examples_are_dense_in_facts() -> None:
    from importlib import resources

    folder = resources.files("cisfacts") / "examples"
    for name in example_names():
        lang = name.split(".")[0]
        facts = cisfacts.extract((folder / name).read_text(encoding="utf-8"), lang=lang)
        kinds = {fact.kind for fact in facts}
        assert {"money", "percent", "date", "period", "duration", "number"} <= kinds, (name, kinds)


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "does-not-exist.txt"],
        ["extract", "--reference-date", "2025-13-40"],
        ["extract", "--reference-date", "yesterday"],
        ["extract", "--lang", "xx"],
        ["extract", "--format", "xml"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_arguments_give_one_line_error(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(RU_TEXT))
    code = main(argv)
    captured = capsys.readouterr()
    assert code != 0
    assert captured.out == ""
    _assert_one_line_error(captured.err)


def test_missing_file_names_the_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) != 0
    err = capsys.readouterr().err
    _assert_one_line_error(err)
    assert "nope.txt" in err


def test_missing_file_among_good_ones_prints_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = _write(tmp_path, "good.txt", RU_TEXT)
    assert main(["extract", "--lang", "ru", str(good), str(tmp_path / "nope.txt")]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    _assert_one_line_error(captured.err)


def test_undecodable_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cp1251.txt"
    path.write_bytes(RU_TEXT.encode("cp1251"))
    assert main(["extract", str(path), "--lang", "ru"]) != 0
    err = capsys.readouterr().err
    _assert_one_line_error(err)
    assert "UTF-8" in err


def test_directory_instead_of_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path)]) != 0
    _assert_one_line_error(capsys.readouterr().err)


def test_bad_reference_date_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--reference-date", "2025-02-30"]) != 0
    err = capsys.readouterr().err
    _assert_one_line_error(err)
    assert "2025-02-30" in err


def test_unknown_lang_lists_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _write(tmp_path, "ru.txt", RU_TEXT)
    assert main(["extract", str(path), "--lang", "de"]) != 0
    err = capsys.readouterr().err
    _assert_one_line_error(err)
    for code in cisfacts.LANGUAGES:
        assert code in err


def test_help_returns_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "extract" in out and "demo" in out


def test_extract_jsonl_documents_with_ids_and_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        {"id": "a1", "text": "Экспорт вырос на 8% в 2024 году.", "lang": "ru"},
        {"id": 2, "text": "Биыл экспорт 9,4%-ға артты.", "date": "2025-10-10"},
        {"text": "Nothing here."},
    ]
    path = _write(tmp_path, "docs.jsonl", "\n".join(json.dumps(d, ensure_ascii=False) for d in lines) + "\n")
    for jobs in ("1", "2"):
        assert main(["extract", str(path), "--jobs", jobs]) == 0
        rows = _jsonl(capsys.readouterr().out)
        assert [(r["id"], r["kind"], r["text"]) for r in rows] == [
            ("a1", "percent", "8%"), ("a1", "date", "2024 году"), (2, "date", "Биыл"), (2, "percent", "9,4%-ға"),
        ]
        assert rows[0]["lang"] == "ru" and rows[2]["lang"] == "kk"


def test_extract_jsonl_errors_name_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "bad.jsonl", '{"text": "ok"}\n{"id": 1}\n')
    assert main(["extract", str(path)]) == 1
    assert capsys.readouterr().err == f'cisfacts: error: {path}:2: expected an object with a "text" string\n'
    path = _write(tmp_path, "lang.jsonl", '{"text": "ok", "lang": "xx"}\n')
    assert main(["extract", str(path)]) == 2
    assert "lang.jsonl:1: unknown language 'xx'" in capsys.readouterr().err
    assert main(["extract", str(path), "--jobs", "0"]) == 2
    assert "--jobs must be at least 1" in capsys.readouterr().err
