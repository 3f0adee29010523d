"""The `summarize` command end to end through click's CliRunner."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from summarizer import __version__
from summarizer.cli import cli


def invoke(*args: str, input: bytes | str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_cli_text_output_has_markers_and_sources(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "city-budget.txt"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Sources:" in lines
    for n in (1, 2, 3):
        assert any(line.rstrip().endswith(f"[{n}]") or f"[{n}] " in line for line in lines)
        assert any(line.startswith(f"[{n}] sentence ") for line in lines)


def test_cli_json_citations_match_source_exactly(samples_dir: Path) -> None:
    for path in sorted(samples_dir.glob("*.txt")) + sorted(samples_dir.glob("*.md")):
        if path.name == "README.md":
            continue
        result = invoke(str(path), "--format", "json")
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        source_text = path.read_text(encoding="utf-8")
        assert data["source"]["path"] == str(path)
        assert data["method"]
        assert isinstance(data["warnings"], list)
        assert data["stats"]["sentences_out"] == len(data["lines"])
        for line in data["lines"]:
            assert line["citations"]
            for citation in line["citations"]:
                assert source_text[citation["start"] : citation["end"]] == citation["text"]


@pytest.mark.parametrize(("option", "value", "count"), [("--sentences", "2", 2), ("-n", "5", 5), ("--ratio", "0.1", None)])
def test_cli_length_options(samples_dir: Path, option: str, value: str, count: int | None) -> None:
    path = samples_dir / "long-climate-report.txt"
    result = invoke(str(path), option, value, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    if count is None:
        count = -(-data["source"]["sentences"] // 10)
    assert len(data["lines"]) == count


def test_cli_words_option(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "long-climate-report.txt"), "--words", "70", "-f", "json")
    data = json.loads(result.stdout)
    assert sum(len(line["text"].split()) for line in data["lines"]) <= 70
    assert data["stats"]["length"] == {"words": 70}


def test_cli_conflicting_lengths_exit_2(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "city-budget.txt"), "-n", "2", "--words", "50")
    assert result.exit_code == 2
    assert "only one of" in result.stderr


def test_cli_method_option(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "city-budget.txt"), "--method", "lead", "-f", "json")
    data = json.loads(result.stdout)
    assert data["method"] == "lead"
    assert [line["citations"][0]["sentence"] for line in data["lines"]] == [0, 1, 2]


def test_cli_unknown_method_lists_choices(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "city-budget.txt"), "--method", "magic")
    assert result.exit_code == 2
    assert "magic" in result.stderr and "lead" in result.stderr


def test_cli_markdown_output(samples_dir: Path) -> None:
    result = invoke(str(samples_dir / "harbour-strike.md"), "-f", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("## Summary: ")
    assert "[^1]:" in result.stdout
    assert "**" not in result.stdout.split("[^1]:")[0]  # markup is dropped from the summary lines


def test_cli_stdin() -> None:
    text = "Heavy rain closed the coast road on Monday. Crews cleared it by night. Buses ran late."
    result = invoke("-", "-n", "1", "-f", "json", input=text.encode())
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"]["path"] == "<stdin>"
    assert len(data["lines"]) == 1


def test_cli_output_file(samples_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "summary.json"
    target.parent.mkdir()  # -o never creates folders (see test_files_writing)
    result = invoke(str(samples_dir / "city-budget.txt"), "-f", "json", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text())["lines"]


def test_cli_output_to_a_named_pipe_writes_into_it(samples_dir: Path, tmp_path: Path) -> None:
    # /dev/null, /dev/stdout and a shell's >(...) are not plain files either: a new file renamed
    # over one replaced it (as root, /dev/null became a regular file)
    pipe = tmp_path / "summary.pipe"
    os.mkfifo(pipe)
    read: list[str] = []
    reader = threading.Thread(target=lambda: read.append(pipe.read_text()), daemon=True)
    reader.start()
    result = invoke(str(samples_dir / "city-budget.txt"), "-n", "1", "-o", str(pipe))
    reader.join(timeout=10)  # a reader the write never reached waits on, as a daemon
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert read and "Marlow Falls" in read[0]


def test_cli_output_dash_is_standard_output(samples_dir: Path) -> None:
    # as an input "-" is standard input; as -o it made a file named "-" in the working folder
    runner = CliRunner()
    with runner.isolated_filesystem():
        for command in ([str(samples_dir / "city-budget.txt")], ["check", str(samples_dir / "city-budget.txt"), "-s", "-"]):
            result = runner.invoke(cli, [*command, "-o", "-"], input="The plan raises total spending by 3.5% compared with last year.\n")
            assert result.exit_code == 0, result.output
            assert "Marlow Falls" in result.stdout or "SUPPORTED" in result.stdout
        assert not Path("-").exists()


def test_cli_output_through_a_link_keeps_the_link(samples_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "summaries" / "latest.txt"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    assert invoke(str(samples_dir / "city-budget.txt"), "-n", "1", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and "Marlow Falls" in target.read_text()


def test_cli_input_format_markdown_for_stdin() -> None:
    text = "# Flood Warning Issued\n\nThe river rose **two metres** overnight. Residents left.\n"
    result = invoke("-", "--input-format", "markdown", "-f", "json", input=text)
    data = json.loads(result.stdout)
    assert data["source"]["title"] == "Flood Warning Issued"
    assert "**" not in data["lines"][0]["text"]


def test_cli_explicit_run_command(samples_dir: Path) -> None:
    result = invoke("run", str(samples_dir / "short-notice.txt"))
    assert result.exit_code == 0
    assert "warning: the article has only 1 sentence" in result.stdout


def test_cli_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_cli_methods_lists_rankers() -> None:
    result = invoke("methods")
    assert result.exit_code == 0
    names = {line.split()[0] for line in result.stdout.splitlines()}
    assert {"lead", "centrality", "default"} <= names


BAD_INPUTS = {
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b" \n \n", "only whitespace"),
    "image.txt": (b"GIF89a\x00\x01\x00\x00", "binary"),
    "latin1.txt": (b"Mus\xe9e reopened on Friday.", "not valid UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path, name: str) -> None:
    content, problem = BAD_INPUTS[name]
    path = tmp_path / name
    path.write_bytes(content)
    result = invoke(str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    error_lines = result.stderr.strip().splitlines()
    assert len(error_lines) == 1
    assert str(path) in error_lines[0] and problem in error_lines[0]
    assert "Traceback" not in result.stderr


def test_cli_missing_file_exit_2(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nothing.txt"))
    assert result.exit_code == 2
    assert "nothing.txt: no such file" in result.stderr


def test_cli_directory_exit_2(tmp_path: Path) -> None:
    result = invoke("run", str(tmp_path))
    assert result.exit_code == 2
    assert "is a directory" in result.stderr


def test_cli_too_large_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    path.write_text("The committee met again today. " * 200)
    result = invoke(str(path), "--max-bytes", "1000")
    assert result.exit_code == 2
    assert "large.txt" in result.stderr and "limit" in result.stderr


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _all_commands(command, (*prefix, name))


def test_cli_every_command_has_help() -> None:
    assert cli.help
    for path, command in _all_commands(cli):
        assert command.help, f"{' '.join(path)} has no help text"
        result = invoke(*path, "--help")
        assert result.exit_code == 0, path
        assert "Usage:" in result.stdout
        for parameter in command.params:
            if isinstance(parameter, click.Option) and not parameter.hidden:
                assert parameter.help or parameter.is_flag or isinstance(parameter.type, click.Choice), (
                    f"{' '.join(path)} {parameter.opts[0]} has no help"
                )


def test_cli_group_help_shows_examples() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "run" in result.stdout
