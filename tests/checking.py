"""The default checker (verify/checkers.py) asked about one line, as the abstractive stage's guard
asks it: the reasons as text, each starting with its kind. Shared by the stage folders' tests."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer import verify
from summarizer.verify.checkers import Evidence
from summarizer.verify.verification import make_checker


def check(text: str, sources: Sequence[str], support: float, min_support: float = 0.5, language: str = "english") -> list[str]:
    evidence = Evidence(tuple(sources), support, min_support, language=language)
    return [str(problem) for problem in make_checker("default").check(text, evidence)]


def problem_kinds(article: str, line: str, parser: str | None = None) -> list[str]:
    """The kinds of every problem `verify` finds in `line` against `article`, in order (with the
    parser setting `parser`, "off" or "auto", where given)."""
    settings = {"parser": parser} if parser is not None else None
    return [problem.kind for checked in verify(article, line, checker_settings=settings).lines for problem in checked.problems]


def parsed_problem_kinds(article: str, line: str) -> set[str]:
    """`problem_kinds` for a test of a check that reads the parse: skipped where no English
    parser is installed (the parse checks then do not run at all)."""
    import pytest

    verification = verify(article, line)
    if verification.stats.get("parser") in (None, "off"):
        pytest.skip("no English parser installed")
    return {problem.kind for checked in verification.lines for problem in checked.problems}
