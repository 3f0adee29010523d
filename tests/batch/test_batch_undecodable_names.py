"""A file whose name is not UTF-8 on disk (a Latin-1 "café.txt" from an old archive or share, held
by Python as a surrogate) is summarised like any other: it ended the whole batch in a traceback
("surrogates not allowed") while its record was written, so the files after it were never done and
the index was cut short. Article written for this test."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli

ARTICLE = (
    "The harbour reopened on Monday after a two-week strike. Ships had queued for days outside the port. "
    "The union said its members would vote on the new offer next week.\n"
)
LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")  # "caf\udce9.txt": the byte 0xe9 is no UTF-8

pytestmark = pytest.mark.skipif(
    sys.platform in ("darwin", "win32") or sys.getfilesystemencoding().lower() != "utf-8",
    reason="needs a file system that keeps names that are not UTF-8",
)


@pytest.mark.parametrize("output_format", ["json", "html"])
def test_batch_undecodable_name_is_summarised_and_the_run_goes_on(tmp_path: Path, output_format: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / LATIN1_NAME).write_text(ARTICLE, encoding="utf-8")
    (folder / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["batch", str(folder), "-o", str(out), "-q", "-j", "1", "-l", "en", "-f", output_format]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(row["source"]).name for row in rows) == sorted([LATIN1_NAME, "ok.txt"])  # the name read back as it is
    assert {row["status"] for row in rows} == {"ok"}
    assert (out / os.fsdecode(b"caf\xe9." + output_format.encode())).is_file()
    if output_format == "html":
        assert 'href="./caf%E9.html"' in (out / "index.html").read_text(encoding="utf-8")  # the file's own bytes
    again = CliRunner().invoke(cli, args)  # a second run finds both done
    assert again.exit_code == 0, again.output
    assert len((out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()) == 2
