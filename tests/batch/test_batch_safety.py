"""`summarize batch` never destroys or re-reads its own work: the output folder against the inputs,
overwrites, stale summaries, a bounded index, one run per output folder, JSON Lines in .json files,
and an honest final line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_corpus import article, make_folder, make_jsonl
from summarizer.batch import BatchConfig, BatchReport, run_batch
from summarizer.batch.runner import _local_results
from summarizer.batch.safety import LOCK_NAME, BatchError
from summarizer.cli import cli
from summarizer.progress import Progress

ROOT = Path(__file__).resolve().parents[2]


def run_batch_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["batch", *args])
    assert "Traceback" not in result.output, result.output
    return result.exit_code, result.output


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def index_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]


# --- the output folder against the inputs -------------------------------------------------------


@pytest.mark.parametrize("flag", [[], ["--output-inside-input"]], ids=["plain", "even-with-the-flag"])
def test_batch_safety_output_folder_equal_to_the_input_is_refused(tmp_path, flag) -> None:
    root = tmp_path / "in"
    make_folder(root, good=3)
    make_jsonl(root / "wire.jsonl", rows=2)
    before = snapshot(root)
    code, output = run_batch_cli(str(root), "-o", str(root), "-j", "1", *flag)
    assert code == 2, output
    assert len(output.strip().splitlines()) == 1 and str(root) in output
    assert snapshot(root) == before  # no article replaced, no index written


def test_batch_safety_output_folder_inside_the_input_needs_the_flag(tmp_path) -> None:
    root = tmp_path / "in"
    made = make_folder(root, good=4)
    before = snapshot(root)
    out = root / "summaries"
    code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1")
    assert code == 2 and "--output-inside-input" in output and len(output.strip().splitlines()) == 1
    assert not out.exists() and snapshot(root) == before

    for _ in range(2):  # the second run must not read the first run's summaries or index
        code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--output-inside-input")
        assert code == 0, output
    assert "0 done, 4 skipped, 0 failed" in output
    assert sorted(r["id"] for r in index_records(out)) == sorted(made["good"])
    assert {k: v for k, v in snapshot(root).items() if not k.startswith("summaries/")} == before


def test_batch_safety_an_earlier_output_folder_inside_an_input_is_not_read_again(tmp_path) -> None:
    root = tmp_path / "in"
    made = make_folder(root, good=3)
    assert run_batch_cli(str(root), "-o", str(tmp_path / "old"), "-j", "1")[0] == 0
    (tmp_path / "old").rename(root / "old")  # kept beside the articles it summarises
    out = tmp_path / "out"
    code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1")
    assert code == 0, output
    assert sorted(r["id"] for r in index_records(out)) == sorted(made["good"])


def test_batch_safety_an_own_index_named_as_input_is_refused(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=2)
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0
    before = snapshot(out)
    code, output = run_batch_cli(str(out / "summaries.jsonl"), "-o", str(out), "-j", "1")
    assert code == 2 and "summaries.jsonl" in output
    assert snapshot(out) == before


def test_batch_safety_an_output_that_would_overwrite_an_input_is_a_failure(tmp_path) -> None:
    # Inputs inside the output folder are allowed, but `in/in/a.txt` mirrors onto `in/a.txt`.
    root = tmp_path / "in"
    (root / "in").mkdir(parents=True)
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "in" / "a.txt").write_text(article(2), encoding="utf-8")
    before = snapshot(root)
    code, output = run_batch_cli(str(root), "-o", str(tmp_path), "-j", "1")
    assert code == 1, output
    assert snapshot(root) == before
    failed = {r["id"]: r["error"] for r in index_records(tmp_path) if r["status"] == "failed"}
    assert list(failed) == ["in/a.txt"] and "input" in failed["in/a.txt"]
    assert (tmp_path / "a.txt").is_file()  # the other one was written where it belongs


def test_batch_safety_a_stale_summary_is_removed_when_its_document_now_fails(tmp_path) -> None:
    root = tmp_path / "in"
    (root / "keep.txt").parent.mkdir(parents=True)
    (root / "keep.txt").write_text(article(3), encoding="utf-8")
    (root / "later-broken.txt").write_text(article(4), encoding="utf-8")
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0
    assert (out / "later-broken.txt").is_file()
    (root / "later-broken.txt").write_bytes(b"\x00\x01 not text any more")
    code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--force")
    assert code == 1, output
    assert not (out / "later-broken.txt").exists() and (out / "keep.txt").is_file()
    status = {r["id"]: r["status"] for r in index_records(out)}
    assert status == {"keep.txt": "ok", "later-broken.txt": "failed"}


# --- a bounded index ----------------------------------------------------------------------------


def test_batch_safety_index_rows_never_outnumber_the_documents(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=3)
    config = BatchConfig(inputs=(root,), out_dir=tmp_path / "out", workers=1)

    def echoing(config, items):  # a broken executor that reports every document twice
        for record in _local_results(config, items):
            yield record
            yield {**record, "id": record["id"] + "#again"}

    with pytest.raises(BatchError, match="more"):
        run_batch(config, executor=echoing)
    assert len(index_records(tmp_path / "out")) <= 3


def test_batch_safety_inputs_that_grow_during_the_run_are_cut_off(tmp_path) -> None:
    dump = tmp_path / "in" / "feed.jsonl"
    make_jsonl(dump, rows=3)
    config = BatchConfig(inputs=(dump.parent,), out_dir=tmp_path / "out", workers=1)

    def feeding_back(config, items):  # what reading our own index did: every row adds a row
        for number, record in enumerate(_local_results(config, items)):
            if number < 40:
                with dump.open("a", encoding="utf-8") as stream:
                    stream.write(json.dumps({"id": f"echo{number}", "text": article(number)}) + "\n")
            yield record

    with pytest.raises(BatchError):
        run_batch(config, executor=feeding_back)
    assert len(index_records(tmp_path / "out")) <= 3


# --- one run per output folder ------------------------------------------------------------------

HOLD_LOCK = """
import sys
from filelock import FileLock
lock = FileLock(sys.argv[1], timeout=0)
lock.acquire()
print("held", flush=True)
sys.stdin.readline()
"""


def test_batch_safety_a_second_run_into_the_same_output_folder_is_refused(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=2)
    out = tmp_path / "out"
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0
    (out / "errors.jsonl").write_text('{"id": "x", "error": "kept"}\n', encoding="utf-8")
    busy = out / "section0" / ".story0000.txt.abcd.tmp"  # the other run's file being written
    busy.write_text("half")
    before = snapshot(out)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(out / LOCK_NAME)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        code, output = run_batch_cli(str(root), "-o", str(out), "-j", "1", "--force")
    finally:
        holder.communicate("\n", timeout=30)
    assert code == 2 and "another" in output and len(output.strip().splitlines()) == 1
    assert snapshot(out) == before
    assert run_batch_cli(str(root), "-o", str(out), "-j", "1")[0] == 0  # free again once it ends


# --- JSON Lines saved as .json ------------------------------------------------------------------


def test_batch_safety_jsonl_saved_as_json_is_read_as_rows(tmp_path) -> None:
    dump = tmp_path / "in" / "wire.json"
    make_jsonl(dump, rows=3)
    for name, source in (("named", dump), ("found", dump.parent)):  # named directly, and in a folder
        out = tmp_path / name
        code, output = run_batch_cli(str(source), "-o", str(out), "-j", "1")
        assert code == 0, output
        assert sorted(r["row"] for r in index_records(out)) == [1, 2, 3]
        assert len(list((out / "wire").iterdir())) == 3


def test_batch_safety_a_single_json_document_fails_when_named_and_is_skipped_in_a_folder(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=1)
    document = root / "meta.json"
    document.write_text(json.dumps({"id": "x", "text": article(5)}, indent=2), encoding="utf-8")
    out = tmp_path / "out"
    code, output = run_batch_cli(str(document), "-o", str(out), "-j", "1")
    assert code == 1, output
    [record] = index_records(out)
    assert record["status"] == "failed" and "JSON Lines" in record["error"]
    code, output = run_batch_cli(str(root), "-o", str(tmp_path / "out2"), "-j", "1")
    assert code == 0, output
    assert [r["id"] for r in index_records(tmp_path / "out2")] == ["section0/deep/story0000.txt"]


def test_batch_safety_a_one_row_dump_saved_as_json_is_read_as_its_row_when_named(tmp_path) -> None:
    # One JSON object on one line with its text is JSON Lines as much as a dump of two rows, but
    # `summarize batch one.json` answered "holds one JSON document, not JSON Lines (one JSON object
    # per line, each with the article text)". Named, it is the row; in a folder, a one-line .json
    # may be anyone's data, and is still passed over.
    root = tmp_path / "in"
    make_folder(root, good=1)
    dump = root / "one.json"
    dump.write_text(json.dumps({"id": "x", "text": article(5)}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, output = run_batch_cli(str(dump), "-o", str(out), "-j", "1")
    assert code == 0, output
    [record] = index_records(out)
    assert record["status"] == "ok" and record["row"] == 1 and (out / "one" / "x.txt").is_file()
    code, output = run_batch_cli(str(root), "-o", str(tmp_path / "out2"), "-j", "1")
    assert code == 0, output
    assert [r["id"] for r in index_records(tmp_path / "out2")] == ["section0/deep/story0000.txt"]


# --- what the run prints ------------------------------------------------------------------------


def test_batch_safety_the_final_line_claims_no_rate_when_nothing_was_summarised(tmp_path) -> None:
    assert "articles/s" not in BatchReport(skipped=5, seconds=0.1).summary_line()
    assert "articles/s" not in BatchReport(failed=2, seconds=0.1).summary_line()
    assert "articles/s" in BatchReport(done=3, seconds=0.1).summary_line()
    root = tmp_path / "in"
    make_folder(root, good=2)
    run_batch_cli(str(root), "-o", str(tmp_path / "out"), "-j", "1")
    code, output = run_batch_cli(str(root), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0 and "0 done, 2 skipped" in output and "/s" not in output


def test_batch_safety_no_progress_bar_unless_stderr_is_a_terminal(tmp_path) -> None:
    root = tmp_path / "in"
    make_folder(root, good=2)
    code, output = run_batch_cli(str(root), "-o", str(tmp_path / "out"), "-j", "1")
    assert code == 0 and "|" not in output and "doc/s" not in output

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pytest.importorskip("tqdm")
    for stream, drawn in ((io.StringIO(), False), (Terminal(), True)):
        with Progress(3, "doc", stream=stream) as bar:
            bar.update()
            bar.set_postfix(done=1)
        assert bool(stream.getvalue()) is drawn


def test_batch_fingerprint_ignores_settings_that_do_not_change_outputs() -> None:
    from summarizer import Options
    from summarizer.batch.index import options_fingerprint

    # (Server settings need a server model: an extractive run refuses them.)
    base = options_fingerprint(Options(model="openai:any"), "text", "text")
    assert options_fingerprint(Options(model="openai:any", timeout=5, retries=0, concurrency=1), "text", "text") == base
    assert options_fingerprint(Options.build(model="openai:any", sentences=2), "text", "text") != base


def test_batch_safety_a_users_own_file_in_the_output_folder_is_never_overwritten(tmp_path) -> None:
    # `summarize batch notes/sub -o notes`: notes/ holds the user's own a.txt, which the summary of
    # notes/sub/a.txt would replace. That document fails and says why; the others are written, and
    # a re-run may replace what a run wrote but still not the user's file.
    notes = tmp_path / "notes"
    (notes / "sub").mkdir(parents=True)
    (notes / "sub" / "a.txt").write_text(article(1), encoding="utf-8")
    (notes / "sub" / "b.txt").write_text(article(2), encoding="utf-8")
    (notes / "a.txt").write_text("my own notes, not a summary\n", encoding="utf-8")
    code, output = run_batch_cli(str(notes / "sub"), "-o", str(notes), "-j", "1")
    assert code == 1, output
    assert (notes / "a.txt").read_text(encoding="utf-8") == "my own notes, not a summary\n"
    failed = {r["id"]: r["error"] for r in index_records(notes) if r["status"] == "failed"}
    assert list(failed) == ["a.txt"] and "no summarize batch run wrote" in failed["a.txt"]
    written = (notes / "b.txt").read_text(encoding="utf-8")
    code, output = run_batch_cli(str(notes / "sub"), "-o", str(notes), "-j", "1", "--force")
    assert code == 1 and (notes / "b.txt").read_text(encoding="utf-8") == written
    assert (notes / "a.txt").read_text(encoding="utf-8") == "my own notes, not a summary\n"
