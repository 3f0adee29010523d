"""The accuser made the accused where the source names the accuser in a relative clause ("X, que
acusa al Gobierno de ..."): the relative clause's subject is the phrase it hangs on
(verify/holders.py), and an accusation's "de" + infinitive is no order. Sentences written for this
test; the accusation told the right way round passes."""

from checking import problem_kinds

MOVILIDAD = (
    "El Gobierno regional aprobó el martes el plan de movilidad. "
    "El colectivo ciclista Rueda Libre, que acusa al Gobierno regional de ignorar sus estudios, pide más carriles bici en el centro."
)


def test_the_accuser_of_a_relative_clause_made_the_accused_is_caught():
    assert "relation" in problem_kinds(MOVILIDAD, "El Gobierno regional acusa a Rueda Libre de ignorar sus estudios.")


def test_the_accusation_the_right_way_round_passes():
    assert "relation" not in problem_kinds(MOVILIDAD, "Rueda Libre acusa al Gobierno regional de ignorar sus estudios.")
