"""A real Ctrl-C to `summarize faithfulness`, `eval` and `check` while the main thread is inside one
long C call (a GGUF judge reading a prompt) ends the command within seconds with "interrupted",
exit 130; it waited for the call."""

from __future__ import annotations

import textwrap

import pytest

from interrupting import STUCK, interrupted

SCRIPT = STUCK + textwrap.dedent(
    """
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
    result = interrupted(SCRIPT, command, *args)
    assert result.returncode == 130, result.stderr
    assert result.stderr == "interrupted\n" and result.stdout == ""

