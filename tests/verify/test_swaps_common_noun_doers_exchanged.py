"""Two parties of one source sentence exchanged, one of them named by a common noun, in sentences
written for this test: "The council had proposed ..., but the tenants want ..." from "The tenants
had proposed ..., but the council wants ...". The source's doer named again by a common noun ("the
company") is no exchange, nor is the source itself."""

from summarizer import verify

RENT = (
    "Marlow Housing had proposed a 3 percent rent rise next year, but the tenants' association is asking "
    "for a freeze until the repairs are finished."
)


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


def test_parties_exchanged_around_two_verbs_are_caught() -> None:
    line = "The association had proposed a 3 percent rent rise next year, but Marlow Housing is asking for a freeze."
    assert any("Association doing “propos" in m and "Marlow" in m for m in _problems(RENT, line))


def test_the_doer_named_again_by_a_common_noun_passes() -> None:
    article = "Tovell Foods bought two bakeries in Leeds last month, the company said in a statement on Monday."
    assert _problems(article, "The company bought two bakeries in Leeds last month.") == []


def test_the_source_itself_passes() -> None:
    assert _problems(RENT, RENT) == []


def test_a_common_noun_that_is_another_verb_s_object_passes() -> None:
    article = "Residents accused Pellmore of ignoring the leak, pointing out that the landlord had been warned in March."
    line = "Noting that Pellmore had been warned in March, residents accused the landlord of ignoring the leak."
    assert _problems(article, line) == []
