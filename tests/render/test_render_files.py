"""Files we write: whole or not at all, with the mode the umask gives, and never into a folder
that `summarize -o` had to invent."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_corpus import make_folder
from summarizer.cli import cli
from summarizer.render.files import write_atomically


@pytest.fixture
def umask():
    """Set the process umask for one test, then put the old one back."""
    saved = os.umask(0o022)
    yield os.umask
    os.umask(saved)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_files_writing_atomic_writes_get_the_mode_the_umask_gives(tmp_path, umask, mask) -> None:
    umask(mask)
    target = tmp_path / "report.txt"
    write_atomically(target, "first\n")
    assert mode(target) == 0o666 & ~mask
    write_atomically(target, "second\n")  # replacing keeps to the same rule
    assert mode(target) == 0o666 & ~mask and target.read_text() == "second\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary left behind


def test_files_writing_batch_summaries_and_index_follow_the_umask(tmp_path, umask) -> None:
    umask(0o022)
    root = tmp_path / "in"
    make_folder(root, good=2)
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["batch", str(root), "-o", str(out), "-j", "1", "-q"]).exit_code == 0
    written = [p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")]
    assert len(written) == 4  # two summaries, the index and the errors file
    assert {mode(p) for p in written} == {0o644}


def test_files_writing_run_output_into_a_missing_folder_is_one_line_exit_2(samples_dir, tmp_path) -> None:
    missing = tmp_path / "no" / "such"
    result = CliRunner().invoke(cli, [str(samples_dir / "city-budget.txt"), "-o", str(missing / "out.txt")])
    assert result.exit_code == 2, result.output
    assert str(tmp_path / "no") in result.output and len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "no").exists()


def test_files_writing_run_output_under_a_file_is_one_line_exit_2(samples_dir, tmp_path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, [str(samples_dir / "city-budget.txt"), "-o", str(blocker / "out.txt")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert str(blocker) in result.output and blocker.read_text() == "not a folder"


def test_files_writing_missing_folders_are_made_only_when_asked(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "a" / "b.txt", "x\n", make_folders=False)
    assert not (tmp_path / "a").exists()
    write_atomically(tmp_path / "a" / "b.txt", "x\n", make_folders=True)
    assert (tmp_path / "a" / "b.txt").read_text() == "x\n"
