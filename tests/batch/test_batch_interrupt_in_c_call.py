"""A real Ctrl-C to `summarize batch` while the model is inside one long C call (llama.cpp reading
a prompt) ends the run within seconds, exit 130 and one tally line, keeping every finished
document, its index row, the HTML index page and (with --together-by) groups.jsonl. It was acted
on only when the C call returned: seconds with a small model, minutes with a large one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from batch_corpus import make_folder
from story_samples import BRIDGE_A, BRIDGE_B, FESTIVAL

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"

# The second answer (or group) is one C call that does not look at signals and would take minutes;
# hashlib lets other threads run meanwhile, as llama.cpp does.
SCRIPT = textwrap.dedent(
    """
    import hashlib, sys, threading, time

    main_thread = threading.main_thread().ident

    def ready():
        # Said once the main thread is inside the call (it lets this thread run only from there).
        deadline = time.monotonic() + 30
        while sys._current_frames()[main_thread].f_code.co_name != "stuck" and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        print("ready", flush=True)

    def stuck():
        threading.Thread(target=ready, daemon=True).start()
        hashlib.pbkdf2_hmac("sha256", b"x", b"salt", 2**31 - 1)

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


def _interrupted(kind: str, *args: str) -> subprocess.CompletedProcess[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, kind, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}, cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal's process has it
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "ready":
        process.kill()
        raise AssertionError(f"the run never reached the C call: {process.communicate()[1]}")
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=60)  # the C call alone would take minutes
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("Ctrl-C was not acted on while the main thread was in a C call") from None
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_ctrl_c_in_a_c_call_keeps_the_finished_document_its_index_row_and_page(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    make_folder(source, good=4)
    result = _interrupted("model", str(source), "-o", str(out), "--model", "scripted", "-n", "1", "--format", "html")
    assert result.returncode == 130, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("interrupted: 1 done, 0 skipped, 0 failed"), result.stderr
    rows = [json.loads(line) for line in (out / "summaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["status"] for row in rows] == ["ok"]
    assert (out / rows[0]["output"]).read_text(encoding="utf-8").strip()
    assert rows[0]["output"] in (out / "index.html").read_text(encoding="utf-8")


def test_ctrl_c_in_a_c_call_keeps_the_groups_done_and_lists_them(tmp_path):
    rows = [
        {"id": "a", "story": "bridge", "text": BRIDGE_A},
        {"id": "b", "story": "bridge", "text": BRIDGE_B},
        {"id": "c", "story": "festival", "text": FESTIVAL[0]},
        {"id": "d", "story": "festival", "text": FESTIVAL[1]},
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result = _interrupted("groups", str(dump), "-o", str(out), "--together-by", "story")
    assert result.returncode == 130, result.stderr
    assert result.stderr.strip().splitlines() == ["interrupted: 2 articles in 1 groups, 0 could not be read"]
    groups = [json.loads(line) for line in (out / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["status"] for g in groups] == ["ok"] and (out / groups[0]["output"]).is_file()
