"""A body named by its place ("la mairie de Trévanne", "el Ayuntamiento de Villarreja") speaking
where a cited sentence has the body speak by its noun and names the place ("Le conseil municipal
de Trévanne a voté ..., a annoncé la mairie"); another body given the words is still caught
(sentences written for this test)."""

from checking import problem_kinds

ECOLE = (
    "Le conseil municipal de Trévanne a voté jeudi la fermeture de l'école primaire des Grives à la rentrée prochaine, "
    "a annoncé la mairie. Les enfants iront à l'école Jean-Moulin."
)
PUENTE = (
    "El puente viejo de Villarreja cerrará al tráfico durante tres meses a partir del lunes, informó el Ayuntamiento. "
    "Los técnicos han detectado grietas en dos pilares."
)


def test_french_town_hall_of_the_town():
    kinds = problem_kinds(ECOLE, "La mairie de Trévanne a annoncé que l'école primaire des Grives fermera à la rentrée prochaine.")
    assert not {"relation", "attribution"} & set(kinds)


def test_spanish_town_council_of_the_town():
    kinds = problem_kinds(PUENTE, "El Ayuntamiento de Villarreja informó de que el puente viejo cerrará al tráfico tres meses desde el lunes.")
    assert not {"relation", "attribution"} & set(kinds)


def test_another_body_of_the_town_is_still_caught():
    kinds = problem_kinds(ECOLE, "La préfecture de Trévanne a annoncé que l'école primaire des Grives fermera à la rentrée prochaine.")
    assert {"relation", "attribution"} & set(kinds)
