"""A thing of the source put in another named place of the article: "a shelter in Dunmore" where
the cited sentence has "a shelter in nearby Carrick", though Dunmore stands in the other cited
sentence. Sentences written for this test, in English, French and Spanish."""

from checking import problem_kinds as _kinds

EN = (
    "A storm tore the roofs off 14 houses in Dunmore on Saturday night, the county council said. "
    "The families who lost their homes are staying in a shelter in nearby Carrick."
)
FR = (
    "La nouvelle salle de concert de Brélon ouvrira en septembre, a annoncé la mairie. "
    "L'orchestre de Brélon, qui répète depuis 20 ans dans un gymnase à Vaudrey, y jouera six concerts par an."
)
ES = (
    "El ayuntamiento de Olmeda cerró el sábado su mercado municipal por obras. "
    "Los 30 puestos se instalarán en una carpa en Valdecilla hasta marzo."
)


def test_a_thing_put_in_another_place_of_the_article_is_caught():
    line = "After the storm in Dunmore, the families who lost their homes are staying in a shelter in Dunmore."
    assert "circumstance" in _kinds(EN, line)


def test_the_thing_in_its_own_place_passes():
    assert "circumstance" not in _kinds(EN, "After the storm in Dunmore, the families who lost their homes are staying in a shelter in Carrick.")


def test_a_french_thing_in_another_place_is_caught():
    line = "L'orchestre de Brélon répète depuis 20 ans dans un gymnase à Brélon."
    assert "circumstance" in _kinds(FR, line)


def test_a_spanish_thing_in_another_place_is_caught():
    line = "Los 30 puestos del mercado de Olmeda se instalarán en una carpa en Olmeda hasta marzo."
    assert "circumstance" in _kinds(ES, line)


def test_the_larger_place_around_it_passes():
    article = "Villagers in Marrow, Kesh County, dug a 40-metre well to reach clean water."
    assert "circumstance" not in _kinds(article, "Villagers in Kesh County dug a 40-metre well to reach clean water.")
