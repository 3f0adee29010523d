"""A real Ctrl-C to `summarize faithfulness`, `eval` and `check` while the main thread is inside one
long C call (a GGUF judge reading a prompt) ends the command within seconds with "interrupted",
exit 130; it waited for the call."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import hashlib, sys, threading, time

    main_thread = threading.main_thread().ident

    def ready():
        deadline = time.monotonic() + 30
        while sys._current_frames()[main_thread].f_code.co_name != "stuck" and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        print("ready", flush=True)

    def stuck(*args, **kwargs):
        # One C call that does not look at signals and would take minutes, as llama.cpp's prompt.
        threading.Thread(target=ready, daemon=True).start()
        hashlib.pbkdf2_hmac("sha256", b"x", b"salt", 2**31 - 1)

    command = sys.argv[1]
    if command == "faithfulness":
        import summarizer.evaluate.faithfulness as faithfulness
        faithfulness.read_judged = lambda path, limit=None: []
        faithfulness.evaluate_faithfulness = stuck
    elif command == "eval":
        import summarizer.evaluate.rouge as rouge
        rouge.read_examples = lambda data, limit=None: []
        rouge.evaluate = stuck
    elif command == "check":
        import importlib
        importlib.import_module("summarizer.verify.verification").verify = stuck
    from summarizer.cli import main

    sys.argv = ["summarize", *sys.argv[1:]]
    main()
    """
)


def _interrupted(*args: str) -> subprocess.CompletedProcess[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal's process has it
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        process.kill()
        raise AssertionError(f"never reached the C call: {process.communicate()[1]}")
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=60)  # the C call alone would take minutes
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("Ctrl-C was not acted on while the main thread was in a C call") from None
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.parametrize("command", ["faithfulness", "eval", "check"])
def test_ctrl_c_in_a_c_call_ends_the_command_with_one_line(command, tmp_path):
    data = tmp_path / "data.jsonl"
    data.write_text('{"article": "a", "reference": "b"}\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The ferry to Gull Island resumed on Tuesday after storms closed the crossing.\n", encoding="utf-8")
    args = {
        "faithfulness": [str(data)],
        "eval": [str(data), "--quiet"],
        "check": [str(article), "-s", str(article)],
    }[command]
    result = _interrupted(command, *args)
    assert result.returncode == 130, result.stderr
    assert result.stderr == "interrupted\n" and result.stdout == ""

