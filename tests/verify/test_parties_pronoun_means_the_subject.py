"""A pronoun opening a sentence means the subject of the sentence before, not a person named later
in it: "The harbour master, Ivo Brandt, thanked the diver Lena Sorel. She said ..." has Brandt
say nothing. A line that names the later person as the pronoun's doer is a coreference error,
unless what the article says of the two people's sex settles the pronoun the other way.
Sentences written for this test."""

from checking import problem_kinds as kinds

SAME_SEX = (
    "A sunken fishing boat was lifted from the harbour at Keldwick on Tuesday. "
    "The harbour master, Ivo Brandt, said the work had been delayed by storms, a delay blamed on the insurers by the diver Oskar Sorel. "
    "He described the lift as the hardest job the port had done in twenty years. "
    "The boat will be taken apart at a yard in Ferrow."
)
KNOWN_SEX = (
    "A sunken fishing boat was lifted from the harbour at Keldwick on Tuesday. "
    "The harbour master, Ivo Brandt, thanked the diver Lena Sorel for her work. "
    "She described the lift as the hardest job of her career. "
    "Brandt said he was proud of the crew."
)
GERMAN = (
    "Die Gemeinde Altmoor hat den Bau einer neuen Sporthalle beschlossen. "
    "Der Vorsitzende des Sportvereins, Jonas Keller, verweist auf die Turnhalle der Grundschule, die Trainer Paul Weber nutzt. "
    "Er hält die alte Halle für zu klein und fordert mehr Trainingszeiten. "
    "Die Halle soll 2027 fertig sein."
)
FRENCH = (
    "Une usine de papier va fermer à Saint-Clair en mars. "
    "Le maire de la commune, Paul Garnier, a reçu mardi le directeur Luc Morel et les syndicats. "
    "Il a dit qu'il espérait sauver une partie des emplois. "
    "L'usine emploie 120 personnes."
)


def test_the_later_person_of_the_same_sex_given_the_pronouns_act_is_caught():
    line = "Diver Oskar Sorel described the lift as the hardest job the port had done in twenty years."
    assert "coreference" in kinds(SAME_SEX, line)


def test_the_subject_the_pronoun_means_passes():
    line = "Harbour master Ivo Brandt described the lift as the hardest job the port had done in twenty years."
    assert "coreference" not in kinds(SAME_SEX, line)


def test_the_articles_word_on_the_subjects_sex_leaves_the_pronoun_to_the_later_person():
    # "Brandt said he ...": the "She" after the sentence about him can only be Sorel.
    line = "Diver Lena Sorel described the lift as the hardest job of her career."
    assert "coreference" not in kinds(KNOWN_SEX, line)
    # Without that word either may be "she": the subject is the one it means.
    assert "coreference" in kinds(KNOWN_SEX.replace("Brandt said he was proud of the crew.", ""), line)


def test_a_german_er_meaning_the_subject():
    line = "Trainer Paul Weber hält die alte Halle für zu klein und fordert mehr Trainingszeiten."
    assert "coreference" in kinds(GERMAN, line)
    assert "coreference" not in kinds(GERMAN, "Jonas Keller hält die alte Halle für zu klein und fordert mehr Trainingszeiten.")


def test_a_french_il_meaning_the_subject():
    line = "Luc Morel a dit qu'il espérait sauver une partie des emplois."
    assert "coreference" in kinds(FRENCH, line)
    assert "coreference" not in kinds(FRENCH, "Paul Garnier a dit qu'il espérait sauver une partie des emplois.")
