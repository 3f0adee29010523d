"""A summary line thousands of words long (a page with no full stops, a paragraph checked with
--lines) is checked without its parse, saying so once; a long line under the limit gets the parse
checks, whose work per saying word no longer grows with the line (it took minutes)."""

import subprocess
import sys
import warnings

import pytest

from summarizer import verify
from summarizer.errors import CheckLimitWarning
from summarizer.verify import checkers, predicates
from summarizer.verify.parser import load_parser, parse

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

# Written for these tests.
ARTICLE = (
    "Harbour pilots in Westmere ended their strike on Monday after the port agreed to hire six more crew. "
    "Union leader Ida Brandt said the deal would stop the long night shifts. "
    "The port's director, Tomas Lind, said ships had waited up to four days to dock."
)
CLAUSE = "Ida Brandt said the deal would stop the long night shifts and Tomas Lind said ships had waited four days"


def _line(words: int) -> str:
    clauses, text = [], ""
    while len(text.split()) < words:
        clauses.append(CLAUSE)
        text = ", ".join(clauses)
    return " ".join(text.split()[:words]) + "."


def _count_parsed(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = predicates.parsed_problems

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(predicates, "parsed_problems", counting)
    return calls


@needs_parser
def test_a_line_over_the_limit_is_checked_without_its_parse_and_says_so(monkeypatch):
    calls = _count_parsed(monkeypatch)
    line = _line(checkers.MAX_PARSED_WORDS + 40)
    with pytest.warns(CheckLimitWarning, match=f"{checkers.MAX_PARSED_WORDS + 40} words"):
        result = verify(ARTICLE, [line])
    assert len(result.lines) == 1 and result.lines[0].citations  # the other checks still ran
    assert calls == []


@needs_parser
def test_a_long_line_under_the_limit_still_gets_the_parse_checks(monkeypatch):
    calls = _count_parsed(monkeypatch)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CheckLimitWarning)
        verify(ARTICLE, [_line(checkers.MAX_PARSED_WORDS - 20)])
    assert calls


@needs_parser
def test_the_sources_sayings_are_read_once_per_line_not_once_per_saying_word(monkeypatch):
    # Each of the line's saying words was compared with its best source by parsing out that
    # source's sayings again: the work grew with the square of the line (cube with the subtrees).
    seen: list[int] = []
    real = predicates._saying

    def counting(doc):
        seen.append(len(doc))
        return real(doc)

    monkeypatch.setattr(predicates, "_saying", counting)
    text = _line(200)
    assert text.count(" said ") >= 10
    sources = [parse(s, "english") for s in ARTICLE.split(". ")]
    predicates._speakers(parse(text, "english"), sources, (), frozenset())
    assert len(seen) <= 1 + len(sources)  # the line once, each source at most once


@needs_parser
def test_the_command_prints_one_warning_line_for_a_line_over_the_limit(tmp_path):
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "summary.txt").write_text(_line(checkers.MAX_PARSED_WORDS * 2), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "summarizer", "check", str(tmp_path / "article.txt"), "--lines", "--summary", str(tmp_path / "summary.txt")],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode in (0, 1), run.stderr
    assert [l for l in run.stderr.splitlines() if l.strip()] == [
        l for l in run.stderr.splitlines() if l.startswith("warning: a summary line of 1,000 words was checked without its parse")
    ]
    assert run.stderr.count("\n") == 1
