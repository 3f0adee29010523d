"""A device or a pipe named as the input of batch, eval or faithfulness: one line, exit 2, no hang."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from summarizer.cli import cli


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
@pytest.mark.parametrize("command", [["batch", "{input}", "-o", "{out}"], ["eval", "{input}"], ["faithfulness", "{input}"]])
def test_an_endless_device_is_refused_in_one_line(tmp_path, command: list[str]) -> None:
    # a dump that is really /dev/zero (a link named like one) was read until memory ran out
    endless = tmp_path / "dump.jsonl"
    endless.symlink_to("/dev/zero")
    arguments = [part.format(input=endless, out=tmp_path / "out") for part in command]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2, result.output
    assert "is no regular file" in result.stderr and len(result.stderr.strip().splitlines()) == 1
