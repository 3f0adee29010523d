""""Según la concejala Marta Ibarra, ..." / "Selon le président Luc Armand, ...": the speaker named
after a title in small letters must be the one the cited sentence holding the words has say them;
another named speaker there is an `attribution` problem. The same speaker named by one word of
the name, or a body named in full ("according to the Harlow Road Safety Unit"), passes (sentences
written for this test)."""

from __future__ import annotations

from checking import problem_kinds

SPANISH = (
    "El Ayuntamiento de Villaroca cerrará la piscina municipal durante todo el verano, anunció el martes la concejala de Deportes, Marta Ibarra. "
    "La concejala, Marta Ibarra, aseguró que los socios recibirán un bono para la piscina de Torrealta. "
    "El arquitecto municipal, Julián Sotelo, explicó que el vaso tiene grietas profundas. "
    "Según Sotelo, la obra costará unos 800.000 euros."
)
FRENCH = (
    "Le club de rugby de Lessac a annoncé lundi la fermeture de son école de rugby faute d'éducateurs. "
    "Le président du club, Luc Armand, a expliqué que douze bénévoles étaient partis depuis 2023. "
    "La trésorière, Odile Varenne, a précisé que le club perdait de l'argent depuis trois saisons. "
    "Selon Varenne, les cotisations ne couvrent plus les frais de transport."
)
ENGLISH = (
    "Speed cameras on the A40 caught 3,100 drivers in March, according to the Harlow Road Safety Unit. "
    "The unit's head, Dana Okoro, said the figures were the highest since 2019."
)


def test_relations_spanish_titled_speaker_of_another_sentence_is_caught() -> None:
    line = "Según la concejala Marta Ibarra, la obra de la piscina costará unos 800.000 euros."
    assert "attribution" in problem_kinds(SPANISH, line)


def test_relations_spanish_titled_speaker_who_said_it_passes() -> None:
    line = "Según el arquitecto municipal Julián Sotelo, la obra costará unos 800.000 euros."
    assert "attribution" not in problem_kinds(SPANISH, line)


def test_relations_french_titled_speaker_of_another_sentence_is_caught() -> None:
    line = "Selon le président Luc Armand, les cotisations ne couvrent plus les frais de transport."
    assert "attribution" in problem_kinds(FRENCH, line)


def test_relations_french_titled_speaker_who_said_it_passes() -> None:
    line = "Selon la trésorière Odile Varenne, les cotisations ne couvrent plus les frais de transport."
    assert "attribution" not in problem_kinds(FRENCH, line)


def test_relations_according_to_a_body_named_in_full_passes() -> None:
    line = "According to the Harlow Road Safety Unit, speed cameras on the A40 caught 3,100 drivers in March."
    assert "attribution" not in problem_kinds(ENGLISH, line)
