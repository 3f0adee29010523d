"""The party that does an act in its source, moved to the verb's other side with another party
put before it: "the school could lend the club its minibus" from "the club could lend its
minibus" (sentences written for this test)."""

from __future__ import annotations

from checking import problem_kinds

ARTICLE = (
    "The Harlow Rowing Club has lost its boathouse lease, the town's sports trust said on Friday. "
    "Its secretary Dara Venn said the club could lend its minibus to local schools but could not keep running its summer camps."
)


def test_exchanged_doer_moved_to_the_other_side_is_caught() -> None:
    line = "Dara Venn said the trust could lend the club its minibus but could not keep running its summer camps."
    assert "relation" in problem_kinds(ARTICLE, line)


def test_exchanged_doer_kept_passes() -> None:
    line = "Dara Venn said the club could lend its minibus to local schools but could not keep running its summer camps."
    assert "relation" not in problem_kinds(ARTICLE, line)


def test_exchanged_doer_passive_passes() -> None:
    line = "Dara Venn said local schools could be lent the minibus by the club."
    assert "relation" not in problem_kinds(ARTICLE, line)


def test_exchanged_doer_moved_in_spanish_is_caught() -> None:
    article = (
        "El club de remo de Harlow ha perdido su local, informó el viernes la fundación deportiva. "
        "La secretaria Dara Venn dijo que el club podría prestar su furgoneta a los colegios."
    )
    line = "La secretaria Dara Venn dijo que la fundación podría prestar al club su furgoneta."
    assert "relation" in problem_kinds(article, line)
