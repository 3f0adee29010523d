"""A word budget that cannot be met is said so in the summary's warnings, never missed silently."""

from __future__ import annotations

from click.testing import CliRunner

from summarizer import summarize
from summarizer.cli import cli

# Every sentence is well over ten words, so no summary can fit a ten-word budget.
LONG_SENTENCES = (
    "The regional water board voted on Tuesday evening to raise household rates by six percent from next spring. "
    "Board members said the extra money would pay for replacing cast-iron mains laid in the valley towns before 1950. "
    "Residents who spoke at the meeting asked for a discount for pensioners and families on low incomes. "
    "The board agreed to study a discount scheme and report back to the public before the end of the summer."
)
# One short sentence among long ones, placed last so that it is not the best-ranked.
ONE_SHORT = LONG_SENTENCES + " Rates last rose in 2019."


def budget_warnings(warnings: tuple[str, ...], words: int) -> list[str]:
    return [w for w in warnings if f"{words}-word budget" in w]


def test_pipeline_word_budget_missed_is_warned_and_met_is_not() -> None:
    summary = summarize(LONG_SENTENCES, words=10)
    assert summary.lines  # the selector always keeps one sentence
    assert summary.word_count > 10
    shortest = min(len(s.clean_text.split()) for s in summary.document.sentences)
    [warning] = budget_warnings(summary.warnings, 10)
    assert f"has {summary.word_count} words" in warning
    assert f"shortest sentence that could be chosen has {shortest} words" in warning
    longest = max(len(s.clean_text.split()) for s in summary.document.sentences)
    met = summarize(LONG_SENTENCES, words=longest + 5)
    assert met.word_count <= longest + 5
    assert not [w for w in met.warnings if "budget" in w]


def test_pipeline_word_budget_missed_with_shorter_sentence_names_the_cause() -> None:
    summary = summarize(ONE_SHORT, words=10)
    assert summary.word_count > 10
    [warning] = budget_warnings(summary.warnings, 10)
    assert "shortest" not in warning  # a short enough sentence exists; the ranking chose another
    assert "best-ranked sentence" in warning


def test_pipeline_word_budget_warning_printed_by_cli(tmp_path) -> None:
    article = tmp_path / "rates.txt"
    article.write_text(LONG_SENTENCES, encoding="utf-8")
    result = CliRunner().invoke(cli, [str(article), "--words", "10"])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("warning:") and "10-word budget" in line for line in result.stdout.splitlines())
