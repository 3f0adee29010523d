"""A name the parser hangs as an apposition of the title right before it ("opposition councillor
Gemma Lusk") carries the title's relations: in "called for opposition councillor Gemma Lusk to
resign" the name is joined to "resign", so the word-distance relation check reads that pair with
a parse as it does without one (issue 18, round 19). Sentences written for this test."""

from types import SimpleNamespace

import pytest

from summarizer.verify.parser import load_parser, parse
from summarizer.verify.predicates import links

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")


def _linked(line: str, first: str, second: str) -> bool:
    def at(word: str) -> SimpleNamespace:
        return SimpleNamespace(start=line.index(word))

    return links(parse(line, "english"))(at(first), at(second))


@needs_parser
def test_a_name_after_its_title_is_joined_to_the_titles_verb() -> None:
    line = "Council leader Terence Hale called for opposition councillor Julia Frey to resign."
    doc = parse(line, "english")
    shape = {t.text: (t.dep_, t.head.text) for t in doc}
    if shape.get("Frey") != ("appos", "councillor") or shape.get("councillor") != ("nsubj", "resign"):
        pytest.skip("this parser version parses the line another way")
    assert _linked(line, "Frey", "resign")


@needs_parser
def test_a_name_set_off_by_commas_is_not_the_titles() -> None:
    line = "The councillor, Rosa Thane, said the chairman should resign."
    assert not _linked(line, "Thane", "resign")
