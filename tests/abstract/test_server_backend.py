"""The server backend (`--model openai:NAME`) against a loopback server that speaks the
chat-completions protocol, its failure modes included; and, marked slow, a real llama.cpp server."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from loopback_http import QuietServer
from summarizer import Summarizer
from summarizer.abstract.server_backend import ServerError, least_tokens
from summarizer.abstract.stage import plan_length
from summarizer.cli import cli
from summarizer.errors import OptionsError
from summarizer.options import Length

SECRET = "sk-test-never-shown-7f3a"
TRICKLE = "X-Test-Trickle"  # an answer's header naming the pause between its body's bytes
NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)


@dataclass
class Seen:
    """One request as the server received it."""

    model: str
    sentences: list[str]
    prompt: str
    authorization: str | None


@dataclass
class FakeServer:
    """Answers by model name: `ok` copies the first two sentences it was given (citing them as
    [1] and [2]); `fail-on:WORD` answers 500 when a sentence holds WORD; `broken` 500s,
    `flaky` 500s the first time; `slow` sleeps; `trickle` sends its answer a byte at a time,
    never pausing long enough for one read to time out; `garbage` is not JSON; `nameless` sends JSON
    without choices; `secret` answers 401 quoting the key it got. Any other name is a 404 with
    an OpenAI-style error. `context` cuts prompts longer than that many words-and-marks from the
    start, as Ollama does, and reports what it kept."""

    url: str = ""
    context: int | None = None
    delay: float = 0.0
    gather: int = 0
    tokens_per_piece: int = 1  # 3: a tokenizer far hungrier than the estimate of common ones
    report_usage: bool = True
    requests: list[Seen] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    flaky_failures: int = 0

    def answer(self, handler: BaseHTTPRequestHandler) -> tuple[int, bytes, dict[str, str]]:
        if handler.path.endswith("/v1/models"):
            return 200, json.dumps({"object": "list", "data": [{"id": "ok"}, {"id": "slow"}]}).encode(), {}
        if not handler.path.endswith("/v1/chat/completions"):
            return 404, b"not here", {}
        payload = json.loads(handler.rfile.read(int(handler.headers["Content-Length"])))
        prompt = "\n\n".join(m["content"] for m in payload["messages"])
        model = payload["model"]
        pieces = [m.start() for m in re.finditer(r"\w+|[^\w\s]", prompt)]
        if self.context is not None and len(pieces) > self.context:
            prompt = prompt[pieces[-self.context] :]  # the start goes first: instructions, then sentences
            pieces = pieces[-self.context :]
        sentences = [text for _, text in NUMBERED.findall(prompt)]
        with self.lock:
            self.requests.append(Seen(model, sentences, prompt, handler.headers.get("Authorization")))
        if model.startswith(("openai-context:", "llama-context:")):
            style, _, size = model.partition(":")
            counted = len(pieces) * self.tokens_per_piece
            limit, asked = int(size), counted + payload["max_tokens"]
            if asked > limit:
                if style == "llama-context":  # llama-server's answer
                    error = {"code": 400, "message": "the request exceeds the available context size, try increasing it",
                             "type": "exceed_context_size_error", "n_prompt_tokens": counted, "n_ctx": limit}
                else:  # OpenAI's, vLLM's and llama-cpp-python's
                    error = {"message": f"This model's maximum context length is {limit} tokens. However, you requested {asked} tokens "
                             f"({counted} in the messages, {payload['max_tokens']} in the completion).", "type": "invalid_request_error"}
                return 400, json.dumps({"error": error}).encode(), {}
            model = "ok"
        if model == "ok" or model.startswith("fail-on:"):
            if model.startswith("fail-on:") and any(model[8:] in s for s in sentences):
                return 500, json.dumps({"error": {"message": "the model crashed"}}).encode(), {}
            text = " ".join(f"{s} [{n}]" for n, s in enumerate(sentences[:2], start=1)) or "Nothing."
            usage = {"prompt_tokens": len(pieces) + 7, "completion_tokens": len(text.split())}
            body: dict[str, Any] = {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}
            if self.report_usage:
                body["usage"] = usage
            return 200, json.dumps(body).encode(), {}
        if model == "flaky":
            with self.lock:
                self.flaky_failures += 1
                first = self.flaky_failures == 1
            if first:
                return 503, b'{"error": "loading the model"}', {"Retry-After": "0"}
            return 200, json.dumps({"choices": [{"message": {"content": sentences[0]}}], "usage": {"prompt_tokens": len(pieces)}}).encode(), {}
        if model == "broken":
            return 500, b'{"error": {"message": "CUDA error: out of memory"}}', {}
        if model == "slow":
            time.sleep(3)
            return 200, b"{}", {}
        if model == "trickle":
            return 200, b" " * 200 + b"{}", {TRICKLE: "0.05"}
        if model == "garbage":
            return 200, b"<html><body>Welcome to nginx!</body></html>", {}
        if model == "nameless":
            return 200, b'{"id": "x", "object": "chat.completion"}', {}
        if model == "secret":
            return 401, json.dumps({"error": {"message": f"invalid key {handler.headers.get('Authorization')}"}}).encode(), {}
        return 404, json.dumps({"error": {"message": f"The model `{model}` does not exist.", "type": "NotFoundError"}}).encode(), {}


def _handler(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            with server.lock:
                server.in_flight += 1
                server.most_in_flight = max(server.most_in_flight, server.in_flight)
            try:
                time.sleep(server.delay)
                # Hold each answer until `gather` requests are in flight (or a while has passed):
                # requests that are really sent together then show as such, however loaded the machine.
                deadline = time.monotonic() + 3
                while server.in_flight < server.gather and time.monotonic() < deadline:
                    time.sleep(0.005)
                server.gather = 0  # once gathered, the rest (a shorter last wave) go through
                status, body, headers = server.answer(self)
            finally:
                with server.lock:
                    server.in_flight -= 1
            pause = float(headers.pop(TRICKLE, 0))
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            try:
                for start in range(0, len(body), 1 if pause else len(body) or 1):
                    self.wfile.write(body[start : start + (1 if pause else len(body))])
                    self.wfile.flush()
                    time.sleep(pause)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (time-out test)
                pass

        do_GET = do_POST = _reply

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    httpd = QuietServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield fake
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"  # nothing listens there any more: connection refused


@pytest.fixture(autouse=True)
def _no_server_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def _summarizer(server: FakeServer, model: str = "ok", **options: Any) -> Summarizer:
    settings = {"retry_backoff": 0, **options}
    return Summarizer(model=f"openai:{model}", api_base=server.url, **settings)


def _error(call: Callable[[], Any]) -> str:
    with pytest.raises(ServerError) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    return message


# The library path


def test_server_backend_summary_is_cited_guarded_and_numbers_the_sentences(server, samples_dir):
    summary = _summarizer(server, sentences=2).summarize(samples_dir / "city-budget.txt")
    (seen,) = server.requests
    assert seen.model == "ok" and len(seen.sentences) >= 2
    assert "[1] " in seen.prompt and "exactly 2 complete sentences" in seen.prompt
    assert summary.method == "abstractive:openai:ok"
    assert len(summary.lines) == 2 and all(line.citations for line in summary.lines)
    for line in summary.lines:
        assert "[1]" not in line.text and "[2]" not in line.text  # the model's own markers are not shown
        assert line.origin == "generated"
    read = summary.stats["model_input"]["sentences"]
    assert [summary.document.sentences[i].clean_text for i in read] == seen.sentences
    # The model cited [1] and [2]: the aligner cited the same source sentences.
    assert summary.stats["model_citations"] == {"given": 2, "confirmed": 2}
    generation = summary.stats["generation"]
    assert set(generation) == {"backend", "model", "tokens_in", "tokens_out", "seconds"}
    assert generation["backend"] == "openai" and generation["model"] == "openai:ok"
    assert generation["tokens_in"] == len(re.findall(r"\w+|[^\w\s]", seen.prompt)) + 7
    assert generation["tokens_out"] > 0 and generation["seconds"] >= 0
    assert summary.stats["model"]["device"] == "server"
    assert not [w for w in summary.warnings if "server" in w]


def test_server_backend_sends_the_key_as_a_bearer_token_and_never_records_it(server, samples_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    result = CliRunner().invoke(
        cli, [str(samples_dir / "city-budget.txt"), "--model", "openai:ok", "--api-base", server.url, "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert server.requests[0].authorization == f"Bearer {SECRET}"
    assert SECRET not in result.output
    out = tmp_path / "out"
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_bytes((samples_dir / "city-budget.txt").read_bytes())
    result = CliRunner().invoke(cli, ["batch", str(inputs), "-o", str(out), "--model", "openai:ok", "--api-base", server.url, "-q"])
    assert result.exit_code == 0, result.output
    for path in out.rglob("*"):
        if path.is_file():
            assert SECRET not in path.read_text(encoding="utf-8"), path


def test_server_backend_error_quoting_the_key_does_not_repeat_it(server, samples_dir, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    message = _error(lambda: _summarizer(server, "secret").summarize(samples_dir / "city-budget.txt"))
    assert "HTTP 401" in message and "OPENAI_API_KEY" in message
    assert SECRET not in message


def test_server_backend_reads_the_address_from_the_environment(server, samples_dir, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/")
    summary = Summarizer(model="openai:ok").summarize(samples_dir / "city-budget.txt")
    assert summary.lines and server.requests


def test_server_backend_without_an_address_names_both_ways_to_give_one(samples_dir):
    with pytest.raises(OptionsError, match=r"--api-base URL .* OPENAI_BASE_URL"):
        Summarizer(model="openai:ok").summarize(samples_dir / "city-budget.txt")


def test_server_options_are_validated_in_options():
    with pytest.raises(OptionsError, match="api_base is for a server model"):
        Summarizer(model="distilbart-cnn", api_base="http://localhost:11434/v1")
    with pytest.raises(OptionsError, match="http:// or https://"):
        Summarizer(model="openai:ok", api_base="localhost:11434")
    for bad in ({"timeout": 0}, {"retries": -1}, {"concurrency": 0}, {"context_tokens": 10}, {"retry_backoff": -1}):
        with pytest.raises(OptionsError):
            Summarizer(model="openai:ok", **bad)


@pytest.mark.parametrize("address", ["http://127.0.0.1:99999/v1", "http://[::1/v1", "http://127.0.0.1:port/v1", "http:///v1"])
def test_cli_malformed_server_address_is_one_line_and_exit_2(address, samples_dir, monkeypatch):
    # a port out of range or an unclosed IPv6 bracket raised a ValueError traceback from urllib
    article = str(samples_dir / "city-budget.txt")
    result = CliRunner().invoke(cli, [article, "--model", "openai:ok", "--api-base", address])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"Error: api_base must be an http:// or https:// address such as http://localhost:11434/v1, got {address!r}"
    monkeypatch.setenv("OPENAI_BASE_URL", address)
    result = CliRunner().invoke(cli, [article, "--model", "openai:ok"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"Error: OPENAI_BASE_URL must be an http:// or https:// address such as http://localhost:11434/v1, got {address!r}"


def test_cli_server_address_with_a_password_is_refused_without_repeating_it(samples_dir, monkeypatch):
    # "user:secret@" was sent as part of the host name: "not reachable (Name or service not known)"
    article = str(samples_dir / "city-budget.txt")
    for arguments in (["--api-base", "http://ana:s3cret@127.0.0.1:11434/v1"], []):
        if not arguments:
            monkeypatch.setenv("OPENAI_BASE_URL", "http://ana:s3cret@127.0.0.1:11434/v1")
        result = CliRunner().invoke(cli, [article, "--model", "openai:ok", *arguments])
        assert result.exit_code == 2, result.output
        assert "must not hold a user name or password" in result.stderr and "OPENAI_API_KEY" in result.stderr
        assert "s3cret" not in result.output and len(result.stderr.strip().splitlines()) == 1


# Failures: one clear line each


def test_server_that_is_down_is_named_after_the_retries(closed_port_url, samples_dir):
    summarizer = Summarizer(model="openai:ok", api_base=closed_port_url, retries=1, retry_backoff=0)
    message = _error(lambda: summarizer.summarize(samples_dir / "city-budget.txt"))
    assert closed_port_url in message and "not reachable" in message and "connection refused" in message and "2 tries" in message


def test_server_500_is_retried_then_named(server, samples_dir):
    message = _error(lambda: _summarizer(server, "broken", retries=2).summarize(samples_dir / "city-budget.txt"))
    assert "HTTP 500" in message and "CUDA error: out of memory" in message and "3 tries" in message
    assert len(server.requests) == 3


def test_server_503_once_is_retried_and_succeeds(server, samples_dir):
    summary = _summarizer(server, "flaky", retries=1).summarize(samples_dir / "city-budget.txt")
    assert summary.lines and len(server.requests) == 2


def test_server_without_the_model_lists_the_ones_it_serves(server, samples_dir):
    message = _error(lambda: _summarizer(server, "llama9").summarize(samples_dir / "city-budget.txt"))
    assert "has no model 'llama9'" in message and "it serves: ok, slow" in message
    assert len(server.requests) == 1  # a 404 is not retried


def test_server_time_out_is_named_with_the_setting(server, samples_dir):
    message = _error(lambda: _summarizer(server, "slow", timeout=0.2, retries=0).summarize(samples_dir / "city-budget.txt"))
    assert "did not answer within 0.2 s" in message and "--timeout" in message


def test_server_time_out_holds_for_an_answer_sent_a_byte_at_a_time(server, samples_dir):
    # Each byte comes well within the time-out, so only a limit on the whole answer stops it (a
    # proxy that sends spaces to keep the connection open looks the same).
    started = time.monotonic()
    message = _error(lambda: _summarizer(server, "trickle", timeout=0.3, retries=0).summarize(samples_dir / "city-budget.txt"))
    assert "did not answer within 0.3 s" in message
    assert time.monotonic() - started < 3  # the whole answer would take 10 s


@pytest.mark.parametrize("model, expected", [("garbage", "not JSON"), ("nameless", "without choices[0].message")])
def test_server_reply_that_is_not_chat_completions_is_named(server, samples_dir, model, expected):
    message = _error(lambda: _summarizer(server, model).summarize(samples_dir / "city-budget.txt"))
    assert expected in message and "/v1" in message


# The command line


def test_cli_summarises_through_a_server(server, samples_dir):
    result = CliRunner().invoke(cli, [str(samples_dir / "city-budget.txt"), "--model", "openai:ok", "--api-base", server.url, "-n", "2"])
    assert result.exit_code == 0, result.output
    assert "Sources:" in result.stdout and "[1]" in result.stdout


@pytest.mark.parametrize("model", ["broken", "llama9", "garbage"])
def test_cli_server_failure_is_one_line_and_exit_2(server, samples_dir, model):
    result = CliRunner().invoke(
        cli, [str(samples_dir / "city-budget.txt"), "--model", f"openai:{model}", "--api-base", server.url, "--retries", "0"]
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: model 'openai:") and server.url in line


def test_cli_server_down_is_one_line_and_exit_2(closed_port_url, samples_dir):
    result = CliRunner().invoke(
        cli, [str(samples_dir / "city-budget.txt"), "--model", "openai:ok", "--api-base", closed_port_url, "--retries", "0"]
    )
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "not reachable" in line


def test_cli_server_path_never_imports_torch(server, samples_dir):
    code = (
        "import sys\nfrom summarizer.cli import cli\n"
        f"try:\n    cli([{str(samples_dir / 'city-budget.txt')!r}, '--model', 'openai:ok', '--api-base', {server.url!r}], prog_name='summarize')\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "print('LOADED', ' '.join(sorted(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.rpartition("LOADED ")[2].split()
    assert "torch" not in loaded and "transformers" not in loaded
    assert server.requests


# Many documents


def test_batch_with_a_failing_document_records_it_and_goes_on(server, samples_dir, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("city-budget.txt", "tech-layoffs.txt", "short-notice.txt"):
        (inputs / name).write_bytes((samples_dir / name).read_bytes())
    (inputs / "poison.txt").write_text("The mayor spoke on Monday. The POISON word makes this server fail.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["batch", str(inputs), "-o", str(out), "--model", "openai:fail-on:POISON", "--api-base", server.url, "--retries", "0", "-q"]
    )
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in (out / "summaries.jsonl").read_text().splitlines()]
    assert len(records) == 4
    failed = [r for r in records if r["status"] == "failed"]
    assert [Path(r["source"]).name for r in failed] == ["poison.txt"]
    assert failed[0]["error_type"] == "ServerError" and "HTTP 500" in failed[0]["error"]
    assert all(r["summary"] for r in records if r["status"] == "ok")
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [Path(e["source"]).name for e in errors] == ["poison.txt"]


@pytest.mark.parametrize("concurrency", [1, 4])
def test_requests_overlap_up_to_the_concurrency(server, sample_paths, concurrency):
    server.gather = concurrency
    summarizer = _summarizer(server, concurrency=concurrency)
    outcomes = list(summarizer.summarize_many(sample_paths))
    assert all(o.ok for o in outcomes) and len(server.requests) == len(sample_paths) >= 6
    assert server.most_in_flight == concurrency


def test_batch_command_keeps_the_concurrency_in_flight(server, samples_dir, tmp_path):
    server.gather = 3
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted(samples_dir.glob("*.txt")):
        (inputs / path.name).write_bytes(path.read_bytes())
    result = CliRunner().invoke(
        cli, ["batch", str(inputs), "-o", str(tmp_path / "out"), "--model", "openai:ok", "--api-base", server.url, "--concurrency", "3", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert server.most_in_flight == 3


def test_batch_command_with_more_requests_than_a_batch_holds_still_keeps_them_in_flight(server, tmp_path):
    server.gather = 12  # above the default batch of 8 documents
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(14):
        (inputs / f"{n:02}.txt").write_text(f"Ferry {n} left the harbour at noon. It carried {n + 20} passengers to the island.\n")
    result = CliRunner().invoke(
        cli, ["batch", str(inputs), "-o", str(tmp_path / "out"), "--model", "openai:ok", "--api-base", server.url, "--concurrency", "12", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert server.most_in_flight == 12


def test_failures_of_one_request_stay_with_its_document(server, samples_dir):
    summarizer = _summarizer(server, "fail-on:POISON", retries=0)
    docs = [samples_dir / "city-budget.txt", b"The POISON sentence is here. It has a second sentence too.", samples_dir / "tech-layoffs.txt"]
    outcomes = list(summarizer.summarize_many(docs))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert outcomes[1].error_type == "ServerError"


# Prompts a server cuts


def _long_article(sentences: int = 60) -> bytes:
    body = " ".join(
        f"Council member {n} said the district {n} library would receive {n * 1000} dollars for new books on Monday."
        for n in range(1, sentences + 1)
    )
    return body.encode()


def test_a_prompt_the_server_cut_is_fitted_smaller_and_sent_again(server):
    server.context = 400  # a server whose real context is far below the 2,048 tokens assumed
    summary = _summarizer(server, input_sentences=40).summarize(_long_article())
    first, second = server.requests
    assert len(second.sentences) < len(first.sentences)
    assert least_tokens(" ".join(second.sentences)) <= 400
    assert summary.lines and all(line.citations for line in summary.lines)
    assert any("the server read only" in w and "--context-tokens" in w for w in summary.warnings)
    assert not any("cut the prompt again" in w for w in summary.warnings)


def test_a_prompt_cut_twice_is_warned_about(server):
    server.context = 40  # too small even for the instructions
    summary = _summarizer(server, input_sentences=40).summarize(_long_article())
    assert len(server.requests) == 2
    assert any("cut the prompt again" in w for w in summary.warnings)


@pytest.mark.parametrize("style", ["openai-context", "llama-context"])
def test_a_prompt_refused_as_too_long_is_fitted_to_the_context_the_server_names(server, samples_dir, style):
    summarizer = _summarizer(server, f"{style}:700", input_sentences=40)
    summary = summarizer.summarize(_long_article())
    refused, accepted = server.requests
    assert len(accepted.sentences) < len(refused.sentences)
    assert summary.lines and any("context is 700 tokens" in w and "--context-tokens 700" in w for w in summary.warnings)
    # What the server said about one document does not change how the next is asked: its
    # summary is the one a fresh pipeline gives (each document is refused and fitted alike).
    following = summarizer.summarize(_long_article(50))
    assert len(server.requests) == 4 and len(server.requests[3].sentences) >= 2
    alone = _summarizer(server, f"{style}:700", input_sentences=40).summarize(_long_article(50))
    assert [line.text for line in following.lines] == [line.text for line in alone.lines]
    assert following.stats["model_input"] == alone.stats["model_input"]


def test_a_server_counting_more_tokens_than_estimated_is_fitted_by_its_own_count(server):
    server.tokens_per_piece = 3
    summary = _summarizer(server, "llama-context:1500", input_sentences=40).summarize(_long_article())
    refused, accepted = server.requests
    answer = plan_length(Length(), 60, "causal").max_new_tokens
    assert 3 * len(re.findall(r"\w+|[^\w\s]", accepted.prompt)) + answer <= 1500
    assert len(accepted.sentences) >= 2 and summary.lines


def test_a_prompt_still_too_long_after_fitting_fails_with_the_fix(server):
    message = _error(lambda: _summarizer(server, "openai-context:150", input_sentences=40).summarize(_long_article()))
    assert "maximum context length is 150" in message and "--context-tokens 150" in message
    assert len(server.requests) == 2


def test_context_tokens_fits_the_input_before_sending(server):
    # One request (sections="off"): by default an input of several windows is summarised in sections.
    summary = _summarizer(server, input_sentences=40, context_tokens=600, sections="off").summarize(_long_article())
    (seen,) = server.requests
    # Every piece is at least 0.98 tokens for common tokenizers (see server_backend.py): 600 holds it all.
    assert len(re.findall(r"\w+|[^\w\s]", seen.prompt)) <= 600
    assert 1 < len(seen.sentences) < 40
    assert any("fit its input" in w for w in summary.warnings)


def test_context_tokens_holds_for_every_request_of_a_sectioned_summary(server):
    summary = _summarizer(server, input_sentences=40, context_tokens=600, sections="on").summarize(_long_article())
    assert len(server.requests) == summary.stats["generation"]["requests"] > 1
    for seen in server.requests:
        assert len(re.findall(r"\w+|[^\w\s]", seen.prompt)) <= 600
    assert all(line.citations for line in summary.lines)


def test_a_server_without_usage_is_warned_about(server, samples_dir):
    server.report_usage = False
    summary = _summarizer(server).summarize(samples_dir / "city-budget.txt")
    assert summary.stats["generation"]["tokens_in"] is None
    assert any("cut prompt cannot be ruled out" in w for w in summary.warnings)


# A real server (slow): python -m llama_cpp.server with the GGUF model in SUMMARIZER_TEST_GGUF


@pytest.mark.slow
def test_llama_cpp_server_summarises_through_the_server_backend(samples_dir, tmp_path):
    gguf = os.environ.get("SUMMARIZER_TEST_GGUF")
    if not gguf:
        pytest.skip("set SUMMARIZER_TEST_GGUF to a .gguf chat model to run a real llama.cpp server")
    pytest.importorskip("llama_cpp.server", reason="needs llama-cpp-python[server]")
    pytest.importorskip("uvicorn", reason="needs llama-cpp-python[server]")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", gguf, "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert process.poll() is None, (tmp_path / "server.log").read_text()
                time.sleep(0.5)
        result = CliRunner().invoke(
            cli, [str(samples_dir / "city-budget.txt"), "--model", f"openai:{gguf}", "--api-base", url, "-f", "json", "--timeout", "600"]
        )
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["lines"] and all(line["citations"] for line in data["lines"])
        generation = data["stats"]["generation"]
        assert generation["backend"] == "openai" and generation["tokens_in"] > 50 and generation["tokens_out"] > 0
        assert not [w for w in data["warnings"] if "server" in w]
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


# What every backend shares


def test_generation_stats_have_one_shape_for_every_backend(server, tiny_t5_dir, tiny_causal_dir, samples_dir):
    path = samples_dir / "city-budget.txt"
    local = [Summarizer(model=str(model), device="cpu", sentences=2).summarize(path) for model in (tiny_t5_dir, tiny_causal_dir)]
    remote = _summarizer(server, sentences=2).summarize(path)
    most_written = plan_length(Length(sentences=2), 19, "causal").max_new_tokens
    shapes = set()
    for summary in [*local, remote]:
        generation = summary.stats["generation"]
        shapes.add(tuple(sorted(generation)))
        assert isinstance(generation["tokens_in"], int) and generation["tokens_in"] > 0
        # At most the planned answer, written twice when the first was cut inside a needed sentence.
        assert isinstance(generation["tokens_out"], int) and 0 < generation["tokens_out"] <= 3 * most_written
        assert generation["model"] == summary.method.removeprefix("abstractive:")
        assert set(summary.stats["model_citations"]) == {"given", "confirmed"}
    assert shapes == {("backend", "model", "seconds", "tokens_in", "tokens_out")}
    assert [s.stats["generation"]["backend"] for s in [*local, remote]] == ["seq2seq", "causal", "openai"]
    # The prompt a causal model read is the numbered sentences, and it kept room for its answer.
    causal = local[1].stats
    assert causal["model_input"]["tokens"] + most_written <= 512


def test_cli_zero_retries_and_backoff_reach_the_options():
    from summarizer.cli.common import options_from

    options = options_from({"model": "openai:ok", "retries": 0, "retry_backoff": 0.0, "min_support": 0.0})
    assert (options.retries, options.retry_backoff, options.min_support) == (0, 0.0, 0.0)
