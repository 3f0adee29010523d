"""A process killed while it saved a prompt-cache file leaves a `.part` file; the next save's
pruning removes it once it is clearly stale, and never one that another process is writing."""

from __future__ import annotations

import os
import time

from summarizer.abstract.prompt_cache import KEEP_FILES, STALE_PART_SECONDS, _prune


def test_a_stale_part_file_is_removed_and_a_fresh_one_kept(tmp_path):
    stale = tmp_path / "abc.part"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - STALE_PART_SECONDS - 60
    os.utime(stale, (old, old))
    fresh = tmp_path / "def.part"  # another process is writing it right now
    fresh.write_bytes(b"y")
    kept = tmp_path / "0123.kv"
    kept.write_bytes(b"z")
    _prune(tmp_path)
    assert not stale.exists()
    assert fresh.exists() and kept.exists()


def test_only_the_newest_cache_files_are_kept_as_before(tmp_path):
    for k in range(KEEP_FILES + 3):
        path = tmp_path / f"{k:04d}.kv"
        path.write_bytes(b"k")
        os.utime(path, (1_000_000 + k, 1_000_000 + k))
    _prune(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("*.kv"))
    assert left == [f"{k:04d}.kv" for k in range(3, KEEP_FILES + 3)]
