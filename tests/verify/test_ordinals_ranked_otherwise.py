"""A line that ranks a thing with another ordinal than its source ("the fourth recall" where the
source says "the second recall") is a `number` problem in English, French, German and Spanish; the
same ordinal, an ordinal the source does not rank at all, and a fraction pass (sentences written
for this test)."""

from __future__ import annotations

from checking import problem_kinds

from summarizer.verify.ordinals import ordinal_problems

ENGLISH = (
    "The carmaker Ostvik recalled 12,000 vans on Monday over faulty brake hoses, the regulator said. "
    "It is the second recall of the model since March. Owners will be contacted by letter."
)
FRENCH = (
    "Le constructeur Ostvik rappelle 12 000 camionnettes pour des durites de frein défectueuses. "
    "C'est le deuxième rappel de ce modèle depuis mars. Les propriétaires recevront une lettre."
)


def test_ordinals_another_ordinal_is_caught_in_english_and_french() -> None:
    assert "number" in problem_kinds(ENGLISH, "It is the fourth recall of the model since March.")
    assert "number" in problem_kinds(FRENCH, "Ce rappel est le cinquième que connaît le modèle depuis mars.")


def test_ordinals_german_and_spanish_words_are_read() -> None:
    german = ["Es ist bereits der zweite Rückruf des Modells seit März."]
    spanish = ["Es la segunda retirada del modelo desde marzo."]
    assert ordinal_problems("Es ist der dritte Rückruf des Modells seit März.", german, "german")
    assert ordinal_problems("Es la tercera retirada del modelo desde marzo.", spanish, "spanish")
    assert not ordinal_problems("Es ist der zweite Rückruf des Modells seit März.", german, "german")


def test_ordinals_the_same_ordinal_passes() -> None:
    assert "number" not in problem_kinds(ENGLISH, "It is the second recall of the model since March.")
    assert "number" not in problem_kinds(FRENCH, "C'est le deuxième rappel du modèle depuis mars.")


def test_ordinals_a_source_that_ranks_nothing_or_a_fraction_passes() -> None:
    sources = ["Ostvik had tried a recall before, and about a third of the vans were repaired."]
    assert not ordinal_problems("Ostvik made a second recall.", sources)
    assert not ordinal_problems("A third of the vans were repaired.", ["A quarter of the vans, the fifth batch, were repaired."])
