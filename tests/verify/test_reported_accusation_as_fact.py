"""An accusation stated as fact, in sentences written for this test: German "warf der Firma vor, ...
zu haben" (the separable verb of accusing), French "a accusé", Spanish "acusó", as English
"accused" already is. The line that keeps the accuser passes."""

import pytest

from summarizer import verify

CASES = [
    (
        "Der Mieterverein Norden warf der Hausverwaltung Kessel vor, Beschwerden über Schimmel in den Wohnungen ignoriert zu haben.",
        "Die Hausverwaltung Kessel hatte Beschwerden über Schimmel in den Wohnungen ignoriert.",
        "Der Mieterverein Norden wirft der Hausverwaltung Kessel vor, Beschwerden über Schimmel ignoriert zu haben.",
    ),
    (
        "Le syndicat des pilotes a accusé la direction d'avoir caché des pannes répétées sur les moteurs.",
        "La direction a caché des pannes répétées sur les moteurs.",
        "Le syndicat des pilotes accuse la direction d'avoir caché des pannes répétées sur les moteurs.",
    ),
    (
        "La asociación de vecinos acusó a la constructora de ocultar grietas graves en los cimientos del edificio.",
        "La constructora ocultó grietas graves en los cimientos del edificio.",
        "La asociación de vecinos acusa a la constructora de ocultar grietas graves en los cimientos.",
    ),
]


def _problems(article: str, line: str) -> list[str]:
    return [p.message for checked in verify(article, [line]).lines for p in checked.problems]


@pytest.mark.parametrize("article, line, _", CASES)
def test_an_accusation_stated_as_fact_drops_its_attribution(article: str, line: str, _: str) -> None:
    assert any(m.startswith("attribution dropped") for m in _problems(article, line))


@pytest.mark.parametrize("article, _, kept", CASES)
def test_the_line_that_keeps_the_accuser_passes(article: str, _: str, kept: str) -> None:
    assert _problems(article, kept) == []
