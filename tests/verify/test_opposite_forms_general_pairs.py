"""General opposites of the German, French and Spanish modules that no stem of the other side
reaches (a fall told by "chuter", "caer", "einbrechen" against "augmenter", "aumentar";
intentional against negligent; temporary against permanent), in sentences written for this
test. The source's own word, and a word of the same side, pass."""

import pytest

from summarizer import verify

SWAPPED = [
    (
        "Le maire a expliqué que le nombre de visiteurs avait chuté de moitié en cinq ans.",
        "Le maire a expliqué que le nombre de visiteurs avait augmenté de moitié en cinq ans.",
        "“augmenté” where its source has “chuté”",
    ),
    (
        "Die Staatsanwältin sprach von einem vorsätzlichen Verstoß gegen die Auflagen.",
        "Die Staatsanwältin sprach von einem fahrlässigen Verstoß gegen die Auflagen.",
        "“fahrlässigen” where its source has “vorsätzlichen”",
    ),
    (
        "El alcalde dijo que las ventas del mercado habían caído un tercio desde enero.",
        "El alcalde dijo que las ventas del mercado habían aumentado un tercio desde enero.",
        "“aumentado” where its source has “caído”",
    ),
    (
        "La fiscalía calificó el cierre de la planta de provisional hasta nuevo aviso.",
        "La fiscalía calificó el cierre de la planta de definitivo hasta nuevo aviso.",
        "“definitivo” where its source has “provisional”",
    ),
]

KEPT = [
    ("Le maire a expliqué que le nombre de visiteurs avait chuté de moitié en cinq ans.",
     "Le maire a expliqué que le nombre de visiteurs avait baissé de moitié en cinq ans."),
    ("Die Staatsanwältin sprach von einem vorsätzlichen Verstoß gegen die Auflagen.",
     "Die Staatsanwältin sprach von einem absichtlichen Verstoß gegen die Auflagen."),
    ("El alcalde dijo que las ventas del mercado habían caído un tercio desde enero.",
     "El alcalde dijo que las ventas del mercado habían caído un tercio desde enero."),
]


@pytest.mark.parametrize(("source", "line", "message"), SWAPPED)
def test_opposite_forms_general_pair_is_caught(source, line, message):
    problems = verify(source, [line], checker_settings={"parser": "off"}).problems
    assert any(p.kind == "substitution" and message in p.message for p in problems), problems


@pytest.mark.parametrize(("source", "line"), KEPT)
def test_opposite_forms_same_side_passes(source, line):
    problems = verify(source, [line], checker_settings={"parser": "off"}).problems
    assert not any(p.kind == "substitution" for p in problems), problems
