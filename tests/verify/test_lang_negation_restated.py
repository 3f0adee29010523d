"""A negation said in other words, in sentences written for this test: a state with a privative
preposition ("out of control" for "not yet under control"; es "fuera de", fr "hors de"), a
restriction for a negation until a time ("only ... once" for "not ... until"), and a verb of
ceasing ("dejará de vender" is "no venderá"). Dropping the negation without them is still caught."""

from checking import problem_kinds as _kinds

FLOOD = (
    "Floodwater has closed the main road through Pelham Mill since Friday, the county council said. "
    "Council engineer Rhona Pike said the flooding was not yet under control and could spread to the station car park. "
    "Drivers will not be allowed back on the road until the pumps have cleared the water, she said."
)
MERCADO = (
    "El mercado de Valdecruz dejará de vender bolsas de plástico a partir de marzo, anunció el martes su director, Tomás Llorente. "
    "Los puestos ofrecerán bolsas de papel por diez céntimos."
)
INCENDIE = (
    "Un incendie a détruit 400 hectares de pinède près de Lavaur depuis jeudi, selon les pompiers. "
    "Le commandant Luc Sarret a indiqué que le feu n'était toujours pas sous contrôle dimanche soir."
)


def test_out_of_control_says_not_under_control():
    kinds = _kinds(FLOOD, "Rhona Pike said the flooding remained out of control and could spread to the station car park.")
    assert "negation" not in kinds


def test_the_state_without_its_negation_is_still_caught():
    kinds = _kinds(FLOOD, "Rhona Pike said the flooding was under control and could spread to the station car park.")
    assert "negation" in kinds


def test_only_once_says_not_until():
    kinds = _kinds(FLOOD, "Drivers will only be allowed back on the road once the pumps have cleared the water.")
    assert "negation" not in kinds


def test_a_dropped_not_until_without_only_is_still_caught():
    kinds = _kinds(FLOOD, "Drivers will be allowed back on the road when the pumps have cleared the water.")
    assert "negation" in kinds


def test_a_spanish_verb_of_ceasing_negates():
    kinds = _kinds(MERCADO, "A partir de marzo, el mercado de Valdecruz no venderá más bolsas de plástico, anunció su director.")
    assert "negation" not in kinds


def test_french_hors_de_says_pas_sous():
    kinds = _kinds(INCENDIE, "Le commandant Luc Sarret a indiqué que le feu restait hors de contrôle dimanche soir.")
    assert "negation" not in kinds
