"""A claim given to the wrong party of its article (sentences written for this test): the line's
speaker, named with a capital, speaks elsewhere in the article, while the sentence holding the
claim gives it to someone else. The claim given to its own speaker passes, and so does a speaker
the claim's sentence calls "he" or "lui" after naming him in the sentence before."""

from checking import problem_kinds
from summarizer import verify

BRIDGE = (
    "The Ministry of Transport said on Monday that the Halden bridge would close for repairs. "
    "Engineers found cracks in three of its supports, according to the inspection report by Bryce Consulting."
)
HALLE = (
    "Wie die Stadtverwaltung Kessen mitteilte, bleibt die Sporthalle bis Mai geschlossen. "
    "Nach Angaben des Gutachters Jan Vahl sind die Dachbalken im Nordflügel morsch und müssen ersetzt werden."
)
PISCINE = (
    "La mairie de Vierzon a annoncé mardi la fermeture de la piscine. "
    "L'expert Paul Ravel a visité le bâtiment. "
    "Selon lui, la charpente est fragilisée par l'humidité."
)
PABELLON = (
    "El Ayuntamiento de Soria anunció el cierre del pabellón. "
    "Según el arquitecto Luis Ortega, la cubierta está dañada por la humedad."
)


def test_a_claim_given_to_another_party_of_the_article_is_caught():
    assert "attribution" in problem_kinds(BRIDGE, "Engineers found cracks in three of the bridge's supports, the Ministry of Transport said.")
    assert "attribution" in problem_kinds(BRIDGE, "According to the Ministry of Transport, engineers found cracks in three of its supports.")


def test_a_claim_given_to_another_party_in_german_french_spanish_is_caught():
    assert "attribution" in problem_kinds(HALLE, "Nach Angaben der Stadtverwaltung Kessen sind die Dachbalken im Nordflügel morsch.")
    assert "attribution" in problem_kinds(PISCINE, "Selon la mairie de Vierzon, la charpente est fragilisée par l'humidité.")
    assert "attribution" in problem_kinds(PABELLON, "Según el Ayuntamiento de Soria, la cubierta está dañada por la humedad.")


def test_the_claim_given_to_its_own_speaker_passes():
    assert "attribution" not in problem_kinds(BRIDGE, "Engineers found cracks in three of its supports, according to Bryce Consulting's inspection report.")
    assert "attribution" not in problem_kinds(BRIDGE, "The Ministry of Transport said the Halden bridge would close for repairs.")
    assert "attribution" not in problem_kinds(HALLE, "Nach Angaben des Gutachters Jan Vahl sind die Dachbalken im Nordflügel morsch.")
    assert "attribution" not in problem_kinds(PABELLON, "Según el arquitecto Luis Ortega, la cubierta está dañada por la humedad.")


def test_a_speaker_the_claims_sentence_calls_by_a_pronoun_passes():
    # (The name checks read "lui" apart; this check's own finding is what is tested.)
    result = verify(PISCINE, ["Selon l'expert Paul Ravel, la charpente est fragilisée par l'humidité."])
    assert not [p for p in result.problems if "speaks elsewhere" in p.message]
