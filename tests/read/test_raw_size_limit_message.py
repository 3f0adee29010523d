"""An input over the size limit by less than the rounding of "20.0 MB" says by how much, in bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.read.raw import size_text
from summarizer.read.sources import read_input

MB = 1024 * 1024


def test_a_file_just_over_the_limit_names_two_different_sizes(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"The ferry sailed at noon. " * (MB // 26 + 1))
    with pytest.raises(InputError) as caught:
        read_input(path, MB)
    message = str(caught.value)
    size = path.stat().st_size
    assert f"is {size:,} bytes, over the {MB:,} bytes limit" in message


def test_text_just_over_the_limit_too():
    text = ("The ferry sailed at noon. " * (MB // 26 + 1)).encode()
    with pytest.raises(InputError, match=f"is {len(text):,} bytes, over the {MB:,} bytes limit"):
        read_input(text, MB)


def test_sizes_far_apart_keep_the_short_form():
    assert size_text(30 * MB, 20 * MB) == "30.0 MB" and size_text(20 * MB, 30 * MB) == "20.0 MB"
    assert size_text(500) == "500 bytes"
