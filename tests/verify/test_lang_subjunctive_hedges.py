"""Round-9 shape, in sentences written for this test: a Spanish or French line that keeps its
source's doubt with the modal in the subjunctive after a verb of forecasting ("prevé que ...
pueda", "prévoit que ... puisse") keeps the hedge; dropping it is still caught."""

from checking import problem_kinds as _kinds

ES = (
    "El consumo de agua en Murcia bajó un 6% en agosto, según la empresa municipal. "
    "La empresa prevé que la demanda podría caer a 40 millones de litros diarios, un 10% menos que el año pasado."
)
FR = (
    "La fréquentation du musée de Tours a baissé de 12% en juillet. "
    "Selon la mairie, le nombre de visiteurs pourrait atteindre 90 000 cette année, soit 5% de moins qu'en 2023."
)


def test_a_spanish_subjunctive_modal_keeps_the_hedge():
    line = "La empresa prevé que la demanda pueda caer a 40 millones de litros diarios, un 10% menos que el año pasado."
    assert "hedge" not in _kinds(ES, line)


def test_the_spanish_hedge_dropped_is_still_caught():
    assert "hedge" in _kinds(ES, "La demanda caerá a 40 millones de litros diarios, un 10% menos que el año pasado.")


def test_a_french_subjunctive_modal_keeps_the_hedge():
    line = "La mairie prévoit que le nombre de visiteurs puisse atteindre 90 000 cette année, soit 5% de moins qu'en 2023."
    assert "hedge" not in _kinds(FR, line)
