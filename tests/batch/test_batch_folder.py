"""`summarize batch` over folders: summaries mirror the tree, failures are recorded, re-runs skip."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_corpus import article, make_folder
from summarizer.cli import cli


def run_batch_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["batch", *args])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def index_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]


def summary_files(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file() and p.suffix != ".jsonl" and not p.name.startswith("."))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, list[str]]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, make_folder(root, good=200, bad=5)


def test_200_good_and_5_bad_files_then_a_rerun_skips_all(corpus, tmp_path) -> None:
    root, made = corpus
    out = tmp_path / "out"
    code, output = run_batch_cli(str(root), "-o", str(out), "--workers", "2")
    assert code == 1, output
    assert len(summary_files(out)) == 200
    records = index_records(out)
    assert len(records) == 205 and len({r["id"] for r in records}) == 205
    failed = {r["id"] for r in records if r["status"] == "failed"}
    assert failed == set(made["bad"])
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["id"] for e in errors} == failed and all(e["error"] for e in errors)
    assert "200 done, 0 skipped, 5 failed" in output

    stamps = {p: p.stat().st_mtime_ns for p in summary_files(out)}
    code, output = run_batch_cli(str(root), "-o", str(out), "--workers", "2")
    assert code == 1
    assert "0 done, 200 skipped, 5 failed" in output
    assert {p: p.stat().st_mtime_ns for p in summary_files(out)} == stamps
    assert len(index_records(out)) == 205


def test_outputs_mirror_the_input_tree_and_the_index_cites_real_spans(tmp_path) -> None:
    root = tmp_path / "in"
    made = make_folder(root, good=9)
    out = tmp_path / "out"
    code, output = run_batch_cli(str(root), "-o", str(out), "--workers", "1", "--format", "markdown", "-n", "2")
    assert code == 0, output
    for relative in made["good"]:
        assert (out / relative).with_suffix(".md").is_file()
    for record in index_records(out):
        assert record["status"] == "ok" and record["method"] and record["timing_ms"]["total"] > 0
        assert len(record["summary"]) == 2 == len(record["citations"])
        if record["source"].endswith((".txt", ".md")):
            text = Path(record["source"]).read_text(encoding="utf-8")
            for line, cites in zip(record["summary"], record["citations"]):
                assert " ".join(text[cites[0]["start"] : cites[0]["end"]].split()) == line


def test_changed_options_input_or_force_redo_documents(tmp_path) -> None:
    root = tmp_path / "in"
    made = make_folder(root, good=6)
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0
    assert "0 done, 6 skipped" in run_batch_cli(str(root), "-o", str(out), "-j", "1")[1]
    assert "6 done, 0 skipped" in run_batch_cli(str(root), "-o", str(out), "-j", "1", "-n", "2")[1]
    assert "6 done, 0 skipped" in run_batch_cli(str(root), "-o", str(out), "-j", "1", "-n", "2", "--force")[1]
    touched = root / made["good"][0]
    later = (out / made["good"][0]).with_suffix(".txt").stat().st_mtime + 5
    os.utime(touched, (later, later))
    assert "1 done, 5 skipped" in run_batch_cli(str(root), "-o", str(out), "-j", "1", "-n", "2")[1]
    assert len(index_records(out)) == 6


def test_include_and_exclude_globs(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=12)
    out = tmp_path / "out"
    code, _ = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--include", "*.html", "--exclude", "section1/*")
    assert code == 0
    sources = sorted(r["id"] for r in index_records(out))
    assert sources and all(s.endswith(".html") and not s.startswith("section1/") for s in sources)
    expected = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if not p.relative_to(root).as_posix().startswith("section1/"))
    assert sources == expected


def test_json_output_parses(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=3)
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1", "-f", "json")[0] == 0
    files = summary_files(out)
    assert len(files) == 3
    for path in files:
        assert json.loads(path.read_text(encoding="utf-8"))["lines"]


def test_output_folder_inside_the_input_is_not_read_as_input(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=4)
    out = root / "summaries"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1", "--output-inside-input")[0] == 0
    code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--output-inside-input")
    assert code == 0 and "0 done, 4 skipped, 0 failed" in output


def test_torn_index_lines_duplicates_and_temporaries_are_cleaned_on_resume(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=4)
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0
    index = out / "summaries.jsonl"
    lines = index.read_text(encoding="utf-8").splitlines(keepends=True)
    index.write_text("".join(lines) + lines[0] + lines[1][: len(lines[1]) // 2], encoding="utf-8")
    stale = next(out.rglob("*.txt")).parent / ".story.txt.abc123.tmp"  # as a killed worker leaves it
    stale.write_text("half a summ")
    code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1")
    assert code == 0 and "0 done, 4 skipped" in output
    records = index_records(out)
    assert len(records) == 4 and len({r["id"] for r in records}) == 4
    assert not stale.exists()


def test_usage_errors_exit_2(tmp_path) -> None:
    assert run_batch_cli(str(tmp_path / "missing"), "-o", str(tmp_path / "out"))[0] == 2
    assert run_batch_cli(str(tmp_path), "-o", str(tmp_path / "out"), "--address", "auto")[0] == 2
    assert run_batch_cli(str(tmp_path))[0] == 2  # no -o
    a, b = tmp_path / "a" / "same", tmp_path / "b" / "same"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    code, output = run_batch_cli(str(a), str(b), "-o", str(tmp_path / "out"))
    assert code == 2 and "share the name" in output


def test_several_inputs_each_get_their_own_folder(tmp_path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    make_folder(one, good=2)
    make_folder(two, good=2)
    out = tmp_path / "out"
    assert run_batch_cli(str(one), str(two), "-o", str(out), "-j", "1")[0] == 0
    assert {p.relative_to(out).parts[0] for p in summary_files(out)} == {"one", "two"}


def test_quiet_prints_nothing_and_help_lists_the_options(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=2)
    code, output = run_batch_cli(str(root), "-o", str(tmp_path / "out"), "-j", "1", "--quiet")
    assert code == 0 and output == ""
    code, output = run_batch_cli("--help")
    assert code == 0
    for option in ("--include", "--exclude", "--text-field", "--id-field", "--workers", "--force", "--executor", "--address"):
        assert option in output


def test_unwritable_output_is_one_line_exit_2(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=1)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, output = run_batch_cli(str(root), "-o", str(blocker / "out"), "-j", "1")
    assert code == 2 and "file" in output


def test_a_double_star_glob_takes_files_at_every_depth(tmp_path) -> None:
    # as in .gitignore, git, ripgrep and pathlib: "**/" is any folders, none included
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    for relative in ("top.md", "a/mid.md", "a/b/deep.md", "a/b/other.txt"):
        (root / relative).write_text(article(len(relative)), encoding="utf-8")
    out = tmp_path / "out"
    code, _ = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--include", "**/*.md", "--exclude", "a/**/deep.md")
    assert code == 0
    assert sorted(r["id"] for r in index_records(out)) == ["a/mid.md", "top.md"]


def test_a_linked_folder_is_walked_once_and_a_link_loop_ends(tmp_path) -> None:
    # a corpus put together with links (corpus/2024 -> /archive/2024) was read as empty there
    archive = tmp_path / "archive" / "2024"
    archive.mkdir(parents=True)
    (archive / "story.txt").write_text(article(1), encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "own.txt").write_text(article(2), encoding="utf-8")
    (root / "2024").symlink_to(archive, target_is_directory=True)
    (root / "again").symlink_to(archive, target_is_directory=True)  # the same folder by another name
    (root / "up").symlink_to(root, target_is_directory=True)  # a loop
    out = tmp_path / "out"
    code, _ = run_batch_cli(str(root), "-o", str(out), "-j", "1")
    assert code == 0
    assert sorted(r["id"] for r in index_records(out)) == ["2024/story.txt", "own.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_or_a_device_in_a_folder_is_no_document(tmp_path) -> None:
    # a folder holding a named pipe (an app's, a log's) hung the run for ever on opening it; a
    # link to a device (/dev/zero) was read until the memory ran out
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "story.txt").write_text(article(1), encoding="utf-8")
    os.mkfifo(root / "feed.txt")
    if Path("/dev/zero").exists():
        (root / "zero.txt").symlink_to("/dev/zero")
    (root / "gone.txt").symlink_to(tmp_path / "absent.txt")  # a broken link is still reported
    out = tmp_path / "out"
    code, _ = run_batch_cli(str(root), "-o", str(out), "-j", "1", "-q")
    assert code == 1
    assert sorted((r["id"], r["status"]) for r in index_records(out)) == [("gone.txt", "failed"), ("story.txt", "ok")]


def test_a_run_that_finds_no_document_says_so(tmp_path) -> None:
    # "--include '*.htm'" over a folder of .html pages ended "finished: 0 done, 0 skipped, 0 failed"
    root = tmp_path / "pages"
    root.mkdir()
    (root / "story.html").write_text(f"<html><body><p>{article(1)}</p></body></html>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(root), "-o", str(tmp_path / "out"), "--include", "*.htm", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"warning: no document found in {root} with --include *.htm"
    found = CliRunner().invoke(cli, ["batch", str(root), "-o", str(tmp_path / "out"), "-q"])
    assert found.exit_code == 0 and found.stderr == ""
