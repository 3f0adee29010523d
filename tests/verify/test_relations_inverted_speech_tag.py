"""A reporting tag put after the words it reports ("..., a annoncé l'organisateur Lumen
Productions", "..., said harbourmaster Ann Pryce", "..., anunció el alcalde Tomás Ribera") has its
speaker after the saying word: the name just before its comma belongs to the words reported, and
neither speaks nor undergoes the saying. Sentences written for this test."""

from checking import problem_kinds

CONCERT = (
    "Le concert prévu samedi a été annulé à la dernière minute au stade de Vernières, a annoncé "
    "l'organisateur Lumen Productions. Les billets seront remboursés."
)
FERRY = (
    "The ferry service to Harlow Island was suspended on Friday after a crane failure at the Dunmore pier, "
    "said harbourmaster Ann Pryce. Repairs may take a week."
)
FERIA = (
    "La feria de ganado se aplazó hasta mayo por las lluvias en la comarca de Castrillo, anunció el alcalde "
    "Tomás Ribera. Los ganaderos protestaron."
)
# Not a tag: the name after the saying word is whom it was told, or the subject of the words reported.
TOLD = "The mill will close in March, Ada Kerr, a foreman at the Wexley plant, told the Courier."
DAUGHTER = "Kerr's son, Owen Kerr, said the stubborn Methodist was proud of the mill."


def test_the_speaker_after_the_tag_says_it():
    assert problem_kinds(CONCERT, "Lumen Productions a annoncé samedi avoir annulé à la dernière minute le concert prévu au stade de Vernières.") == []
    assert problem_kinds(FERRY, "Ann Pryce said the ferry service to Harlow Island was suspended on Friday after a crane failure at the Dunmore pier.") == []
    assert problem_kinds(FERIA, "El alcalde Tomás Ribera anunció que la feria de ganado de la comarca de Castrillo se aplazó hasta mayo por las lluvias.") == []


def test_the_name_before_the_tag_does_not_speak():
    assert "attribution" in problem_kinds(CONCERT, "Le stade de Vernières a annoncé que Lumen Productions avait annulé le concert à la dernière minute.")
    assert "attribution" in problem_kinds(FERRY, "Dunmore said the ferry service to Harlow Island was suspended on Friday after a crane failure.")
    assert "attribution" in problem_kinds(FERIA, "Castrillo anunció que el alcalde Tomás Ribera aplazó la feria de ganado hasta mayo.")


def test_a_name_told_or_reported_about_is_no_tag_speaker():
    assert "attribution" not in problem_kinds(TOLD, "Ada Kerr told the Courier the mill will close in March.")
    assert "attribution" not in problem_kinds(DAUGHTER, "Owen Kerr said the stubborn Methodist was proud of the mill.")
