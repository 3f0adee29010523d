"""`diversity` (maximal marginal relevance) reaches the selector from the library and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer import OptionsError, summarize
from summarizer.cli import cli

# Written for these tests: the second sentence repeats most of the first, below the 0.6 cosine
# at which the redundancy threshold would refuse it outright.
ARTICLE = """The city council approved the new harbour budget on Monday after a long debate.

The council approved the harbour budget on Monday, with members debating for hours before the vote.

Fishing crews said the repairs would let them return to work by spring.

The budget sets aside money for a new sea wall and two cranes.

Residents will be able to comment on the plans at a meeting next month.
"""


def chosen(summary) -> list[int]:
    return [c.sentence for line in summary.lines for c in line.citations]


def test_diversity_trades_a_near_repeat_for_something_new() -> None:
    assert chosen(summarize(ARTICLE, sentences=2)) == [0, 1]
    assert chosen(summarize(ARTICLE, sentences=2, diversity=0.5)) == [0, 2]


def test_diversity_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(path), "-n", "2", "--diversity", "0.5", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "Fishing crews" in result.output and "members debating" not in result.output


def test_diversity_is_a_weight_between_0_and_1() -> None:
    with pytest.raises(OptionsError, match="diversity"):
        summarize(ARTICLE, diversity=1.5)
