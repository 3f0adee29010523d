"""An elided article written onto the next word ("d'une", "l'autre") determines its noun as "une"
does: a thing's word the article never uses, put after one in the source's phrase, is a
substitution ("la fermeture d'une fonderie" where the source has "d'une tannerie"). Sentences
written for this test."""

from checking import problem_kinds as _kinds

VILLE = (
    "Le maire de Valbrune a annoncé lundi la fermeture d'une tannerie et ses conséquences pour quarante salariés. "
    "La ville cherche un repreneur depuis deux ans."
)


def test_a_thing_swapped_after_an_elided_article_is_caught():
    kinds = _kinds(VILLE, "Le maire de Valbrune a annoncé lundi la fermeture d'une fonderie et ses conséquences pour quarante salariés.")
    assert "substitution" in kinds


def test_the_thing_kept_after_an_elided_article_passes():
    kinds = _kinds(VILLE, "Le maire de Valbrune a annoncé lundi la fermeture d'une tannerie et ses conséquences pour quarante salariés.")
    assert "substitution" not in kinds
