"""A person named where the cited sentence has "she" or "il", who means the person the sentence
before it names: "Dr Ruth Annan trained as a pilot" where the source has "The airline's founder,
Marta Velez, said ... . She trained as a pilot in 1998". Sentences written for this test."""

from checking import problem_kinds as _kinds

EN = (
    "An airline's first flight from Kessick to Oslo was cancelled on Monday, the airport said. "
    "Its safety inspector, Dr Ruth Annan, said the aircraft had a cracked windscreen. "
    "The airline's founder, Marta Velez, said passengers would be refunded within a week. "
    "She trained as a pilot in 1998 and flew for a freight company for ten years."
)
FR = (
    "Un incendie a détruit une grange à Marsac dans la nuit de lundi. "
    "Le propriétaire, Julien Roussel, a découvert les dégâts au matin. "
    "Le maire, Patrick Delmas, a demandé une enquête. "
    "Il possède lui-même une ferme laitière près de la rivière."
)


def test_a_pronoun_given_to_another_person_of_the_article_is_caught():
    line = "Dr Ruth Annan, the airport's safety inspector, trained as a pilot in 1998."
    assert "coreference" in _kinds(EN, line)


def test_the_person_the_pronoun_means_passes():
    assert "coreference" not in _kinds(EN, "Marta Velez, the airline's founder, trained as a pilot in 1998.")


def test_a_french_pronoun_given_to_another_person_is_caught():
    line = "Julien Roussel possède une ferme laitière près de la rivière."
    assert "coreference" in _kinds(FR, line)


def test_the_french_person_the_pronoun_means_passes():
    assert "coreference" not in _kinds(FR, "Patrick Delmas possède une ferme laitière près de la rivière.")
