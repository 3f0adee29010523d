"""A named speaker who speaks in one cited sentence, given the words of another cited sentence
where someone else speaks, is an attribution problem; the words given to their own speaker pass.
French "a jugé" gives words as "a déclaré" does. Sentences written for this test."""

from __future__ import annotations

from summarizer import verify

FRENCH = (
    "Selon le maire adjoint, Paul Ferrat, les travaux coûteront 1,8 million d'euros. "
    "« C'est un calendrier irréaliste », a déclaré la présidente du club, Lise Moreau."
)
SPANISH = (
    "Según el concejal Tomás Vidal, las obras costarán 2 millones de euros. "
    "La presidenta de la asociación, Marta Soler, dijo que el calendario era irreal y que nadie los consultó."
)


def _kinds(article: str, line: str, language: str) -> set[str]:
    return {p.kind for p in verify(article, line, language=language).problems}


def test_french_words_of_one_speaker_given_to_another() -> None:
    assert "attribution" in _kinds(FRENCH, "Paul Ferrat a jugé le calendrier irréaliste.", "french")
    assert "attribution" not in _kinds(FRENCH, "Lise Moreau a jugé le calendrier irréaliste.", "french")


def test_spanish_words_of_one_speaker_given_to_another() -> None:
    assert "attribution" in _kinds(SPANISH, "Tomás Vidal dijo que el calendario era irreal y que nadie los consultó.", "spanish")
    assert "attribution" not in _kinds(SPANISH, "Marta Soler dijo que el calendario era irreal y que nadie los consultó.", "spanish")


def test_a_pronoun_speaking_in_the_source_may_be_the_person_the_line_names() -> None:
    # "Il a indiqué ..." after the mayor is named: a line giving the words to "le maire" is right.
    article = (
        "Le maire, Luc Sarrazin, a dénoncé une décision « brutale ». "
        "Il a indiqué que la commune avait dépensé 80 000 euros pour la cantine en 2023."
    )
    line = "Luc Sarrazin, le maire, a indiqué que la commune avait dépensé 80 000 euros pour la cantine en 2023."
    assert "attribution" not in _kinds(article, line, "french")
