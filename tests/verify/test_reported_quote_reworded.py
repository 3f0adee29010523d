"""Someone's quoted judgement stated as narration though the line rewords it a little (sentences
written for this test): the quotation's words in other endings ("die schlimmste Flut" for
„der schlimmsten Flut“), or, for a quotation embedded in the reporter's sentence (it opens in
small letters), three of its words in four ("far more quickly than any model predicted" for
"far quicker than any of our models predicted"). A line that names the speaker or says who
said it passes, and so does one that repeats only a little of the quotation."""

from checking import problem_kinds

GLACIER = (
    "The Skarn glacier lost four metres of ice this summer. "
    'Hydrologist Mara Quist said it was retreating "far faster than any of our surveys had recorded".'
)
MATCH = 'Coach Dan Pryor said his side had been "thoroughly outplayed in every department" by Hollin Town on Saturday.'
BAHN = "Bürgermeister Jan Oltmann sprach nach dem Ausfall der Strecke von einem „beispiellosen Versagen der Bahn“."
ECOLE = "La ministre Claire Devaux a qualifié la fermeture de l'école de « profondément injuste pour les familles »."
OBRA = "El alcalde Tomás Ibarra calificó el nuevo puente de «un despilfarro sin precedentes en la ciudad»."


def test_an_embedded_quotation_reworded_as_narration_is_caught():
    assert "hedge" in problem_kinds(GLACIER, "The Skarn glacier is retreating far faster than any survey recorded.")
    assert "hedge" in problem_kinds(MATCH, "Hollin Town thoroughly outplayed the side in all departments on Saturday.")


def test_a_quotation_in_other_endings_is_caught_in_german_french_spanish():
    assert "hedge" in problem_kinds(BAHN, "Der Ausfall der Strecke war ein beispielloses Versagen der Bahn.")
    assert "hedge" in problem_kinds(ECOLE, "Les fermetures d'écoles sont profondément injustes pour les familles.")
    assert "hedge" in problem_kinds(OBRA, "El nuevo puente es un despilfarro sin precedente en la ciudad.")


def test_a_line_that_names_the_speaker_or_says_who_said_it_passes():
    assert "hedge" not in problem_kinds(GLACIER, "Mara Quist said the Skarn glacier was retreating far faster than any survey had recorded.")
    assert "hedge" not in problem_kinds(BAHN, "Jan Oltmann sprach von beispiellosem Versagen der Bahn.")
    assert "hedge" not in problem_kinds(OBRA, "Según Ibarra, el nuevo puente es un despilfarro sin precedente en la ciudad.")


def test_a_little_of_the_quotation_is_no_judgement_taken():
    assert "hedge" not in problem_kinds(GLACIER, "The Skarn glacier lost four metres of ice this summer, a survey recorded.")
    assert "hedge" not in problem_kinds(MATCH, "Hollin Town beat Dan Pryor's side on Saturday.")
