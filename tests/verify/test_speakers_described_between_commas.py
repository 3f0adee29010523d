"""Who speaks where a summary or its source describes the speaker between commas or in the
passive: the name before the description speaks, and a saying verb in the passive has its agent
speak. Each faithful rewording passes; the same words given to another party are still caught."""

from __future__ import annotations

import pytest

from checking import parsed_problem_kinds, problem_kinds

ARTICLE = (
    "Pellmark Rail blames signal faults for slow autumn\n\n"
    "Pellmark Rail said on Tuesday that 18% of its trains ran late in October, the worst month since it began "
    "running the Ashby line.\n\n"
    "Chief operating officer Ines Varga said a fault in the signals near Colden Junction was the main cause. "
    "\"We ordered new signal parts in June, but the supplier has been slow,\" Varga said on a call with reporters.\n\n"
    "Pellmark said it had been told by its signal supplier, Trenta Systems, that the supplier's own deliveries "
    "to the region would slip to December. Trenta Systems declined to comment.\n\n"
    "Noor Haddad, chair of the Ashby Line Passengers' Group, said refunds were taking weeks to arrive. "
    "The regulator, the Office of Rail Standards, said it would review the figures."
)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_speaker_described_by_an_owners_post_between_commas_speaks(parser):
    line = "Ines Varga, Pellmark's chief operating officer, said the company had ordered new signal parts in June but the supplier had been slow."
    assert "attribution" not in problem_kinds(ARTICLE, line, parser)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_a_speaker_named_with_the_body_where_the_source_gives_her_post_there_speaks(parser):
    line = "Noor Haddad of the Ashby Line Passengers' Group said refunds were taking weeks to arrive."
    assert "attribution" not in problem_kinds(ARTICLE, line, parser)


def test_a_passive_saying_verb_has_its_agent_speak():
    line = "Pellmark said its signal supplier, Trenta Systems, had told it that the supplier's own deliveries to the region would slip to December."
    assert "attribution" not in parsed_problem_kinds(ARTICLE, line)


@pytest.mark.parametrize("parser", ["off", "auto"])
def test_the_words_given_to_another_party_are_still_caught(parser):
    line = "The Office of Rail Standards said refunds were taking weeks to arrive."
    assert "attribution" in problem_kinds(ARTICLE, line, parser)
