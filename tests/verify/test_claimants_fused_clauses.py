"""A line may fuse two sentences, each with its own speaker ("Strand fears ..., and Delacroix said
..."): the second speaker says only the clause that opens with their name, so the claim is looked
up from there. The same clause given to the other speaker is still caught. Sentences written for
this test."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "Nurses at Wellbrook General Hospital accepted a new pay offer on Monday. "
    "Ward manager Olu Adeyemi said she feared the offer could still leave night shifts short of staff. "
    "Union official Marta Kessler told members that the union would keep pressing for smaller wards."
)


def test_a_second_speakers_own_clause_is_theirs() -> None:
    line = ("Ward manager Olu Adeyemi fears the offer could still leave night shifts short of staff, "
            "and Kessler said the union would keep pressing for smaller wards.")
    assert "attribution" not in problem_kinds(ARTICLE, line)


def test_the_clause_given_to_the_other_speaker_is_still_caught() -> None:
    line = ("Union official Marta Kessler fears the offer could still leave night shifts short of staff, "
            "and Adeyemi said the union would keep pressing for smaller wards.")
    assert "attribution" in problem_kinds(ARTICLE, line)
