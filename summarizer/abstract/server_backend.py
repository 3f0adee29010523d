"""The server backend (kind ``openai``): a model behind any server that speaks the OpenAI
chat-completions protocol (Ollama, llama.cpp's llama-server, LM Studio, vLLM, a hosted API),
chosen with ``--model openai:NAME`` and ``--api-base URL``.

HTTP goes through the standard library. All this backend needs is one JSON POST with a time-out,
and our own retry policy; httpx has had no release since 0.28.1 (2024), its successor httpx2 needs
Python 3.11 (we support 3.10), and the openai package brings pydantic, jiter and a retry policy of
its own. With the standard library a server model works from the base install: no extra, no torch.

A server may cut a long prompt without saying so (Ollama keeps its default 2,048-token context and
drops the start of the prompt). Each answer's reported prompt size is compared with a floor for
what was sent; a prompt read clearly short is marked ``prompt_cut`` and the stage fits the input
smaller and asks again (abstract/stage.py).
"""

from __future__ import annotations

import http.client
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from math import ceil
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from summarizer.abstract.backends import Backend, Generated, GenerationRequest
from summarizer.abstract.prompts import chat_messages, prompt_text
from summarizer.errors import ModelError, OptionsError
from summarizer.options import SERVER_PREFIX, Options, http_address_problem

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec

KIND = "openai"
BASE_URL_ENV = "OPENAI_BASE_URL"
API_KEY_ENV = "OPENAI_API_KEY"
DEFAULT_CONTEXT = 2048  # a server does not say its context; Ollama's default is the smallest common one
RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 60.0  # seconds: the most a server's Retry-After may make us wait
DETAIL_CHARS = 200  # of a server's error message, in ours
MIN_REPORTED = 16  # fewer prompt tokens than this: a cached prompt's count, not a context limit
# Word-or-mark pieces: five tokenizers (Qwen2, Llama 3 BPE, Llama SPM, GPT-2, Phi-3) counted 0.98
# to 1.49 tokens per piece over 120 CNN/DM articles (benchmarks/server.py tokens). Fitting uses the
# top of that range, so the input fits whatever the server's tokenizer; a cut is read below the
# bottom of it, so that no tokenizer's honest count looks cut.
FIT_TOKENS_PER_PIECE = 1.5
CUT_TOKENS_PER_PIECE = 0.9
_CHUNK = 64 * 1024  # bytes of an answer read at once
_PIECE = re.compile(r"\w+|[^\w\s]")
_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")  # CJK and Hangul: about a token each


def server_model(name: str) -> str:
    """`openai:NAME` -> NAME (which may hold colons itself: Ollama's `llama3.2:3b`)."""
    return name[len(SERVER_PREFIX):].strip() if name.startswith(SERVER_PREFIX) else name


def estimate_tokens(text: str) -> int:
    """A generous token count for fitting input: at least what any common tokenizer counts."""
    wide = len(_WIDE.findall(text))
    return ceil(FIT_TOKENS_PER_PIECE * len(_PIECE.findall(text))) + wide


def least_tokens(text: str) -> int:
    """Fewer tokens than any common tokenizer counts for `text`: a reported count below it means
    the model did not read all of it."""
    return int(CUT_TOKENS_PER_PIECE * len(_PIECE.findall(_WIDE.sub(" ", text))))


def _display_url(url: str) -> str:
    """The address without any user:password part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host == "localhost" or host.startswith("127.") or host == "::1"


class ServerError(ModelError):
    """A server model's request failed: unreachable, refused, timed out or answered nonsense."""

    status: int | None = None  # the HTTP status, when the server answered with an error
    detail: str = ""  # the server's own words about it
    context_tokens: int | None = None  # the context a refused prompt did not fit, if the server said
    prompt_tokens: int | None = None  # and the server's count of that prompt


@dataclass(frozen=True, slots=True)
class _Call:
    request: GenerationRequest
    messages: list[dict[str, str]]


