"""A noun naming the act the article reports ("the ban", "the veto", "la medida", "la
prohibición") may stand for another such noun: news refers back to one act either way. A thing's
word the article never uses put in the source's phrase is still a substitution. Sentences written
for this test."""

from checking import problem_kinds as _kinds

PLAYA = (
    "El Ayuntamiento de Calagua prohibirá las motos de agua en sus tres playas desde el 1 de junio, anunció el jueves. "
    "La asociación de empresas náuticas dijo que la prohibición podría costar 400 empleos en la comarca."
)
KITES = (
    "Brenmouth council will ban kite surfing on its main beach from May after two swimmers were injured. "
    "The local surf club said the ban would cost it about 200 members."
)


def test_a_spanish_act_noun_for_another():
    kinds = _kinds(PLAYA, "La asociación de empresas náuticas dijo que el veto podría costar 400 empleos en la comarca.")
    assert "substitution" not in kinds


def test_an_english_act_noun_for_another():
    kinds = _kinds(KITES, "The local surf club said the measure would cost it about 200 members.")
    assert "substitution" not in kinds


def test_a_thing_put_for_the_act_is_still_caught():
    kinds = _kinds(KITES, "The local surf club said the storm would cost it about 200 members.")
    assert "substitution" in kinds
