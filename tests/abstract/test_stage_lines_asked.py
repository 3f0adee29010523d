"""The lines asked for, whole and distinct, from clean input: what the abstractive stage asks a
model for, what it keeps of the answer, and what the model reads. A scripted backend stands in."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.abstract.backends import Generated
from summarizer.abstract.distinct import is_fragment, near_duplicates
from summarizer.types import Citation, SummaryLine

from fake_backends import ScriptedBackend

WIRE = """Harbour ferry service resumes after storm

PORTVALE (Coastal Wire) -- Ferry crossings between Portvale and Saltmarsh Island resumed on Friday after a three-day halt caused by gale-force winds, the harbour authority said.

By Mira Castell

Photo: Portvale Harbour Authority

About 2,400 passengers had been stranded on the island since Tuesday, when waves of up to six metres damaged the main pier.

"We will not run a single crossing until the engineers sign off on the pier," said harbour master Jonas Petrov. "Safety comes first, and the pier is not safe yet."

Repairs to the pier cost an estimated 310,000 euros and are due to be finished by the end of the month.

The island's only clinic flew two patients to the mainland by helicopter during the closure.

Local shops reported running short of fresh milk and bread by Thursday.
"""


def _summarizer(backend, **options) -> Summarizer:
    summarizer = Summarizer(mode="abstractive", **options)
    summarizer.abstractive.attach(backend, "scripted")
    return summarizer


class CountedBackend(ScriptedBackend):
    """A model that writes `answers[k]` on its k-th call and reports the tokens it wrote, as
    llama.cpp does, so that the stage can tell an answer cut by the limit."""

    def __init__(self, answers):
        super().__init__(lambda text: "")
        self.answers = list(answers)
        self.limits: list[int] = []

    def generate(self, batch, requests):
        out = []
        for request in batch:
            self.limits.append(request.max_new_tokens)
            text, cut = self.answers.pop(0)
            out.append(Generated(text, tokens_in=10, tokens_out=request.max_new_tokens if cut else 20))
        return out


def test_the_model_is_asked_for_exactly_the_lines_wanted_with_room_to_finish():
    backend = ScriptedBackend(lambda text: "Ferry crossings resumed on Friday.")
    _summarizer(backend, sentences=5).summarize(WIRE)
    (request,) = backend.batches[0]
    assert request.sentences == 5 and not request.by_words
    assert request.max_new_tokens >= 5 * 40  # five news sentences of 30+ words fit


def test_a_cut_answer_is_written_again_with_more_room_before_a_line_is_lost():
    whole = (
        "Ferry crossings between Portvale and Saltmarsh Island resumed on Friday. "
        "About 2,400 passengers had been stranded on the island since Tuesday."
    )
    backend = CountedBackend([("Ferry crossings between Portvale and Saltmarsh Island resumed on Friday. About 2,400 passengers had", True), (whole, False)])
    summary = _summarizer(backend, sentences=2).summarize(WIRE)
    assert backend.limits[1] == 2 * backend.limits[0]
    assert [line.origin for line in summary.lines] == ["generated", "generated"]
    assert not any("cut off by the length limit:" in w for w in summary.warnings)
    assert any("written again with more room" in w for w in summary.warnings)


def test_a_sentence_still_cut_after_the_second_try_is_left_out_and_its_slot_filled():
    cut = "Ferry crossings between Portvale and Saltmarsh Island resumed on Friday. About 2,400 passengers had"
    backend = CountedBackend([(cut, True), (cut, True)])
    summary = _summarizer(backend, sentences=2).summarize(WIRE)
    assert len(backend.limits) == 2  # one retry, no more
    assert any("cut off by the length limit" in w for w in summary.warnings)
    assert len(summary.lines) == 2 and summary.lines[1].origin == "extracted"
    assert summary.stats["lines"] == {"asked": 2, "written": 1, "fragments": 0, "repeats": 0, "filled": 1}


def test_a_repeated_fact_is_dropped_and_its_slot_refilled():
    answer = (
        "Ferry crossings between Portvale and Saltmarsh Island resumed on Friday after a three-day halt.\n"
        "Ferry crossings to Saltmarsh Island resumed on Friday after the halt.\n"
        "Repairs to the pier cost an estimated 310,000 euros."
    )
    summary = _summarizer(ScriptedBackend(lambda text: answer), sentences=3).summarize(WIRE)
    texts = [line.text for line in summary.lines]
    assert len(texts) == 3 and sum("resumed on Friday" in t for t in texts) == 1
    assert summary.stats["lines"]["repeats"] == 1 and summary.lines[-1].origin == "extracted"
    assert any("repeats" in w for w in summary.warnings)


def test_fragments_are_not_lines():
    answer = "Jonas Petrov agreed.\nFerry crossings to Saltmarsh Island resumed on Friday."
    summary = _summarizer(ScriptedBackend(lambda text: answer), sentences=2).summarize(WIRE)
    assert all("agreed" not in line.text for line in summary.lines)
    assert summary.stats["lines"]["fragments"] == 1
    assert is_fragment("A large-scale study has found.") and is_fragment("Sharon Osbourne agreed.")
    assert not is_fragment("A large-scale study has found that sleep improves memory.")


def test_near_duplicates_need_shared_facts_not_shared_topics():
    def line(text, sentence):
        return SummaryLine(text, (Citation(sentence, 0, 1, text),), "generated", 1.0)

    same = [line("The guard slipped on a manhole cover near the palace.", 1), line("Near the palace, the guard slipped on a manhole cover.", 1)]
    assert near_duplicates(same) == [(1, 0)]
    possessive = [
        line("Kilmarnock will confirm Gary Locke as the club's new permanent manager on Friday.", 2),
        line("Gary Locke will be confirmed as Kilmarnock’s permanent manager on Friday after eight weeks.", 1),
    ]
    assert len(near_duplicates(possessive)) == 1
    different = [line("The guard slipped on a manhole cover near the palace.", 1), line("The palace reopened to visitors on Monday.", 2)]
    assert near_duplicates(different) == []


def test_the_model_never_reads_datelines_bylines_or_captions_as_narrative():
    backend = ScriptedBackend(lambda text: "Ferry crossings resumed on Friday.")
    _summarizer(backend, sentences=1).summarize(WIRE)
    (request,) = backend.batches[0]
    read = " ".join(request.source_sentences)
    assert "PORTVALE" not in read and "Coastal Wire" not in read
    assert "Ferry crossings between Portvale" in read
    assert "By Mira Castell" not in read and "Photo:" not in read


def test_a_quote_reaches_the_model_with_its_speaker():
    # The second half of the harbour master's quote names no one; the sentence before it does.
    backend = ScriptedBackend(lambda text: "Ferry crossings resumed on Friday.", budget=10_000)
    summarizer = _summarizer(backend, sentences=1, input_sentences=1)
    document = summarizer.read(WIRE)
    quote = next(i for i, s in enumerate(document.sentences) if s.clean_text.startswith('"Safety comes first'))
    scores = [0.0] * len(document.sentences)
    scores[quote] = 1.0
    summarizer.abstractive.ranker.score = lambda document, features: scores
    summarizer.summarize(document)
    (request,) = backend.batches[0]
    assert any("harbour master Jonas Petrov" in s for s in request.source_sentences)
    assert any(s.startswith('"Safety comes first') for s in request.source_sentences)


def test_a_thinking_block_never_reaches_the_summary():
    answer = "<think>The user wants one line about the ferry.</think>\nFerry crossings to Saltmarsh Island resumed on Friday."
    summary = _summarizer(ScriptedBackend(lambda text: answer), sentences=1).summarize(WIRE)
    assert [line.text for line in summary.lines] == ["Ferry crossings to Saltmarsh Island resumed on Friday."]


@pytest.mark.parametrize("n", [1, 3, 5])
def test_n_lines_for_n_asked_when_the_model_writes_fewer(n):
    summary = _summarizer(ScriptedBackend(lambda text: "Ferry crossings to Saltmarsh Island resumed on Friday."), sentences=n).summarize(WIRE)
    assert len(summary.lines) == n


def test_by_default_the_model_reads_about_two_sentences_per_line_less_one():
    article = "Harbour news\n\n" + "\n\n".join(
        f"Crossing number {i} between Portvale and Saltmarsh Island left on time on day {i} of the month." for i in range(1, 31)
    )
    read = {}
    for lines in (1, 3, 5):
        backend = ScriptedBackend(lambda text: "Ferry crossings resumed on Friday.", budget=10_000)
        _summarizer(backend, sentences=lines).summarize(article)
        (request,) = backend.batches[0]
        read[lines] = len(request.source_sentences)
    assert read == {1: 5, 3: 5, 5: 9}
    backend = ScriptedBackend(lambda text: "Ferry crossings resumed on Friday.", budget=10_000)
    _summarizer(backend, sentences=3, input_sentences=12).summarize(article)
    assert len(backend.batches[0][0].source_sentences) == 12  # a setting of its own still rules


def test_a_word_count_longer_than_the_article_leaves_the_model_room_to_read_it():
    # `summarize short.txt --model x.gguf -w 2000`: the answer's room for 2,000 words (3,704
    # tokens) was taken out of llama.cpp's 2,560-token context first, so the model read 16 tokens
    # of the article's first sentence ("sentence 1 alone is longer than the model's input of 16
    # tokens") and wrote one line. A summary is never longer than its article: the request is
    # for at most the article's words, as the extractive mode gives at most the whole article.
    seen: list[str] = []
    backend = ScriptedBackend(lambda text: seen.append(text) or "Ferry crossings resumed on Friday after a three-day halt.")
    backend.context_tokens = 2560
    summarizer = _summarizer(backend, words=2000)
    summary = summarizer.summarize(WIRE)
    assert not any("alone is longer" in w for w in summary.warnings)
    assert "Local shops reported running short" in seen[0]
    words = summary.document.word_count
    assert backend.batches[0][0].words <= words


def test_more_lines_than_a_model_writes_at_once_are_refused_out_loud():
    # `summarize article.txt --model x.gguf -n 14` gave 10 lines, with "the model gave 9 usable
    # line(s) of the 10 asked for" as the only word on it: the stage asks a model for at most 10
    # sentences, and the 14 the user asked for were forgotten in silence.
    from story_samples import long_text

    def twelve(text: str) -> str:
        return " ".join(s + "." for s in text.replace("\n", " ").split(". ")[:12])

    summarizer = _summarizer(ScriptedBackend(twelve), sentences=14, sections="off")
    summary = summarizer.summarize(long_text(headings=False))
    assert len(summary.document.sentences) > 14
    assert len(summary.lines) == 10
    assert any("at most 10" in w and "14" in w for w in summary.warnings), summary.warnings


def test_a_long_word_count_leaves_the_model_its_article():
    # `summarize long.txt --model x.gguf -w 1000 --sections off` on a 1,300-word article: the
    # answer's room (1,864 tokens for 1,000 words) was taken from the model's 2,560-token context,
    # and the model read 12 of the 54 sentences (518 tokens) to write a longer summary than that.
    # The answer takes at most a quarter of the context now, and the summary is said to be capped.
    class TokensPerWord(ScriptedBackend):
        def count_tokens(self, texts):
            return [round(len(t.split()) * 1.5) for t in texts]

    terms = "council budget harbour ferry bridge river school teacher market farmer police mayor".split()
    article = "\n\n".join(
        " ".join(
            f"Report {3 * p + s} said that the {' '.join(terms[(3 * p + s + k) % len(terms)] for k in range(17))} grew."
            for s in range(3)
        )
        for p in range(18)
    )
    backend = TokensPerWord(lambda text: "The council approved the budget.", budget=2000)
    backend.context_tokens = 2560
    summary = _summarizer(backend, words=1000, sections="off").summarize(article)
    request = backend.batches[0][0]
    assert request.max_new_tokens <= 2560 // 4
    assert len(request.source_sentences) >= 19, summary.warnings  # all the input a 10-line answer reads (`input_sentences_for`)
    capped = [w for w in summary.warnings if w.startswith("the summary is capped")]
    assert capped == [f"the summary is capped at about {request.words} words of the 1000 asked for: a model's answer takes at most a "
                      "quarter of its context (640 tokens), the rest is kept for the article it reads (--sections on has each section written apart)"]
    # A word count the room holds is asked for as it is, with no warning.
    backend = TokensPerWord(lambda text: "The council approved the budget.", budget=2000)
    backend.context_tokens = 2560
    summary = _summarizer(backend, words=200, sections="off").summarize(article)
    assert backend.batches[0][0].words == 200 and not any("capped" in w for w in summary.warnings)


def test_a_name_and_title_alone_is_a_fragment_and_its_slot_is_filled():
    answer = "Ferry crossings to Saltmarsh Island resumed on Friday.\nJonas Petrov, the ferry operator's spokesman."
    summary = _summarizer(ScriptedBackend(lambda text: answer), sentences=2).summarize(WIRE)
    assert all("Jonas Petrov, the" not in line.text for line in summary.lines)
    assert summary.stats["lines"]["fragments"] == 1 and len(summary.lines) == 2
