"""`summarize a.txt b.txt --together` writes one summary of several sources, and `summarize check`
took one article, so such a summary could not be checked against what it summarised. `check`
(and `verify`) take the story's sources now: each line may cite any of them, its citations name
the source and that source's sentence ("2:14") as `--together` cites, and each span is exact in
that source. How a line is judged is unchanged."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from summarizer import verify
from summarizer.cli import cli

from story_samples import BRIDGE_A, BRIDGE_B


def test_check_takes_the_sources_of_a_together_summary(samples_dir: Path, tmp_path: Path):
    sources = [samples_dir / "city-budget.txt", samples_dir / "harbour-strike.md"]
    runner = CliRunner()
    summary = tmp_path / "story.txt"
    written = runner.invoke(cli, [*map(str, sources), "--together", "-n", "4", "-o", str(summary)])
    assert written.exit_code == 0, written.output
    result = runner.invoke(cli, ["check", *map(str, sources), "-s", str(summary)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("SUPPORTED: 4 of 4 lines supported")
    markers = re.findall(r"^\d+\. .* \[(\d):(\d+)\]$", result.stdout, re.M)
    assert {source for source, _ in markers} == {"1", "2"}, result.stdout
    # "[2:1] (source 2, samples/harbour-strike.md, chars 64-272) Hundreds of ...": exact in that file.
    cited = re.findall(r"^\[(\d):\d+\] \(source (\d), (.+?), chars (\d+)-(\d+)\) (.+)$", result.stdout, re.M)
    assert len(cited) == 4, result.stdout
    for label, number, path, start, end, text in cited:
        assert label == number and path == str(sources[int(number) - 1])
        assert " ".join(Path(path).read_text(encoding="utf-8")[int(start) : int(end)].split()) == text


def test_verify_cites_each_line_in_its_own_source():
    summary = (
        "A falling crane struck two cars on the bridge deck, and 14 people were taken to hospital. "
        "The construction company said its crane had been secured before the storm. "
        "The bridge will stay closed for 90 days."
    )
    result = verify([BRIDGE_A, BRIDGE_B], summary)
    assert [{c.source for c in line.citations} >= {n} for line, n in zip(result.lines, (1, 2))] == [True, True]
    assert [line.supported for line in result.lines] == [True, True, False]  # judged as before: 90 days is in neither
    assert [s["number"] for s in result.to_dict()["sources"]] == [1, 2]
    for line in result.lines:
        for c in line.citations:
            span = result.sources[c.source - 1]
            assert c.label == f"{c.source}:{c.source_sentence + 1}"
            assert result.document.text[c.start : c.end] == c.text
            assert [BRIDGE_A, BRIDGE_B][c.source - 1][c.start - span.start : c.end - span.start] == c.text
    # One source in a list is the article itself, as verify(article) checks it.
    alone = verify([BRIDGE_A], summary)
    assert alone == verify(BRIDGE_A, summary) and not alone.sources


def test_check_names_every_source_it_cannot_read(samples_dir: Path, tmp_path: Path):
    summary = tmp_path / "s.txt"
    summary.write_text("The council approved the budget.")
    result = CliRunner().invoke(cli, ["check", str(samples_dir / "city-budget.txt"), "gone.txt", "away.txt", "-s", str(summary)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: gone.txt, away.txt: no such file; no such file (none of the 3 sources was checked against)"
    twice = CliRunner().invoke(cli, ["check", "-", "-", "-s", str(summary)])
    assert twice.exit_code == 2 and "can be read only once" in twice.stderr
