"""JSONL dumps in batch mode: one summary per row id, broken rows recorded, the rest done."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from batch_corpus import article, make_jsonl
from summarizer.batch.outputs import sanitize_id
from summarizer.cli import cli


def test_rows_become_files_under_a_folder_named_after_the_dump(tmp_path) -> None:
    dump = tmp_path / "in" / "wire.jsonl"
    make_jsonl(dump, rows=12, broken_lines=(4,))
    with dump.open("a", encoding="utf-8") as stream:
        stream.write("\n")  # blank lines are not rows
        stream.write(json.dumps({"id": "no-text", "body": "wrong field"}) + "\n")
        stream.write(json.dumps(["not", "an", "object"]) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "-j", "2", "-f", "json"])
    assert result.exit_code == 1, result.output
    files = sorted((out / "wire").iterdir())
    assert len(files) == 11
    assert {f.name for f in files} == {sanitize_id(f"doc/{i}") + ".json" for i in range(12) if i != 4}
    records = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    failed = {r["row"]: r["error"] for r in records if r["status"] == "failed"}
    assert sorted(failed) == [5, 14, 15]  # 12 rows (line 5 cut off), a blank line, then two bad rows
    assert "not valid JSON" in failed[5] and "'text'" in failed[14] and "list" in failed[15]
    first = json.loads(files[0].read_text())
    assert first["source"]["path"].startswith(str(dump))


def test_text_and_id_fields_can_be_chosen(tmp_path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"key": f"k{i}", "article": article(i)}) + "\n" for i in range(3)), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "-j", "1", "--text-field", "article", "--id-field", "key"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "dump").iterdir()) == ["k0.txt", "k1.txt", "k2.txt"]


def test_sanitized_ids_stay_distinct_and_safe() -> None:
    names = {sanitize_id(i) for i in ("a/b", "a_b", "a b", "../etc/passwd", "", "ok-1.2")}
    assert len(names) == 6
    assert all("/" not in n and not n.startswith(".") and n for n in names)
    assert sanitize_id("ok-1.2") == "ok-1.2"


def test_repeated_ids_do_not_overwrite_each_other(tmp_path) -> None:
    dump = tmp_path / "dup.jsonl"
    dump.write_text("".join(json.dumps({"id": "same", "text": article(i)}) + "\n" for i in range(3)), encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "-j", "1"]).exit_code == 0
    assert len(list((out / "dup").iterdir())) == 3


def test_a_dump_in_utf16_is_named_as_such_not_as_binary(tmp_path) -> None:
    # Windows PowerShell 5's `>` writes UTF-16 with a byte-order mark: text, but not what rows are read as
    dump = tmp_path / "wide.jsonl"
    dump.write_bytes("".join(json.dumps({"id": f"w{i}", "text": article(i)}) + "\n" for i in range(2)).encode("utf-16"))
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "-j", "1", "-q"])
    assert result.exit_code == 1
    [error] = [json.loads(line)["error"] for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error == f"{dump}: is UTF-16 text, and JSON Lines are read as UTF-8; re-save it as UTF-8"


def test_a_row_holding_a_web_page_is_read_as_the_page(tmp_path) -> None:
    # a scraped dump keeps each page's HTML: summarize(str) reads such a text as a page, and so does a row
    from batch_corpus import html_page

    dump = tmp_path / "pages.jsonl"
    dump.write_text(json.dumps({"id": "p", "html": html_page(3, sentences=10)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "-j", "1", "-q", "--text-field", "html", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "pages" / "p.json").read_text())
    assert data["source"]["metadata"]["author"] == "Reporter 3"
    assert not any("<" in line["text"] for line in data["lines"])


def test_ids_that_differ_only_in_case_get_names_that_differ_otherwise() -> None:
    # on macOS and Windows "dump/dup.txt" and "dump/DUP.txt" are one file: one summary would be lost
    from summarizer.batch.outputs import OutputNamer

    namer = OutputNamer("text")
    names = [namer.for_row("dump", row_id) for row_id in ("dup", "DUP", "Dup")]
    assert len({name.casefold() for name in names}) == 3, names
    assert names[0] == "dump/dup.txt"
