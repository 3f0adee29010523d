"""Under a negation on both sides, a narrower word says what the source's broader word says:
denying evidence of fraud denies every sign of it ("no sign of fraud" for "no evidence of
fraud"). Without the negation a narrower word for a thing still names a kind the source does
not give ("snacks" for "meals"; among acts and ideas a narrower word may name the same one more
closely, as `wordnet_kin` reads them). English, WordNet only. Sentences written for this test."""

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
    article = "Volunteers at the Harrowgate depot served hot meals to stranded drivers, the agency said on Monday."
    line = "Volunteers at the Harrowgate depot served hot snacks to stranded drivers, the agency said."
    assert "substitution" in problem_kinds(article, line)
