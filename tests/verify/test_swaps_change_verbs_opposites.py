"""A verb of change or of stance told the other way round, in sentences written for this test:
"weakened" where the source has "strengthened", "denied" for "confirmed", and their German, French
and Spanish counterparts ("bestätigte" where the source "wies ... zurück"). The source's own verb
still passes."""

import pytest

from summarizer import verify

CASES = [
    (
        "The peso strengthened 1.2 percent against the dollar after the central bank's statement on Friday.",
        "The peso weakened 1.2 percent against the dollar after the central bank's statement on Friday.",
        "“weakened” where its source has “strengthened”",
    ),
    (
        "A spokeswoman for the ferry operator confirmed the reports of a second engine failure.",
        "A spokeswoman for the ferry operator denied the reports of a second engine failure.",
        "“denied” where its source has “confirmed”",
    ),
    (
        "Die Stadtwerke Morlingen wiesen die Kritik des Mieterbundes am Dienstag zurück.",
        "Die Stadtwerke Morlingen bestätigten die Kritik des Mieterbundes am Dienstag.",
        "“bestätigten” where its source has “wiesen”",
    ),
    (
        "Le porte-parole de la mairie a démenti les rumeurs de fermeture de la piscine.",
        "Le porte-parole de la mairie a confirmé les rumeurs de fermeture de la piscine.",
        "“confirmé” where its source has “démenti”",
    ),
    (
        "La consejería autorizó la apertura del nuevo centro de salud en el barrio de San Blas.",
        "La consejería prohibió la apertura del nuevo centro de salud en el barrio de San Blas.",
        "“prohibió” where its source has “autorizó”",
    ),
]


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


@pytest.mark.parametrize("article, line, message", CASES)
def test_change_verb_for_its_opposite_is_a_substitution(article: str, line: str, message: str) -> None:
    assert any(message in m for m in _problems(article, line))


@pytest.mark.parametrize("article", [article for article, _, _ in CASES])
def test_the_source_s_own_verb_still_passes(article: str) -> None:
    assert _problems(article, article) == []
