"""A Ctrl-C while the main thread is inside one long C call (llama.cpp reading a prompt) is acted on
within a second (`cli/interrupt.py`), with one line and exit 130; and every command exits 130 on
Ctrl-C, never click's "Aborted!" with exit 1, which `summarize check` uses for "not supported"."""

from __future__ import annotations

import textwrap

from click.testing import CliRunner
from interrupting import interrupted

from summarizer.cli import cli

# The main thread in one C call that does not look at signals: hashlib lets other threads run
# meanwhile, as llama.cpp does, and would take minutes.
SCRIPT = textwrap.dedent(
    """
    import hashlib, sys, threading, time
    from summarizer.cli.interrupt import prompt_interrupt

    main = threading.main_thread().ident

    def ready(line):
        # Said once the main thread is inside the call (it lets this thread run only from there).
        deadline = time.monotonic() + 20
        while sys._current_frames()[main].f_lineno != line and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.3)
        print("ready", flush=True)

    with prompt_interrupt("interrupted: test", 130) as reported:
        try:
            if sys.argv[1] == "c":
                threading.Thread(target=ready, args=(CALL_LINE,), daemon=True).start()
                hashlib.pbkdf2_hmac("sha256", b"x", b"salt", 2**31 - 1)  # CALL_LINE
            else:
                threading.Thread(target=ready, args=(SLEEP_LINE,), daemon=True).start()
                time.sleep(120)  # SLEEP_LINE: Python acts on the signal itself
        except KeyboardInterrupt:
            print("interrupted: by Python", file=sys.stderr, flush=True)
            reported.set()
            raise SystemExit(130)
    """
)
_LINES = SCRIPT.splitlines()
SCRIPT = SCRIPT.replace("(CALL_LINE,)", f"({next(n for n, t in enumerate(_LINES, 1) if t.strip().endswith('# CALL_LINE'))},)")
SCRIPT = SCRIPT.replace("(SLEEP_LINE,)", f"({next(n for n, t in enumerate(_LINES, 1) if '# SLEEP_LINE' in t)},)")


def test_a_ctrl_c_inside_a_long_c_call_ends_the_process_with_one_line():
    result = interrupted(SCRIPT, "c")
    assert result.returncode == 130
    assert result.stderr == "interrupted: test\n"


def test_a_ctrl_c_python_acts_on_is_reported_once_by_its_own_handler():
    result = interrupted(SCRIPT, "python")
    assert result.returncode == 130
    assert result.stderr == "interrupted: by Python\n"


def test_check_exits_130_on_ctrl_c_not_1(tmp_path, monkeypatch):
    import importlib

    verification = importlib.import_module("summarizer.verify.verification")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(verification, "verify", interrupted)
    article = tmp_path / "a.txt"
    article.write_text("The ferry to Gull Island resumed on Tuesday after storms closed the crossing.\n", encoding="utf-8")
    summary = tmp_path / "s.txt"
    summary.write_text("The ferry resumed on Tuesday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(article), "-s", str(summary)])
    assert result.exit_code == 130, result.output
    assert result.stderr.strip() == "interrupted" and result.stdout == ""
