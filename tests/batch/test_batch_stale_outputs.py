"""Summaries the index no longer vouches for: another `--format`, and documents that left the inputs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from batch_corpus import article
from summarizer.cli import cli


def run_batch_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["batch", "--workers", "1", *args])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def summaries(out: Path) -> set[str]:
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.suffix != ".jsonl" and not p.name.startswith(".")}


def indexed(out: Path) -> dict[str, str | None]:
    rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row["output"] for row in rows}


def folder(root: Path, names: list[str]) -> Path:
    for seed, name in enumerate(names):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(article(seed), encoding="utf-8")
    return root


def test_another_format_replaces_the_summaries_instead_of_leaving_the_old_ones(tmp_path) -> None:
    inputs = folder(tmp_path / "in", ["a.txt", "sub/b.md", "c.html.txt"])
    out = tmp_path / "out"
    assert run_batch_cli(str(inputs), "-o", str(out))[0] == 0
    assert summaries(out) == {"a.txt", "sub/b.txt", "c.html.txt"}
    code, output = run_batch_cli(str(inputs), "-o", str(out), "-f", "json")
    assert code == 0, output
    assert summaries(out) == {"a.json", "sub/b.json", "c.html.json"}
    assert set(indexed(out).values()) == summaries(out)


def test_names_that_shift_between_documents_leave_exactly_the_indexed_summaries(tmp_path) -> None:
    # "a.md" and "a.txt" both want "a.<ext>": in text "a.md" takes "a.txt" and the input a.txt
    # gets "a.txt.txt"; in markdown they become "a.md" and "a.txt.md".
    inputs = folder(tmp_path / "in", ["a.md", "a.txt"])
    out = tmp_path / "out"
    assert run_batch_cli(str(inputs), "-o", str(out))[0] == 0
    first = indexed(out)
    assert run_batch_cli(str(inputs), "-o", str(out), "-f", "markdown")[0] == 0
    after = indexed(out)
    assert set(after.values()) == summaries(out), (first, after, summaries(out))
    assert all((out / name).stat().st_size > 0 for name in after.values())


def test_a_deleted_input_keeps_its_summary_unless_pruned(tmp_path) -> None:
    inputs = folder(tmp_path / "in", ["a.txt", "b.txt", "c.txt"])
    out = tmp_path / "out"
    assert run_batch_cli(str(inputs), "-o", str(out))[0] == 0
    (inputs / "b.txt").unlink()
    code, output = run_batch_cli(str(inputs), "-o", str(out))
    assert code == 0 and "1 in the index no longer among the inputs (--prune" in output, output
    assert summaries(out) == {"a.txt", "b.txt", "c.txt"} and set(indexed(out)) == {"a.txt", "b.txt", "c.txt"}
    code, output = run_batch_cli(str(inputs), "-o", str(out), "--prune")
    assert code == 0 and "1 no longer among the inputs: their summaries removed" in output, output
    assert summaries(out) == {"a.txt", "c.txt"} and set(indexed(out)) == {"a.txt", "c.txt"}
    code, output = run_batch_cli(str(inputs), "-o", str(out), "--prune")
    assert code == 0 and "no longer" not in output and "0 done, 2 skipped" in output, output


def test_prune_follows_exclude_and_never_touches_the_users_files(tmp_path) -> None:
    inputs = folder(tmp_path / "in", ["keep/a.txt", "drop/b.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")  # the user's, before the first run
    assert run_batch_cli(str(inputs), "-o", str(out))[0] == 0
    code, output = run_batch_cli(str(inputs), "-o", str(out), "--exclude", "drop/**", "--prune")
    assert code == 0, output
    assert summaries(out) == {"keep/a.txt", "notes.txt"}
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert set(indexed(out)) == {"keep/a.txt"}


def test_a_row_removed_from_a_jsonl_input_is_pruned(tmp_path) -> None:
    dump = tmp_path / "in" / "dump.jsonl"
    dump.parent.mkdir()
    rows = [{"id": str(n), "text": article(n)} for n in range(3)]
    dump.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert run_batch_cli(str(dump), "-o", str(out))[0] == 0
    dump.write_text("".join(json.dumps(row) + "\n" for row in rows[:2]), encoding="utf-8")
    assert run_batch_cli(str(dump), "-o", str(out), "--prune")[0] == 0
    assert summaries(out) == {"dump/0.txt", "dump/1.txt"} and set(indexed(out)) == {"dump.jsonl#0", "dump.jsonl#1"}


def test_an_html_run_never_replaces_the_users_own_index_page(tmp_path) -> None:
    inputs = folder(tmp_path / "in", ["a.txt", "b.txt"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("<p>my own page</p>", encoding="utf-8")
    code, output = run_batch_cli(str(inputs), "-o", str(out), "-f", "html")
    assert code == 0, output
    assert (out / "index.html").read_text(encoding="utf-8") == "<p>my own page</p>"
    assert {"a.html", "b.html"} <= summaries(out)
