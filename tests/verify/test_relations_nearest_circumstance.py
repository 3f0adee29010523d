"""Round-9 shape, in sentences written for this test: a paraphrase that puts a figure beside a
word of its own sentence that has no other figure there ("un 18% en origen") keeps it on its
event; a figure put beside a word that has a figure of its own in the source is still moved."""

from checking import problem_kinds as _kinds

ES = (
    "El precio en lonja de la sardina fresca del Cantábrico oriental y del golfo subió un 14% en septiembre, hasta 3,20 euros por kilo, "
    "según datos publicados el lunes por la Cofradía de Santoña."
)
EN = (
    "Wholesale prices of Baltic herring at the port rose 14% in September, to £3.20 a kilo, the Fenmouth fish exchange said. "
    "Landings fell 9% over the same month, to 410 tonnes."
)


def test_a_figure_beside_a_word_with_no_figure_of_its_own_passes():
    line = "La sardina del Cantábrico se encareció un 14% en lonja en septiembre y quedó en 3,20 euros por kilo, según la Cofradía de Santoña."
    assert "circumstance" not in _kinds(ES, line)


def test_a_figure_beside_a_word_that_has_its_own_figure_is_still_caught():
    assert "circumstance" in _kinds(EN, "Landings of Baltic herring at the port fell 14% in September, the Fenmouth fish exchange said.")