class ServerBackend(Backend):
    """A chat model behind an OpenAI-compatible server; requests run concurrently, greedy."""

    kind = KIND
    device = "server"
    needs_torch = False
    takes_options = True
    concurrent = True  # the stage may hand it every pending document at once
    context_tokens = DEFAULT_CONTEXT

    def __init__(self, spec: ModelSpec, device: str = "server", options: Options | None = None):
        options = options or Options(model=spec.name)
        self.name = spec.name
        self.model = server_model(spec.name)
        if not self.model:
            raise OptionsError(f"model {spec.name!r} names no server model: give it as {SERVER_PREFIX}NAME, e.g. {SERVER_PREFIX}llama3.2")
        base = (options.api_base or os.environ.get(BASE_URL_ENV, "")).strip()
        if not base:
            raise OptionsError(
                f"model {spec.name!r} needs a server: give --api-base URL (e.g. http://localhost:11434/v1 for Ollama) or set {BASE_URL_ENV}"
            )
        problem = http_address_problem(base, "api_base" if options.api_base else BASE_URL_ENV)
        if problem is not None:
            raise OptionsError(problem)
        self.base = base.rstrip("/")
        self.where = _display_url(self.base)
        self.endpoint = f"{self.base}/chat/completions"
        self.timeout = options.timeout
        self.retries = options.retries
        self.retry_backoff = options.retry_backoff
        self.concurrency = options.concurrency
        if options.context_tokens:
            self.context_tokens = options.context_tokens
        self.generation = dict(spec.generation)
        self._key = os.environ.get(API_KEY_ENV, "").strip()  # kept private: never printed or recorded
        # A proxy from the environment cannot reach this machine's own loopback server.
        handlers = [urllib.request.ProxyHandler({})] if _is_loopback(self.base) else []
        self._opener = urllib.request.build_opener(*handlers)
        self._system_turn = True
        self._lock = threading.Lock()
        self._unreachable = False  # after a request found the server down, others try once only

    def __repr__(self) -> str:
        return f"ServerBackend(model={self.model!r}, api_base={self.where!r})"

    def text_budget(self) -> int:
        # No limit of its own: the stage fits the input to `context_tokens`.
        return 1_000_000

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [estimate_tokens(text) for text in texts]

    def preprocess(self, requests: Sequence[GenerationRequest]) -> list[_Call]:
        return [_Call(r, chat_messages(r, self._system_turn)) for r in requests]

    def generate(self, batch: list[_Call], requests: Sequence[GenerationRequest]) -> list[Generated | Exception]:
        """Every request, up to `concurrency` at a time; a failed one gives its error, not the batch's."""
        if len(batch) <= 1 or self.concurrency <= 1:
            return [self._answer(call) for call in batch]
        pool = ThreadPoolExecutor(max_workers=min(self.concurrency, len(batch)), thread_name_prefix="summarizer-server")
        try:
            futures = [pool.submit(self._answer, call) for call in batch]
            return [future.result() for future in futures]
        finally:
            # On Ctrl-C, drop the requests not yet sent instead of waiting for all of them.
            pool.shutdown(wait=True, cancel_futures=True)

    def postprocess(self, output: list[Generated | Exception], batch: Any) -> list[Generated | Exception]:
        return output

    def _answer(self, call: _Call) -> Generated | Exception:
        try:
            return self._complete(call)
        except Exception as exc:  # noqa: BLE001 - one document's failure, recorded as its own
            return exc

    def _complete(self, call: _Call) -> Generated:
        started = time.perf_counter()
        payload = {
            "model": self.model,
            "messages": call.messages,
            "max_tokens": call.request.max_new_tokens,
            "temperature": 0,  # greedy, as for the local backends, unless a preset says otherwise
            "stream": False,
            **self.generation,
        }
        try:
            reply = self._post(payload)
        except ServerError as exc:
            # Some chat templates refuse a system turn (Gemma's, served by vLLM): fold it in, once.
            if not (self._system_turn and exc.status in (400, 422, 500) and "system" in exc.detail.lower()):
                raise
            self._system_turn = False
            payload["messages"] = chat_messages(call.request, system_turn=False)
            reply = self._post(payload)
        text, prompt_tokens, completion_tokens = self._read(reply)
        # The whole prompt counts: a server that cuts from the start drops the instructions first.
        # Servers report the full prompt, cached part included (OpenAI, vLLM, llama-server, Ollama);
        # a prompt answered wholly from a cache has been reported as 0 or left out.
        floor = least_tokens(prompt_text(call.request))
        if prompt_tokens is None or prompt_tokens < MIN_REPORTED:
            cut: bool | None = None  # not reported, or a whole prompt answered from its cache
        else:
            cut = prompt_tokens < floor
        return Generated(text, prompt_tokens, completion_tokens, time.perf_counter() - started, cut)

    def _post(self, payload: dict[str, Any]) -> Any:
        """The server's JSON answer, trying again after a failed connection, a time-out or a
        429/5xx answer, waiting `retry_backoff` seconds and twice as long each next time."""
        body = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        with self._lock:
            tries = 1 if self._unreachable else self.retries + 1
        for attempt in range(1, tries + 1):
            wait = self.retry_backoff * 2 ** (attempt - 1)
            try:
                request = urllib.request.Request(self.endpoint, data=body, headers=headers, method="POST")
                deadline = time.monotonic() + self.timeout
                with self._opener.open(request, timeout=self.timeout) as response:
                    raw = _read_by(response, deadline)
            except urllib.error.HTTPError as exc:
                status, (detail, (context, counted)) = exc.code, _detail(exc, self._key)
                retry_after = _retry_after(exc.headers.get("Retry-After") if exc.headers else None)
                exc.close()
                if status in RETRY_STATUSES and attempt < tries:
                    time.sleep(max(wait, retry_after))
                    continue
                raise self._status_error(status, detail, attempt, context, counted) from None
            except (TimeoutError, urllib.error.URLError, http.client.HTTPException, ConnectionError) as exc:
                timed_out = isinstance(exc, TimeoutError) or isinstance(getattr(exc, "reason", None), TimeoutError)
                if attempt < tries:
                    time.sleep(wait)
                    continue
                if timed_out:
                    raise ServerError(
                        f"model {self.name!r}: server {self.where} did not answer within {self.timeout:g} s "
                        f"({_tries(attempt)}); raise --timeout, or check that the server is not stuck"
                    ) from None
                with self._lock:
                    self._unreachable = True
                reason = getattr(exc, "reason", None) or exc
                raise ServerError(
                    f"model {self.name!r}: server {self.where} is not reachable ({_reason(reason)}, {_tries(attempt)}); "
                    "is it running, and is --api-base right?"
                ) from None
            with self._lock:
                self._unreachable = False
            try:
                return json.loads(raw)
            except ValueError:
                raise ServerError(
                    f"model {self.name!r}: server {self.where} sent a reply that is not JSON ({_scrub(_first(raw), self._key)!r}); "
                    "is --api-base an OpenAI-compatible address (ending in /v1)?"
                ) from None
        raise AssertionError("unreachable")  # the loop always returns or raises

    def _read(self, reply: Any) -> tuple[str, int | None, int | None]:
        """(text, prompt tokens, completion tokens) of a chat-completions reply."""
        try:
            message = reply["choices"][0]["message"]
            text = message.get("content")
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ServerError(
                f"model {self.name!r}: server {self.where} sent JSON without choices[0].message "
                f"({_scrub(_first(json.dumps(reply).encode()), self._key)!r}); is it an OpenAI-compatible chat-completions server?"
            ) from None
        if not isinstance(text, str):
            raise ServerError(f"model {self.name!r}: server {self.where} answered without text (message content is {text!r})")
        usage = reply.get("usage") if isinstance(reply, dict) else None
        usage = usage if isinstance(usage, dict) else {}
        return text.strip(), _count(usage.get("prompt_tokens")), _count(usage.get("completion_tokens"))

    def _status_error(
        self, status: int, detail: str, attempt: int, context: int | None = None, counted: int | None = None
    ) -> ServerError:
        head = f"model {self.name!r}: server {self.where} answered HTTP {status}"
        said = f": {detail}" if detail else ""
        if status == 404:
            served = self._served_models()
            if served is not None and self.model not in served:
                listed = ", ".join(served[:8]) + (", ..." if len(served) > 8 else "") if served else "none"
                error = ServerError(f"model {self.name!r}: server {self.where} has no model {self.model!r}; it serves: {listed}")
            else:
                error = ServerError(f"{head}{said}; is the model name right, and does --api-base end in /v1?")
        elif status in (401, 403):
            hint = f"check {API_KEY_ENV}" if self._key else f"set {API_KEY_ENV} to the server's key"
            error = ServerError(f"{head}{said}; {hint}")
        elif status == 400 and (context or re.search(r"context|too long|maximum.*tokens|exceed", detail, re.IGNORECASE)):
            fix = f"--context-tokens {context}" if context else "a smaller --context-tokens"
            error = ServerError(f"{head}{said}; the prompt is longer than the server's context: give {fix}")
            error.context_tokens, error.prompt_tokens = context, counted
        elif status in RETRY_STATUSES:
            error = ServerError(f"{head}{said} ({_tries(attempt)})")
        else:
            error = ServerError(f"{head}{said}")
        error.status, error.detail = status, detail
        return error

    def _served_models(self) -> list[str] | None:
        """The model ids the server lists at /models, or None when it does not say."""
        headers = {"Accept": "application/json"}
        if self._key:
            headers["Authorization"] = f"Bearer {self._key}"
        try:
            request = urllib.request.Request(f"{self.base}/models", headers=headers)
            with self._opener.open(request, timeout=min(self.timeout, 10.0)) as response:
                listing = json.loads(response.read())
            return sorted(str(entry["id"]) for entry in listing["data"])
        except Exception:  # noqa: BLE001 - only a better message was at stake
            return None


