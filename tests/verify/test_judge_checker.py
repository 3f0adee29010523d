"""The optional `judge` checker: a chat model asked Yes or No, here a small local server of our
own that answers like a careful reader (Yes when every word of the claim is in the document),
and a tiny random chat model that runs through the real transformers backend."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from loopback_http import QuietServer
from summarizer import verify
from summarizer.abstract.judge import JUDGE_SYSTEM, JudgeChecker
from summarizer.cli import cli
from summarizer.errors import ModelError, OptionsError

# Written for these tests.
ARTICLE = """Ferry service returns to Gull Island

The ferry to Gull Island resumed on Tuesday after a six-week repair of its landing stage.

Harbour master Ines Varga said two crossings a day would run until the end of March.

The island's 340 residents had relied on a small water taxi during the repairs.
"""
SUPPORTED = "The ferry to Gull Island resumed on Tuesday."
UNSUPPORTED = "Ines Varga repaired the landing stage."  # her words, his repair: no sentence says so
_WORD = re.compile(r"[a-z0-9]+")


class WordJudge(BaseHTTPRequestHandler):
    """Answers Yes when every word of the claim is in one passage it was shown, else No."""

    asked: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server name
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        WordJudge.asked.append(payload)
        user = payload["messages"][-1]["content"]
        document, _, rest = user.partition("Claim:")
        claim = rest.strip().split("\n\n")[0]
        supported = set(_WORD.findall(claim.lower())) <= set(_WORD.findall(document.lower()))
        body = {"choices": [{"message": {"content": "Yes" if supported else "No."}}], "usage": {"prompt_tokens": 50}}
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def judge_server() -> Iterator[str]:
    WordJudge.asked = []
    server = QuietServer(("127.0.0.1", 0), WordJudge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_judge_asks_the_server_and_reads_yes_and_no(judge_server):
    checker = JudgeChecker(model="openai:judge", api_base=judge_server)
    result = verify(ARTICLE, [SUPPORTED, UNSUPPORTED], checker=checker)
    assert [line.supported for line in result.lines] == [True, False]
    assert [p.kind for p in result.lines[1].problems] == ["model"]
    first = WordJudge.asked[0]
    assert first["messages"][0]["content"] == JUDGE_SYSTEM and first["max_tokens"] <= 3
    assert SUPPORTED in first["messages"][-1]["content"]


def test_judge_is_shown_the_cited_sentences_with_their_neighbours(judge_server):
    # Every word is in the article, across two sentences: no one sentence would do.
    line = "Ines Varga said two crossings a day would run after a six-week repair."
    result = verify(ARTICLE, [line], checker=JudgeChecker(model="openai:judge", api_base=judge_server, rules="none"))
    assert result.supported
    assert len(WordJudge.asked) >= 1


def test_judge_keeps_the_literal_checks(judge_server):
    changed = "The island's 430 residents had relied on a small water taxi."
    result = verify(ARTICLE, [changed], checker=JudgeChecker(model="openai:judge", api_base=judge_server))
    assert "number" in {p.kind for p in result.problems}


def test_judge_cli_and_a_server_that_is_down_is_one_line(judge_server, tmp_path: Path):
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = ["check", str(article), "-s", "-", "--checker", "judge", "--checker-setting", "model=openai:judge"]
    ok = CliRunner().invoke(cli, [*args, "--checker-setting", f"api_base={judge_server}"], input=SUPPORTED)
    assert ok.exit_code == 0, ok.output
    assert "checker: judge" in ok.output
    down = CliRunner().invoke(cli, [*args, "--checker-setting", "api_base=http://127.0.0.1:9/v1"], input=SUPPORTED)
    assert down.exit_code == 2
    assert len([line for line in down.output.splitlines() if line.strip()]) == 1


def test_judge_refuses_a_summariser_and_a_judge_beside_itself(tiny_t5_dir):
    with pytest.raises(ModelError, match="not a chat model"):
        JudgeChecker(model=str(tiny_t5_dir))
    with pytest.raises(OptionsError, match="rules"):
        JudgeChecker(model=str(tiny_t5_dir), rules="judge")


def test_judge_runs_a_local_chat_model(tiny_causal_dir):
    pytest.importorskip("torch")
    checker = JudgeChecker(model=str(tiny_causal_dir), device="cpu")
    result = verify(ARTICLE, [SUPPORTED], checker=checker)
    # A random model answers at random; what matters is that it was asked and its answer read.
    assert len(result.lines) == 1
    assert result.supported == (checker.support_probability(SUPPORTED, _evidence(result)) == 1.0)


def _evidence(result):
    from summarizer.verify.checkers import Evidence

    line = result.lines[0]
    return Evidence(tuple(c.text for c in line.citations), line.support, document=result.document)
