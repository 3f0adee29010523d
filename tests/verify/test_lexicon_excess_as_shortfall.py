"""A source that says there is too much of one pole of a scale ("too infrequent", "trop lents",
"demasiado escasas") backs a line that says too little of the other with a negation ("not often
enough", "pas assez rapides"); the same word on both sides ("too often" / "not often enough")
says the reverse and is still caught, as is a negation beside no excess at all. Sentences
written for this test."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.lexicon import lexicon

DAM = (
    "Engineers inspected the Colmere dam after heavy rain on Sunday. "
    "Hydrologist Petra Vance of the water board said that checks of the spillway were too infrequent."
)


def test_not_often_enough_for_too_infrequent() -> None:
    line = "Hydrologist Petra Vance said the spillway was not checked often enough."
    assert "negation" not in problem_kinds(DAM, line)


def test_the_same_word_after_too_and_before_enough_is_still_caught() -> None:
    article = DAM.replace("too infrequent", "too frequent")
    line = "Hydrologist Petra Vance said the spillway was not checked frequently enough."
    assert "negation" in problem_kinds(article, line)


def test_a_negation_beside_no_excess_is_still_caught() -> None:
    article = DAM.replace("were too infrequent", "were thorough")
    line = "Hydrologist Petra Vance said the spillway was not checked often enough."
    assert "negation" in problem_kinds(article, line)


def test_lexicon_overshoots_at_reads_the_excess_word_and_its_scale() -> None:
    english = lexicon("english")
    source = "the buses were too slow".split()
    assert english.overshoots_at(source, 3, "the buses were not fast enough".split())
    assert not english.overshoots_at(source, 3, "the buses were not slow enough".split())
    assert not english.overshoots_at(source, 3, "the buses were not fast".split())  # no "enough"


def test_french_pas_assez_rapides_for_trop_lents() -> None:
    french = lexicon("french")
    source = "les trains sont trop lents".split()
    assert french.overshoots_at(source, 3, "les trains ne sont pas assez rapides".split())
    assert not french.overshoots_at(source, 3, "les trains ne sont pas assez lents".split())
