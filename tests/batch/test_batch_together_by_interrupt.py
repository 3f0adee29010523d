"""Ctrl-C during `summarize batch --together-by`: exit 130 and a tally line, as a plain batch run
does, with the groups finished so far written and listed in groups.jsonl; it was click's
"Aborted!" with exit 1 (which means "some failed") and no groups.jsonl."""

from __future__ import annotations

import json

from click.testing import CliRunner

import summarizer.together.run as together_run
from summarizer.cli import cli

from story_samples import two_story_dump


def test_an_interrupted_grouped_run_exits_130_and_lists_the_groups_done(tmp_path, monkeypatch):
    dump = two_story_dump(tmp_path)
    real = together_run.together
    calls = []

    def second_group_interrupted(summarizer, documents, *args, **kwargs):
        calls.append(len(documents))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(summarizer, documents, *args, **kwargs)

    monkeypatch.setattr(together_run, "together", second_group_interrupted)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(dump), "-o", str(out), "--together-by", "story"])
    assert result.exit_code == 130, result.output
    assert "Aborted" not in result.output
    assert result.stderr.strip().splitlines()[-1] == "interrupted: 2 articles in 1 groups, 0 could not be read"
    groups = [json.loads(line) for line in (out / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["status"] for g in groups] == ["ok"] and (out / groups[0]["output"]).is_file()
