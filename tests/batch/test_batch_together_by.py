"""`summarize batch --together-by`: one summary per story, grouped by a field or by similarity."""

from __future__ import annotations

import json

from click.testing import CliRunner

from summarizer.cli import cli

from story_samples import BRIDGE_A, BRIDGE_B, FESTIVAL, MINE


def _dump(tmp_path):
    rows = [
        {"id": "a", "story": "bridge", "text": BRIDGE_A},
        {"id": "b", "story": "festival", "text": FESTIVAL[0]},
        {"id": "c", "story": "bridge", "text": BRIDGE_B},
        {"id": "d", "story": "festival", "text": FESTIVAL[1]},
        {"id": "e", "story": "mine", "text": MINE[0]},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _groups(out):
    return [json.loads(line) for line in (out / "groups.jsonl").read_text(encoding="utf-8").splitlines()]


def test_grouped_by_a_field(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "story", "-f", "json", "-q"])
    assert result.exit_code == 0, result.output
    groups = _groups(out)
    assert [[m["id"].rsplit("#", 1)[-1] for m in g["members"]] for g in groups] == [["a", "c"], ["b", "d"], ["e"]]
    first = json.loads((out / groups[0]["output"]).read_text(encoding="utf-8"))
    assert len(first["sources"]) == 2 and any(len({c["source"] for c in line["citations"]}) == 2 for line in first["lines"])


def test_grouped_by_similarity(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "similarity", "-q"])
    assert result.exit_code == 0, result.output
    members = sorted(sorted(m["id"].rsplit("#", 1)[-1] for m in g["members"]) for g in _groups(out))
    assert members == [["a", "c"], ["b", "d"], ["e"]]


def test_grouped_never_replaces_the_users_own_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    mine = out / "group-1.json"
    mine.write_text("my notes", encoding="utf-8")
    arguments = ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "story", "-f", "json", "-q"]
    for _run in range(2):  # the refusal is remembered: a re-run spares the file too
        result = CliRunner().invoke(cli, arguments)
        assert result.exit_code == 1, result.output
        assert mine.read_text(encoding="utf-8") == "my notes"
        groups = _groups(out)
        assert groups[0]["status"] == "failed" and "a file of yours" in groups[0]["error"]
        assert all(g["status"] == "ok" for g in groups[1:]) and (out / groups[1]["output"]).exists()


def test_a_field_no_article_has_is_refused_in_one_line_naming_the_fields(tmp_path):
    # a typo ("--together-by stroy") gave one group per article, exit 0, as if none told one story
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "stroy", "-q"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == "Error: --together-by stroy: no article has that field (theirs: id, story)"
    assert not list(out.glob("group-*"))


def test_grouped_html_run_writes_an_index_page_of_its_groups(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "story", "-f", "html", "-q"])
    assert result.exit_code == 0, result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    for group in _groups(out):
        assert f'href="./{group["output"]}"' in page


def test_grouped_runs_record_and_show_each_groups_language(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(_dump(tmp_path)), "-o", str(out), "--together-by", "story", "-f", "html", "-q"])
    assert result.exit_code == 0, result.output
    groups = _groups(out)
    assert groups and all(g["language"] == "english" and g["language_code"] == "en" for g in groups)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count('lang="en"') >= 1 + len(groups)  # the page's own, and each group's first line
