"""A Spanish or French line that keeps its source's "probablemente" / "probablement" as the
adjective in "es probable que" / "il est probable que" keeps the hedge, as English "likely" keeps
"probably"; a line that drops it is still caught; and a source that says "es probable que" has a
hedge a line must keep (sentences written for this test)."""

from checking import problem_kinds as _kinds

ES = (
    "El ayuntamiento de Teruel cerró el mercado municipal el lunes por obras. "
    "Según la concejala Marta Ibáñez, la reforma probablemente terminará antes del verano."
)
ES_ADJECTIVE = (
    "El ayuntamiento de Teruel cerró el mercado municipal el lunes por obras. "
    "Según la concejala Marta Ibáñez, es probable que la reforma termine antes del verano."
)
FR = (
    "La mairie de Vierzon a fermé la piscine municipale lundi pour des travaux. "
    "Selon l'adjointe Claire Morvan, le chantier se terminera probablement avant l'été."
)


def test_a_spanish_probable_keeps_the_hedge():
    line = "Según la concejala Marta Ibáñez, es probable que la reforma termine antes del verano."
    assert "hedge" not in _kinds(ES, line)


def test_a_spanish_probable_dropped_is_caught():
    assert "hedge" in _kinds(ES_ADJECTIVE, "Según la concejala Marta Ibáñez, la reforma terminará antes del verano.")


def test_a_french_probable_keeps_the_hedge():
    line = "Selon l'adjointe Claire Morvan, il est probable que le chantier se termine avant l'été."
    assert "hedge" not in _kinds(FR, line)


def test_the_french_hedge_dropped_is_still_caught():
    assert "hedge" in _kinds(FR, "Selon l'adjointe Claire Morvan, le chantier se terminera avant l'été.")
