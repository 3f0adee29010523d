"""Comments and docstrings say what the code does and why, not how it used to be."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "summarizer"
# Phrases that only make sense to someone who knew an earlier version of the code.
HISTORY = re.compile(r"\b(as before|as always|stays? as it was|exactly as it was|as it used to)\b", re.IGNORECASE)


def test_no_history_comments_in_the_package() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if HISTORY.search(line)
    ]
    assert not found, "say why, or nothing:\n" + "\n".join(found)
