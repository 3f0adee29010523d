"""The llama.cpp backend (kind ``llamacpp``): an instruction-tuned chat model in one .gguf file,
run by llama-cpp-python (``pip install 'summarizer[llamacpp]'``).

llama.cpp runs the quantised weights as they are, memory-mapped, where transformers' ``gguf_file=``
path first de-quantises them to fp32: on a laptop CPU that is the difference between seconds and a
minute, and between well under 1 GB and several. The prompt is the model's own chat template from
the GGUF metadata, rendered the way llama-cpp-python's ``create_chat_completion`` renders it, so that
the tokens counted against the context are the tokens the model reads. llama_cpp is imported only
when a model loads.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.abstract.backends import Backend, Generated, GenerationRequest
from summarizer.abstract.lookup_decoding import DRAFT_TOKENS, Decoded, decode_greedy, supported
from summarizer.models.loading import THREADS_ENV, first_line
from summarizer.abstract.prompt_cache import PromptPrefixCache, fixed_prefix
from summarizer.abstract.prompts import TEMPLATE_SETTINGS, chat_messages
from summarizer.abstract.streaming import line_watcher
from summarizer.errors import MissingResourceError, ModelError, OptionsError

if TYPE_CHECKING:
    from summarizer.models.store import ModelSpec

INSTALL_HINT = "pip install 'summarizer[llamacpp]'"
DEFAULT_INPUT_TOKENS = 2048  # prompt and source text; a longer article is selected down to fit
OUTPUT_TOKENS = 512  # context kept free for the answer: plan_length asks 368 tokens for 10 sentences
GREEDY = {"temperature": 0.0, "repeat_penalty": 1.0}
# With these, llama.cpp picks the likeliest token (top_p, top_k and the like change nothing at temperature 0).
UNBIASED = {**GREEDY, "presence_penalty": 0.0, "frequency_penalty": 0.0}
# create_completion's sampling settings that a preset's [NAME.generation] table may set.
SETTINGS = {"temperature", "top_p", "top_k", "min_p", "typical_p", "repeat_penalty", "presence_penalty", "frequency_penalty", "seed"}


def thread_count() -> int:
    """SUMMARIZER_THREADS, else one thread per physical core this process may use.

    That is llama.cpp's own rule: decoding is bound by memory bandwidth, and a second hardware
    thread on a core only competes with the first at every synchronisation. (llama-cpp-python's
    default, half the logical CPUs, guesses the same where it cannot see the topology.)
    """
    value = os.environ.get(THREADS_ENV)
    if value:
        try:
            return max(1, int(value))
        except ValueError:
            raise OptionsError(f"{THREADS_ENV} must be a whole number, got {value!r}") from None
    try:
        cpus = sorted(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return max(1, (os.cpu_count() or 2) // 2)
    cores = set()
    for cpu in cpus:
        try:  # CPUs that are hyper-threads of one core list the same siblings
            cores.add(Path(f"/sys/devices/system/cpu/cpu{cpu}/topology/thread_siblings_list").read_text().strip())
        except OSError:
            return max(1, len(cpus) // 2)
    return max(1, len(cores))


@dataclass(frozen=True, slots=True)
class _Prompt:
    tokens: list[int]
    stop: list[str]
    stopping_criteria: Any


class LlamaCppBackend(Backend):
    """A .gguf chat model through llama-cpp-python; one request at a time, greedy by default.

    One llama.cpp context is not safe to use from two threads (two at once fail an assertion
    inside ggml and kill the process), so every call into it holds this backend's lock: threads
    sharing a `Summarizer` take turns. The lock is not reentrant; only the small `_llm_*`
    methods take it, and none of them calls another."""

    kind = "llamacpp"
    needs_torch = False  # load_backend builds it without importing torch
    one_at_a_time = True  # answers are written one after another: each document is finished (and written) on its own

    def __init__(self, spec: ModelSpec, device: str):
        try:
            llama_cpp = _import_llama_cpp()
            from llama_cpp.llama_chat_format import Jinja2ChatFormatter
        except ImportError:
            raise MissingResourceError(
                f"model {spec.name!r} runs on llama.cpp, which needs llama-cpp-python: {INSTALL_HINT}"
            ) from None
        path = Path(spec.path) / spec.gguf_file if spec.gguf_file else Path(spec.path)
        if not path.is_file():
            raise MissingResourceError(f"model {spec.name!r}: {path} does not exist")
        self.name = spec.name
        self.path = path
        self._lock = threading.Lock()
        generation = dict(spec.generation)
        self.draft_tokens = int(generation.pop("draft_tokens", DRAFT_TOKENS))
        self.generation = {**GREEDY, **generation}
        unknown = sorted(set(self.generation) - SETTINGS)
        if unknown:
            raise ModelError(f"model {spec.name!r}: unknown llama.cpp generation setting(s) {', '.join(unknown)}; known: {', '.join(sorted(SETTINGS | {'draft_tokens'}))}")
        self.device, gpu_layers = _placement(llama_cpp, device)
        self.threads = thread_count()
        settings = {"n_threads": self.threads, "n_threads_batch": self.threads, "n_gpu_layers": gpu_layers, "seed": 0}
        # Context for the input plan (prompt and chosen sentences) and the answer, not the model's
        # trained maximum: 32k-128k tokens of key/value cache would cost gigabytes for a summary.
        wanted = (spec.max_input_tokens or DEFAULT_INPUT_TOKENS) + OUTPUT_TOKENS
        self.llm = _load(llama_cpp, path, spec.name, n_ctx=wanted, n_batch=min(512, wanted), **settings)
        self.trained_context = int(llama_cpp.llama_model_n_ctx_train(self.llm.model))
        if self.trained_context < wanted:  # a short-context model: what it was trained on, no more
            _close_quietly(self.llm)
            wanted = self.trained_context
            self.llm = _load(llama_cpp, path, spec.name, n_ctx=wanted, n_batch=min(512, wanted), **settings)
        self._settings = {**settings, "n_ctx": wanted, "n_batch": min(512, wanted)}  # what the prompt cache's key needs
        self.context = wanted
        # Answers are decoded with prompt lookup (`lookup_decoding`) under greedy settings only, as
        # the guesses are checked against the single likeliest token; a preset that samples, or
        # sets `draft_tokens = 0`, gets llama-cpp-python's own loop.
        greedy = all(self.generation.get(key, value) == value for key, value in UNBIASED.items())
        self.looks_ahead = greedy and self.draft_tokens > 0 and supported(self.llm)
        self.context_tokens = wanted  # the stage fits each input to it, with room for the planned answer
        # Freed quietly when the backend goes, or at exit: llama.cpp logs as it frees a context.
        self._finalizer = weakref.finalize(self, _close_quietly, self.llm)
        self.max_input_tokens = wanted - min(OUTPUT_TOKENS, wanted // 4)
        template = self.llm.metadata.get("tokenizer.chat_template")
        if not template:
            self._finalizer()
            raise ModelError(f"model {spec.name!r} has no chat template; the abstractive mode needs an instruction-tuned model")
        eos, bos = self.llm.token_eos(), self.llm.token_bos()
        # As Llama itself builds its handler from the GGUF metadata (llama_chat_format).
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=self._token_text(eos),
            bos_token=self._token_text(bos),
            stop_token_ids=[eos],
        )
        self._overhead = len(self._encode(GenerationRequest(text="", sentences=3, words=60, max_new_tokens=0)).tokens)
        self._shapes_seen: set[tuple[int, int, str, bool]] = set()
        self._prefix_cache = self._prompt_prefix_cache(path)
        if self.max_input_tokens <= self._overhead + 16:
            raise ModelError(f"model {spec.name!r} has a context of {wanted} tokens, too short for the prompt ({self._overhead} tokens)")

    def _prompt_prefix_cache(self, path: Path) -> PromptPrefixCache | None:
        """The fixed start of this model's summary prompts, kept on disk (see prompt_cache.py);
        None where this llama-cpp-python lacks what it needs or no file can be named."""
        import llama_cpp

        needed = ("llama_state_seq_get_size", "llama_state_seq_get_data", "llama_state_seq_set_data")
        if not all(hasattr(llama_cpp, name) for name in needed) or not hasattr(self.llm, "input_ids"):
            return None
        # Two prompts that differ in everything a request fills in, the length asked included.
        shared = self._fixed_start(GenerationRequest("", 1, 10, 0, 0), GenerationRequest("", 4, 90, 0, 0))
        try:
            return PromptPrefixCache(self.llm, path, shared, self.threads, self._settings)
        except OSError:
            return None

    def _remember_shape(self, request: GenerationRequest) -> None:
        """Tell the prefix cache where this request's prompt stops being the same as every other
        of its shape (length asked, language): just before the article's first sentence."""
        if self._prefix_cache is None or request.prompt is not None or not request.source_sentences:
            return
        shape = (request.sentences, request.words, request.language, request.by_words)
        if shape in self._shapes_seen:
            return
        self._shapes_seen.add(shape)
        self._prefix_cache.add_prefix(self._fixed_start(request, request))

    def _fixed_start(self, first: GenerationRequest, second: GenerationRequest) -> list[int]:
        """The tokens the prompts of `first` and `second` share from the start once each is filled
        with its own made-up article: whatever an article puts in a prompt comes after them."""
        a = self._encode(dataclasses.replace(first, text="A.", source_sentences=("The harbour reopened.",))).tokens
        b = self._encode(dataclasses.replace(second, text="B. C.", source_sentences=("Ships queued.", "Fares rose."))).tokens
        return fixed_prefix(a, b)

    def _prepare_prompt(self, tokens: Sequence[int]) -> None:
        """Called under the lock before a prompt is read: a fresh context gets the fixed prefix."""
        if self._prefix_cache is not None:
            self._prefix_cache.prepare(self.llm, tokens)

    def _check_open(self) -> None:
        if not self._finalizer.alive:  # freed by close(): llama.cpp would read freed memory
            raise ModelError(f"model {self.name!r} was closed; the Summarizer loads it again when next used")

    def _llm_tokenize(self, text: str, add_bos: bool, special: bool) -> list[int]:
        with self._lock:
            self._check_open()
            return self.llm.tokenize(text.encode("utf-8"), add_bos=add_bos, special=special)

    def _llm_detokenize(self, tokens: list[int], special: bool = False) -> str:
        with self._lock:
            self._check_open()
            return self.llm.detokenize(tokens, special=special).decode("utf-8", errors="replace" if special else "ignore")

    def _llm_complete(self, **settings: Any) -> Any:
        with self._lock:
            self._check_open()
            # llama.cpp keeps the previous prompt's cache and re-reads only where this one differs.
            with _quiet():
                self._prepare_prompt(settings["prompt"])
                return self.llm.create_completion(**settings)

    def _llm_decode_greedy(self, prompt: _Prompt, limit: int, request: GenerationRequest) -> Decoded:
        watcher = line_watcher()
        with self._lock:
            self._check_open()
            with _quiet():
                self._prepare_prompt(prompt.tokens)
                return decode_greedy(
                    self.llm, prompt.tokens, limit, stop=prompt.stop, stopped=_end_of_turn(prompt),
                    draft_tokens=self.draft_tokens, ends_at_repeated_line=True, on_text=watcher.feed if watcher is not None else None,
                    enough=_enough(request),
                )

    def _token_text(self, token: int) -> str:
        return self._llm_detokenize([token], special=True) if token != -1 else ""

    def text_budget(self) -> int:
        return max(16, self.max_input_tokens - self._overhead)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(self._llm_tokenize(text, add_bos=False, special=False)) for text in texts]

    def _encode(self, request: GenerationRequest) -> _Prompt:
        try:
            result = self._formatter(messages=chat_messages(request), **TEMPLATE_SETTINGS)
        except Exception:  # noqa: BLE001 - some templates refuse a system turn: fold it into the user's
            result = self._formatter(messages=chat_messages(request, system_turn=False), **TEMPLATE_SETTINGS)
        # As create_chat_completion does: the template writes its own special tokens.
        tokens = self._llm_tokenize(result.prompt, add_bos=not result.added_special, special=True)
        stop = result.stop if isinstance(result.stop, list) else [result.stop] if result.stop else []
        return _Prompt(tokens, stop, result.stopping_criteria)

    def preprocess(self, requests: Sequence[GenerationRequest]) -> list[_Prompt | Exception]:
        return [self._fitted(r) for r in requests]

    def _fitted(self, request: GenerationRequest) -> _Prompt | Exception:
        """The prompt, within the context less the answer's room.

        The stage fits its input to `context_tokens`; one sentence longer than all of it is still
        sent (the stage warns that the model reads its start only), so that sentence is cut here.
        Anything else too long is this request's error, naming the context, which the stage
        answers by fitting the input to it and asking again."""
        self._remember_shape(request)
        prompt = self._encode(request)
        limit = self.context - min(request.max_new_tokens, self.context // 4)
        sentences = request.source_sentences or (request.text,)
        for _ in range(3):  # a cut re-tokenises a little differently at its edge
            excess = len(prompt.tokens) - limit
            if excess <= 0:
                return prompt
            if len(sentences) != 1:
                break
            tokens = self._llm_tokenize(sentences[0], add_bos=False, special=False)
            kept = self._llm_detokenize(tokens[: max(1, len(tokens) - excess - 4)])
            sentences = (kept,)
            prompt = self._encode(dataclasses.replace(request, text=kept, source_sentences=sentences))
        error = ModelError(f"model {self.name!r}: the prompt is {len(prompt.tokens)} tokens, more than its context of {self.context} allows with the answer")
        error.context_tokens = self.context  # type: ignore[attr-defined]
        error.prompt_tokens = len(prompt.tokens)  # type: ignore[attr-defined]
        return error

    def generate(self, batch: list[_Prompt | Exception], requests: Sequence[GenerationRequest]) -> list[Generated | Exception]:
        outputs: list[Generated | Exception] = []
        for prompt, request in zip(batch, requests):
            if isinstance(prompt, Exception):
                outputs.append(prompt)  # this request's failure alone
                continue
            limit = min(request.max_new_tokens, self.context - len(prompt.tokens))
            started = time.perf_counter()
            if self.looks_ahead:
                try:
                    decoded = self._llm_decode_greedy(prompt, limit, request)
                except (RuntimeError, ValueError) as exc:
                    outputs.append(ModelError(f"model {self.name!r} failed while generating: {first_line(exc)}"))
                    continue
                outputs.append(Generated(
                    decoded.text.strip(), tokens_in=len(prompt.tokens), tokens_out=len(decoded.tokens),
                    seconds=time.perf_counter() - started,
                ))
                continue
            try:
                output = self._llm_complete(
                    prompt=prompt.tokens, max_tokens=limit, stop=prompt.stop,
                    stopping_criteria=self._stops(prompt, limit, request), **self.generation,
                )
            except (RuntimeError, ValueError) as exc:  # this request's failure; the others go on
                outputs.append(ModelError(f"model {self.name!r} failed while generating: {first_line(exc)}"))
                continue
            usage = output.get("usage") or {}
            watcher = line_watcher()
            if watcher is not None:
                watcher.feed(output["choices"][0]["text"], whole=True)
            outputs.append(Generated(
                output["choices"][0]["text"].strip(),
                tokens_in=usage.get("prompt_tokens", len(prompt.tokens)),
                tokens_out=usage.get("completion_tokens"),
                seconds=time.perf_counter() - started,
            ))
        return outputs

    def _stops(self, prompt: _Prompt, limit: int, request: GenerationRequest) -> Any:
        """The template's end-of-turn check, and the token limit enforced by a check of our own:
        llama-cpp-python skips its max_tokens test while a character is incomplete (UTF-8)."""
        from llama_cpp import StoppingCriteriaList

        start = len(prompt.tokens)
        # Asked before each new token with the tokens so far: stop once `limit` have been written.
        stops = StoppingCriteriaList([lambda ids, logits: len(ids) - start >= limit])
        stops.extend(prompt.stopping_criteria or [])
        enough, watcher = _enough(request), line_watcher()
        if enough is not None or watcher is not None:
            llm = self.llm  # asked under the generation's own lock: the model is not touched elsewhere

            def read_answer(ids: Any, logits: Any) -> bool:
                """The answer so far, decoded once: handed to the watcher, and asked whether it is done."""
                text = llm.detokenize(list(ids[start:])).decode("utf-8", errors="ignore")
                if watcher is not None:
                    watcher.feed(text)
                return enough is not None and enough(text)

            stops.append(read_answer)
        return stops

    def postprocess(self, output: list[Generated | Exception], batch: Any) -> list[Generated | Exception]:
        return output

    def close(self) -> None:
        """Free the model's memory now rather than when the object is collected; a generation
        under way in another thread finishes first."""
        with self._lock:
            self._finalizer()


def _enough(request: GenerationRequest) -> Any:
    """For a summary asked in sentences: whether an answer so far holds them all (the stage
    would throw away anything written after them). None for a word count or the judge's question."""
    if request.by_words or request.prompt is not None:
        return None
    from summarizer.abstract.answer_sentences import holds_sentences

    return lambda text: holds_sentences(text, request.sentences, request.language)


def _end_of_turn(prompt: _Prompt) -> Any:
    """The chat template's own stop check (end-of-turn token ids) over the ids so far, or None."""
    criteria = prompt.stopping_criteria
    if not criteria:
        return None
    import numpy as np

    return lambda ids: bool(criteria(np.asarray(ids, dtype=np.intc), None))


def _import_llama_cpp() -> Any:
    """llama_cpp, with its OpenMP threads sleeping rather than spinning while they wait.

    Spinning threads are fastest on an idle machine, but when other work shares the cores (a
    browser, tests, another model) a spinning thread holds a core its partner needs, and every step
    waits for the scheduler: measured on 2 busy cores, 2 threads took 72 s for what 1 took in 12 s;
    with OMP_WAIT_POLICY=PASSIVE, 14 s. The OpenMP runtime reads the variable once, as llama.cpp's
    libraries load, so it is set for the import only and the environment is left as found."""
    import sys

    if "llama_cpp" in sys.modules or "OMP_WAIT_POLICY" in os.environ:
        import llama_cpp

        return llama_cpp
    os.environ["OMP_WAIT_POLICY"] = "PASSIVE"
    try:
        import llama_cpp
    finally:
        del os.environ["OMP_WAIT_POLICY"]
    return llama_cpp


def _placement(llama_cpp: Any, device: str) -> tuple[str, int]:
    """(device label, layers to offload): every layer on a GPU when this build of llama.cpp has
    one (CUDA, Metal, Vulkan...) and the device allows it, none otherwise."""
    if device not in ("auto", "cpu", "cuda"):
        raise OptionsError(f"device must be one of auto, cpu, cuda, got {device!r}")
    gpu = bool(llama_cpp.llama_supports_gpu_offload())
    if device == "cuda" and not gpu:
        raise ModelError(
            "--device cuda was asked for, but this llama-cpp-python was built without GPU support; "
            "reinstall it with CMAKE_ARGS=\"-DGGML_CUDA=on\" or use --device cpu"
        )
    if device == "cpu" or not gpu:
        return "cpu", 0
    return "gpu", -1


_SILENT: list[Any] = []  # the no-op log callback, kept alive while llama.cpp may call it
# The log callback is one for the whole process: threads using different models (a summariser
# and a judge) count themselves in, and llama-cpp-python's own callback returns when the last leaves.
_QUIET_LOCK = threading.Lock()
_quiet_depth = 0


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No llama.cpp log lines on stderr while llama.cpp works, llama-cpp-python's own callback after.

    verbose=False is not enough: llama-cpp-python 0.3.x maps llama.cpp's log levels with an older
    numbering, so warnings (e.g. while a context is created or freed) print as errors. Failures
    still arrive as exceptions."""
    import ctypes

    import llama_cpp

    global _quiet_depth
    with _QUIET_LOCK:
        if not _SILENT:
            _SILENT.append(llama_cpp.llama_log_callback(lambda level, text, user_data: None))
        if _quiet_depth == 0:
            llama_cpp.llama_log_set(_SILENT[0], ctypes.c_void_p(0))
        _quiet_depth += 1
    try:
        yield
    finally:
        with _QUIET_LOCK:
            _quiet_depth -= 1
            own = getattr(getattr(llama_cpp, "_logger", None), "llama_log_callback", None)
            if _quiet_depth == 0 and own is not None:
                llama_cpp.llama_log_set(own, ctypes.c_void_p(0))


def _close_quietly(llm: Any) -> None:
    with _quiet():
        llm.close()


class _OutputLeftAlone:
    """Stands in for llama-cpp-python's `suppress_stdout_stderr` while a model loads (see `_output_left_alone`)."""

    def __init__(self, disable: bool = True):
        pass

    def __enter__(self) -> _OutputLeftAlone:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None


_REDIRECT_LOCK = threading.Lock()
_redirect_depth = 0
_REDIRECT_SAVED: dict[Any, Any] = {}


@contextlib.contextmanager
def _output_left_alone(llama_cpp: Any) -> Iterator[None]:
    """Load without llama-cpp-python pointing the whole process's stdout and stderr (file
    descriptors 1 and 2, and sys.stdout and sys.stderr) at /dev/null, as it does for verbose=False.
    The model loads in a thread of its own while others work (`AbstractiveStage.load_ahead`):
    what they printed meanwhile was lost (a Ctrl-C's message, a library user's own output), and
    two loads at once could each restore the other's /dev/null. llama.cpp's log lines, which
    the redirect was for, are silenced by `_quiet` instead; Python prints only when verbose."""
    import sys

    global _redirect_depth
    names = [f"{llama_cpp.__name__}.llama", f"{llama_cpp.__name__}._internals"]
    modules = [m for m in map(sys.modules.get, names) if m is not None and hasattr(m, "suppress_stdout_stderr")]
    with _REDIRECT_LOCK:
        if _redirect_depth == 0:
            for module in modules:  # looked up by name when a load starts: swapped for the loads only
                _REDIRECT_SAVED[module] = module.suppress_stdout_stderr
                module.suppress_stdout_stderr = _OutputLeftAlone
        _redirect_depth += 1
    try:
        yield
    finally:
        with _REDIRECT_LOCK:
            _redirect_depth -= 1
            if _redirect_depth == 0:
                for module, original in _REDIRECT_SAVED.items():
                    module.suppress_stdout_stderr = original
                _REDIRECT_SAVED.clear()


def _load(llama_cpp: Any, path: Path, name: str, **settings: Any) -> Any:
    """A Llama with llama.cpp's own logging off (see `_quiet`), the process's output left alone."""
    try:
        with _quiet(), _output_left_alone(llama_cpp):
            return llama_cpp.Llama(model_path=str(path), verbose=False, **settings)
    except BaseException as exc:  # noqa: BLE001 - llama.cpp reports a bad file as ValueError or RuntimeError
        if isinstance(exc, KeyboardInterrupt):
            raise
        if isinstance(exc, MemoryError):
            raise ModelError(f"model {name!r} does not fit in memory; try a smaller model") from None
        raise ModelError(
            f"model {name!r} could not be loaded by llama.cpp from {path} ({first_line(exc)}); "
            "the file looks incomplete, corrupt or of an architecture this llama-cpp-python does not know"
        ) from None
