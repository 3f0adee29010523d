"""A summary's lines whose parse the checks will read are parsed in one spaCy batch when the first
is asked for (spaCy's fixed cost per call, about a quarter of a short line's parse, paid once),
and a parse read from a batch is the same as one made alone."""

import pytest

from summarizer import verify
from summarizer.verify import parser
from summarizer.verify.checkers import _parse_asked
from summarizer.verify.parser import expect, forget_parses, load_parser, parse

needs_parser = pytest.mark.skipif(load_parser("english") is None, reason="spaCy's English pipeline is not installed")

# Written for these tests.
ARTICLE = (
    "Harbour pilots in Westmere ended their strike on Monday after the port agreed to hire six more crew. "
    "Union leader Ida Brandt said the deal would stop the long night shifts. "
    "The port's director, Tomas Lind, said ships had waited up to four days to dock."
)
LINES = [
    "Pilots in Westmere stopped their strike once the port promised six new crew.",
    "Ida Brandt, who leads the union, said night shifts would end.",
    "Ships waited four days to dock, Tomas Lind said.",
]


def _reading(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph)) for t in doc]


def _calls(monkeypatch) -> list[int]:
    """The number of texts in each call to the pipeline."""
    nlp = load_parser("english")
    calls: list[int] = []
    cls = type(nlp)
    call, pipe = cls.__call__, cls.pipe

    def one(self, text, **kwargs):
        calls.append(1)
        return call(self, text, **kwargs)

    def many(self, texts, **kwargs):
        texts = list(texts)
        calls.append(len(texts))
        return pipe(self, texts, **kwargs)

    monkeypatch.setattr(cls, "__call__", one)
    monkeypatch.setattr(cls, "pipe", many)
    return calls


@pytest.fixture(autouse=True)
def _fresh_parses():
    forget_parses()
    yield
    forget_parses()


@needs_parser
def test_parser_expected_texts_are_parsed_in_one_call(monkeypatch):
    calls = _calls(monkeypatch)
    expect(LINES)
    first = parse(LINES[1])
    assert calls == [3]
    assert [parse(line) for line in LINES][1] is first
    assert calls == [3]  # the others were kept from the batch


@needs_parser
def test_parser_a_text_not_expected_is_parsed_alone(monkeypatch):
    calls = _calls(monkeypatch)
    expect(LINES[:2])
    parse(LINES[2])
    assert calls == [1]


@needs_parser
def test_parser_a_batched_parse_reads_as_one_made_alone():
    nlp = load_parser("english")
    alone = [_reading(nlp(line)) for line in LINES]
    expect(LINES)
    assert [_reading(parse(line)) for line in LINES] == alone


@needs_parser
def test_parser_verify_parses_a_summarys_free_lines_together(monkeypatch):
    calls = _calls(monkeypatch)
    verify(ARTICLE, LINES)
    assert 3 in calls  # the three paraphrases at once; the cited sentences as the checks ask


def test_parse_asked_for_a_paraphrase_not_for_a_plain_stretch():
    article = ARTICLE.split(". ")
    assert _parse_asked(LINES[0], article)
    assert not _parse_asked("Union leader Ida Brandt said the deal would stop the long night shifts.", article)
    # A stretch that stops where its sentence goes on is parsed (its object may be dropped).
    assert _parse_asked("Harbour pilots in Westmere ended their strike on Monday after the port agreed.", article)


def test_parser_expect_replaces_what_was_expected():
    expect(LINES)
    expect(LINES[:1])
    assert parser._expected()["english"] == frozenset(LINES[:1])


def test_parser_expected_texts_belong_to_the_thread_that_said_them():
    import threading

    expect(LINES)
    seen = []

    def other_thread():
        expect(LINES[2:])
        seen.append(parser._expected()["english"])

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert seen == [frozenset(LINES[2:])]
    assert parser._expected()["english"] == frozenset(LINES)  # not replaced by the other thread


@needs_parser
def test_parser_cited_sentences_are_parsed_together_when_one_is_read(monkeypatch):
    from summarizer.verify.checkers import _LazyParses

    sentences = ARTICLE.split(". ")
    nlp = load_parser("english")
    alone = [_reading(nlp(parser._normal(s, "english"))) for s in sentences]
    calls = _calls(monkeypatch)
    cited = _LazyParses(sentences, "english")
    assert _reading(cited[1]) == alone[1]
    assert calls == [3]  # all three at once
    assert [_reading(doc) for doc in cited] == alone
    assert calls == [3]  # the others were kept from the batch
