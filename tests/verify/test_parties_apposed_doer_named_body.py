"""An act the source gives to a description with its name between commas ("The club's sponsor,
Harrow & Vane, has pledged ...") copied with another named party of the article before it, one
that names itself with a stand-in noun ("The Delling family trust"), is a `relation` problem;
the act given to its own doer passes (sentences written for this test)."""

from checking import problem_kinds

ARTICLE = (
    "Burglars stole three medals from the Ashby Rowing Club's trophy room on Saturday night, police said. "
    "The medals had been lent to the club by the Delling family trust for its centenary. "
    "The club's sponsor, Harrow & Vane, has pledged £5,000 towards new locks for the boathouse."
)


def test_parties_act_of_an_apposed_doer_given_to_a_named_trust_is_caught() -> None:
    line = "The Delling family trust has pledged £5,000 towards new locks for the boathouse."
    assert "relation" in problem_kinds(ARTICLE, line)


def test_parties_act_kept_with_its_apposed_doer_passes() -> None:
    line = "Harrow & Vane has pledged £5,000 towards new locks for the boathouse."
    assert "relation" not in problem_kinds(ARTICLE, line)
