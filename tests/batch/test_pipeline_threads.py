"""One `Summarizer` shared by threads gives exactly the serial results, loads its model once, and
frees it on `close()`; nothing about one document (a server's context) changes another's.

The llama.cpp run happens in a child process (tests/batch/threaded_run.py): two threads in one
llama.cpp context used to fail an assertion inside ggml, which kills the whole process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from fake_backends import ScriptedBackend
from loopback_http import QuietServer
from summarizer import Summarizer

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent.parent / "samples"
ARTICLES = [SAMPLES / name for name in ("city-budget.txt", "harbour-strike.md", "tech-layoffs.txt", "long-climate-report.txt")]
THREADS = 4

sys.path.insert(0, str(HERE))
from threaded_run import comparable, run  # noqa: E402


def _texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in ARTICLES]


def test_extractive_threads_give_the_serial_results() -> None:
    verdict = run(THREADS, {"sentences": 3}, _texts())
    assert verdict["same"], verdict


# -- llama.cpp --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_gguf_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("gguf")
    pytest.importorskip("llama_cpp")
    from tiny_models import build_tiny_gguf

    corpus = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.iterdir()) if p.suffix in {".txt", ".md"}]
    return build_tiny_gguf(tmp_path_factory.mktemp("threads-gguf") / "tiny.gguf", corpus)


def test_one_gguf_model_shared_by_threads_gives_the_serial_results(tiny_gguf_model: Path) -> None:
    options = {"mode": "abstractive", "model": str(tiny_gguf_model), "sentences": 2, "device": "cpu"}
    result = subprocess.run(
        [sys.executable, str(HERE / "threaded_run.py"), "3", json.dumps(options), *map(str, ARTICLES[:3])],
        capture_output=True, text=True, timeout=600,
    )
    crashed = result.returncode < 0 or result.returncode > 1 or "GGML_ASSERT" in result.stderr
    assert not crashed, f"the child process died (exit {result.returncode}): {result.stderr[-500:]}"
    assert result.returncode == 0, result.stdout + result.stderr[-500:]


def test_close_frees_the_gguf_model_and_a_later_call_loads_it_again(tiny_gguf_model: Path) -> None:
    with Summarizer(mode="abstractive", model=str(tiny_gguf_model), sentences=1, device="cpu") as summarizer:
        first = summarizer.summarize(ARTICLES[0])
        backend = summarizer.abstractive.backend
    assert not backend._finalizer.alive  # llama.cpp's memory is freed
    again = summarizer.summarize(ARTICLES[0])
    assert comparable(again) == comparable(first)
    summarizer.close()


# -- transformers -----------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", ["tiny_t5_dir", "tiny_causal_dir"])
def test_one_transformers_model_shared_by_threads_gives_the_serial_results(fixture: str, request: pytest.FixtureRequest) -> None:
    # Token counts travel with each answer: a count left on the backend would be the other thread's.
    model_dir = request.getfixturevalue(fixture)
    verdict = run(2, {"mode": "abstractive", "model": str(model_dir), "device": "cpu", "words": 15, "input_sentences": 3}, _texts()[:2])
    assert verdict["same"], verdict


# -- a server ---------------------------------------------------------------------------------

NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)
CONTEXT = 700  # tokens the fake server holds; it counts 3 tokens per word or mark


class _ContextServer(BaseHTTPRequestHandler):
    """Refuses a prompt longer than CONTEXT (naming its context and its count, as OpenAI's API
    does); otherwise answers with the first two sentences it was given."""

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = "\n\n".join(m["content"] for m in payload["messages"])
        counted = 3 * len(re.findall(r"\w+|[^\w\s]", prompt))
        if counted + payload["max_tokens"] > CONTEXT:
            message = (
                f"This model's maximum context length is {CONTEXT} tokens. However, you requested "
                f"{counted + payload['max_tokens']} tokens ({counted} in the messages, {payload['max_tokens']} in the completion)."
            )
            status, body = 400, {"error": {"message": message}}
        else:
            sentences = [text for _, text in NUMBERED.findall(prompt)]
            text = " ".join(f"{s} [{n}]" for n, s in enumerate(sentences[:2], start=1)) or "Nothing."
            status = 200
            body = {"choices": [{"message": {"content": text}}], "usage": {"prompt_tokens": counted, "completion_tokens": len(text.split())}}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def context_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    httpd = QuietServer(("127.0.0.1", 0), _ContextServer)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_server_threads_give_the_serial_results_and_each_document_its_own_budget(context_server: str) -> None:
    options = {"model": "openai:any", "api_base": context_server, "retry_backoff": 0, "input_sentences": 40, "sentences": 2}
    texts = _texts()
    # Each document alone, in a pipeline of its own: what no earlier document has influenced.
    alone = []
    for text in texts:
        with Summarizer(**options) as fresh:
            alone.append(comparable(fresh.summarize(text)))
    verdict = run(THREADS, options, texts)
    assert verdict["same"], verdict
    with Summarizer(**options) as shared:
        serial = [comparable(shared.summarize(text)) for text in texts]
    assert serial == alone


# -- loading once, per instance ---------------------------------------------------------------


def test_two_threads_load_the_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.abstract import backends

    loads: list[int] = []

    def slow_load(spec: Any, device: str, options: Any = None) -> ScriptedBackend:
        loads.append(1)
        time.sleep(0.3)  # a model takes a while to load: the other thread arrives meanwhile
        return ScriptedBackend(lambda text: text.split(". ")[0] + ".")

    monkeypatch.setattr(backends, "load_backend", slow_load)
    summarizer = Summarizer(mode="abstractive", model="openai:x", api_base="http://127.0.0.1:9/v1", guard="off", sentences=1)
    start = threading.Barrier(2)
    results: list[Any] = []

    def work() -> None:
        start.wait()
        results.append(comparable(summarizer.summarize(ARTICLES[0])))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert len(results) == 2 and results[0] == results[1]


def test_each_summarizer_builds_its_own_guard_checker_and_close_lets_it_go(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import verification

    built: list[Any] = []
    make = verification.make_checker

    def counting(*args: Any, **kwargs: Any) -> Any:
        checker = make(*args, **kwargs)
        built.append(checker)
        return checker

    monkeypatch.setattr(verification, "make_checker", counting)
    pipelines = []
    for _ in range(2):
        summarizer = Summarizer(mode="abstractive", model="openai:x", api_base="http://127.0.0.1:9/v1", sentences=1)
        summarizer.abstractive.attach(ScriptedBackend(lambda text: text.split(". ")[0] + "."), "scripted")
        summarizer.summarize(ARTICLES[0])
        pipelines.append(summarizer)
    assert len(built) == 2 and built[0] is not built[1]  # no checker kept for the whole process
    for summarizer in pipelines:
        summarizer.close()
        assert summarizer._abstractive is None


def test_close_and_with_free_the_backend_and_a_later_call_loads_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.abstract import backends

    made: list[Any] = []

    class Closable(ScriptedBackend):
        closed = 0

        def close(self) -> None:
            self.closed += 1

    def load(spec: Any, device: str, options: Any = None) -> Closable:
        made.append(Closable(lambda text: text.split(". ")[0] + "."))
        return made[-1]

    monkeypatch.setattr(backends, "load_backend", load)
    with Summarizer(mode="abstractive", model="openai:x", api_base="http://127.0.0.1:9/v1", guard="off", sentences=1) as summarizer:
        summarizer.summarize(ARTICLES[0])
    assert [b.closed for b in made] == [1]
    summarizer.summarize(ARTICLES[0])
    assert len(made) == 2
    summarizer.close()
    assert [b.closed for b in made] == [1, 1]


# -- a judge's answers shared by threads ------------------------------------------------------


def test_a_judged_checker_shared_by_threads_never_loses_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import model_checker
    from summarizer.verify.checkers import Evidence

    class Judge:
        def fit(self, sentences: Any, claim: str, limit: int | None = None) -> list[str]:
            return [" ".join(sentences)]

        def probability(self, passage: str, claim: str) -> float:
            return 0.9 if claim.endswith("a") else 0.1

    monkeypatch.setattr(model_checker, "CACHE_SIZE", 2)  # cleared all the time while others read it
    checker = model_checker.JudgedChecker(Judge(), "judge", rules="none")
    errors: list[BaseException] = []
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)

    def work(worker: int) -> None:
        try:
            for step in range(300):
                claim = f"claim {worker} {step} {'a' if step % 2 else 'b'}"
                problems = checker.check(claim, Evidence(("a source sentence",), 1.0, 0.5))
                assert bool(problems) == (step % 2 == 0)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(THREADS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(old_interval)
    assert not errors, errors[:3]
