"""A body says what the holder of one of its posts says: "Tervane Airways said" where the article
has "Chief operating officer Luis Barrientos said" (the article is about Tervane), "Luis Barrientos,
Tervane's chief operating officer, said" or "a spokesperson for Tervane Airways said". Someone who
holds no post of it ("a pilot who flies for Tervane"), or another body's post, still does not speak
for it."""

from __future__ import annotations

import pytest

from checking import problem_kinds

LEAD = (
    "Tervane Airways blamed a shortage of cabin crew for its worst punctuality on record. "
    "Nearly one in three Tervane Airways flights left late in August, figures showed."
)
OWNERLESS = "Chief operating officer Luis Barrientos said a shortage of cabin crew at the Brackwell hub was the main cause."
POSSESSIVE = "Luis Barrientos, Tervane's chief operating officer, said a shortage of cabin crew at the Brackwell hub was the main cause."
SPOKESPERSON = "A spokesperson for Tervane Airways said a shortage of cabin crew at the Brackwell hub was the main cause."
PILOT = "Ines Varga, a pilot who flies for Tervane, said a shortage of cabin crew at the Brackwell hub was the main cause."
OTHER_BODY = (
    "Halden Bank's chief economist Ana Ruiz said a shortage of cabin crew at the Brackwell hub was the main cause."
)
LINE = "Tervane Airways said a shortage of cabin crew at its Brackwell hub was the main cause."


def article(sentence: str) -> str:
    return f"{LEAD}\n\n{sentence} The airline will hire 300 crew before the winter schedule starts."


@pytest.mark.parametrize("parser", ["auto", "off"])
@pytest.mark.parametrize("sentence", [OWNERLESS, POSSESSIVE, SPOKESPERSON], ids=["ownerless", "possessive", "spokesperson"])
def test_the_body_says_what_its_post_holder_says(sentence, parser):
    assert "attribution" not in problem_kinds(article(sentence), LINE, parser)
    assert "relation" not in problem_kinds(article(sentence), LINE, parser)


@pytest.mark.parametrize("sentence", [PILOT, OTHER_BODY], ids=["no-post", "another-body"])
def test_someone_holding_no_post_of_it_does_not_speak_for_it(sentence):
    # (with the parser: without one, whose words these are is read from word distances only)
    assert {"attribution", "relation"} & set(problem_kinds(article(sentence), LINE, "auto"))


STRIKE = (
    "Drivers at Tolworth Coaches voted to strike on Monday after talks over pay broke down.\n\n"
    "Tolworth's managing director, Nadia Brell, said the company was disappointed and that the offer was the best "
    "it could afford after fuel costs rose by about £1.3m last year."
)


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_a_post_the_body_owns_before_its_holders_name_speaks_for_it(parser):
    # "Tolworth's managing director, Nadia Brell, said": the possessive names whose post it is.
    line = "Tolworth said fuel costs rose by about £1.3 million last year."
    assert "attribution" not in problem_kinds(STRIKE, line, parser)


def test_a_possessive_of_another_body_still_does_not_speak_for_it():
    # (with the parser, as above)
    article = STRIKE.replace("Tolworth's managing director", "Rendle Fuels' managing director")
    line = "Tolworth said fuel costs rose by about £1.3 million last year."
    assert "attribution" in problem_kinds(article, line, "auto")
