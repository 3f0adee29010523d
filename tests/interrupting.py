"""A real Ctrl-C sent to a child process whose main thread is inside one long C call, for the
interrupt tests of several commands (batch, eval, faithfulness, check, a plain run)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Python for the child: `stuck()` is one C call that does not look at signals and would take
# minutes; hashlib lets other threads run meanwhile, as llama.cpp does while reading a prompt.
# "ready" is printed once the main thread is inside it (the helper thread runs only from there).
STUCK = """
import hashlib, sys, threading, time

_main_thread = threading.main_thread().ident

def _ready():
    deadline = time.monotonic() + 30
    while sys._current_frames()[_main_thread].f_code.co_name != "stuck" and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)
    print("ready", flush=True)

def stuck(*args, **kwargs):
    threading.Thread(target=_ready, daemon=True).start()
    hashlib.pbkdf2_hmac("sha256", b"x", b"salt", 2**31 - 1)
"""


def interrupted(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with `args`, send SIGINT once it prints "ready", and return how it ended."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}, cwd=ROOT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal's process has it
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        process.kill()
        raise AssertionError(f"the run never reached the C call: {process.communicate()[1]}")
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=60)  # the C call alone would take minutes
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("Ctrl-C was not acted on while the main thread was in a C call") from None
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)
