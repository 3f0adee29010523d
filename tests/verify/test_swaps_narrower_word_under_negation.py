"""Under a negation on both sides, a narrower word says what the source's broader word says:
denying evidence of fraud denies every sign of it ("no sign of fraud" for "no evidence of
fraud"). Without the negation a narrower word still names a kind the source does not give
("a sign" for "evidence", "snacks" for "meals"). English, WordNet only. Sentences written for
this test."""

from __future__ import annotations

import pytest

from checking import problem_kinds

from summarizer.verify.wordnet import load_wordnet

needs_wordnet = pytest.mark.skipif(load_wordnet() is None, reason="WordNet is not installed (the lexicon extra)")

AUDIT = "Inspectors at the Harrowgate depot found no evidence of theft in the fuel accounts, the agency said on Monday."


@needs_wordnet
def test_no_sign_for_no_evidence_passes() -> None:
    line = "Inspectors at the Harrowgate depot found no sign of theft in the fuel accounts, the agency said."
    assert "substitution" not in problem_kinds(AUDIT, line)


@needs_wordnet
def test_a_narrower_word_without_the_negation_is_still_caught() -> None:
    article = AUDIT.replace("no evidence", "clear evidence")
    line = "Inspectors at the Harrowgate depot found a clear sign of theft in the fuel accounts, the agency said."
    assert "substitution" in problem_kinds(article, line)
