"""A claim's holder and its disputer exchanged (issue 18, reversal), in sentences written for this
test: "X disputes Y's claim that ..." where the source has "According to X, ..., which Y disputes",
in English, French and Spanish, parser on or off. The source's own roles pass, as does a line
that names no holder."""

import pytest

from summarizer.verify.disputes import dispute_problems
from summarizer.verify.verification import make_checker, verify

CASES = [
    ("english",
     "According to the Harbour Trust, the new jetty could disturb the seal colony, which Keller Marine disputes.",
     "The Harbour Trust disputes Keller Marine's claim that the new jetty could disturb the seal colony.",
     "Keller Marine disputes the Harbour Trust's claim that the new jetty could disturb the seal colony."),
    ("french",
     "Selon l'Agence des eaux, le barrage pourrait assécher la rivière en été, ce que conteste Hydrelis.",
     "L'Agence des eaux conteste l'affirmation d'Hydrelis selon laquelle le barrage pourrait assécher la rivière.",
     "Hydrelis conteste l'affirmation de l'Agence des eaux selon laquelle le barrage pourrait assécher la rivière."),
    ("spanish",
     "Según la Confederación Hidrográfica, la presa podría secar el río en verano, algo que niega Aguas Serranas.",
     "La Confederación Hidrográfica niega la afirmación de Aguas Serranas de que la presa podría secar el río.",
     "Aguas Serranas niega la afirmación de la Confederación Hidrográfica de que la presa podría secar el río."),
]


@pytest.mark.parametrize("language, article, turned, kept", CASES)
def test_holder_and_disputer_exchanged_is_a_reversal(language: str, article: str, turned: str, kept: str) -> None:
    assert [p.kind for p in dispute_problems(turned, [article], language)] == ["relation"]


@pytest.mark.parametrize("language, article, turned, kept", CASES)
def test_the_source_s_roles_pass(language: str, article: str, turned: str, kept: str) -> None:
    assert dispute_problems(kept, [article], language) == []


@pytest.mark.parametrize("parser", ["auto", "off"])
def test_the_checker_reports_it(parser: str) -> None:
    _, article, turned, _ = CASES[0]
    checked = verify(article, [turned], checker=make_checker("default", parser=parser))
    assert any(p.message.startswith("relation reversed") for line in checked.lines for p in line.problems)
