"""A verb in the conditional hedges as "could" does: a French or Spanish line that puts the
source's "devraient coûter" / "podrían costar" as "coûteraient" / "costaría" keeps the hedge; the
plain future drops it (sentences written for this test)."""

from checking import problem_kinds

ECOLE = "Les travaux de l'école de Vernac devraient coûter environ 600 000 euros, selon le maire, Luc Borde."
PUENTE = "Según el alcalde, Marcos Vidal, las obras del puente podrían costar unos 300.000 euros."


def test_french_conditional_keeps_the_hedge():
    assert "hedge" not in problem_kinds(ECOLE, "Selon le maire Luc Borde, les travaux de l'école de Vernac coûteraient environ 600 000 euros.")


def test_french_future_drops_it():
    assert "hedge" in problem_kinds(ECOLE, "Selon le maire Luc Borde, les travaux de l'école de Vernac coûteront environ 600 000 euros.")


def test_spanish_conditional_keeps_the_hedge():
    assert "hedge" not in problem_kinds(PUENTE, "Según el alcalde Marcos Vidal, las obras del puente costarían unos 300.000 euros.")
