"""A real Ctrl-C to `summarize batch` while the model is inside one long C call (llama.cpp reading
a prompt) ends the run within seconds, exit 130 and one tally line, keeping every finished
document, its index row, the HTML index page and (with --together-by) groups.jsonl. It was acted
on only when the C call returned: seconds with a small model, minutes with a large one."""

from __future__ import annotations

import json
import textwrap

from batch_corpus import make_folder
from interrupting import STUCK, interrupted
from story_samples import two_story_dump

SCRIPT = STUCK + textwrap.dedent(
    """
    if sys.argv[1] == "model":
        import summarizer.abstract.backends as backends
        import summarizer.models.store as store
        from summarizer.models.store import ModelSpec
        from fake_backends import ScriptedBackend

        class OneAtATime(ScriptedBackend):
            one_at_a_time = True
            answers = 0

            def generate(self, batch, requests):
                out = []
                for request in batch:
                    OneAtATime.answers += 1
                    if OneAtATime.answers == 2:
                        stuck()
                    out.append(self.write(request.text))
                return out

        backend = OneAtATime(lambda text: text.split(". ")[0] + ".")
        store.resolve_model = lambda name: ModelSpec("scripted", "", backend.kind)
        backends.load_backend = lambda spec, device="auto", options=None: backend
    else:
        import summarizer.together.run as together_run

        real = together_run.together
        calls = []

        def second_group_stuck(summarizer, documents, *args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                stuck()
            return real(summarizer, documents, *args, **kwargs)

        together_run.together = second_group_stuck

    from summarizer.cli import main

    sys.argv = ["summarize", "batch", *sys.argv[2:]]
    main()
    """
)


def test_ctrl_c_in_a_c_call_keeps_the_finished_document_its_index_row_and_page(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    make_folder(source, good=4)
    result = interrupted(SCRIPT, "model", str(source), "-o", str(out), "--model", "scripted", "-n", "1", "--format", "html")
    assert result.returncode == 130, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("interrupted: 1 done, 0 skipped, 0 failed"), result.stderr
    rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["status"] for row in rows] == ["ok"]
    assert (out / rows[0]["output"]).read_text(encoding="utf-8").strip()
    assert rows[0]["output"] in (out / "index.html").read_text(encoding="utf-8")


def test_ctrl_c_in_a_c_call_keeps_the_groups_done_and_lists_them(tmp_path):
    dump = two_story_dump(tmp_path)
    out = tmp_path / "out"
    result = interrupted(SCRIPT, "groups", str(dump), "-o", str(out), "--together-by", "story")
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip().splitlines() == ["interrupted: 2 articles in 1 groups, 0 could not be read"]
    groups = [json.loads(line) for line in (out / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["status"] for g in groups] == ["ok"] and (out / groups[0]["output"]).is_file()
