"""Which model file a run used: its path, size, times, inode and a hash of its two ends.

A path alone does not tell: a .gguf re-quantised or updated and copied over the old one keeps its
name. The prompt cache (abstract/prompt_cache.py) keys its saved model states on this identity,
and the batch index (batch/index.py) its fingerprints, so that a model replaced in place is a new
model to both. Hashing a whole multi-gigabyte file would cost seconds per run; its first and last
megabyte (header, metadata, last tensors) cost milliseconds and tell models and quantisations apart.
"""

from __future__ import annotations

import functools
import hashlib
import os
import warnings
from pathlib import Path
from typing import Any

SAMPLE_BYTES = 1 << 20  # hashed from each end of a model file
# A model folder's files that hold what it computes (not READMEs or licences).
WEIGHT_SUFFIXES = (".gguf", ".safetensors", ".bin", ".pt", ".pth", ".json", ".model")


def file_identity(path: Path) -> list[Any]:
    """[resolved path, size, mtime_ns, inode, hash of both ends]: equal only for the same file content, as far as a model file goes."""
    stat = path.stat()
    resolved = path.resolve()
    digest = _sample_hash(resolved, stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)
    return [str(resolved), stat.st_size, stat.st_mtime_ns, stat.st_ino, digest]


@functools.lru_cache(maxsize=64)
def _sample_hash(path: Path, size: int, mtime_ns: int, inode: int, ctime_ns: int) -> str:
    """A hash of the file's first and last megabyte, kept while the file's status stays the same
    (a batch asks for every document). The change time is in the key, not in the identity: any
    write moves it and nobody can set it back, where size and modification time can be restored."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        digest.update(stream.read(SAMPLE_BYTES))
        end = stream.seek(0, os.SEEK_END)
        stream.seek(max(0, end - SAMPLE_BYTES))
        digest.update(stream.read(SAMPLE_BYTES))
    return digest.hexdigest()


def model_identity(model: str | None) -> list[Any] | None:
    """The identity of the file(s) `model` (a preset, a .gguf file, a model folder) resolves to
    here; None for a server model, a backend kind with nothing on disk, or a model not found
    (the run itself then says why)."""
    if model is None:
        return None
    from summarizer.models.store import resolve_model

    try:
        with warnings.catch_warnings():  # a hint about a slower backend belongs to the run, not to this look-up
            warnings.simplefilter("ignore")
            spec = resolve_model(model)
    except Exception:  # noqa: BLE001 - not found, unknown kind...: nothing to identify
        return None
    if not spec.path:
        return None
    place = Path(spec.path).expanduser()
    try:
        if spec.gguf_file:
            return file_identity(place / spec.gguf_file)
        if place.is_file():
            return file_identity(place)
        if place.is_dir():
            return [file_identity(p) for p in sorted(place.iterdir()) if p.is_file() and p.name.endswith(WEIGHT_SUFFIXES)]
    except OSError:
        return None
    return None