def _read_by(response: Any, deadline: float) -> bytes:
    """The answer's body, or `TimeoutError` once `deadline` (a `time.monotonic()` value) has
    passed. The socket's time-out bounds one wait only: a server or proxy that sends a byte now
    and then (spaces to keep the connection open) would otherwise be waited for without end."""
    parts: list[bytes] = []
    while part := response.read1(_CHUNK):  # what has arrived, after at most one wait
        parts.append(part)
        if time.monotonic() > deadline:
            raise TimeoutError
    return b"".join(parts)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _tries(attempts: int) -> str:
    return "1 try" if attempts == 1 else f"{attempts} tries"


def _first(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    line = text.splitlines()[0] if text else "an empty body"
    return line[:DETAIL_CHARS]


def _scrub(text: str, key: str) -> str:
    return text.replace(key, "***") if key else text


def _detail(error: urllib.error.HTTPError, key: str) -> tuple[str, tuple[int | None, int | None]]:
    """The server's own words from an error answer ({"error": {"message": ...}} or plain text),
    and, for a prompt too long for it, its context and its count of the prompt where it says them."""
    try:
        raw = error.read()
    except Exception:  # noqa: BLE001 - the status alone still says what happened
        return "", (None, None)
    # llama-server: {"n_prompt_tokens": 5000, "n_ctx": 4096}; OpenAI, vLLM and llama-cpp-python:
    # "maximum context length is 4096 tokens. However, you requested 5122 tokens (5000 in the messages, ...".
    context = _number(rb'"n_ctx"\s*:\s*(\d+)|maximum context length is (\d+)', raw)
    counted = _number(rb'"n_prompt_tokens"\s*:\s*(\d+)|(\d+) in the messages', raw)
    try:
        data = json.loads(raw)
        found = data.get("error", data) if isinstance(data, dict) else data
        if isinstance(found, dict):
            found = found.get("message") or found.get("detail") or found
        text = found if isinstance(found, str) else json.dumps(found)
    except ValueError:
        text = raw.decode("utf-8", "replace")
    text = " ".join(text.split())
    return _scrub(text[:DETAIL_CHARS], key), (context, counted)


def _number(pattern: bytes, raw: bytes) -> int | None:
    found = re.search(pattern, raw)
    return int(next(group for group in found.groups() if group)) if found else None


def _retry_after(value: str | None) -> float:
    try:
        return min(MAX_RETRY_AFTER, max(0.0, float(value))) if value else 0.0
    except ValueError:
        return 0.0  # an HTTP date: our own back-off will do


def _reason(reason: Any) -> str:
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, BaseException):
        text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return text.splitlines()[0]
    return str(reason)
