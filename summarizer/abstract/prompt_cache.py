"""The fixed start of every summary prompt, read by a llama.cpp model once and kept on disk.

Every summary prompt opens the same way: the chat template's markers, the system turn and the
start of the instructions, about 90 tokens for the Qwen models. A process that summarises one
article (a CLI call) used to read them every time, about a second of CPU on a small model. The
model's key/value cache for those tokens is a megabyte or two; it is saved after the first read
and restored by later processes in a few milliseconds, giving the same logits as reading them.
The instructions that follow, up to the article's first sentence, depend only on the length asked
and the language: each such longer start is kept the same way, in a file of its own.

A cache file belongs to one model file (path, size, modification time, inode, and a hash of its
first and last megabyte: a file replaced in place by another of the same size and time is another
model), one llama-cpp-python version and build (CPU or GPU), the settings the model was loaded
with (context size, batch size, threads, layers offloaded to a GPU: each changes the saved keys
and values or their layout), and the exact prefix tokens: anything else is a different file. A file that cannot be read or restored, or whose state no longer matches the
hash saved with it, is ignored: the model reads the prefix. SUMMARIZER_PROMPT_CACHE=off
switches this off; a folder there moves the files.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from summarizer.models.identity import file_identity

CACHE_ENV = "SUMMARIZER_PROMPT_CACHE"
MAGIC = b"summarizer prompt cache 1\n"
KEEP_FILES = 32  # the newest files kept; each is one model and prompt version
STALE_PART_SECONDS = 3600  # a half-written file this old was left by a process killed while saving


def cache_folder() -> Path | None:
    """Where the files go, or None when switched off."""
    configured = os.environ.get(CACHE_ENV, "").strip()
    if configured.lower() in {"off", "0", "no", "false"}:
        return None
    from summarizer.models.store import store_dir

    try:
        return Path(configured).expanduser() if configured else store_dir().parent / "prompt-cache"
    except RuntimeError:  # "~someone/..." for no such user, or no home directory: no cache, as for a folder that cannot be written
        return None


def _build(llama_cpp: Any) -> str:
    """What this llama.cpp was built to run on (CPU features, CUDA, Metal...): a state saved by
    a GPU build is computed differently from one a CPU build would compute."""
    try:
        info = llama_cpp.llama_print_system_info()
    except Exception:  # noqa: BLE001 - an older binding without it: the version alone tells builds apart
        return ""
    return info.decode("utf-8", "replace") if isinstance(info, bytes) else str(info)


def fixed_prefix(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """The tokens two differently filled prompts share from the start, less the last one (a
    tokenizer may merge the last shared characters with what follows in some prompts)."""
    shared = 0
    for a, b in zip(first, second):
        if a != b:
            break
        shared += 1
    return list(first[: max(0, shared - 1)])


class PromptPrefixCache:
    """Restores (or reads and saves) a fixed prompt prefix into a fresh llama.cpp context.

    Besides the prefix every prompt shares, a backend may add longer ones: a prompt's start up to
    the article's first sentence is the same for every request of one shape (the length asked,
    the language), and a CLI call would read those instruction tokens (about 40) every time. Each
    longer prefix has a file of its own; a fresh one is built on the shared prefix's file."""

    def __init__(self, llm: Any, model_path: Path, prefix: Sequence[int], threads: int, settings: Mapping[str, Any] | None = None):
        import llama_cpp

        self.prefix = list(prefix)
        self._longer: list[list[int]] = []
        folder = cache_folder()
        self._folder = folder
        self._key: list[Any] = []
        self.path: Path | None = None
        if folder is not None and len(self.prefix) >= 8:
            self._key = [
                getattr(llama_cpp, "__version__", ""), _build(llama_cpp), *file_identity(model_path),
                llm.n_ctx(), threads, sorted((str(k), repr(v)) for k, v in (settings or {}).items()),
            ]
            self.path = self._path_for(self.prefix)
        self.restored = False  # for tests and stats: the last `prepare` restored from disk
        self.restored_tokens = 0  # how many prompt tokens it restored

    def _path_for(self, prefix: Sequence[int]) -> Path:
        assert self._folder is not None
        key = json.dumps([*self._key, list(prefix)])
        return self._folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.kv"

    def add_prefix(self, prefix: Sequence[int]) -> None:
        """Keep `prefix` too: a longer start than the shared one, which some prompts share."""
        prefix = list(prefix)
        if len(prefix) > len(self.prefix) and prefix[: len(self.prefix)] == self.prefix and prefix not in self._longer:
            self._longer.append(prefix)

    def prepare(self, llm: Any, prompt: Sequence[int]) -> None:
        """Before `prompt` is read into a context that holds nothing yet: put the longest known
        prefix of it in its cache, from disk if saved, else by reading it now and saving it. Later
        prompts in the same process share a start with the one before, which llama.cpp keeps."""
        self.restored, self.restored_tokens = False, 0
        size = len(self.prefix)
        if self.path is None or llm.n_tokens != 0 or len(prompt) <= size or list(prompt[:size]) != self.prefix:
            return
        longer = [p for p in self._longer if len(prompt) > len(p) and list(prompt[: len(p)]) == p]
        longest = max(longer, key=len, default=None)
        if longest is not None and self._restore(llm, longest, self._path_for(longest)):
            return
        if not self._restore(llm, self.prefix, self.path):
            llm.eval(self.prefix)
            self._save(llm, self.prefix, self.path)
        if longest is not None:
            llm.eval(longest[size:])
            self._save(llm, longest, self._path_for(longest))

    def _restore(self, llm: Any, prefix: list[int], path: Path) -> bool:
        import llama_cpp

        try:
            raw = path.read_bytes()
        except OSError:
            return False
        header_end = raw.find(b"\n", len(MAGIC))
        if not raw.startswith(MAGIC) or header_end < 0:
            return False
        try:
            header = json.loads(raw[len(MAGIC) : header_end])
        except ValueError:
            return False
        state = raw[header_end + 1 :]
        if not isinstance(header, dict) or header.get("tokens") != prefix or header.get("bytes") != len(state):
            return False
        # llama.cpp checks the state's layout, not its values: a changed byte in the cached keys
        # and values would be restored as it is and shift every answer. A millisecond of hashing.
        if header.get("sha256") != hashlib.sha256(state).hexdigest():
            return False
        buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
        if llama_cpp.llama_state_seq_set_data(llm._ctx.ctx, buffer, len(state), 0) != len(state):
            llm._ctx.kv_cache_clear()  # a partial restore leaves nothing behind
            return False
        llm.input_ids[: len(prefix)] = prefix
        llm.n_tokens = len(prefix)
        self.restored, self.restored_tokens = True, len(prefix)
        # Marked as used: pruning keeps the newest files, and the shared prefix's file, written
        # first and restored by every later shape, would otherwise be the first to go.
        with contextlib.suppress(OSError):
            os.utime(path)
        return True

    def _save(self, llm: Any, prefix: list[int], path: Path) -> None:
        import llama_cpp

        size = llama_cpp.llama_state_seq_get_size(llm._ctx.ctx, 0)
        buffer = (ctypes.c_uint8 * size)()
        if llama_cpp.llama_state_seq_get_data(llm._ctx.ctx, buffer, size, 0) != size:
            return
        state = bytes(buffer)
        header = json.dumps({"tokens": prefix, "bytes": size, "sha256": hashlib.sha256(state).hexdigest()}).encode()
        # Written whole under another name, then renamed: two processes saving at once, or one
        # killed while writing, never leave a half file where another would read it.
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(MAGIC + header + b"\n" + state)
                os.replace(temporary, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep the newest KEEP_FILES files: a model updated or removed leaves its old file behind.
    A half-written file (`.part`) older than STALE_PART_SECONDS is a process killed while it
    saved (a save takes milliseconds): nothing else would ever remove its megabytes."""
    import time

    with contextlib.suppress(OSError):  # another process may be pruning too
        files = sorted(folder.glob("*.kv"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            old.unlink(missing_ok=True)
    now = time.time()
    for part in folder.glob("*.part"):
        with contextlib.suppress(OSError):  # gone already: renamed by its writer, or pruned by another process
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
