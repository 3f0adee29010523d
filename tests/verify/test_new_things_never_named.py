"""Things a line brings in that its article never names (verify/new_things.py): two or more nouns
that neither the evidence nor the article holds, nor WordNet relates to an article's word, are an
unsupported addition. One new noun, nouns the article holds under another name ("the drugs" for
"the medicines"), words derived from its words ("an examination" for "examined"), figures' words
and other languages pass; without WordNet the check steps aside (sentences written for this test)."""

from __future__ import annotations

import pytest

from summarizer import verify
from summarizer.verify.new_things import new_things
from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

PHARMACY = (
    "A pharmacy in Dunmore ran out of medicines for children last week after its supplier closed, "
    "the owner, Ravi Patel, said on Monday. Inspectors examined the shop's stock records on Friday. "
    "Patel said new deliveries were expected within ten days and that parents had been understanding."
)


def _problems(article: str, line: str) -> list[tuple[str, str]]:
    result = verify(article, [line], checker_settings={"parser": "off"})
    return [(p.kind, p.message) for p in result.problems]


@needs_wordnet
def test_new_things_two_unnamed_things_are_an_addition() -> None:
    line = "Inspectors with sniffer dogs examined the shop's stock records on Friday."
    assert _problems(PHARMACY, line) == [("support", "unsupported addition: “sniffer”, “dogs”, never named in its article")]


@needs_wordnet
def test_new_things_a_new_participant_and_its_means() -> None:
    line = "Ravi Patel told a radio interviewer that the pharmacy in Dunmore ran out of medicines for children last week."
    assert any("“radio”, “interviewer”" in message for _, message in _problems(PHARMACY, line))


@needs_wordnet
def test_new_things_one_new_noun_passes() -> None:
    line = "The pharmacy in Dunmore, beside the cathedral, ran out of medicines for children last week after its supplier closed."
    assert not any("never named" in message for _, message in _problems(PHARMACY, line))


@needs_wordnet
def test_new_things_other_names_and_derived_words_pass() -> None:
    line = "The owner said inspectors carried out an examination of the shop's stock records and that new drugs would arrive."
    assert new_things(line, [PHARMACY], [PHARMACY], "english") == []


@needs_wordnet
def test_new_things_figures_words_are_not_things() -> None:
    line = "The shop lost about 2 million pounds, a minimum of ten days of sales, Patel said."
    assert not {"million", "pounds", "minimum"} & set(new_things(line, [PHARMACY], [PHARMACY], "english"))


def test_new_things_other_languages_are_not_read() -> None:
    line = "La pharmacie a fermé après un incendie dans son entrepôt."
    assert new_things(line, ["La pharmacie a fermé."], ["La pharmacie a fermé."], "french") == []


def test_new_things_step_aside_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.verify import new_things as module

    monkeypatch.setattr(module, "load_wordnet", lambda: None)
    line = "Inspectors with sniffer dogs examined the shop's stock records on Friday."
    assert new_things(line, [PHARMACY], [PHARMACY], "english") == []
